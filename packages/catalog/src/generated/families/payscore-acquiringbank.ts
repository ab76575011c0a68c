// payscore/acquiringbank: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PayscoreAcquiringbankPermissionsPostJson {
  /** 服务ID */
  service_id: string
  /** 渠道商商户号 */
  channel_id: string
  /** 服务商应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 授权协议号 */
  authorization_code: string
  /** 商户回调地址 */
  notify_url?: string
}

/** 从业机构预授权: the options of `POST /v3/payscore/acquiringbank/permissions`. */
export interface PayscoreAcquiringbankPermissionsPostOptions extends RouteCallOptions {
  json: PayscoreAcquiringbankPermissionsPostJson
}

/** 从业机构预授权: what `POST /v3/payscore/acquiringbank/permissions` answers. */
export type PayscoreAcquiringbankPermissionsPostResponse = {
  /** 预授权token */
  apply_permissions_token: string
}

/** 从业机构查询与用户授权记录（授权协议号）: the options of `GET /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}`. */
export interface PayscoreAcquiringbankPermissionsByAuthorizationCodeGetOptions extends RouteCallOptions {
  params: {
    /** 授权协议号 */
    authorization_code: string
  }
  query: {
    /** 服务ID */
    service_id: string
    /** 渠道商商户号 */
    channel_id: string
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 从业机构查询与用户授权记录（授权协议号）: what `GET /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}` answers. */
export type PayscoreAcquiringbankPermissionsByAuthorizationCodeGetResponse = {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 授权协议号 */
  authorization_code: string
  /** 授权状态 */
  authorization_state: string
  /** 授权通知地址 */
  notify_url?: string
  /** 最近一次解除授权时间 */
  cancel_authorization_time?: string
  /** 最近一次授权成功时间 */
  authorization_success_time?: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 渠道商商户号 */
  channel_id?: string
}

export interface PayscoreAcquiringbankPermissionsByAuthorizationCodeTerminatePostJson {
  /** 服务ID */
  service_id: string
  /** 渠道商商户号 */
  channel_id?: string
  /** 子商户号 */
  sub_mchid: string
  /** 撤销原因 */
  reason: string
}

/** 从业机构解除用户授权关系（授权协议号）: the options of `POST /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate`. */
export interface PayscoreAcquiringbankPermissionsByAuthorizationCodeTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 授权协议号 */
    authorization_code: string
  }
  json: PayscoreAcquiringbankPermissionsByAuthorizationCodeTerminatePostJson
}

/** 从业机构解除用户授权关系（授权协议号）: what `POST /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate` answers. */
export type PayscoreAcquiringbankPermissionsByAuthorizationCodeTerminatePostResponse = undefined

/** 从业机构查询微信支付分订单: the options of `GET /v3/payscore/acquiringbank/serviceorder`. */
export interface PayscoreAcquiringbankServiceorderGetOptions extends RouteCallOptions {
  query: {
    /** 服务ID */
    service_id: string
    /** 子商户号 */
    sub_mchid: string
    /** 渠道商商户号 */
    channel_id: string
    /** 商户服务订单号 */
    out_order_no?: string
    /** 回跳查询ID */
    query_id?: string
  }
}

/** 从业机构查询微信支付分订单: what `GET /v3/payscore/acquiringbank/serviceorder` answers. */
export type PayscoreAcquiringbankServiceorderGetResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: string
  /** 订单状态说明 */
  state_description?: string
  /** 后付费项目 */
  post_payments?: {
    /** 付费名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 付费金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 订单风险金 */
  risk_fund: {
    /** 风险金名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 总金额 */
  total_amount?: number
  /** 是否需要收款 */
  need_collection?: boolean
  /** 收款信息 */
  collection?: {
    /** 收款状态 */
    state: string
    /** 总收款金额 */
    total_amount?: number
    /** 待收金额 */
    paying_amount?: number
    /** 已收金额 */
    paid_amount?: number
    /** 收款明细列表 */
    details?: {
      /** 收款序号 */
      seq?: number
      /** 单笔收款金额 */
      amount?: number
      /** 收款成功渠道 */
      paid_type?: string
      /** 收款成功时间 */
      paid_time?: string
      /** 微信支付交易单号 */
      transaction_id?: string
      /** 优惠功能 */
      promotion_detail?: {
        /** 券ID */
        coupon_id: string
        /** 优惠名称 */
        name?: string
        /** 优惠范围 */
        scope?: string
        /** 优惠类型 */
        type?: string
        /** 优惠券面额 */
        amount: number
        /** 活动ID */
        stock_id?: string
        /** 微信出资 */
        wechatpay_contribute?: number
        /** 商户出资 */
        merchant_contribute?: number
        /** 其他出资 */
        other_contribute?: number
        /** 优惠币种 */
        currency?: string
        /** 单品列表 */
        goods_detail?: {
          /** 商品编码 */
          goods_id: string
          /** 商品数量 */
          quantity?: number
          /** 商品价格 */
          unit_price?: number
          /** 商品优惠金额 */
          discount_amount?: number
          /** 商品备注 */
          goods_remark?: string
        }[]
      }[]
    }[]
  }
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url: string
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 渠道商商户号 */
  channel_id: string
}

export interface PayscoreAcquiringbankServiceorderPostJson {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 渠道商商户号 */
  channel_id: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务信息 */
  service_introduction: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费项目名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠数量 */
    count?: number
    /** 付费金额 */
    amount?: number
  }[]
  /** 订单风险金 */
  risk_fund: {
    /** 风险金名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 预计服务结束时间 */
    end_time?: string
    /** 预计服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 预计服务结束地点 */
    end_location?: string
  }
  /** 服务商公众号下的用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 是否需要用户确认 */
  need_user_confirm?: boolean
  /** 商户回调地址 */
  notify_url: string
  /** 商户数据包 */
  attach?: string
}

/** 从业机构创建微信支付分订单: the options of `POST /v3/payscore/acquiringbank/serviceorder`. */
export interface PayscoreAcquiringbankServiceorderPostOptions extends RouteCallOptions {
  json: PayscoreAcquiringbankServiceorderPostJson
}

/** 从业机构创建微信支付分订单: what `POST /v3/payscore/acquiringbank/serviceorder` answers. */
export type PayscoreAcquiringbankServiceorderPostResponse = {
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 渠道商商户号 */
  channel_id: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: string
  /** 订单状态说明 */
  state_description?: string
  /** 后付费项目 */
  post_payments?: {
    /** 付费项目名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠数量 */
    count?: number
  }[]
  /** 订单风险金 */
  risk_fund?: {
    /** 风险金名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间段 */
  time_range?: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 预计服务结束时间 */
    end_time?: string
    /** 预计服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 预计服务结束地点 */
    end_location: string
  }
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 微信支付服务订单号 */
  order_id: string
  /** 跳转微信侧数据包 */
  package?: string
}

/** 从业机构查询微信支付分扣款信息: the options of `GET /v3/payscore/acquiringbank/serviceorder/deduction`. */
export interface PayscoreAcquiringbankServiceorderDeductionGetOptions extends RouteCallOptions {
  query: {
    /** 服务ID */
    service_id: string
    /** 从业机构申请的公众号或移动应用AppID */
    appid: string
    /** 子商户号 */
    sub_mchid: string
    /** 子商户申请的公众号或移动应用AppID */
    sub_appid?: string
    /** 渠道商商户号 */
    channel_id: string
    /** 商户服务订单号 */
    out_order_no?: string
  }
}

/** 从业机构查询微信支付分扣款信息: what `GET /v3/payscore/acquiringbank/serviceorder/deduction` answers. */
export type PayscoreAcquiringbankServiceorderDeductionGetResponse = {
  /** 商品或支付单简要描述 */
  description: string
  /** 商户扣款单号 */
  out_trade_no: string
}

export interface PayscoreAcquiringbankServiceorderByOutOrderNoCancelPostJson {
  /** 服务ID */
  service_id: string
  /** 渠道商商户号 */
  channel_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 撤销原因 */
  reason: string
}

/** 从业机构取消微信支付分订单: the options of `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel`. */
export interface PayscoreAcquiringbankServiceorderByOutOrderNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreAcquiringbankServiceorderByOutOrderNoCancelPostJson
}

/** 从业机构取消微信支付分订单: what `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel` answers. */
export type PayscoreAcquiringbankServiceorderByOutOrderNoCancelPostResponse = undefined

export interface PayscoreAcquiringbankServiceorderByOutOrderNoCompletePostJson {
  /** 服务ID */
  service_id: string
  /** 渠道商商户号 */
  channel_id?: string
  /** 子商户号 */
  sub_mchid: string
  /** 后付费项目 */
  post_payments: readonly {
    /** 付费名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 付费金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 实际服务时间 */
  time_range?: {
    /** 服务开始时间 */
    start_time: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 实际服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 微信支付服务分账标记 */
  profit_sharing?: boolean
  /** 完结服务时间 */
  complete_time?: string
  /** 订单优惠标记 */
  goods_tag?: string
}

/** 从业机构完结微信支付分订单: the options of `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete`. */
export interface PayscoreAcquiringbankServiceorderByOutOrderNoCompletePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreAcquiringbankServiceorderByOutOrderNoCompletePostJson
}

/** 从业机构完结微信支付分订单: what `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete` answers. */
export type PayscoreAcquiringbankServiceorderByOutOrderNoCompletePostResponse = undefined

export interface PayscoreAcquiringbankServiceorderByOutOrderNoModifyPostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 渠道商商户号 */
  channel_id?: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费名称 */
    name: string
    /** 付费说明 */
    description?: string
    /** 付费金额 */
    amount?: number
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name: string
    /** 优惠说明 */
    description: string
    /** 优惠金额 */
    amount: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 总金额 */
  total_amount: number
  /** 修改原因 */
  reason: string
}

/** 从业机构修改微信支付分订单金额: the options of `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify`. */
export interface PayscoreAcquiringbankServiceorderByOutOrderNoModifyPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreAcquiringbankServiceorderByOutOrderNoModifyPostJson
}

/** 从业机构修改微信支付分订单金额: what `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify` answers. */
export type PayscoreAcquiringbankServiceorderByOutOrderNoModifyPostResponse = undefined

export interface PayscoreAcquiringbankServiceorderByOutOrderNoRegisterdeductinfoPostJson {
  /** 服务ID */
  service_id: string
  /** 服务商应用ID */
  appid?: string
  /** 子商户号 */
  sub_mchid: string
  /** 渠道商商户号 */
  channel_id: string
  /** 商户系统内部扣款单号 */
  out_trade_no?: string
  /** 子商户公众账号ID */
  sub_appid?: string
}

/** 从业机构登记微信支付分扣款信息: the options of `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo`. */
export interface PayscoreAcquiringbankServiceorderByOutOrderNoRegisterdeductinfoPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreAcquiringbankServiceorderByOutOrderNoRegisterdeductinfoPostJson
}

/** 从业机构登记微信支付分扣款信息: what `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo` answers. */
export type PayscoreAcquiringbankServiceorderByOutOrderNoRegisterdeductinfoPostResponse = {
  /** 商品或支付单简要描述 */
  description?: string
}

export interface PayscoreAcquiringbankServiceorderByOutOrderNoSyncPostJson {
  /** 服务ID */
  service_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 渠道商商户号 */
  channel_id?: string
  /** 场景类型 */
  type: string
  /** 内容信息详情 */
  detail: {
    /** 收款成功时间 */
    paid_time: string
  }
}

/** 从业机构同步微信支付分订单信息: the options of `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync`. */
export interface PayscoreAcquiringbankServiceorderByOutOrderNoSyncPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscoreAcquiringbankServiceorderByOutOrderNoSyncPostJson
}

/** 从业机构同步微信支付分订单信息: what `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync` answers. */
export type PayscoreAcquiringbankServiceorderByOutOrderNoSyncPostResponse = undefined

export interface PayscoreAcquiringbankServicepayondeliveryorderPostJson {
  /** 商户服务订单号 */
  out_order_no: string
  /** 公众账号ID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 渠道商商户号 */
  channel_id?: string
  /** 服务ID */
  service_id: string
  /** 服务信息 */
  service_introduction: string
  /** 后付费项目 */
  post_payments?: readonly {
    /** 付费项目名称 */
    name?: string
    /** 金额 */
    amount?: number
    /** 计费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 后付费商户优惠 */
  post_discounts?: readonly {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 订单风险金 */
  risk_fund?: {
    /** 风险金名称 */
    name?: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST'
    /** 风险金额 */
    amount?: number
    /** 风险说明 */
    description?: string
  }
  /** 商户数据包 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 用户标识 */
  openid?: string
  /** 子商户公众号下的用户标识 */
  sub_openid?: string
  /** 是否需要用户确认 */
  need_user_confirm?: boolean
  /** 商户号 */
  mchid?: string
  /** 先用后付购物详情 */
  shopping_info?: {
    /** 实际购物商家公众号ID */
    real_merchant_appid?: string
    /** 单详跳转链接 */
    jump_link?: {
      /** 跳转链接类型 */
      jump_link_type?: 'JUMP_LINK_MINI_PROGRAM'
      /** 小程序跳转AppID */
      appid?: string
      /** 小程序跳转path */
      path?: string
    }
    /** 商品列表 */
    goods?: readonly {
      /** 商品名称 */
      name?: string
      /** 商品图片链接 */
      picture?: string
      /** 商品单价金额 */
      amount?: number
      /** 商品数量 */
      count?: number
      /** 商品品类ID */
      category_id?: readonly string[]
    }[]
  }
}

/** 从业机构创建先用后付订单: the options of `POST /v3/payscore/acquiringbank/servicepayondeliveryorder`. */
export interface PayscoreAcquiringbankServicepayondeliveryorderPostOptions extends RouteCallOptions {
  json: PayscoreAcquiringbankServicepayondeliveryorderPostJson
}

/** 从业机构创建先用后付订单: what `POST /v3/payscore/acquiringbank/servicepayondeliveryorder` answers. */
export type PayscoreAcquiringbankServicepayondeliveryorderPostResponse = {
  /** 商户订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 服务商公众号ID */
  appid: string
  /** 服务商商户号 */
  mchid: string
  /** 子商户公众号ID */
  sub_appid?: string
  /** 子商户商户号 */
  sub_mchid: string
  /** 服务信息 */
  service_introduction: string
  /** 服务订单状态 */
  state: string
  /** 订单状态说明 */
  state_description?: string
  /** 后付费项目 */
  post_payments?: {
    /** 付费名称 */
    name?: string
    /** 付费金额 */
    amount?: number
    /** 付费说明 */
    description?: string
    /** 付费数量 */
    count?: number
  }[]
  /** 商户优惠 */
  post_discounts?: {
    /** 优惠名称 */
    name?: string
    /** 优惠说明 */
    description?: string
    /** 优惠金额 */
    amount?: number
    /** 优惠数量 */
    count?: number
  }[]
  /** 服务风险金 */
  risk_fund?: {
    /** 风险名称 */
    name: string
    /** 风险金额 */
    amount: number
    /** 风险说明 */
    description?: string
  }
  /** 服务时间 */
  time_range?: {
    /** 服务开始时间 */
    start_time?: string
    /** 服务结束时间 */
    end_time?: string
    /** 服务开始时间备注 */
    start_time_remark?: string
    /** 服务结束时间备注 */
    end_time_remark?: string
  }
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string
    /** 服务结束地点 */
    end_location?: string
  }
  /** 附加数据 */
  attach?: string
  /** 商户回调地址 */
  notify_url?: string
  /** 微信支付服务订单号 */
  order_id?: string
  /** 跳转微信侧数据包 */
  package?: string
  /** 先用后付购物详情 */
  shopping_info?: {
    /** 实际购物商家公众号ID */
    real_merchant_appid?: string
    /** 单详跳转链接 */
    jump_link: {
      /** 跳转链接类型 */
      jump_link_type: string
      /** 小程序跳转AppID */
      appid?: string
      /** 小程序跳转path */
      path?: string
    }
    /** 商品列表 */
    goods: {
      /** 商品名称 */
      name: string
      /** 商品图片链接 */
      picture: string
      /** 商品单价金额 */
      amount: number
      /** 商品数量 */
      count: number
      /** 商品品类ID */
      category_id?: string[]
    }[]
  }
}
