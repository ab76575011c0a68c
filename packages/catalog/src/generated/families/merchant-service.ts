// merchant-service: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, UploadFile } from '@core/client'

/** 删除投诉通知回调: the options of `DELETE /v3/merchant-service/complaint-notifications`. */
export interface MerchantServiceComplaintNotificationsDeleteOptions extends RouteCallOptions {}

/** 删除投诉通知回调: what `DELETE /v3/merchant-service/complaint-notifications` answers. */
export type MerchantServiceComplaintNotificationsDeleteResponse = undefined

/** 查询投诉通知回调: the options of `GET /v3/merchant-service/complaint-notifications`. */
export interface MerchantServiceComplaintNotificationsGetOptions extends RouteCallOptions {}

/** 查询投诉通知回调: what `GET /v3/merchant-service/complaint-notifications` answers. */
export type MerchantServiceComplaintNotificationsGetResponse = {
  /** 商户号 */
  mchid: string
  /** 通知地址 */
  url: string
}

export interface MerchantServiceComplaintNotificationsPostJson {
  /** 通知地址 */
  url: string
}

/** 创建投诉通知回调: the options of `POST /v3/merchant-service/complaint-notifications`. */
export interface MerchantServiceComplaintNotificationsPostOptions extends RouteCallOptions {
  json: MerchantServiceComplaintNotificationsPostJson
}

/** 创建投诉通知回调: what `POST /v3/merchant-service/complaint-notifications` answers. */
export type MerchantServiceComplaintNotificationsPostResponse = {
  /** 商户号 */
  mchid: string
  /** 通知地址 */
  url: string
}

export interface MerchantServiceComplaintNotificationsPutJson {
  /** 通知地址 */
  url: string
}

/** 更新投诉通知回调: the options of `PUT /v3/merchant-service/complaint-notifications`. */
export interface MerchantServiceComplaintNotificationsPutOptions extends RouteCallOptions {
  json: MerchantServiceComplaintNotificationsPutJson
}

/** 更新投诉通知回调: what `PUT /v3/merchant-service/complaint-notifications` answers. */
export type MerchantServiceComplaintNotificationsPutResponse = {
  /** 商户号 */
  mchid: string
  /** 通知地址 */
  url: string
}

/** 查询投诉信息: the options of `GET /v3/merchant-service/complaints`. */
export interface MerchantServiceComplaintsGetOptions extends RouteCallOptions {
  query: {
    /** 分页大小 */
    limit?: number
    /** 分页开始位置 */
    offset?: number
    /** 开始日期 */
    begin_date: string
    /** 结束日期 */
    end_date: string
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 查询投诉信息: what `GET /v3/merchant-service/complaints` answers. */
export type MerchantServiceComplaintsGetResponse = {
  /** 分页开始位置 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 投诉总条数 */
  total_count?: number
  /** 用户投诉信息详情 */
  data?: {
    /** 商户订单号 */
    out_trade_no: string
    /** 投诉时间 */
    complaint_time: string
    /** 订单金额 */
    amount: number
    /** 投诉人联系方式 (encrypted to your merchant API key) */
    payer_phone?: string
    /** 投诉详情 */
    complaint_detail: string
    /** 投诉单状态 */
    complaint_state: 'PAYER_COMPLAINTED' | 'FROZENED' | 'FROZEN_FINISHED' | 'PAYER_CANCELED' | 'MERCHANT_REFUNDED' | 'SYSTEM_REFUNDED' | 'MANUAL_UNFROZEN' | (string & {})
    /** 微信订单号 */
    transaction_id: string
    /** 冻结结束时间 */
    frozen_end_time?: string
    /** 特约商户号 */
    sub_mchid?: string
  }[]
}

/** 查询投诉单列表: the options of `GET /v3/merchant-service/complaints-v2`. */
export interface MerchantServiceComplaintsV2GetOptions extends RouteCallOptions {
  query: {
    /** 分页大小 */
    limit?: number
    /** 分页开始位置 */
    offset?: number
    /** 开始日期 */
    begin_date: string
    /** 结束日期 */
    end_date: string
    /** 被诉商户号 */
    complainted_mchid?: string
  }
}

/** 查询投诉单列表: what `GET /v3/merchant-service/complaints-v2` answers. */
export type MerchantServiceComplaintsV2GetResponse = {
  /** 用户投诉信息详情 */
  data?: {
    /** 投诉单号 */
    complaint_id: string
    /** 投诉时间 */
    complaint_time: string
    /** 投诉详情 */
    complaint_detail: string
    /** 投诉单状态 */
    complaint_state: 'PENDING' | 'PROCESSING' | 'PROCESSED' | (string & {})
    /** 被诉商户号 */
    complainted_mchid: string
    /** 投诉人联系方式 (encrypted to your merchant API key) */
    payer_phone?: string
    /** 投诉单关联订单信息 */
    complaint_order_info?: {
      /** 微信订单号 */
      transaction_id: string
      /** 商户订单号 */
      out_trade_no: string
      /** 订单金额 */
      amount: number
    }[]
    /** 投诉单关联服务单信息 */
    service_order_info?: {
      /** 微信支付服务订单号 */
      order_id?: string
      /** 商户服务订单号 */
      out_order_no?: string
      /** 支付分服务单状态 */
      state?: 'DOING' | 'REVOKED' | 'WAITPAY' | 'DONE' | (string & {})
    }[]
    /** 投诉资料列表 */
    complaint_media_list?: {
      /** 媒体文件业务类型 */
      media_type: 'USER_COMPLAINT_IMAGE' | 'OPERATION_IMAGE' | (string & {})
      /** 媒体文列表 */
      media_url?: string[]
    }[]
    /** 投诉单是否已全额退款 */
    complaint_full_refunded: boolean
    /** 是否有待回复的用户留言 */
    incoming_user_response: boolean
    /** 问题描述 */
    problem_description: string
    /** 用户投诉次数 */
    user_complaint_times: number
    /** 问题类型 */
    problem_type?: 'REFUND' | 'SERVICE_NOT_WORK' | 'OTHERS' | (string & {})
    /** 申请退款金额 */
    apply_refund_amount?: number
    /** 用户标签列表 */
    user_tag_list?: ('TRUSTED' | 'HIGH_RISK' | (string & {}))[]
    /** 补充信息 */
    additional_info?: {
      /** 补充信息类型 */
      type?: 'SHARE_POWER_TYPE' | (string & {})
      /** 充电宝投诉相关信息 */
      share_power_info?: {
        /** 归还时间 */
        return_time?: string
        /** 归还地点信息 */
        return_address_info?: {
          /** 归还地点 */
          return_address?: string
          /** 归还地点经度 */
          longitude?: string
          /** 归还地点纬度 */
          latitude?: string
        }
        /** 是否归还同一柜机 */
        is_returned_to_same_machine?: boolean
      }
    }
    /** 是否在平台协助中 */
    in_platform_service?: boolean
    /** 是否需即时服务用户 */
    need_immediate_service?: boolean
    /** 是否是智能体投诉 */
    is_agent_mode?: boolean
  }[]
  /** 分页大小 */
  limit: number
  /** 分页开始位置 */
  offset: number
  /** 投诉总条数 */
  total_count?: number
}

/** 查询投诉单详情: the options of `GET /v3/merchant-service/complaints-v2/{complaint_id}`. */
export interface MerchantServiceComplaintsV2ByComplaintIdGetOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
}

/** 查询投诉单详情: what `GET /v3/merchant-service/complaints-v2/{complaint_id}` answers. */
export type MerchantServiceComplaintsV2ByComplaintIdGetResponse = {
  /** 投诉单号 */
  complaint_id: string
  /** 投诉时间 */
  complaint_time: string
  /** 投诉详情 */
  complaint_detail: string
  /** 投诉单状态 */
  complaint_state: 'PENDING' | 'PROCESSING' | 'PROCESSED' | (string & {})
  /** 被诉商户号 */
  complainted_mchid: string
  /** 投诉人联系方式 (encrypted to your merchant API key) */
  payer_phone?: string
  /** 投诉人openid */
  payer_openid?: string
  /** 投诉资料列表 */
  complaint_media_list?: {
    /** 媒体文件业务类型 */
    media_type: 'USER_COMPLAINT_IMAGE' | 'OPERATION_IMAGE' | (string & {})
    /** 媒体文列表 */
    media_url?: string[]
  }[]
  /** 投诉单关联订单信息 */
  complaint_order_info?: {
    /** 微信订单号 */
    transaction_id: string
    /** 商户订单号 */
    out_trade_no: string
    /** 订单金额 */
    amount: number
  }[]
  /** 投诉单关联服务单信息 */
  service_order_info?: {
    /** 微信支付服务订单号 */
    order_id?: string
    /** 商户服务订单号 */
    out_order_no?: string
    /** 支付分服务单状态 */
    state?: string
  }[]
  /** 投诉单是否已全额退款 */
  complaint_full_refunded: boolean
  /** 是否有待回复的用户留言 */
  incoming_user_response: boolean
  /** 问题描述 */
  problem_description: string
  /** 用户投诉次数 */
  user_complaint_times: number
  /** 问题类型 */
  problem_type?: 'REFUND' | 'SERVICE_NOT_WORK' | 'OTHERS' | (string & {})
  /** 申请退款金额 */
  apply_refund_amount?: number
  /** 用户标签列表 */
  user_tag_list?: ('TRUSTED' | 'HIGH_RISK' | (string & {}))[]
  /** 补充信息 */
  additional_info?: {
    /** 补充信息类型 */
    type?: 'SHARE_POWER_TYPE' | (string & {})
    /** 充电宝投诉相关信息 */
    share_power_info?: {
      /** 归还时间 */
      return_time?: string
      /** 归还地点信息 */
      return_address_info?: {
        /** 归还地点 */
        return_address?: string
        /** 归还地点经度 */
        longitude?: string
        /** 归还地点纬度 */
        latitude?: string
      }
      /** 是否归还同一柜机 */
      is_returned_to_same_machine?: boolean
    }
  }
  /** 是否在平台协助中 */
  in_platform_service?: boolean
  /** 是否需即时服务用户 */
  need_immediate_service?: boolean
  /** 是否是智能体投诉 */
  is_agent_mode?: boolean
}

export interface MerchantServiceComplaintsV2ByComplaintIdCompletePostJson {
  /** 被诉商户号 */
  complainted_mchid: string
}

/** 反馈处理完成: the options of `POST /v3/merchant-service/complaints-v2/{complaint_id}/complete`. */
export interface MerchantServiceComplaintsV2ByComplaintIdCompletePostOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  json: MerchantServiceComplaintsV2ByComplaintIdCompletePostJson
}

/** 反馈处理完成: what `POST /v3/merchant-service/complaints-v2/{complaint_id}/complete` answers. */
export type MerchantServiceComplaintsV2ByComplaintIdCompletePostResponse = undefined

/** 查询投诉协商历史: the options of `GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys`. */
export interface MerchantServiceComplaintsV2ByComplaintIdNegotiationHistorysGetOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  query?: {
    /** 分页大小 */
    limit?: number
    /** 分页开始位置 */
    offset?: number
  }
}

/** 查询投诉协商历史: what `GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys` answers. */
export type MerchantServiceComplaintsV2ByComplaintIdNegotiationHistorysGetResponse = {
  /** 投诉协商历史 */
  data?: {
    /** 操作资料列表 */
    complaint_media_list?: {
      /** 媒体文件业务类型 */
      media_type?: 'USER_COMPLAINT_IMAGE' | 'OPERATION_IMAGE' | (string & {})
      /** 媒体文件请求url */
      media_url?: string[]
    }
    /** 操作流水号 */
    log_id: string
    /** 操作人 */
    operator: string
    /** 操作时间 */
    operate_time: string
    /** 操作类型 */
    operate_type: 'USER_CREATE_COMPLAINT' | 'USER_CONTINUE_COMPLAINT' | 'USER_RESPONSE' | 'PLATFORM_RESPONSE' | 'MERCHANT_RESPONSE' | 'MERCHANT_CONFIRM_COMPLETE' | 'USER_CREATE_COMPLAINT_SYSTEM_MESSAGE' | 'COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE' | 'USER_CONTINUE_COMPLAINT_SYSTEM_MESSAGE' | 'USER_REVOKE_COMPLAINT' | 'USER_COMFIRM_COMPLAINT' | 'PLATFORM_HELP_APPLICATION' | 'USER_APPLY_PLATFORM_HELP' | 'MERCHANT_APPROVE_REFUND' | 'MERCHANT_REFUSE_RERUND' | 'USER_SUBMIT_SATISFACTION' | 'SERVICE_ORDER_CANCEL' | 'SERVICE_ORDER_COMPLETE' | 'COMPLAINT_PARTIAL_REFUNDED_SYSTEM_MESSAGE' | 'COMPLAINT_REFUND_RECEIVED_SYSTEM_MESSAGE' | 'COMPLAINT_ENTRUSTED_REFUND_SYSTEM_MESSAGE' | 'USER_APPLY_PLATFORM_SERVICE' | 'USER_CANCEL_PLATFORM_SERVICE' | 'PLATFORM_SERVICE_FINISHED' | 'USER_CLICK_RESPONSE' | (string & {})
    /** 操作内容 */
    operate_details?: string
    /** 图片凭证 */
    image_list?: string[]
    /** 用户申请平台协助原因 */
    user_appy_platform_service_reason?: string
    /** 用户申请平台协助原因描述 */
    user_appy_platform_service_reason_description?: string
    /** 普通消息内容 */
    normal_message?: {
      /** 消息内容 */
      blocks?: {
        /** 消息块类型 */
        type?: 'TEXT' | 'IMAGE' | 'LINK' | 'FAQ_LIST' | 'BUTTON' | 'BUTTON_GROUP' | (string & {})
        /** 文本 */
        text?: {
          /** 文本 */
          text?: string
          /** 文本颜色 */
          color?: 'DEFAULT' | 'SECONDARY' | (string & {})
          /** 是否粗体 */
          is_bold?: boolean
        }
        /** 图片 */
        image?: {
          /** 媒体ID */
          media_id?: string
          /** 图片样式类型 */
          image_style_type?: 'IMAGE_STYLE_TYPE_NARROW' | 'IMAGE_STYLE_TYPE_WIDE' | (string & {})
        }
        /** 链接 */
        link?: {
          /** 文本 */
          text?: string
          /** 动作 */
          action?: {
            /** 动作类型 */
            action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM' | (string & {})
            /** 跳转链接 */
            jump_url?: string
            /** 跳转小程序信息 */
            mini_program_jump_info?: {
              /** 跳转小程序APPID */
              appid: string
              /** 跳转小程序页面PATH */
              path: string
              /** 跳转小程序页面名称 */
              text: string
            }
            /** 回复消息内容 */
            message_info?: {
              /** 回复的消息内容 */
              content: string
              /** 自定义透传字段 */
              custom_data?: string
            }
            /** 动作id */
            action_id?: string
          }
          /** 失效配置 */
          invalid_info?: {
            /** 过期时间 */
            expired_time?: string
            /** 是否可以多次点击 */
            multi_clickable?: boolean
          }
        }
        /** FAQ列表 */
        faq_list?: {
          /** FAQ列表 */
          faqs?: {
            /** faq的id */
            faq_id?: string
            /** faq内容 */
            faq_title?: string
            /** 动作 */
            action?: {
              /** 动作类型 */
              action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM' | (string & {})
              /** 跳转链接 */
              jump_url?: string
              /** 跳转小程序信息 */
              mini_program_jump_info?: {
                /** 跳转小程序APPID */
                appid: string
                /** 跳转小程序页面PATH */
                path: string
                /** 跳转小程序页面名称 */
                text: string
              }
              /** 回复消息内容 */
              message_info?: {
                /** 回复的消息内容 */
                content: string
                /** 自定义透传字段 */
                custom_data?: string
              }
              /** 动作id */
              action_id?: string
            }
          }[]
        }
        /** 按钮 */
        button?: {
          /** 文本 */
          text?: string
          /** 动作 */
          action?: {
            /** 动作类型 */
            action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM' | (string & {})
            /** 跳转链接 */
            jump_url?: string
            /** 跳转小程序信息 */
            mini_program_jump_info?: {
              /** 跳转小程序APPID */
              appid: string
              /** 跳转小程序页面PATH */
              path: string
              /** 跳转小程序页面名称 */
              text: string
            }
            /** 回复消息内容 */
            message_info?: {
              /** 回复的消息内容 */
              content: string
              /** 自定义透传字段 */
              custom_data?: string
            }
            /** 动作id */
            action_id?: string
          }
          /** 失效配置 */
          invalid_info?: {
            /** 过期时间 */
            expired_time?: string
            /** 是否可以多次点击 */
            multi_clickable?: boolean
          }
        }
        /** 按钮组 */
        button_group?: {
          /** 按钮组 */
          buttons?: {
            /** 文本 */
            text?: string
            /** 动作 */
            action?: {
              /** 动作类型 */
              action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM' | (string & {})
              /** 跳转链接 */
              jump_url?: string
              /** 跳转小程序信息 */
              mini_program_jump_info?: {
                /** 跳转小程序APPID */
                appid: string
                /** 跳转小程序页面PATH */
                path: string
                /** 跳转小程序页面名称 */
                text: string
              }
              /** 回复消息内容 */
              message_info?: {
                /** 回复的消息内容 */
                content: string
                /** 自定义透传字段 */
                custom_data?: string
              }
              /** 动作id */
              action_id?: string
            }
            /** 失效配置 */
            invalid_info?: {
              /** 过期时间 */
              expired_time?: string
              /** 是否可以多次点击 */
              multi_clickable?: boolean
            }
          }[]
          /** 按钮布局方式 */
          button_layout?: 'LAYOUT_UNKNOWN' | 'LAYOUT_HORIZONTAL' | 'LAYOUT_VERTICAL' | (string & {})
          /** 失效配置 */
          invalid_info?: {
            /** 过期时间 */
            expired_time?: string
            /** 是否可以多次点击 */
            multi_clickable?: boolean
          }
        }
      }[]
      /** 发送者身份类别 */
      sender_identity?: 'UNKNOWN' | 'MANUAL' | 'MACHINE' | (string & {})
      /** 自定义透传信息 */
      custom_data?: string
    }
    /** 用户点击回复消息 */
    click_message?: {
      /** 回复的消息内容 */
      message_content?: Record<string, unknown>
      /** 动作id */
      action_id?: string
      /** 被点击的操作流水号 */
      clicked_log_id?: string
    }
  }[]
  /** 分页大小 */
  limit: number
  /** 分页开始位置 */
  offset: number
  /** 投诉协商历史总条数 */
  total_count?: number
}

export interface MerchantServiceComplaintsV2ByComplaintIdResponsePostJson {
  /** 被诉商户号 */
  complainted_mchid: string
  /** 回复内容 */
  response_content: string
  /** 回复图片 */
  response_images?: readonly string[]
  /** 跳转链接 */
  jump_url?: string
  /** 跳转链接文案 */
  jump_url_text?: string
  /** 跳转小程序信息 */
  mini_program_jump_info?: {
    /** 跳转小程序APPID */
    appid: string
    /** 跳转小程序页面PATH */
    path: string
    /** 跳转小程序页面名称 */
    text: string
  }
}

/** 提交回复: the options of `POST /v3/merchant-service/complaints-v2/{complaint_id}/response`. */
export interface MerchantServiceComplaintsV2ByComplaintIdResponsePostOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  json: MerchantServiceComplaintsV2ByComplaintIdResponsePostJson
}

/** 提交回复: what `POST /v3/merchant-service/complaints-v2/{complaint_id}/response` answers. */
export type MerchantServiceComplaintsV2ByComplaintIdResponsePostResponse = undefined

export interface MerchantServiceComplaintsV2ByComplaintIdResponseImmediateServicePostJson {
  /** 被诉商户号 */
  complainted_mchid: string
  /** 消息内容 */
  message: {
    /** 消息内容 */
    blocks?: readonly {
      /** 消息块类型 */
      type?: 'TEXT' | 'IMAGE' | 'LINK' | 'FAQ_LIST' | 'BUTTON' | 'BUTTON_GROUP'
      /** 文本 */
      text?: {
        /** 文本 */
        text?: string
        /** 文本颜色 */
        color?: 'DEFAULT' | 'SECONDARY'
        /** 是否粗体 */
        is_bold?: boolean
      }
      /** 图片 */
      image?: {
        /** 媒体ID */
        media_id?: string
        /** 图片样式类型 */
        image_style_type?: 'IMAGE_STYLE_TYPE_NARROW' | 'IMAGE_STYLE_TYPE_WIDE'
      }
      /** 链接 */
      link?: {
        /** 文本 */
        text?: string
        /** 动作 */
        action?: {
          /** 动作类型 */
          action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM'
          /** 跳转链接 */
          jump_url?: string
          /** 跳转小程序信息 */
          mini_program_jump_info?: {
            /** 跳转小程序APPID */
            appid: string
            /** 跳转小程序页面PATH */
            path?: string
            /** 跳转小程序页面名称 */
            text?: string
          }
          /** 回复消息内容 */
          message_info?: {
            /** 回复的消息内容 */
            content: string
            /** 自定义透传字段 */
            custom_data?: string
          }
          /** 动作id */
          action_id?: string
        }
        /** 失效配置 */
        invalid_info?: {
          /** 过期时间 */
          expired_time?: string
          /** 是否可以多次点击 */
          multi_clickable?: boolean
        }
      }
      /** FAQ列表 */
      faq_list?: {
        /** FAQ列表 */
        faqs?: readonly {
          /** faq的id */
          faq_id?: string
          /** faq内容 */
          faq_title?: string
          /** 动作 */
          action?: {
            /** 动作类型 */
            action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM'
            /** 跳转链接 */
            jump_url?: string
            /** 跳转小程序信息 */
            mini_program_jump_info?: {
              /** 跳转小程序APPID */
              appid: string
              /** 跳转小程序页面PATH */
              path?: string
              /** 跳转小程序页面名称 */
              text?: string
            }
            /** 回复消息内容 */
            message_info?: {
              /** 回复的消息内容 */
              content: string
              /** 自定义透传字段 */
              custom_data?: string
            }
            /** 动作id */
            action_id?: string
          }
        }[]
      }
      /** 按钮 */
      button?: {
        /** 文本 */
        text?: string
        /** 动作 */
        action?: {
          /** 动作类型 */
          action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM'
          /** 跳转链接 */
          jump_url?: string
          /** 跳转小程序信息 */
          mini_program_jump_info?: {
            /** 跳转小程序APPID */
            appid: string
            /** 跳转小程序页面PATH */
            path?: string
            /** 跳转小程序页面名称 */
            text?: string
          }
          /** 回复消息内容 */
          message_info?: {
            /** 回复的消息内容 */
            content: string
            /** 自定义透传字段 */
            custom_data?: string
          }
          /** 动作id */
          action_id?: string
        }
        /** 失效配置 */
        invalid_info?: {
          /** 过期时间 */
          expired_time?: string
          /** 是否可以多次点击 */
          multi_clickable?: boolean
        }
      }
      /** 按钮组 */
      button_group?: {
        /** 按钮组 */
        buttons?: readonly {
          /** 文本 */
          text?: string
          /** 动作 */
          action?: {
            /** 动作类型 */
            action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM'
            /** 跳转链接 */
            jump_url?: string
            /** 跳转小程序信息 */
            mini_program_jump_info?: {
              /** 跳转小程序APPID */
              appid: string
              /** 跳转小程序页面PATH */
              path?: string
              /** 跳转小程序页面名称 */
              text?: string
            }
            /** 回复消息内容 */
            message_info?: {
              /** 回复的消息内容 */
              content: string
              /** 自定义透传字段 */
              custom_data?: string
            }
            /** 动作id */
            action_id?: string
          }
          /** 失效配置 */
          invalid_info?: {
            /** 过期时间 */
            expired_time?: string
            /** 是否可以多次点击 */
            multi_clickable?: boolean
          }
        }[]
        /** 按钮布局方式 */
        button_layout?: 'LAYOUT_UNKNOWN' | 'LAYOUT_HORIZONTAL' | 'LAYOUT_VERTICAL'
        /** 失效配置 */
        invalid_info?: {
          /** 过期时间 */
          expired_time?: string
          /** 是否可以多次点击 */
          multi_clickable?: boolean
        }
      }
    }[]
    /** 发送者身份类别 */
    sender_identity?: 'UNKNOWN' | 'MANUAL' | 'MACHINE'
    /** 自定义透传信息 */
    custom_data?: string
  }
  /** 幂等ID */
  idempotent_id: string
}

/** 回复需要即时服务的投诉单: the options of `POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service`. */
export interface MerchantServiceComplaintsV2ByComplaintIdResponseImmediateServicePostOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  json: MerchantServiceComplaintsV2ByComplaintIdResponseImmediateServicePostJson
}

/** 回复需要即时服务的投诉单: what `POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service` answers. */
export type MerchantServiceComplaintsV2ByComplaintIdResponseImmediateServicePostResponse = {
  /** 操作流水号 */
  log_id?: string
}

export interface MerchantServiceComplaintsV2ByComplaintIdUpdateRefundProgressPostJson {
  /** 审批动作 */
  action: 'REJECT' | 'APPROVE'
  /** 预计发起退款时间 */
  launch_refund_day?: number
  /** 拒绝退款原因 */
  reject_reason?: string
  /** 拒绝退款的举证图片列表 */
  reject_media_list?: readonly string[]
  /** 备注 */
  remark?: string
}

/** 更新退款审批结果: the options of `POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress`. */
export interface MerchantServiceComplaintsV2ByComplaintIdUpdateRefundProgressPostOptions extends RouteCallOptions {
  params: {
    /** 投诉单号 */
    complaint_id: string
  }
  json: MerchantServiceComplaintsV2ByComplaintIdUpdateRefundProgressPostJson
}

/** 更新退款审批结果: what `POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress` answers. */
export type MerchantServiceComplaintsV2ByComplaintIdUpdateRefundProgressPostResponse = undefined

/** 查询投诉详情: the options of `GET /v3/merchant-service/complaints/{transaction_id}`. */
export interface MerchantServiceComplaintsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
}

/** 查询投诉详情: what `GET /v3/merchant-service/complaints/{transaction_id}` answers. */
export type MerchantServiceComplaintsByTransactionIdGetResponse = {
  /** 商户订单号 */
  out_trade_no: string
  /** 投诉时间 */
  complaint_time: string
  /** 投诉金额 */
  amount: number
  /** 投诉人联系方式 (encrypted to your merchant API key) */
  payer_phone?: string
  /** 投诉描述 */
  complaint_detail: string
  /** 投诉单状态 */
  complaint_state?: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 冻结结束时间 */
  frozen_end_time?: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 投诉单处理进展状态 */
  complaint_handle_state: string
}

/** 查询投诉协商历史: the options of `GET /v3/merchant-service/complaints/{transaction_id}/negotiation-historys`. */
export interface MerchantServiceComplaintsByTransactionIdNegotiationHistorysGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
}

/** 查询投诉协商历史: what `GET /v3/merchant-service/complaints/{transaction_id}/negotiation-historys` answers. */
export type MerchantServiceComplaintsByTransactionIdNegotiationHistorysGetResponse = {
  /** 投诉协商历史 */
  complaint_negotiation_history?: {
    /** 操作人 */
    operate_user: string
    /** 操作时间 */
    operate_time: string
    /** 操作类型 */
    operate_type: 'USER_CREATE_COMPLAINT' | 'CREATE_COMPLAINT_BY_PLATFORM' | 'USER_CONTINUE_COMPLAINT' | 'USER_REVOKE_COMPLAINT' | 'USER_CONFIRM_COMPLAINT' | 'SELLER_REFUND' | 'MERCHANT_LAUNCH_CONFIRM_PROCESS' | 'USER_RESPONSE' | 'MERCHANT_RESPONSE' | 'RESPONSE_BY_PLATFORM' | 'CONTINUE_COMPLAINT_BY_PLATFORM' | 'CREATE_COMPLAINT_SYSTEM_MESSAGE' | 'COMPLAINT_TIMEOUT_SYSTEM_MESSAGE' | 'SELLER_REFUND_SYSTEM_MESSAGE' | 'CONTINUE_COMPLAINT_SYSTEM_MESSAGE' | 'LAUNCH_CONFIRM_PROCESS_SYSTEM_MESSAGE' | (string & {})
    /** 操作内容 */
    operate_details?: string
    /** 协商历史图片凭证 */
    image_list?: string[]
  }[]
}

export interface MerchantServiceFeedbacksPostJson {
  /** 微信支付订单号 */
  transaction_id: string
  /** 被诉商户号 */
  complainted_mchid: string
  /** 反馈内容类型 */
  feedback_type?: number
  /** 反馈内容 */
  feedback_content: string
  /** 图片凭证 */
  feedback_images?: readonly string[]
  /** 反馈处理完成 */
  launch_confirm_process?: boolean
}

/** 商户反馈: the options of `POST /v3/merchant-service/feedbacks`. */
export interface MerchantServiceFeedbacksPostOptions extends RouteCallOptions {
  json: MerchantServiceFeedbacksPostJson
}

/** 商户反馈: what `POST /v3/merchant-service/feedbacks` answers. */
export type MerchantServiceFeedbacksPostResponse = undefined

/** 商户上传反馈图片: the options of `POST /v3/merchant-service/images/upload`. */
export interface MerchantServiceImagesUploadPostOptions extends RouteCallOptions {
  multipart: {
    /** 媒体图⽚只⽀持JPG、BMP、PNG格式 */
    file: UploadFile
    /** 媒体文件元信息 */
    meta: {
      /** 图片文件的sha256摘要 */
      sha256: string
      /** 商户上传的媒体图片的名称 */
      filename: string
    }
  }
}

/** 商户上传反馈图片: what `POST /v3/merchant-service/images/upload` answers. */
export type MerchantServiceImagesUploadPostResponse = {
  /** 媒体文件标识ID */
  media_id: string
}

/** 图片下载: the options of `GET /v3/merchant-service/images/{media_id}`. */
export interface MerchantServiceImagesByMediaIdGetOptions extends RouteCallOptions {
  params: {
    /** 媒体文件ID */
    media_id: string
  }
}

/** 图片下载: what `GET /v3/merchant-service/images/{media_id}` answers. */
export type MerchantServiceImagesByMediaIdGetResponse = undefined
