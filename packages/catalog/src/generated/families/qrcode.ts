// qrcode: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface QrcodeTransactionsPostJson {
  /** 商户在微信申请公众号或移动应用成功后分配的账号ID */
  appid: string
  /** 子公众账号ID */
  sub_appid?: string
  /** 微信支付分配的子商户号 */
  sub_mchid?: string
  /** 商户自定义字段 */
  description?: string
  /** 附加数据 */
  attach?: string
  /** 商户系统内部订单号 */
  out_trade_no: string
  /** 交易场景值，现在支持公交和地铁的场景值 */
  trade_scene: 'BUS' | 'METRO'
  /** 代金券或立减优惠功能的参数 */
  goods_tag?: string
  /** 签约成功后，微信返回代扣签约ID */
  contract_id: string
  /** 接受扣款结果异步回调通知的URL */
  notify_url?: string
  /** 订单金额信息 */
  amount?: {
    /** 订单总金额，单位为分 */
    total?: number
    /** 符合ISO 4217标准的三位字母代码 */
    currency?: string
  }
  /** 公交场景信息 */
  bus_info?: {
    /** 用户乘车时间（上车） */
    start_time?: string
    /** 乘车路线 */
    line_name?: string
    /** 车牌号 */
    plate_number?: string
  }
  /** 地铁场景信息 */
  metro_info?: {
    /** 用户乘车时间（上车） */
    start_time?: string
    /** 用户下车时间 */
    end_time?: string
    /** 乘车起始站 */
    start_station?: string
    /** 乘车终点站 */
    end_station?: string
  }
}

/** 扣费受理: the options of `POST /v3/qrcode/transactions`. */
export interface QrcodeTransactionsPostOptions extends RouteCallOptions {
  json: QrcodeTransactionsPostJson
}

/** 扣费受理: what `POST /v3/qrcode/transactions` answers. */
export type QrcodeTransactionsPostResponse = {
  /** 公众账号ID */
  appid?: string
  /** 子商户公众账号ID */
  sub_appid?: string
  /** 商户号 */
  sp_mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 服务描述 */
  description?: string
  /** 订单创建时间 */
  create_time?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易状态 */
  trade_state?: 'SUCCESS' | 'ACCEPTED' | 'PAY_FAIL' | 'REFUND' | (string & {})
  /** 交易状态描述 */
  trade_state_description?: string
  /** 支付完成时间 */
  success_time?: string
  /** 付款银行 */
  bank_type?: string
  /** 用户还款状态 */
  user_repay_state?: 'NOT_REPAY' | 'REPAID' | 'ALL_REFUND' | (string & {})
  /** 还款微信支付订单号 */
  repay_transaction_id?: string
  /** 垫资还款时间 */
  repay_time?: string
  /** 附加数据 */
  attach?: string
  /** 代扣签约ID */
  contract_id?: string
  /** 交易场景 */
  trade_scene?: 'BUS' | 'METRO' | (string & {})
  /** 公交场景信息 */
  bus_info?: {
    /** 用户乘车时间（上车） */
    start_time?: string
    /** 乘车路线 */
    line_name?: string
    /** 车牌号 */
    plate_number?: string
  }
  /** 地铁场景信息 */
  metro_info?: {
    /** 用户乘车时间（上车） */
    start_time?: string
    /** 用户下车时间 */
    end_time?: string
    /** 乘车起始站 */
    start_station?: string
    /** 乘车终点站 */
    end_station?: string
  }
  /** 订单金额信息 */
  amount?: Record<string, unknown>
  /** 优惠信息 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'CASH' | 'NOCASH' | (string & {})
    /** 活动ID */
    stock_id?: string
    /** 优惠券面额 */
    amount?: number
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
    /** 优惠币种 */
    currency?: string
  }[]
}

/** 查询订单: the options of `GET /v3/qrcode/transactions/out-trade-no/{out_trade_no}`. */
export interface QrcodeTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户系统内部订单号 */
    out_trade_no: string
  }
  query?: {
    /** 微信支付分配的子商户号 */
    sub_mchid?: string
  }
}

/** 查询订单: what `GET /v3/qrcode/transactions/out-trade-no/{out_trade_no}` answers. */
export type QrcodeTransactionsByOutTradeNoGetResponse = {
  /** 公众账号ID */
  appid?: string
  /** 子商户公众账号ID */
  sub_appid?: string
  /** 商户号 */
  sp_mchid?: string
  /** 子商户号 */
  sub_mchid?: string
  /** 服务描述 */
  description?: string
  /** 订单创建时间 */
  create_time?: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易状态 */
  trade_state?: 'SUCCESS' | 'ACCEPTED' | 'PAY_FAIL' | 'REFUND' | (string & {})
  /** 交易状态描述 */
  trade_state_description?: string
  /** 支付完成时间 */
  success_time?: string
  /** 付款银行 */
  bank_type?: string
  /** 用户还款状态 */
  user_repay_state?: 'NOT_REPAY' | 'REPAID' | 'ALL_REFUND' | (string & {})
  /** 还款微信支付订单号 */
  repay_transaction_id?: string
  /** 垫资还款时间 */
  repay_time?: string
  /** 附加数据 */
  attach?: string
  /** 代扣签约ID */
  contract_id?: string
  /** 交易场景 */
  trade_scene?: 'BUS' | 'METRO' | (string & {})
  /** 公交场景信息 */
  bus_info?: {
    /** 用户乘车时间（上车） */
    start_time?: string
    /** 乘车路线 */
    line_name?: string
    /** 车牌号 */
    plate_number?: string
  }
  /** 地铁场景信息 */
  metro_info?: {
    /** 用户乘车时间（上车） */
    start_time?: string
    /** 用户下车时间 */
    end_time?: string
    /** 乘车起始站 */
    start_station?: string
    /** 乘车终点站 */
    end_station?: string
  }
  /** 订单金额信息 */
  amount?: Record<string, unknown>
  /** 优惠信息 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'CASH' | 'NOCASH' | (string & {})
    /** 活动ID */
    stock_id?: string
    /** 优惠券面额 */
    amount?: number
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
    /** 优惠币种 */
    currency?: string
  }[]
}

/** 查询用户服务可用信息: the options of `GET /v3/qrcode/user-services/contract-id/{contract_id}`. */
export interface QrcodeUserServicesByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 签约成功后，微信返回代扣签约ID */
    contract_id: string
  }
  query?: {
    /** 商户在微信申请公众号或移动应用成功后分配的账号ID */
    appid?: string
    /** 子公众账号ID */
    sub_appid?: string
    /** 微信支付分配的子商户号 */
    sub_mchid?: string
  }
}

/** 查询用户服务可用信息: what `GET /v3/qrcode/user-services/contract-id/{contract_id}` answers. */
export type QrcodeUserServicesByContractIdGetResponse = {
  /** 签约成功后，微信返回代扣签约ID */
  contract_id?: string
  user_service_state?: 'NORMAL' | 'BLOCKED' | (string & {})
  /** 原因 */
  block_reason?: string
}
