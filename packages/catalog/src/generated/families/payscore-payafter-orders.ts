// payscore/payafter-orders: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询先享后付订单: the options of `GET /v3/payscore/payafter-orders`. */
export interface PayscorePayafterOrdersGetOptions extends RouteCallOptions {
  query?: {
    /** 服务ID */
    service_id?: string
    /** 商户服务订单号 */
    out_order_no?: string
    /** 回跳查询ID */
    query_id?: string
    /** 公众账号ID */
    appid?: string
  }
}

/** 查询先享后付订单: what `GET /v3/payscore/payafter-orders` answers. */
export type PayscorePayafterOrdersGetResponse = {
  /** 公众账号ID */
  appid?: string
  /** 商户号 */
  mchid?: string
  /** 商户服务订单号 */
  out_order_no?: string
  /** 服务ID */
  service_id?: string
  state?: 'CREATED' | 'USER_ACCEPTED' | 'FINISHED' | 'USER_PAID' | 'REVOKED' | 'EXPIRED' | (string & {})
  /** 标识用户订单使用情况 */
  finish_type?: 1 | 2 | (number & {})
  /** 服务开始时间 */
  service_start_time?: string
  /** 服务结束时间 */
  service_end_time?: string
  /** 实际服务开始时间 */
  real_service_start_time?: string
  /** 实际服务结束时间 */
  real_service_end_time?: string
  /** 支付完成时间 */
  pay_succ_time?: string
  /** 开始使用服务的地点 */
  service_start_location?: string
  /** 预计服务结束的地点 */
  service_end_location?: string
  /** 开始使用服务的地点 */
  real_service_start_location?: string
  /** 预计服务结束的地点 */
  real_service_end_location?: string
  /** 服务信息，用于介绍本订单所提供的服务 */
  service_introduction?: string
  /** 后付费，描述付费项目列表 */
  fees?: {
    /** 付费项目名称 */
    fee_name?: string
    /** 付费项目数量 */
    fee_count?: number
    /** 付费项目总金额 */
    fee_amount?: number
    /** 描述计费规则 */
    fee_desc?: string
  }[]
  /** 商户优惠，最多包含5条商户优惠 */
  discounts?: {
    /** 优惠名称 */
    discount_name?: string
    /** 商品优惠金额 */
    discount_amount?: number
    /** 优惠说明 */
    discount_desc?: string
  }[]
  /** 订单风险金额 */
  risk_amount?: number
  /** 总金额(大于等于0的数字，单位为分) */
  total_amount?: number
  /** 商户自定义说明,可存放本订单所需信息 */
  attach?: string
  /** 用于完结订单时传入 */
  finish_ticket?: string
  /** 结单交易单号 */
  finish_transaction_id?: string
  /** 支付方式 */
  pay_type?: 'MchChannelPayType' | (string & {})
}

export interface PayscorePayafterOrdersPostJson {
  /** 公众账号ID */
  appid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 用户下单时确认的服务开始时间 */
  service_start_time?: string
  /** 用户下单时确定的预计服务结束时间 */
  service_end_time?: string
  /** 开始使用服务的地点 */
  service_start_location?: string
  /** 预计服务结束的地点 */
  service_end_location?: string
  /** 服务信息，用于介绍本订单所提供的服务 */
  service_introduction?: string
  /** 后付费，描述付费项目列表 */
  fees?: readonly {
    /** 付费项目名称 */
    fee_name?: string
    /** 付费项目数量 */
    fee_count?: number
    /** 付费项目总金额 */
    fee_amount?: number
    /** 描述计费规则 */
    fee_desc?: string
  }[]
  /** 商户优惠，最多包含5条商户优惠 */
  discounts?: readonly {
    /** 优惠名称 */
    discount_name?: string
    /** 优惠说明 */
    discount_desc?: string
  }[]
  /** 订单风险金额 */
  risk_amount?: number
  /** 商户自定义说明,可存放本订单所需信息 */
  attach?: string
  /** 使用需用户确认订单类型 */
  need_user_confirm?: boolean
  /** 微信用户在商户对应appid下的唯一标识 */
  openid?: string
  /** 用户姓名 (encrypt with `client.encrypt()`) */
  name?: Encrypted
  /** 用户手机号 (encrypt with `client.encrypt()`) */
  phone?: Encrypted
  /** 用户身份证ID (encrypt with `client.encrypt()`) */
  userid?: Encrypted
  /** 用户收货地址 (encrypt with `client.encrypt()`) */
  address?: Encrypted
}

/** 创建先享后付订单: the options of `POST /v3/payscore/payafter-orders`. */
export interface PayscorePayafterOrdersPostOptions extends RouteCallOptions {
  json: PayscorePayafterOrdersPostJson
}

/** 创建先享后付订单: what `POST /v3/payscore/payafter-orders` answers. */
export type PayscorePayafterOrdersPostResponse = {
  /** 公众账号ID */
  appid?: string
  /** 商户号 */
  mchid?: string
  /** 商户服务订单号 */
  out_order_no?: string
  /** 服务ID */
  service_id?: string
  /** 微信支付服务订单号 */
  order_id?: string
  /** 小程序跳转businessType */
  miniprogram_businesstype?: string
  /** 小程序跳转appid */
  miniprogram_appid?: string
  /** 小程序跳转路径 */
  miniprogram_path?: string
  /** 小程序跳转username */
  miniprogram_username?: string
  /** 用于跳转到微信侧小程序订单数据 */
  package?: string
}

export interface PayscorePayafterOrdersByOutOrderNoCancelPostJson {
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 取消原因 */
  reason: string
}

/** 撤销先享后付订单: the options of `POST /v3/payscore/payafter-orders/{out_order_no}/cancel`. */
export interface PayscorePayafterOrdersByOutOrderNoCancelPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePayafterOrdersByOutOrderNoCancelPostJson
}

/** 撤销先享后付订单: what `POST /v3/payscore/payafter-orders/{out_order_no}/cancel` answers. */
export type PayscorePayafterOrdersByOutOrderNoCancelPostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 微信支付服务订单号 */
  order_id: string
}

export interface PayscorePayafterOrdersByOutOrderNoCompletePostJson {
  /** 公众账号ID */
  appid: string
  /** 服务ID */
  service_id: string
  /** 标识用户订单使用情况 */
  finish_type?: 1 | 2 | (number & {})
  /** 取消订单的原因 */
  cancel_reason?: string
  /** 实际服务开始时间 */
  real_service_start_time?: string
  /** 服务结束时间 */
  real_service_end_time?: string
  /** 实际结束使用服务的地点 */
  real_service_end_location?: string
  /** 后付费，描述付费项目列表 */
  fees?: readonly {
    /** 付费项目名称 */
    fee_name?: string
    /** 付费项目数量 */
    fee_count?: number
    /** 付费项目总金额 */
    fee_amount?: number
    /** 描述计费规则 */
    fee_desc?: string
  }[]
  /** 商户优惠，最多包含5条商户优惠 */
  discounts?: readonly {
    /** 优惠名称 */
    discount_name?: string
    /** 商品优惠金额 */
    discount_amount?: number
    /** 优惠说明 */
    discount_desc?: string
  }[]
  /** 总金额(大于等于0的数字，单位为分) */
  total_amount?: number
  /** 完结凭证 */
  finish_ticket?: string
  /** 是否指定商户分账 */
  profit_sharing?: boolean
}

/** 完结先享后付订单: the options of `POST /v3/payscore/payafter-orders/{out_order_no}/complete`. */
export interface PayscorePayafterOrdersByOutOrderNoCompletePostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json: PayscorePayafterOrdersByOutOrderNoCompletePostJson
}

/** 完结先享后付订单: what `POST /v3/payscore/payafter-orders/{out_order_no}/complete` answers. */
export type PayscorePayafterOrdersByOutOrderNoCompletePostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 服务ID */
  service_id: string
  /** 微信支付服务订单号 */
  order_id: string
}

export interface PayscorePayafterOrdersByOutOrderNoSyncPostJson {
  /** 公众账号ID */
  appid?: string
  /** 服务ID */
  service_id?: string
  /** 场景类型 */
  type?: 'Order_Paid'
  /** 内容信息详情 */
  detail?: {
    /** 用户通过其他方式付款成功的实际时间 */
    paid_time?: string
  }
}

/** 支付分订单同步: the options of `POST /v3/payscore/payafter-orders/{out_order_no}/sync`. */
export interface PayscorePayafterOrdersByOutOrderNoSyncPostOptions extends RouteCallOptions {
  params: {
    /** 商户服务订单号 */
    out_order_no: string
  }
  json?: PayscorePayafterOrdersByOutOrderNoSyncPostJson
}

/** 支付分订单同步: what `POST /v3/payscore/payafter-orders/{out_order_no}/sync` answers. */
export type PayscorePayafterOrdersByOutOrderNoSyncPostResponse = {
  /** 公众账号ID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户服务订单号 */
  out_order_no: string
  /** 微信支付服务订单号 */
  order_id: string
}
