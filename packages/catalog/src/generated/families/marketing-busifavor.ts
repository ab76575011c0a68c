// marketing/busifavor: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询商家券事件通知地址: the options of `GET /v3/marketing/busifavor/callbacks`. */
export interface MarketingBusifavorCallbacksGetOptions extends RouteCallOptions {
  query?: {
    /** 商户号（不填默认调用方商户号） */
    mchid?: string
  }
}

/** 查询商家券事件通知地址: what `GET /v3/marketing/busifavor/callbacks` answers. */
export type MarketingBusifavorCallbacksGetResponse = {
  /** 通知URL地址 */
  notify_url: string
  /** 商户号 */
  mchid: string
}

export interface MarketingBusifavorCallbacksPostJson {
  /** 商户号（不填默认调用方商户号） */
  mchid?: string
  /** 通知URL地址（必须 https） */
  notify_url: string
}

/** 设置商家券事件通知地址: the options of `POST /v3/marketing/busifavor/callbacks`. */
export interface MarketingBusifavorCallbacksPostOptions extends RouteCallOptions {
  json: MarketingBusifavorCallbacksPostJson
}

/** 设置商家券事件通知地址: what `POST /v3/marketing/busifavor/callbacks` answers. */
export type MarketingBusifavorCallbacksPostResponse = {
  /** 修改时间 */
  update_time?: string
  /** 通知URL地址 */
  notify_url: string
  /** 商户号 */
  mchid: string
}

export interface MarketingBusifavorCouponsAssociatePostJson {
  /** 批次号（商户自定义code的批次必须填写） */
  stock_id: string
  /** 券code */
  coupon_code: string
  /** 关联的商户订单号 */
  out_trade_no: string
  /** 商户请求单号（商户侧唯一；可含字母数字|_*-） */
  out_request_no: string
}

/** 关联订单信息: the options of `POST /v3/marketing/busifavor/coupons/associate`. */
export interface MarketingBusifavorCouponsAssociatePostOptions extends RouteCallOptions {
  json: MarketingBusifavorCouponsAssociatePostJson
}

/** 关联订单信息: what `POST /v3/marketing/busifavor/coupons/associate` answers. */
export type MarketingBusifavorCouponsAssociatePostResponse = {
  /** 关联成功时间 */
  wechatpay_associate_time: string
}

export interface MarketingBusifavorCouponsDeactivatePostJson {
  /** 券code（券的唯一标识） */
  coupon_code: string
  /** 批次号（券的所属批次号） */
  stock_id: string
  /** 失效请求单据号（每次失效请求唯一，商户需保证唯一） */
  deactivate_request_no: string
  /** 失效原因 */
  deactivate_reason?: string
}

/** 使券失效: the options of `POST /v3/marketing/busifavor/coupons/deactivate`. */
export interface MarketingBusifavorCouponsDeactivatePostOptions extends RouteCallOptions {
  json: MarketingBusifavorCouponsDeactivatePostJson
}

/** 使券失效: what `POST /v3/marketing/busifavor/coupons/deactivate` answers. */
export type MarketingBusifavorCouponsDeactivatePostResponse = {
  /** 券成功失效的时间 */
  wechatpay_deactivate_time: string
}

export interface MarketingBusifavorCouponsDisassociatePostJson {
  /** 批次号（商户自定义code的批次必须填写） */
  stock_id: string
  /** 券code */
  coupon_code: string
  /** 关联的商户订单号（须已与该券关联） */
  out_trade_no: string
  /** 商户请求单号（商户侧唯一；可含字母数字|_*-） */
  out_request_no: string
}

/** 取消关联订单信息: the options of `POST /v3/marketing/busifavor/coupons/disassociate`. */
export interface MarketingBusifavorCouponsDisassociatePostOptions extends RouteCallOptions {
  json: MarketingBusifavorCouponsDisassociatePostJson
}

/** 取消关联订单信息: what `POST /v3/marketing/busifavor/coupons/disassociate` answers. */
export type MarketingBusifavorCouponsDisassociatePostResponse = {
  /** 取消关联成功时间 */
  wechatpay_disassociate_time: string
}

export interface MarketingBusifavorCouponsReturnPostJson {
  /** 券code */
  coupon_code: string
  /** 批次号 */
  stock_id: string
  /** 退券请求单据号（商户侧唯一） */
  return_request_no: string
}

/** 申请退券: the options of `POST /v3/marketing/busifavor/coupons/return`. */
export interface MarketingBusifavorCouponsReturnPostOptions extends RouteCallOptions {
  json: MarketingBusifavorCouponsReturnPostJson
}

/** 申请退券: what `POST /v3/marketing/busifavor/coupons/return` answers. */
export type MarketingBusifavorCouponsReturnPostResponse = {
  /** 微信退券成功的时间 */
  wechatpay_return_time: string
}

export interface MarketingBusifavorCouponsSendPostJson {
  /** 用户标识 */
  openid: string
  /** 发券方公众账号ID */
  appid: string
  /** 批次号 */
  stock_id: string
  /** 发券凭证（单批次单用户下唯一；可含字母数字|_*-） */
  out_request_no: string
  /** 券code */
  coupon_code?: string
}

/** 向用户发券: the options of `POST /v3/marketing/busifavor/coupons/send`. */
export interface MarketingBusifavorCouponsSendPostOptions extends RouteCallOptions {
  json: MarketingBusifavorCouponsSendPostJson
}

/** 向用户发券: what `POST /v3/marketing/busifavor/coupons/send` answers. */
export type MarketingBusifavorCouponsSendPostResponse = Record<string, unknown>

export interface MarketingBusifavorCouponsUsePostJson {
  /** 券code */
  coupon_code: string
  /** 批次号 */
  stock_id?: string
  /** 公众账号ID（返回的openid在此appid下计算） */
  appid: string
  /** 请求核销时间 */
  use_time: string
  /** 核销请求单据号（商户侧唯一） */
  use_request_no: string
  /** 用户标识（做安全校验用） */
  openid?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 下单商户号 */
  mch_id?: string
  /** 微信支付订单号 */
  transaction_id?: string
}

/** 核销用户券: the options of `POST /v3/marketing/busifavor/coupons/use`. */
export interface MarketingBusifavorCouponsUsePostOptions extends RouteCallOptions {
  json: MarketingBusifavorCouponsUsePostJson
}

/** 核销用户券: what `POST /v3/marketing/busifavor/coupons/use` answers. */
export type MarketingBusifavorCouponsUsePostResponse = {
  /** 批次号 */
  stock_id: string
  /** 用户标识 */
  openid: string
  /** 系统核销券成功的时间 */
  wechatpay_use_time: string
}

export interface MarketingBusifavorCouponsByCardIdSendPostJson {
  /** 消费卡card_id创建方的AppID（与调用商户号有绑定关系） */
  appid: string
  /** 用户openid（须为该AppID下的OpenID） */
  openid: string
  /** 商户单据号（发放凭据号） */
  out_request_no: string
  /** 请求发卡时间（东八区，rfc3339） */
  send_time: string
}

/** 发放消费卡: the options of `POST /v3/marketing/busifavor/coupons/{card_id}/send`. */
export interface MarketingBusifavorCouponsByCardIdSendPostOptions extends RouteCallOptions {
  params: {
    /** 消费卡ID（消费券通用卡卡包 card_id） */
    card_id: string
  }
  json: MarketingBusifavorCouponsByCardIdSendPostJson
}

/** 发放消费卡: what `POST /v3/marketing/busifavor/coupons/{card_id}/send` answers. */
export type MarketingBusifavorCouponsByCardIdSendPostResponse = {
  /** 消费卡code */
  card_code: string
}

export interface MarketingBusifavorProductCouponsPreSendPostJson {
  /** 批次ID */
  stock_id: string
  /** 用户商品券Code */
  coupon_code?: string
  /** 公众账号AppID */
  appid: string
  /** 用户OpenID */
  openid?: string
  /** 发券请求单号 */
  send_request_no: string
}

/** 向用户预发放商品券: the options of `POST /v3/marketing/busifavor/product-coupons/pre-send`. */
export interface MarketingBusifavorProductCouponsPreSendPostOptions extends RouteCallOptions {
  json: MarketingBusifavorProductCouponsPreSendPostJson
}

/** 向用户预发放商品券: what `POST /v3/marketing/busifavor/product-coupons/pre-send` answers. */
export type MarketingBusifavorProductCouponsPreSendPostResponse = {
  /** 预发券token（在小程序发券组件中使用） */
  token: string
}

export interface MarketingBusifavorProductCouponsSendPostJson {
  /** 用户标识 */
  openid: string
  /** 公众账号ID */
  appid: string
  /** 批次号 */
  stock_id: string
  /** 发券凭证 */
  out_request_no: string
  /** 券code（指定code发放；不填由系统分配） */
  coupon_code?: string
  /** 券类型 */
  coupon_type: 'NORMAL' | 'MEMBER'
  /** 会员卡ID */
  member_card_id?: string
}

/** 向用户发放商品券: the options of `POST /v3/marketing/busifavor/product-coupons/send`. */
export interface MarketingBusifavorProductCouponsSendPostOptions extends RouteCallOptions {
  json: MarketingBusifavorProductCouponsSendPostJson
}

/** 向用户发放商品券: what `POST /v3/marketing/busifavor/product-coupons/send` answers. */
export type MarketingBusifavorProductCouponsSendPostResponse = {
  /** 批次号 */
  stock_id: string
  /** 券code */
  coupon_code: string
  /** 发券凭证 */
  out_request_no: string
}

export interface MarketingBusifavorStocksPostJson {
  /** 商家券批次名称 */
  stock_name: string
  /** 批次归属商户号 */
  belong_merchant: string
  /** 批次备注（仅商户可见） */
  comment?: string
  /** 适用商品范围（展示在卡包） */
  goods_name: string
  /** 批次类型 */
  stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE'
  /** 核销规则 */
  coupon_use_rule: {
    /** 券可核销时间（日期区间内可以使用优惠） */
    coupon_available_time: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_day_after_receive?: number
      /** 固定周期有效时间段（如每周二10-18点） */
      available_week?: {
        /** 可用星期数（0=周日，1=周一…6=周六） */
        week_day?: readonly (0 | 1 | 2 | 3 | 4 | 5 | 6)[]
        /** 当天可用时间段 */
        available_day_time?: readonly {
          /** 当天可用开始时间（秒，1=00:00:01） */
          begin_time?: number
          /** 当天可用结束时间（秒，86399=23:59:59） */
          end_time?: number
        }[]
      }
      /** 无规律的有效时间段（字段名官方拼写如此） */
      irregulary_avaliable_time?: readonly {
        /** 开始时间 */
        begin_time?: string
        /** 结束时间 */
        end_time?: string
      }[]
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
      /** 领取后N秒内有效 */
      available_second_after_receive?: number
    }
    /** 固定面额满减券使用规则 */
    fixed_normal_coupon?: {
      /** 优惠金额（分） */
      discount_amount: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 折扣比例（88 表示 88 折） */
      discount_percent: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 换购券使用规则 */
    exchange_coupon?: {
      /** 单品换购价（分） */
      exchange_price: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 核销方式 */
    use_method: 'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE'
    /** 小程序appid（核销方式为线上小程序时有效） */
    mini_programs_appid?: string
    /** 小程序path（核销方式为线上小程序时有效） */
    mini_programs_path?: string
  }
  /** 发放规则 */
  stock_send_rule: {
    /** 批次总预算（分） */
    max_amount?: number
    /** 批次最大发放个数 */
    max_coupons: number
    /** 用户最大可领个数 */
    max_coupons_per_user: number
    /** 单天发放上限金额（分） */
    max_amount_by_day?: number
    /** 单天发放上限个数 */
    max_coupons_by_day?: number
    /** 是否开启自然人限领 */
    natural_person_limit?: boolean
    /** 可疑账号拦截 */
    prevent_api_abuse?: boolean
    /** 是否允许转赠 */
    transferable?: boolean
    /** 是否允许分享领券链接 */
    shareable?: boolean
  }
  /** 商户请求单号（商户ID+日期+流水号，商户侧唯一） */
  out_request_no: string
  /** 自定义入口（卡详情页入口） */
  custom_entrance?: {
    /** 小程序入口 */
    mini_programs_info?: {
      /** 商家小程序appid（须与归属商户号有绑定关系） */
      mini_programs_appid: string
      /** 商家小程序path */
      mini_programs_path: string
      /** 入口文案 */
      entrance_words: string
      /** 引导文案 */
      guiding_words?: string
    }
    /** 商户公众号appid（券详情可跳转公众号） */
    appid?: string
    /** 营销馆id（更多优惠入口） */
    hall_id?: string
    /** 可用门店id */
    store_id?: string
    /** code展示模式 */
    code_display_mode?: 'NOT_SHOW' | 'BARCODE' | 'QRCODE'
  }
  /** 样式信息 */
  display_pattern_info?: {
    /** 使用须知（活动规则，展示在券详情页） */
    description?: string
    /** 商户logo URL */
    merchant_logo_url?: string
    /** 商户名称 */
    merchant_name?: string
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 券详情图片URL */
    coupon_image_url?: string
    /** 视频号相关信息 */
    finder_info?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图URL */
      finder_video_cover_image_url: string
    }
  }
  /** 券code模式 */
  coupon_code_mode: 'WECHATPAY_MODE' | 'MERCHANT_API' | 'MERCHANT_UPLOAD'
  /** 事件通知配置 */
  notify_config?: {
    /** 事件通知appid（用于计算回调中的 openid/unionid；不填则回调中二者为空） */
    notify_appid?: string
  }
  /** 是否允许营销补差 */
  subsidy?: boolean
}

/** 创建商家券: the options of `POST /v3/marketing/busifavor/stocks`. */
export interface MarketingBusifavorStocksPostOptions extends RouteCallOptions {
  json: MarketingBusifavorStocksPostJson
}

/** 创建商家券: what `POST /v3/marketing/busifavor/stocks` answers. */
export type MarketingBusifavorStocksPostResponse = {
  /** 批次号 */
  stock_id: string
  /** 创建时间 */
  create_time: string
}

/** 查询商家券详情: the options of `GET /v3/marketing/busifavor/stocks/{stock_id}`. */
export interface MarketingBusifavorStocksByStockIdGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
}

/** 查询商家券详情: what `GET /v3/marketing/busifavor/stocks/{stock_id}` answers. */
export type MarketingBusifavorStocksByStockIdGetResponse = {
  /** 商家券批次名称 */
  stock_name: string
  /** 批次归属商户号 */
  belong_merchant: string
  /** 批次备注 */
  comment?: string
  /** 适用商品范围 */
  goods_name: string
  /** 批次类型 */
  stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE'
  /** 核销规则 */
  coupon_use_rule: {
    /** 券可核销时间（日期区间内可以使用优惠） */
    coupon_available_time: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_day_after_receive?: number
      /** 固定周期有效时间段（如每周二10-18点） */
      available_week?: {
        /** 可用星期数（0=周日，1=周一…6=周六） */
        week_day?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[]
        /** 当天可用时间段 */
        available_day_time?: {
          /** 当天可用开始时间（秒，1=00:00:01） */
          begin_time?: number
          /** 当天可用结束时间（秒，86399=23:59:59） */
          end_time?: number
        }[]
      }
      /** 无规律的有效时间段（字段名官方拼写如此） */
      irregulary_avaliable_time?: {
        /** 开始时间 */
        begin_time?: string
        /** 结束时间 */
        end_time?: string
      }[]
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
    }
    /** 固定面额满减券使用规则 */
    fixed_normal_coupon?: {
      /** 优惠金额（分） */
      discount_amount: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 折扣比例（88 表示 88 折） */
      discount_percent: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 换购券使用规则 */
    exchange_coupon?: {
      /** 单品换购价（分） */
      exchange_price: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 核销方式 */
    use_method: 'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE'
    /** 小程序appid（核销方式为线上小程序时有效） */
    mini_programs_appid?: string
    /** 小程序path（核销方式为线上小程序时有效） */
    mini_programs_path?: string
  }
  /** 发放规则 */
  stock_send_rule: {
    /** 批次总预算（分） */
    max_amount?: number
    /** 批次最大发放个数 */
    max_coupons?: number
    /** 用户最大可领个数 */
    max_coupons_per_user: number
    /** 单天发放上限金额（分） */
    max_amount_by_day?: number
    /** 单天发放上限个数 */
    max_coupons_by_day?: number
    /** 是否开启自然人限领 */
    natural_person_limit?: boolean
    /** 可疑账号拦截 */
    prevent_api_abuse?: boolean
    /** 是否允许转赠 */
    transferable?: boolean
    /** 是否允许分享领券链接 */
    shareable?: boolean
  }
  /** 自定义入口（卡详情页入口） */
  custom_entrance?: {
    /** 小程序入口 */
    mini_programs_info?: {
      /** 商家小程序appid（须与归属商户号有绑定关系） */
      mini_programs_appid: string
      /** 商家小程序path */
      mini_programs_path: string
      /** 入口文案 */
      entrance_words: string
      /** 引导文案 */
      guiding_words?: string
    }
    /** 商户公众号appid（券详情可跳转公众号） */
    appid?: string
    /** 营销馆id（更多优惠入口） */
    hall_id?: string
    /** 可用门店id */
    store_id?: string
    /** code展示模式 */
    code_display_mode?: 'NOT_SHOW' | 'BARCODE' | 'QRCODE'
  }
  /** 样式信息 */
  display_pattern_info?: {
    /** 使用须知（活动规则，展示在券详情页） */
    description?: string
    /** 商户logo URL */
    merchant_logo_url?: string
    /** 商户名称 */
    merchant_name?: string
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 券详情图片URL */
    coupon_image_url?: string
    /** 视频号相关信息 */
    finder_info?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图URL */
      finder_video_cover_image_url: string
    }
  }
  /** 批次状态（审核中/运行中/已停止/暂停发放） */
  stock_state: 'UNAUDIT' | 'RUNNING' | 'STOPED' | 'PAUSED'
  /** 券code模式 */
  coupon_code_mode: 'WECHATPAY_MODE' | 'MERCHANT_API' | 'MERCHANT_UPLOAD'
  /** 批次号 */
  stock_id: string
  /** 券code数量（仅 MERCHANT_UPLOAD 模式返回） */
  coupon_code_count?: {
    /** 该批次总共已上传的code总数 */
    total_count: number
    /** 该批次当前可用的code数 */
    available_count: number
  }
  /** 事件通知配置 */
  notify_config?: {
    /** 事件通知appid（用于计算回调中的 openid/unionid；不填则回调中二者为空） */
    notify_appid?: string
  }
  /** 批次发放情况 */
  send_count_information?: {
    /** 已发放券张数 */
    total_send_num?: number
    /** 已发放券金额（分，满减券返回） */
    total_send_amount?: number
    /** 单天已发放券张数（设置了单天上限时返回） */
    today_send_num?: number
    /** 单天已发放券金额（分） */
    today_send_amount?: number
  }
  /** 是否允许营销补差（暂未开放） */
  subsidy?: boolean
}

export interface MarketingBusifavorStocksByStockIdPatchJson {
  /** 自定义入口（卡详情页入口） */
  custom_entrance?: {
    /** 小程序入口 */
    mini_programs_info?: {
      /** 商家小程序appid（须与归属商户号有绑定关系） */
      mini_programs_appid: string
      /** 商家小程序path */
      mini_programs_path: string
      /** 入口文案 */
      entrance_words: string
      /** 引导文案 */
      guiding_words?: string
    }
    /** 商户公众号appid（券详情可跳转公众号） */
    appid?: string
    /** 营销馆id（更多优惠入口） */
    hall_id?: string
    /** code展示模式 */
    code_display_mode?: 'NOT_SHOW' | 'BARCODE' | 'QRCODE'
  }
  /** 批次名称 */
  stock_name?: string
  /** 批次备注 */
  comment?: string
  /** 适用商品范围 */
  goods_name?: string
  /** 商户请求单号（修改批次凭据号，商户侧唯一） */
  out_request_no: string
  /** 样式信息 */
  display_pattern_info?: {
    /** 使用须知（活动规则，展示在券详情页） */
    description?: string
    /** 商户logo URL */
    merchant_logo_url?: string
    /** 商户名称 */
    merchant_name?: string
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 券详情图片URL */
    coupon_image_url?: string
    /** 视频号相关信息 */
    finder_info?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图URL */
      finder_video_cover_image_url: string
    }
  }
  /** 核销规则（仅可修改核销方式与小程序信息） */
  coupon_use_rule?: {
    /** 核销方式 */
    use_method?: 'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE'
    /** 小程序appid（核销方式为线上小程序时有效） */
    mini_programs_appid?: string
    /** 小程序path（核销方式为线上小程序时有效） */
    mini_programs_path?: string
  }
  /** 发放规则 */
  stock_send_rule?: {
    /** 是否开启自然人限领 */
    natural_person_limit?: boolean
    /** 可疑账号拦截 */
    prevent_api_abuse?: boolean
  }
  /** 事件通知配置 */
  notify_config?: {
    /** 事件通知appid（用于计算回调中的 openid/unionid；不填则回调中二者为空） */
    notify_appid?: string
  }
  /** 是否允许营销补差 */
  subsidy?: boolean
}

/** 修改商家券基本信息: the options of `PATCH /v3/marketing/busifavor/stocks/{stock_id}`. */
export interface MarketingBusifavorStocksByStockIdPatchOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  json: MarketingBusifavorStocksByStockIdPatchJson
}

/** 修改商家券基本信息: what `PATCH /v3/marketing/busifavor/stocks/{stock_id}` answers. */
export type MarketingBusifavorStocksByStockIdPatchResponse = undefined

export interface MarketingBusifavorStocksByStockIdBudgetPatchJson {
  /** 目标批次最大发放个数 */
  target_max_coupons?: number
  /** 目标单天发放上限个数 */
  target_max_coupons_by_day?: number
  /** 当前批次最大发放个数 */
  current_max_coupons?: number
  /** 当前单天发放上限个数 */
  current_max_coupons_by_day?: number
  /** 修改预算请求单据号 */
  modify_budget_request_no: string
}

/** 修改批次预算: the options of `PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget`. */
export interface MarketingBusifavorStocksByStockIdBudgetPatchOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  json: MarketingBusifavorStocksByStockIdBudgetPatchJson
}

/** 修改批次预算: what `PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget` answers. */
export type MarketingBusifavorStocksByStockIdBudgetPatchResponse = {
  /** 批次当前最大发放个数 */
  max_coupons: number
  /** 当前单天发放上限个数 */
  max_coupons_by_day?: number
}

/** 查询预存code列表: the options of `GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes`. */
export interface MarketingBusifavorStocksByStockIdCouponcodesGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  query?: {
    /** 券code状态（不填查所有状态） */
    status?: 'AVAILABLE' | 'DISPATCHED'
    /** 公众账号ID */
    appid?: string
    /** 分页起始位置（分页页码） */
    offset?: number
    /** 分页大小（最大size） */
    limit?: number
  }
}

/** 查询预存code列表: what `GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes` answers. */
export type MarketingBusifavorStocksByStockIdCouponcodesGetResponse = {
  /** 批次号 */
  stock_id: string
  /** 该批次已上传code总个数 */
  total_count: number
  /** 返回数据的实际个数（分页大小） */
  limit: number
  /** 分页起始位置，与请求相同 */
  offset: number
  /** 券code信息列表 */
  data?: {
    /** 商户上传code */
    code: string
    /** 商户上传code分配状态 */
    code_status: 'AVAILABLE' | 'DISPATCHED'
    /** 上传时间 */
    upload_time?: string
    /** 被分配时间（状态为 DISPATCHED 时） */
    dispatched_time?: string
    /** 领券用户的OpenID */
    openid?: string
    /** 领券用户的UnionID */
    unionid?: string
    /** 用户券code */
    coupon_code?: string
  }[]
}

export interface MarketingBusifavorStocksByStockIdCouponcodesPostJson {
  /** 券code列表 */
  coupon_code_list: readonly string[]
  /** 请求业务单据号（商户侧唯一） */
  upload_request_no: string
}

/** 上传预存code: the options of `POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes`. */
export interface MarketingBusifavorStocksByStockIdCouponcodesPostOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
  json: MarketingBusifavorStocksByStockIdCouponcodesPostJson
}

/** 上传预存code: what `POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes` answers. */
export type MarketingBusifavorStocksByStockIdCouponcodesPostResponse = {
  /** 批次号 */
  stock_id: string
  /** 去重后实际上传的code总数 */
  total_count: number
  /** 上传成功code个数 */
  success_count: number
  /** 本次新增上传成功的code列表 */
  success_codes?: string[]
  /** 上传操作完成时间 */
  success_time: string
  /** 上传失败code个数 */
  fail_count?: number
  /** 上传失败的code及原因 */
  fail_codes?: {
    /** 上传失败的券code */
    coupon_code: string
    /** 上传失败错误码（示例 LENGTH_LIMIT） */
    code: string
    /** 上传失败错误信息 */
    message: string
  }[]
  /** 历史已存在的code列表（本次不会重复导入） */
  exist_codes?: string[]
  /** 本次请求中重复的code列表（仅保留一个导入） */
  duplicate_codes?: string[]
}

/** 删除预存code: the options of `DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}`. */
export interface MarketingBusifavorStocksByStockIdCouponcodesByCouponCodeDeleteOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
    /** 商户上传的code */
    coupon_code: string
  }
  query: {
    /** 请求业务单据号（删除凭据号，商户侧唯一） */
    delete_request_no: string
  }
}

/** 删除预存code: what `DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}` answers. */
export type MarketingBusifavorStocksByStockIdCouponcodesByCouponCodeDeleteResponse = {
  /** 批次号 */
  stock_id: string
  /** 删除时间 */
  delete_time: string
}

/** 查询预存code详情: the options of `GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}`. */
export interface MarketingBusifavorStocksByStockIdCouponcodesByCouponCodeGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
    /** 商户上传的code */
    coupon_code: string
  }
  query?: {
    /** 公众账号ID */
    appid?: string
  }
}

/** 查询预存code详情: what `GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}` answers. */
export type MarketingBusifavorStocksByStockIdCouponcodesByCouponCodeGetResponse = {
  /** 商户上传code信息（状态、上传时间等） */
  code_information: {
    /** 商户上传code */
    code: string
    /** 商户上传code分配状态 */
    code_status: 'AVAILABLE' | 'DISPATCHED'
    /** 上传时间 */
    upload_time?: string
    /** 被分配时间（状态为 DISPATCHED 时） */
    dispatched_time?: string
    /** 领券用户的OpenID */
    openid?: string
    /** 领券用户的UnionID */
    unionid?: string
    /** 用户券code */
    coupon_code?: string
  }
  /** 用户券信息（仅当code状态为 DISPATCHED 时返回） */
  coupon_information?: {
    /** 批次归属商户号 */
    belong_merchant: string
    /** 商家券批次名称 */
    stock_name: string
    /** 批次备注 */
    comment?: string
    /** 适用商品范围 */
    goods_name: string
    /** 批次类型 */
    stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE'
    /** 是否允许转赠（暂未开放） */
    transferable?: boolean
    /** 是否允许分享领券链接（暂未开放） */
    shareable?: boolean
    /** 券状态 */
    coupon_state?: 'SENDED' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED'
    /** 样式信息 */
    display_pattern_info?: {
      /** 使用须知（活动规则，展示在券详情页） */
      description?: string
      /** 商户logo URL */
      merchant_logo_url?: string
      /** 商户名称 */
      merchant_name?: string
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
      /** 券详情图片URL */
      coupon_image_url?: string
      /** 视频号相关信息 */
      finder_info?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图URL */
        finder_video_cover_image_url: string
      }
    }
    /** 核销规则 */
    coupon_use_rule: {
      /** 券可核销时间（日期区间内可以使用优惠） */
      coupon_available_time: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_day_after_receive?: number
        /** 固定周期有效时间段（如每周二10-18点） */
        available_week?: {
          /** 可用星期数（0=周日，1=周一…6=周六） */
          week_day?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[]
          /** 当天可用时间段 */
          available_day_time?: {
            /** 当天可用开始时间（秒，1=00:00:01） */
            begin_time?: number
            /** 当天可用结束时间（秒，86399=23:59:59） */
            end_time?: number
          }[]
        }
        /** 无规律的有效时间段（字段名官方拼写如此） */
        irregulary_avaliable_time?: {
          /** 开始时间 */
          begin_time?: string
          /** 结束时间 */
          end_time?: string
        }[]
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
      }
      /** 固定面额满减券使用规则 */
      fixed_normal_coupon?: {
        /** 优惠金额（分） */
        discount_amount: number
        /** 消费门槛（分） */
        transaction_minimum: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 折扣比例（88 表示 88 折） */
        discount_percent: number
        /** 消费门槛（分） */
        transaction_minimum: number
      }
      /** 换购券使用规则 */
      exchange_coupon?: {
        /** 单品换购价（分） */
        exchange_price: number
        /** 消费门槛（分） */
        transaction_minimum: number
      }
      /** 核销方式 */
      use_method: 'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE'
      /** 小程序appid（核销方式为线上小程序时有效） */
      mini_programs_appid?: string
      /** 小程序path（核销方式为线上小程序时有效） */
      mini_programs_path?: string
    }
    /** 自定义入口（卡详情页入口） */
    custom_entrance?: {
      /** 小程序入口 */
      mini_programs_info?: {
        /** 商家小程序appid（须与归属商户号有绑定关系） */
        mini_programs_appid: string
        /** 商家小程序path */
        mini_programs_path: string
        /** 入口文案 */
        entrance_words: string
        /** 引导文案 */
        guiding_words?: string
      }
      /** 商户公众号appid（券详情可跳转公众号） */
      appid?: string
      /** 营销馆id（更多优惠入口） */
      hall_id?: string
      /** 可用门店id */
      store_id?: string
      /** code展示模式 */
      code_display_mode?: 'NOT_SHOW' | 'BARCODE' | 'QRCODE'
    }
    /** 券code */
    coupon_code?: string
    /** 批次号 */
    stock_id?: string
    /** 券可使用开始时间 */
    available_start_time: string
    /** 券过期时间 */
    expire_time: string
    /** 券领券时间 */
    receive_time: string
    /** 发券请求单号（发券时传入的唯一凭证） */
    send_request_no: string
    /** 核销请求单号（已核销时返回） */
    use_request_no?: string
    /** 券核销时间（已核销时返回） */
    use_time?: string
    /** 已关联的商户订单号（关联过订单时返回） */
    associate_out_trade_no?: string
    /** 退券请求单号（发生退券时返回） */
    return_request_no?: string
    /** 券被退回的时间 */
    return_time?: string
    /** 失效请求单号（券已失效时返回） */
    deactivate_request_no?: string
    /** 券失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }
}

/** 查询营销补差付款单列表: the options of `GET /v3/marketing/busifavor/subsidy/pay-receipts`. */
export interface MarketingBusifavorSubsidyPayReceiptsGetOptions extends RouteCallOptions {
  query: {
    /** 商家券批次号 */
    stock_id: string
    /** 商家券Code */
    coupon_code: string
    /** 补差付款请求单号（商户调用补差付款时填写的业务请求唯一单号） */
    out_subsidy_no?: string
  }
}

/** 查询营销补差付款单列表: what `GET /v3/marketing/busifavor/subsidy/pay-receipts` answers. */
export type MarketingBusifavorSubsidyPayReceiptsGetResponse = {
  /** 补差付款单据列表（该券发生过补差付款时返回） */
  pay_receipt_list?: {
    /** 补差付款单号（微信支付生成） */
    subsidy_receipt_id: string
    /** 商家券批次号 */
    stock_id: string
    /** 商家券Code */
    coupon_code: string
    /** 微信支付订单号 */
    transaction_id: string
    /** 营销补差扣款商户号 */
    payer_merchant: string
    /** 营销补差入账商户号 */
    payee_merchant: string
    /** 补差付款金额（分） */
    amount: number
    /** 补差付款描述 */
    description: string
    /** 补差付款单据状态 */
    status: 'PAY_RECEIPT_UNKNOWN' | 'PAY_RECEIPT_ACCEPTED' | 'PAY_RECEIPT_SUCCESS' | 'PAY_RECEIPT_FAIL' | 'PAY_RECEIPT_RETURNING' | 'PAY_RECEIPT_PARTIAL_RETURN' | 'PAY_RECEIPT_FULL_RETURN' | 'ACCEPTED' | 'SUCCESS' | 'FAIL' | 'RETURNING' | 'PARTIAL_RETURN' | 'FULL_RETURN'
    /** 补差付款失败原因（仅失败时） */
    fail_reason?: 'PAY_RECEIPT_INSUFFICIENT_BALANCE' | 'PAY_RECEIPT_NOT_INCOMESPLIT_ORDER' | 'PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA' | 'PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA' | 'PAY_RECEIPT_OTHER' | 'INSUFFICIENT_BALANCE' | 'NOT_INCOMESPLIT_ORDER' | 'EXCEED_SUBSIDY_AMOUNT_QUOTA' | 'EXCEED_SUBSIDY_COUNT_QUOTA' | 'OTHER'
    /** 补差付款完成时间（仅成功时） */
    success_time?: string
    /** 业务请求唯一单号 */
    out_subsidy_no: string
    /** 补差付款发起时间 */
    create_time?: string
  }[]
}

export interface MarketingBusifavorSubsidyPayReceiptsPostJson {
  /** 商家券批次号（仅满减券、折扣券批次；换购券不支持） */
  stock_id: string
  /** 商家券Code */
  coupon_code: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 营销补差扣款商户号（=制券商户号或归属商户号） */
  payer_merchant: string
  /** 营销补差入账商户号（=券归属商户号或同连锁品牌） */
  payee_merchant: string
  /** 补差付款金额（分） */
  amount: number
  /** 补差付款描述（查询时原样带回） */
  description: string
  /** 业务请求唯一单号（商户侧唯一；可含字母数字|_*-） */
  out_subsidy_no: string
}

/** 营销补差付款: the options of `POST /v3/marketing/busifavor/subsidy/pay-receipts`. */
export interface MarketingBusifavorSubsidyPayReceiptsPostOptions extends RouteCallOptions {
  json: MarketingBusifavorSubsidyPayReceiptsPostJson
}

/** 营销补差付款: what `POST /v3/marketing/busifavor/subsidy/pay-receipts` answers. */
export type MarketingBusifavorSubsidyPayReceiptsPostResponse = {
  /** 补差付款单号（微信支付生成） */
  subsidy_receipt_id: string
  /** 商家券批次号 */
  stock_id: string
  /** 商家券Code */
  coupon_code: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 营销补差扣款商户号 */
  payer_merchant: string
  /** 营销补差入账商户号 */
  payee_merchant: string
  /** 补差付款金额（分） */
  amount: number
  /** 补差付款描述 */
  description: string
  /** 补差付款单据状态 */
  status: 'PAY_RECEIPT_UNKNOWN' | 'PAY_RECEIPT_ACCEPTED' | 'PAY_RECEIPT_SUCCESS' | 'PAY_RECEIPT_FAIL' | 'PAY_RECEIPT_RETURNING' | 'PAY_RECEIPT_PARTIAL_RETURN' | 'PAY_RECEIPT_FULL_RETURN' | 'ACCEPTED' | 'SUCCESS' | 'FAIL' | 'RETURNING' | 'PARTIAL_RETURN' | 'FULL_RETURN'
  /** 补差付款失败原因（仅失败时） */
  fail_reason?: 'PAY_RECEIPT_INSUFFICIENT_BALANCE' | 'PAY_RECEIPT_NOT_INCOMESPLIT_ORDER' | 'PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA' | 'PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA' | 'PAY_RECEIPT_OTHER' | 'INSUFFICIENT_BALANCE' | 'NOT_INCOMESPLIT_ORDER' | 'EXCEED_SUBSIDY_AMOUNT_QUOTA' | 'EXCEED_SUBSIDY_COUNT_QUOTA' | 'OTHER'
  /** 补差付款完成时间（仅成功时） */
  success_time?: string
  /** 业务请求唯一单号 */
  out_subsidy_no: string
  /** 补差付款发起时间 */
  create_time?: string
}

/** 查询营销补差付款单详情: the options of `GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}`. */
export interface MarketingBusifavorSubsidyPayReceiptsBySubsidyReceiptIdGetOptions extends RouteCallOptions {
  params: {
    /** 补差付款单号 */
    subsidy_receipt_id: string
  }
}

/** 查询营销补差付款单详情: what `GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}` answers. */
export type MarketingBusifavorSubsidyPayReceiptsBySubsidyReceiptIdGetResponse = {
  /** 补差付款单号（微信支付生成） */
  subsidy_receipt_id: string
  /** 商家券批次号 */
  stock_id: string
  /** 商家券Code */
  coupon_code: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 营销补差扣款商户号 */
  payer_merchant: string
  /** 营销补差入账商户号 */
  payee_merchant: string
  /** 补差付款金额（分） */
  amount: number
  /** 补差付款描述 */
  description: string
  /** 补差付款单据状态 */
  status: 'PAY_RECEIPT_UNKNOWN' | 'PAY_RECEIPT_ACCEPTED' | 'PAY_RECEIPT_SUCCESS' | 'PAY_RECEIPT_FAIL' | 'PAY_RECEIPT_RETURNING' | 'PAY_RECEIPT_PARTIAL_RETURN' | 'PAY_RECEIPT_FULL_RETURN' | 'ACCEPTED' | 'SUCCESS' | 'FAIL' | 'RETURNING' | 'PARTIAL_RETURN' | 'FULL_RETURN'
  /** 补差付款失败原因（仅失败时） */
  fail_reason?: 'PAY_RECEIPT_INSUFFICIENT_BALANCE' | 'PAY_RECEIPT_NOT_INCOMESPLIT_ORDER' | 'PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA' | 'PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA' | 'PAY_RECEIPT_OTHER' | 'INSUFFICIENT_BALANCE' | 'NOT_INCOMESPLIT_ORDER' | 'EXCEED_SUBSIDY_AMOUNT_QUOTA' | 'EXCEED_SUBSIDY_COUNT_QUOTA' | 'OTHER'
  /** 补差付款完成时间（仅成功时） */
  success_time?: string
  /** 业务请求唯一单号 */
  out_subsidy_no: string
  /** 补差付款发起时间 */
  create_time?: string
}

export interface MarketingBusifavorSubsidyReturnReceiptsPostJson {
  /** 商家券批次号（仅满减券、折扣券批次） */
  stock_id: string
  /** 商家券Code */
  coupon_code: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 微信支付退款单号 */
  refund_id: string
  /** 原营销补差扣款商户号（即回退资金收款商户号） */
  payer_merchant: string
  /** 原营销补差入账商户号（即回退资金扣款商户号） */
  payee_merchant: string
  /** 补差回退金额（分） */
  amount: number
  /** 补差回退描述（查询时原样带回） */
  description: string
  /** 业务请求唯一单号（商户侧唯一） */
  out_subsidy_return_no: string
}

/** 营销补差回退: the options of `POST /v3/marketing/busifavor/subsidy/return-receipts`. */
export interface MarketingBusifavorSubsidyReturnReceiptsPostOptions extends RouteCallOptions {
  json: MarketingBusifavorSubsidyReturnReceiptsPostJson
}

/** 营销补差回退: what `POST /v3/marketing/busifavor/subsidy/return-receipts` answers. */
export type MarketingBusifavorSubsidyReturnReceiptsPostResponse = {
  /** 补差回退单号（微信支付生成，成功后返回） */
  subsidy_return_receipt_id?: string
  /** 商家券批次号 */
  stock_id: string
  /** 商家券Code */
  coupon_code: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 微信支付退款单号 */
  refund_id: string
  /** 原营销补差扣款商户号（即回退资金收款商户号） */
  payer_merchant: string
  /** 原营销补差入账商户号（即回退资金扣款商户号） */
  payee_merchant: string
  /** 补差回退金额（分） */
  amount: number
  /** 补差回退描述 */
  description: string
  /** 补差回退单据状态 */
  status: 'RETURN_RECEIPT_UNKNOWN' | 'RETURN_RECEIPT_ACCEPTED' | 'RETURN_RECEIPT_SUCCESS' | 'RETURN_RECEIPT_FAIL'
  /** 补差回退失败原因（仅失败时） */
  fail_reason?: 'RETURN_RECEIPT_INSUFFICIENT_BALANCE' | 'RETURN_RECEIPT_OTHER'
  /** 补差回退完成时间（仅成功时） */
  return_done_time?: string
  /** 对应的补差付款单号 */
  subsidy_receipt_id: string
  /** 业务请求唯一单号 */
  out_subsidy_return_no: string
  /** 补差回退发起时间 */
  return_create_time?: string
}

/** 查询营销补差回退单详情: the options of `GET /v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}`. */
export interface MarketingBusifavorSubsidyReturnReceiptsBySubsidyReturnReceiptIdGetOptions extends RouteCallOptions {
  params: {
    /** 补差回退单号 */
    subsidy_return_receipt_id: string
  }
}

/** 查询营销补差回退单详情: what `GET /v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}` answers. */
export type MarketingBusifavorSubsidyReturnReceiptsBySubsidyReturnReceiptIdGetResponse = {
  /** 补差回退单号（微信支付生成，成功后返回） */
  subsidy_return_receipt_id?: string
  /** 商家券批次号 */
  stock_id: string
  /** 商家券Code */
  coupon_code: string
  /** 微信支付订单号 */
  transaction_id: string
  /** 微信支付退款单号 */
  refund_id: string
  /** 原营销补差扣款商户号（即回退资金收款商户号） */
  payer_merchant: string
  /** 原营销补差入账商户号（即回退资金扣款商户号） */
  payee_merchant: string
  /** 补差回退金额（分） */
  amount: number
  /** 补差回退描述 */
  description: string
  /** 补差回退单据状态 */
  status: 'RETURN_RECEIPT_UNKNOWN' | 'RETURN_RECEIPT_ACCEPTED' | 'RETURN_RECEIPT_SUCCESS' | 'RETURN_RECEIPT_FAIL'
  /** 补差回退失败原因（仅失败时） */
  fail_reason?: 'RETURN_RECEIPT_INSUFFICIENT_BALANCE' | 'RETURN_RECEIPT_OTHER'
  /** 补差回退完成时间（仅成功时） */
  return_done_time?: string
  /** 对应的补差付款单号 */
  subsidy_receipt_id: string
  /** 业务请求唯一单号 */
  out_subsidy_return_no: string
  /** 补差回退发起时间 */
  return_create_time?: string
}

/** 根据过滤条件查询用户券: the options of `GET /v3/marketing/busifavor/users/{openid}/coupons`. */
export interface MarketingBusifavorUsersByOpenidCouponsGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  query: {
    /** 公众账号ID */
    appid: string
    /** 批次号 */
    stock_id?: string
    /** 券状态 */
    coupon_state?: 'SENDED' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED'
    /** 创建批次的商户号（调用方为创建方时必传） */
    creator_merchant?: string
    /** 批次归属商户号（调用方为归属方时必传） */
    belong_merchant?: string
    /** 批次发放商户号（调用方为发放方时必传；委托营销填委托发券商户号） */
    sender_merchant?: string
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 根据过滤条件查询用户券: what `GET /v3/marketing/busifavor/users/{openid}/coupons` answers. */
export type MarketingBusifavorUsersByOpenidCouponsGetResponse = {
  /** 总数量 */
  total_count: number
  /** 分页页码 */
  offset: number
  /** 分页大小 */
  limit: number
  /** 结果集 */
  data: {
    /** 批次归属商户号 */
    belong_merchant: string
    /** 商家券批次名称 */
    stock_name: string
    /** 批次备注 */
    comment?: string
    /** 适用商品范围 */
    goods_name: string
    /** 批次类型 */
    stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE'
    /** 是否允许转赠（暂未开放） */
    transferable?: boolean
    /** 是否允许分享领券链接（暂未开放） */
    shareable?: boolean
    /** 券状态 */
    coupon_state?: 'SENDED' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED'
    /** 样式信息 */
    display_pattern_info?: {
      /** 使用须知（活动规则，展示在券详情页） */
      description?: string
      /** 商户logo URL */
      merchant_logo_url?: string
      /** 商户名称 */
      merchant_name?: string
      /** 背景颜色 */
      background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
      /** 券详情图片URL */
      coupon_image_url?: string
      /** 视频号相关信息 */
      finder_info?: {
        /** 视频号ID */
        finder_id: string
        /** 视频号视频ID */
        finder_video_id: string
        /** 视频号封面图URL */
        finder_video_cover_image_url: string
      }
    }
    /** 核销规则 */
    coupon_use_rule: {
      /** 券可核销时间（日期区间内可以使用优惠） */
      coupon_available_time: {
        /** 开始时间 */
        available_begin_time: string
        /** 结束时间 */
        available_end_time: string
        /** 生效后N天内有效 */
        available_day_after_receive?: number
        /** 固定周期有效时间段（如每周二10-18点） */
        available_week?: {
          /** 可用星期数（0=周日，1=周一…6=周六） */
          week_day?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[]
          /** 当天可用时间段 */
          available_day_time?: {
            /** 当天可用开始时间（秒，1=00:00:01） */
            begin_time?: number
            /** 当天可用结束时间（秒，86399=23:59:59） */
            end_time?: number
          }[]
        }
        /** 无规律的有效时间段（字段名官方拼写如此） */
        irregulary_avaliable_time?: {
          /** 开始时间 */
          begin_time?: string
          /** 结束时间 */
          end_time?: string
        }[]
        /** 领取后N天开始生效 */
        wait_days_after_receive?: number
      }
      /** 固定面额满减券使用规则 */
      fixed_normal_coupon?: {
        /** 优惠金额（分） */
        discount_amount: number
        /** 消费门槛（分） */
        transaction_minimum: number
      }
      /** 折扣券使用规则 */
      discount_coupon?: {
        /** 折扣比例（88 表示 88 折） */
        discount_percent: number
        /** 消费门槛（分） */
        transaction_minimum: number
      }
      /** 换购券使用规则 */
      exchange_coupon?: {
        /** 单品换购价（分） */
        exchange_price: number
        /** 消费门槛（分） */
        transaction_minimum: number
      }
      /** 核销方式 */
      use_method: 'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE'
      /** 小程序appid（核销方式为线上小程序时有效） */
      mini_programs_appid?: string
      /** 小程序path（核销方式为线上小程序时有效） */
      mini_programs_path?: string
    }
    /** 自定义入口（卡详情页入口） */
    custom_entrance?: {
      /** 小程序入口 */
      mini_programs_info?: {
        /** 商家小程序appid（须与归属商户号有绑定关系） */
        mini_programs_appid: string
        /** 商家小程序path */
        mini_programs_path: string
        /** 入口文案 */
        entrance_words: string
        /** 引导文案 */
        guiding_words?: string
      }
      /** 商户公众号appid（券详情可跳转公众号） */
      appid?: string
      /** 营销馆id（更多优惠入口） */
      hall_id?: string
      /** 可用门店id */
      store_id?: string
      /** code展示模式 */
      code_display_mode?: 'NOT_SHOW' | 'BARCODE' | 'QRCODE'
    }
    /** 券code */
    coupon_code?: string
    /** 批次号 */
    stock_id?: string
    /** 券可使用开始时间 */
    available_start_time: string
    /** 券过期时间 */
    expire_time: string
    /** 券领券时间 */
    receive_time: string
    /** 发券请求单号（发券时传入的唯一凭证） */
    send_request_no: string
    /** 核销请求单号（已核销时返回） */
    use_request_no?: string
    /** 券核销时间（已核销时返回） */
    use_time?: string
    /** 已关联的商户订单号（关联过订单时返回） */
    associate_out_trade_no?: string
    /** 退券请求单号（发生退券时返回） */
    return_request_no?: string
    /** 券被退回的时间 */
    return_time?: string
    /** 失效请求单号（券已失效时返回） */
    deactivate_request_no?: string
    /** 券失效时间 */
    deactivate_time?: string
    /** 失效原因 */
    deactivate_reason?: string
  }[]
}

/** 查询用户单张券详情: the options of `GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}`. */
export interface MarketingBusifavorUsersByOpenidCouponsByCouponCodeAppidsByAppidGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
    /** 券code */
    coupon_code: string
    /** 公众账号ID */
    appid: string
  }
}

/** 查询用户单张券详情: what `GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}` answers. */
export type MarketingBusifavorUsersByOpenidCouponsByCouponCodeAppidsByAppidGetResponse = {
  /** 批次归属商户号 */
  belong_merchant: string
  /** 商家券批次名称 */
  stock_name: string
  /** 批次备注 */
  comment?: string
  /** 适用商品范围 */
  goods_name: string
  /** 批次类型 */
  stock_type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE'
  /** 是否允许转赠（暂未开放） */
  transferable?: boolean
  /** 是否允许分享领券链接（暂未开放） */
  shareable?: boolean
  /** 券状态 */
  coupon_state?: 'SENDED' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED' | 'PENDING_REDEEM' | 'REDEEM_CONFIRMING' | 'REDEEM_FAILED' | 'REDEEM_EXPIRED'
  /** 样式信息 */
  display_pattern_info?: {
    /** 使用须知（活动规则，展示在券详情页） */
    description?: string
    /** 商户logo URL */
    merchant_logo_url?: string
    /** 商户名称 */
    merchant_name?: string
    /** 背景颜色 */
    background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100'
    /** 券详情图片URL */
    coupon_image_url?: string
    /** 视频号相关信息 */
    finder_info?: {
      /** 视频号ID */
      finder_id: string
      /** 视频号视频ID */
      finder_video_id: string
      /** 视频号封面图URL */
      finder_video_cover_image_url: string
    }
  }
  /** 核销规则 */
  coupon_use_rule: {
    /** 券可核销时间（日期区间内可以使用优惠） */
    coupon_available_time: {
      /** 开始时间 */
      available_begin_time: string
      /** 结束时间 */
      available_end_time: string
      /** 生效后N天内有效 */
      available_day_after_receive?: number
      /** 固定周期有效时间段（如每周二10-18点） */
      available_week?: {
        /** 可用星期数（0=周日，1=周一…6=周六） */
        week_day?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[]
        /** 当天可用时间段 */
        available_day_time?: {
          /** 当天可用开始时间（秒，1=00:00:01） */
          begin_time?: number
          /** 当天可用结束时间（秒，86399=23:59:59） */
          end_time?: number
        }[]
      }
      /** 无规律的有效时间段（字段名官方拼写如此） */
      irregulary_avaliable_time?: {
        /** 开始时间 */
        begin_time?: string
        /** 结束时间 */
        end_time?: string
      }[]
      /** 领取后N天开始生效 */
      wait_days_after_receive?: number
    }
    /** 固定面额满减券使用规则 */
    fixed_normal_coupon?: {
      /** 优惠金额（分） */
      discount_amount: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 折扣比例（88 表示 88 折） */
      discount_percent: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 换购券使用规则 */
    exchange_coupon?: {
      /** 单品换购价（分） */
      exchange_price: number
      /** 消费门槛（分） */
      transaction_minimum: number
    }
    /** 核销方式 */
    use_method: 'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE'
    /** 小程序appid（核销方式为线上小程序时有效） */
    mini_programs_appid?: string
    /** 小程序path（核销方式为线上小程序时有效） */
    mini_programs_path?: string
  }
  /** 自定义入口（卡详情页入口） */
  custom_entrance?: {
    /** 小程序入口 */
    mini_programs_info?: {
      /** 商家小程序appid（须与归属商户号有绑定关系） */
      mini_programs_appid: string
      /** 商家小程序path */
      mini_programs_path: string
      /** 入口文案 */
      entrance_words: string
      /** 引导文案 */
      guiding_words?: string
    }
    /** 商户公众号appid（券详情可跳转公众号） */
    appid?: string
    /** 营销馆id（更多优惠入口） */
    hall_id?: string
    /** 可用门店id */
    store_id?: string
    /** code展示模式 */
    code_display_mode?: 'NOT_SHOW' | 'BARCODE' | 'QRCODE'
  }
  /** 券code */
  coupon_code?: string
  /** 批次号 */
  stock_id?: string
  /** 券可使用开始时间 */
  available_start_time: string
  /** 券过期时间 */
  expire_time: string
  /** 券领券时间 */
  receive_time: string
  /** 发券请求单号（发券时传入的唯一凭证） */
  send_request_no: string
  /** 核销请求单号（已核销时返回） */
  use_request_no?: string
  /** 券核销时间（已核销时返回） */
  use_time?: string
  /** 已关联的商户订单号（关联过订单时返回） */
  associate_out_trade_no?: string
  /** 退券请求单号（发生退券时返回） */
  return_request_no?: string
  /** 券被退回的时间 */
  return_time?: string
  /** 失效请求单号（券已失效时返回） */
  deactivate_request_no?: string
  /** 券失效时间 */
  deactivate_time?: string
  /** 失效原因 */
  deactivate_reason?: string
}
