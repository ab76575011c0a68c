// marketing/membercard-activity: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询活动列表: the options of `GET /v3/marketing/membercard-activity/activities`. */
export interface MarketingMembercardActivityActivitiesGetOptions extends RouteCallOptions {
  query: {
    /** 最大资源条数 */
    limit?: number
    /** 请求资源起始位置 */
    offset?: number
    /** 活动类型 */
    activity_type: 'NON_MEMBER_AFTERPAY' | 'MEMBER_AFTERPAY' | 'NON_MEMBER_MINIPROGRAM' | 'MEMBER_MINIPROGRAM'
    /** 会员卡ID */
    card_id?: string
    /** 活动的当前状态 */
    activity_status?: 'CREATED' | 'ONGOING' | 'TERMINATED' | 'OVER_TIME'
  }
}

/** 查询活动列表: what `GET /v3/marketing/membercard-activity/activities` answers. */
export type MarketingMembercardActivityActivitiesGetResponse = {
  /** 活动详情 */
  data?: {
    /** 活动ID */
    activity_id: string
    /** 活动的当前状态 */
    activity_status?: string
    /** 创建时间 */
    create_time?: string
    /** 更新时间 */
    update_time?: string
    /** 会员卡ID */
    card_id?: string
    /** 活动名称 */
    activity_name?: string
    /** 活动类型 */
    activity_type?: string
    /** 活动开始时间 */
    begin_time?: string
    /** 活动结束时间 */
    end_time?: string
    /** 发放时间段 */
    award_send_period?: {
      /** 指定时间 */
      award_send_time?: {
        /** 发放开始时间 */
        begin_time: string
        /** 发放结束时间 */
        end_time: string
      }[]
      /** 指定时间段 */
      award_send_day_time?: {
        /** 每日发放开始时间 */
        begin_day_time: {
          /** 时 */
          hours: number
          /** 分 */
          minutes: number
          /** 秒 */
          seconds: number
        }
        /** 每日发放结束时间 */
        end_day_time: {
          /** 时 */
          hours: number
          /** 分 */
          minutes: number
          /** 秒 */
          seconds: number
        }
      }[]
    }
    /** 优惠券列表 */
    stock_list?: {
      /** 创建批次的商户号 */
      stock_creator_mchid: string
      /** 券批次ID */
      stock_id: string
    }[]
    /** 商户请求单号 */
    out_request_no?: string
    /** 支付后活动设置 */
    pay_activity_setting?: {
      /** 商户logo */
      logo_url: string
      /** 支付结果页活动副标题 */
      activity_second_title: string
      /** 活动曝光商户号 */
      mchid_list?: string[]
      /** 激活方式设置 */
      activate_setting?: {
        /** 激活类型 */
        activate_type: string
        /** 跳转激活的url */
        activate_url?: string
        /** 跳转激活的小程序 */
        activate_miniprogram?: {
          /** 跳转激活的appid */
          activate_appid: string
          /** 跳转激活的path */
          activate_path: string
        }
      }
      /** 支付设置 */
      payment_setting?: {
        /** 支付模式 */
        payment_mode?: {
          /** 支付场景列表 */
          payment_scene_list?: string[]
        }
        /** 指定银行的简称 */
        limit_bank?: string
        /** 订单优惠标记 */
        goods_tags?: string[]
      }
    }
    /** 支付前会员活动设置 */
    miniprogram_activity_setting?: {
      /** 指定领取渠道 */
      outer_str?: string[]
      /** 领奖页面跳转配置 */
      award_jump_deploy?: {
        /** 小程序AppID */
        mini_program_appid?: string
        /** 小程序path */
        mini_program_path?: string
        /** 跳转按钮文案 */
        button_text?: string
      }
    }
  }[]
  /** 请求资源起始位置 */
  offset?: number
  /** 最大资源条数 */
  limit?: number
  /** 资源总条数 */
  total_count?: number
}

export interface MarketingMembercardActivityActivitiesPostJson {
  /** 会员卡ID */
  card_id: string
  /** 活动名称 */
  activity_name: string
  /** 活动类型 */
  activity_type: 'NON_MEMBER_AFTERPAY' | 'MEMBER_AFTERPAY' | 'NON_MEMBER_MINIPROGRAM' | 'MEMBER_MINIPROGRAM'
  /** 活动开始时间 */
  begin_time: string
  /** 活动结束时间 */
  end_time: string
  /** 发放时间段 */
  award_send_period?: {
    /** 指定时间 */
    award_send_time?: readonly {
      /** 发放开始时间 */
      begin_time: string
      /** 发放结束时间 */
      end_time: string
    }[]
    /** 指定时间段 */
    award_send_day_time?: readonly {
      /** 每日发放开始时间 */
      begin_day_time: {
        /** 时 */
        hours: number
        /** 分 */
        minutes: number
        /** 秒 */
        seconds: number
      }
      /** 每日发放结束时间 */
      end_day_time: {
        /** 时 */
        hours: number
        /** 分 */
        minutes: number
        /** 秒 */
        seconds: number
      }
    }[]
  }
  /** 优惠券列表 */
  stock_list?: readonly {
    /** 创建批次的商户号 */
    stock_creator_mchid: string
    /** 券批次ID */
    stock_id: string
  }[]
  /** 商户请求单号 */
  out_request_no: string
  /** 支付后活动设置 */
  pay_activity_setting?: {
    /** 商户logo */
    logo_url: string
    /** 支付结果页活动副标题 */
    activity_second_title: string
    /** 活动曝光商户号 */
    mchid_list?: readonly string[]
    /** 激活方式设置 */
    activate_setting?: {
      /** 激活类型 */
      activate_type: string
      /** 跳转激活的url */
      activate_url?: string
      /** 跳转激活的小程序 */
      activate_miniprogram?: {
        /** 跳转激活的appid */
        activate_appid: string
        /** 跳转激活的path */
        activate_path: string
      }
    }
    /** 支付设置 */
    payment_setting?: {
      /** 支付模式 */
      payment_mode?: {
        /** 支付场景列表 */
        payment_scene_list?: readonly string[]
      }
      /** 指定银行的简称 */
      limit_bank?: string
      /** 订单优惠标记 */
      goods_tags?: readonly string[]
    }
  }
  /** 支付前会员活动设置 */
  miniprogram_activity_setting?: {
    /** 指定领取渠道 */
    outer_str?: readonly string[]
    /** 领奖页面跳转配置 */
    award_jump_deploy?: {
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序path */
      mini_program_path?: string
      /** 跳转按钮文案 */
      button_text?: string
    }
  }
}

/** 创建活动: the options of `POST /v3/marketing/membercard-activity/activities`. */
export interface MarketingMembercardActivityActivitiesPostOptions extends RouteCallOptions {
  json: MarketingMembercardActivityActivitiesPostJson
}

/** 创建活动: what `POST /v3/marketing/membercard-activity/activities` answers. */
export type MarketingMembercardActivityActivitiesPostResponse = {
  /** 活动ID */
  activity_id: string
  /** 活动的当前状态 */
  activity_status?: string
  /** 创建时间 */
  create_time?: string
  /** 更新时间 */
  update_time?: string
  /** 会员卡ID */
  card_id?: string
  /** 活动名称 */
  activity_name?: string
  /** 活动类型 */
  activity_type?: string
  /** 活动开始时间 */
  begin_time?: string
  /** 活动结束时间 */
  end_time?: string
  /** 发放时间段 */
  award_send_period?: {
    /** 指定时间 */
    award_send_time?: {
      /** 发放开始时间 */
      begin_time: string
      /** 发放结束时间 */
      end_time: string
    }[]
    /** 指定时间段 */
    award_send_day_time?: {
      /** 每日发放开始时间 */
      begin_day_time: {
        /** 时 */
        hours: number
        /** 分 */
        minutes: number
        /** 秒 */
        seconds: number
      }
      /** 每日发放结束时间 */
      end_day_time: {
        /** 时 */
        hours: number
        /** 分 */
        minutes: number
        /** 秒 */
        seconds: number
      }
    }[]
  }
  /** 优惠券列表 */
  stock_list?: {
    /** 创建批次的商户号 */
    stock_creator_mchid: string
    /** 券批次ID */
    stock_id: string
  }[]
  /** 商户请求单号 */
  out_request_no?: string
  /** 支付后活动设置 */
  pay_activity_setting?: {
    /** 商户logo */
    logo_url: string
    /** 支付结果页活动副标题 */
    activity_second_title: string
    /** 活动曝光商户号 */
    mchid_list?: string[]
    /** 激活方式设置 */
    activate_setting?: {
      /** 激活类型 */
      activate_type: string
      /** 跳转激活的url */
      activate_url?: string
      /** 跳转激活的小程序 */
      activate_miniprogram?: {
        /** 跳转激活的appid */
        activate_appid: string
        /** 跳转激活的path */
        activate_path: string
      }
    }
    /** 支付设置 */
    payment_setting?: {
      /** 支付模式 */
      payment_mode?: {
        /** 支付场景列表 */
        payment_scene_list?: string[]
      }
      /** 指定银行的简称 */
      limit_bank?: string
      /** 订单优惠标记 */
      goods_tags?: string[]
    }
  }
  /** 支付前会员活动设置 */
  miniprogram_activity_setting?: {
    /** 指定领取渠道 */
    outer_str?: string[]
    /** 领奖页面跳转配置 */
    award_jump_deploy?: {
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序path */
      mini_program_path?: string
      /** 跳转按钮文案 */
      button_text?: string
    }
  }
}

/** 查询活动详情: the options of `GET /v3/marketing/membercard-activity/activities/{activity_id}`. */
export interface MarketingMembercardActivityActivitiesByActivityIdGetOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
}

/** 查询活动详情: what `GET /v3/marketing/membercard-activity/activities/{activity_id}` answers. */
export type MarketingMembercardActivityActivitiesByActivityIdGetResponse = {
  /** 活动ID */
  activity_id: string
  /** 活动的当前状态 */
  activity_status?: string
  /** 创建时间 */
  create_time?: string
  /** 更新时间 */
  update_time?: string
  /** 会员卡ID */
  card_id?: string
  /** 活动名称 */
  activity_name?: string
  /** 活动类型 */
  activity_type?: string
  /** 活动开始时间 */
  begin_time?: string
  /** 活动结束时间 */
  end_time?: string
  /** 发放时间段 */
  award_send_period?: {
    /** 指定时间 */
    award_send_time?: {
      /** 发放开始时间 */
      begin_time: string
      /** 发放结束时间 */
      end_time: string
    }[]
    /** 指定时间段 */
    award_send_day_time?: {
      /** 每日发放开始时间 */
      begin_day_time: {
        /** 时 */
        hours: number
        /** 分 */
        minutes: number
        /** 秒 */
        seconds: number
      }
      /** 每日发放结束时间 */
      end_day_time: {
        /** 时 */
        hours: number
        /** 分 */
        minutes: number
        /** 秒 */
        seconds: number
      }
    }[]
  }
  /** 优惠券列表 */
  stock_list?: {
    /** 创建批次的商户号 */
    stock_creator_mchid: string
    /** 券批次ID */
    stock_id: string
  }[]
  /** 商户请求单号 */
  out_request_no?: string
  /** 支付后活动设置 */
  pay_activity_setting?: {
    /** 商户logo */
    logo_url: string
    /** 支付结果页活动副标题 */
    activity_second_title: string
    /** 活动曝光商户号 */
    mchid_list?: string[]
    /** 激活方式设置 */
    activate_setting?: {
      /** 激活类型 */
      activate_type: string
      /** 跳转激活的url */
      activate_url?: string
      /** 跳转激活的小程序 */
      activate_miniprogram?: {
        /** 跳转激活的appid */
        activate_appid: string
        /** 跳转激活的path */
        activate_path: string
      }
    }
    /** 支付设置 */
    payment_setting?: {
      /** 支付模式 */
      payment_mode?: {
        /** 支付场景列表 */
        payment_scene_list?: string[]
      }
      /** 指定银行的简称 */
      limit_bank?: string
      /** 订单优惠标记 */
      goods_tags?: string[]
    }
  }
  /** 支付前会员活动设置 */
  miniprogram_activity_setting?: {
    /** 指定领取渠道 */
    outer_str?: string[]
    /** 领奖页面跳转配置 */
    award_jump_deploy?: {
      /** 小程序AppID */
      mini_program_appid?: string
      /** 小程序path */
      mini_program_path?: string
      /** 跳转按钮文案 */
      button_text?: string
    }
  }
}

/** 终止活动: the options of `POST /v3/marketing/membercard-activity/activities/{activity_id}/terminate`. */
export interface MarketingMembercardActivityActivitiesByActivityIdTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 活动ID */
    activity_id: string
  }
}

/** 终止活动: what `POST /v3/marketing/membercard-activity/activities/{activity_id}/terminate` answers. */
export type MarketingMembercardActivityActivitiesByActivityIdTerminatePostResponse = {
  /** 活动ID */
  activity_id: string
  /** 终止时间 */
  terminate_time?: string
}
