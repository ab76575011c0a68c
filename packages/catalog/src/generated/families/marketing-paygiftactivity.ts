// marketing/paygiftactivity: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 获取支付有礼活动列表: the options of `GET /v3/marketing/paygiftactivity/activities`. */
export interface MarketingPaygiftactivityActivitiesGetOptions extends RouteCallOptions {
  query: {
    /** 分页页码 */
    offset: number
    /** 分页大小 */
    limit: number
    /** 活动名称 */
    activity_name?: string
    /** 活动状态 */
    activity_status?: 'CREATE_ACT_STATUS' | 'ONGOING_ACT_STATUS' | 'TERMINATE_ACT_STATUS' | 'STOP_ACT_STATUS' | 'OVER_TIME_ACT_STATUS' | 'CREATE_ACT_FAILED'
    /** 奖品类型 */
    award_type?: 'BUSIFAVOR'
  }
}

/** 获取支付有礼活动列表: what `GET /v3/marketing/paygiftactivity/activities` answers. */
export type MarketingPaygiftactivityActivitiesGetResponse = {
  /** 分页页码 */
  offset?: number
  /** 分页大小 */
  limit?: number
  /** 总数 */
  total_count?: number
  /** 结果集 */
  data?: {
    /** 活动基本信息 */
    activity_base_info: {
      /** 活动名称 */
      activity_name: string
      /** 活动副标题 */
      activity_second_title: string
      /** 商户logo */
      merchant_logo_url: string
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
      /** 活动开始时间 */
      begin_time?: string
      /** 活动结束时间 */
      end_time?: string
      /** 可用时间段 */
      available_periods?: {
        /** 可用时间 */
        available_time?: {
          /** 可用开始时间 */
          begin_time?: string
          /** 可用结束时间 */
          end_time?: string
        }[]
        /** 每日可用时间 */
        available_day_time?: {
          /** 每日可用开始时间 */
          begin_day_time?: string
          /** 每日可用结束时间 */
          end_day_time?: string
        }[]
      }
      /** 商户请求单号 */
      out_request_no: string
      /** 投放目的 */
      delivery_purpose: 'OFF_LINE_PAY' | 'JUMP_MINI_APP' | (string & {})
      /** 商家小程序appid */
      mini_programs_appid?: string
      /** 商家小程序path */
      mini_programs_path?: string
    }
    /** 活动高级设置 */
    advanced_setting?: {
      /** 奖品类型 */
      delivery_user_category?: 'BUSIFAVOR' | (string & {})
      /** 商家会员appid */
      merchant_member_appid?: string
      /** 支付模式 */
      payment_mode?: {
        /** 支付场景列表 */
        payment_scene_list?: ('APP_SCENE' | (string & {}))[]
        /** 支付方式信息 */
        payment_method_information?: {
          /** 支付方式 */
          payment_method?: 'CFT' | 'SPECIFIC_BANK_CARD' | (string & {})
          /** 银行简称 */
          bank_abbreviation?: string
        }
      }
      /** 订单优惠标记 */
      goods_tags?: string[]
    }
    /** 活动id */
    activity_id?: string
    /** 活动奖品发放规则 */
    award_send_rule: {
      /** 满送活动奖品发放规则 */
      full_send_rule?: {
        /** 奖品类型 */
        award_type: 'BUSIFAVOR' | (string & {})
        /** 发券商户号选项 */
        merchant_option: 'IN_SEVICE_COUPON_MERCHANT' | 'MANUAL_INPUT_MERCHANT' | (string & {})
        /** 消费金额门槛 */
        transaction_amount_minimum: number
        /** 发放内容 */
        send_content: 'SINGLE_COUPON' | 'GIFT_PACKAGE' | (string & {})
        /** 奖品基本信息列表 */
        award_list?: {
          /** 代金券批次Id */
          stock_id?: string
          /** 奖品原始图（大图） */
          original_image_url?: string
          /** 奖品缩略图（小图） */
          thumbnail_url?: string
        }[]
        /** 发券商户号列表 */
        merchant_id_list?: string[]
      }
      /** 阶梯送发放规则 */
      step_send_rule?: {
        /** 奖品类型 */
        award_type: 'BUSIFAVOR' | (string & {})
        /** 发券商户号选项 */
        merchant_option: 'IN_SEVICE_COUPON_MERCHANT' | 'MANUAL_INPUT_MERCHANT' | (string & {})
      }
    }
  }[]
}

/** 查询活动详情接口: the options of `GET /v3/marketing/paygiftactivity/activities/{activity_id}`. */
export interface MarketingPaygiftactivityActivitiesByActivityIdGetOptions extends RouteCallOptions {
  params: {
    /** 活动id */
    activity_id: string
  }
}

/** 查询活动详情接口: what `GET /v3/marketing/paygiftactivity/activities/{activity_id}` answers. */
export type MarketingPaygiftactivityActivitiesByActivityIdGetResponse = {
  /** 活动id */
  activity_id?: string
  /** 活动类型 */
  activity_type?: 'FULL_SEND_ACT_TYPE' | 'STEP_SEND_ACT_TYPE' | 'SPECIFIC_SEND_ACT_TYPE' | (string & {})
  /** 活动状态 */
  activity_status?: 'CREATE_ACT_STATUS' | 'ONGOING_ACT_STATUS' | 'TERMINATE_ACT_STATUS' | 'STOP_ACT_STATUS' | 'OVER_TIME_ACT_STATUS' | 'CREATE_ACT_FAILED' | (string & {})
  /** 创建商户号 */
  creator_merchant_id?: string
  /** 所属商户号 */
  belong_merchant_id?: string
  /** 活动暂停时间 */
  pause_time?: string
  /** 活动恢复时间 */
  recovery_time?: string
  /** 活动创建时间 */
  create_time?: string
  /** 活动更新时间 */
  update_time?: string
  /** 活动基本信息 */
  activity_base_info: {
    /** 活动名称 */
    activity_name: string
    /** 活动副标题 */
    activity_second_title: string
    /** 商户logo */
    merchant_logo_url: string
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100' | (string & {})
    /** 活动开始时间 */
    begin_time?: string
    /** 活动结束时间 */
    end_time?: string
    /** 可用时间段 */
    available_periods?: {
      /** 可用时间 */
      available_time?: {
        /** 可用开始时间 */
        begin_time?: string
        /** 可用结束时间 */
        end_time?: string
      }[]
      /** 每日可用时间 */
      available_day_time?: {
        /** 每日可用开始时间 */
        begin_day_time?: string
        /** 每日可用结束时间 */
        end_day_time?: string
      }[]
    }
    /** 商户请求单号 */
    out_request_no: string
    /** 投放目的 */
    delivery_purpose: 'OFF_LINE_PAY' | 'JUMP_MINI_APP' | (string & {})
    /** 商家小程序appid */
    mini_programs_appid?: string
    /** 商家小程序path */
    mini_programs_path?: string
  }
  /** 活动高级设置 */
  advanced_setting?: {
    /** 奖品类型 */
    delivery_user_category?: 'BUSIFAVOR' | (string & {})
    /** 商家会员appid */
    merchant_member_appid?: string
    /** 支付模式 */
    payment_mode?: {
      /** 支付场景列表 */
      payment_scene_list?: ('APP_SCENE' | (string & {}))[]
      /** 支付方式信息 */
      payment_method_information?: {
        /** 支付方式 */
        payment_method?: 'CFT' | 'SPECIFIC_BANK_CARD' | (string & {})
        /** 银行简称 */
        bank_abbreviation?: string
      }
    }
    /** 订单优惠标记 */
    goods_tags?: string[]
  }
  /** 活动奖品发放规则 */
  award_send_rule: {
    /** 满送活动奖品发放规则 */
    full_send_rule?: {
      /** 奖品类型 */
      award_type: 'BUSIFAVOR' | (string & {})
      /** 发券商户号选项 */
      merchant_option: 'IN_SEVICE_COUPON_MERCHANT' | 'MANUAL_INPUT_MERCHANT' | (string & {})
      /** 消费金额门槛 */
      transaction_amount_minimum: number
      /** 发放内容 */
      send_content: 'SINGLE_COUPON' | 'GIFT_PACKAGE' | (string & {})
      /** 奖品基本信息列表 */
      award_list?: {
        /** 代金券批次Id */
        stock_id?: string
        /** 奖品原始图（大图） */
        original_image_url?: string
        /** 奖品缩略图（小图） */
        thumbnail_url?: string
      }[]
    }
  }
}

/** 查询活动指定商品列表: the options of `GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods`. */
export interface MarketingPaygiftactivityActivitiesByActivityIdGoodsGetOptions extends RouteCallOptions {
  params: {
    /** 活动id */
    activity_id: string
  }
  query?: {
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 查询活动指定商品列表: what `GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods` answers. */
export type MarketingPaygiftactivityActivitiesByActivityIdGoodsGetResponse = {
  /** 分页页码 */
  offset?: number
  /** 分页大小 */
  limit?: number
  /** 总数 */
  total_count?: number
  /** 活动id */
  activity_id?: string
  /** 结果集 */
  data?: {
    /** 指定商品 */
    goods_id?: string
    /** 创建时间 */
    create_time?: string
    /** 更新时间 */
    update_time?: string
  }[]
}

/** 查询活动发券商户号: the options of `GET /v3/marketing/paygiftactivity/activities/{activity_id}/merchants`. */
export interface MarketingPaygiftactivityActivitiesByActivityIdMerchantsGetOptions extends RouteCallOptions {
  params: {
    /** 活动id */
    activity_id: string
  }
  query?: {
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 查询活动发券商户号: what `GET /v3/marketing/paygiftactivity/activities/{activity_id}/merchants` answers. */
export type MarketingPaygiftactivityActivitiesByActivityIdMerchantsGetResponse = {
  /** 分页页码 */
  offset?: number
  /** 分页大小 */
  limit?: number
  /** 总数 */
  total_count?: number
  /** 活动id */
  activity_id?: string
  /** 结果集 */
  data?: {
    /** 商户号 */
    mchid?: string
    /** 商户名称 */
    merchant_name?: string
    /** 创建时间 */
    create_time?: string
    /** 更新时间 */
    update_time?: string
  }[]
}

export interface MarketingPaygiftactivityActivitiesByActivityIdMerchantsAddPostJson {
  /** 发券商户号 */
  merchant_id_list?: readonly string[]
  /** 请求业务单据号 */
  add_request_no?: string
}

/** 新增活动发券商户号: the options of `POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add`. */
export interface MarketingPaygiftactivityActivitiesByActivityIdMerchantsAddPostOptions extends RouteCallOptions {
  params: {
    /** 活动id */
    activity_id: string
  }
  json?: MarketingPaygiftactivityActivitiesByActivityIdMerchantsAddPostJson
}

/** 新增活动发券商户号: what `POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add` answers. */
export type MarketingPaygiftactivityActivitiesByActivityIdMerchantsAddPostResponse = {
  /** 活动id */
  activity_id?: string
  /** 添加时间 */
  add_time?: string
  /** 未通过规则校验的发券商户号列表 */
  invalid_merchant_id_list?: {
    /** 商户号 */
    mchid?: string
    /** 无效原因 */
    invalid_reason?: string
  }[]
}

export interface MarketingPaygiftactivityActivitiesByActivityIdMerchantsDeletePostJson {
  /** 删除的发券商户号 */
  merchant_id_list?: readonly string[]
  /** 商户请求单号 */
  delete_request_no?: string
}

/** 删除活动发券商户号: the options of `POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete`. */
export interface MarketingPaygiftactivityActivitiesByActivityIdMerchantsDeletePostOptions extends RouteCallOptions {
  params: {
    /** 活动id */
    activity_id: string
  }
  json?: MarketingPaygiftactivityActivitiesByActivityIdMerchantsDeletePostJson
}

/** 删除活动发券商户号: what `POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete` answers. */
export type MarketingPaygiftactivityActivitiesByActivityIdMerchantsDeletePostResponse = {
  /** 活动id */
  activity_id?: string
  /** 删除时间 */
  delete_time?: string
}

/** 终止活动: the options of `POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate`. */
export interface MarketingPaygiftactivityActivitiesByActivityIdTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 活动id */
    activity_id: string
  }
}

/** 终止活动: what `POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate` answers. */
export type MarketingPaygiftactivityActivitiesByActivityIdTerminatePostResponse = {
  /** 活动id */
  activity_id?: string
  /** 生效时间 */
  terminate_time?: string
}

export interface MarketingPaygiftactivityUniqueThresholdActivityPostJson {
  /** 活动基本信息 */
  activity_base_info: {
    /** 活动名称 */
    activity_name: string
    /** 活动副标题 */
    activity_second_title: string
    /** 商户logo */
    merchant_logo_url: string
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 活动开始时间 */
    begin_time?: string
    /** 活动结束时间 */
    end_time?: string
    /** 可用时间段 */
    available_periods?: {
      /** 可用时间 */
      available_time?: readonly {
        /** 可用开始时间 */
        begin_time?: string
        /** 可用结束时间 */
        end_time?: string
      }[]
      /** 每日可用时间 */
      available_day_time?: readonly {
        /** 每日可用开始时间 */
        begin_day_time?: string
        /** 每日可用结束时间 */
        end_day_time?: string
      }[]
    }
    /** 商户请求单号 */
    out_request_no: string
    /** 投放目的 */
    delivery_purpose: 'OFF_LINE_PAY' | 'JUMP_MINI_APP'
    /** 商家小程序appid */
    mini_programs_appid?: string
    /** 商家小程序path */
    mini_programs_path?: string
  }
  /** 活动高级设置 */
  advanced_setting?: {
    /** 奖品类型 */
    delivery_user_category?: 'BUSIFAVOR'
    /** 商家会员appid */
    merchant_member_appid?: string
    /** 支付模式 */
    payment_mode?: {
      /** 支付场景列表 */
      payment_scene_list?: readonly 'APP_SCENE'[]
      /** 支付方式信息 */
      payment_method_information?: {
        /** 支付方式 */
        payment_method?: 'CFT' | 'SPECIFIC_BANK_CARD'
        /** 银行简称 */
        bank_abbreviation?: string
      }
    }
    /** 订单优惠标记 */
    goods_tags?: readonly string[]
    /** 支付方式信息 */
    payment_method_information?: {
      /** 支付方式 */
      payment_method?: 'CFT' | 'SPECIFIC_BANK_CARD'
      /** 银行简称 */
      bank_abbreviation?: string
    }
  }
  /** 活动奖品发放规则 */
  award_send_rule: {
    /** 奖品类型 */
    award_type: 'BUSIFAVOR'
    /** 发券商户号选项 */
    merchant_option: 'IN_SEVICE_COUPON_MERCHANT' | 'MANUAL_INPUT_MERCHANT'
    /** 消费金额门槛 */
    transaction_amount_minimum: number
    /** 发放内容 */
    send_content: 'SINGLE_COUPON' | 'GIFT_PACKAGE'
    /** 奖品基本信息列表 */
    award_list?: readonly {
      /** 代金券批次Id */
      stock_id?: string
      /** 奖品原始图（大图） */
      original_image_url?: string
      /** 奖品缩略图（小图） */
      thumbnail_url?: string
    }[]
    /** 发券商户号列表 */
    merchant_id_list?: readonly string[]
  }
}

/** 创建全场满额送活动: the options of `POST /v3/marketing/paygiftactivity/unique-threshold-activity`. */
export interface MarketingPaygiftactivityUniqueThresholdActivityPostOptions extends RouteCallOptions {
  json: MarketingPaygiftactivityUniqueThresholdActivityPostJson
}

/** 创建全场满额送活动: what `POST /v3/marketing/paygiftactivity/unique-threshold-activity` answers. */
export type MarketingPaygiftactivityUniqueThresholdActivityPostResponse = {
  /** 活动id */
  activity_id: string
  /** 创建时间 */
  create_time: string
}
