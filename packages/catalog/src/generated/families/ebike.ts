// ebike: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface EbikeChargeContractsPreopenPostJson {
  /** 特约商户号 */
  sub_mchid?: string
  /** 服务商公众号ID */
  appid: string
  /** 特约商户公众号ID */
  sub_appid?: string
  /** 交易场景 */
  trade_scene: string
  /** 用户标识 */
  openid: string
}

/** 预开通服务: the options of `POST /v3/ebike/charge/contracts/preopen`. */
export interface EbikeChargeContractsPreopenPostOptions extends RouteCallOptions {
  json: EbikeChargeContractsPreopenPostJson
}

/** 预开通服务: what `POST /v3/ebike/charge/contracts/preopen` answers. */
export type EbikeChargeContractsPreopenPostResponse = {
  /** 预开通ID */
  preopen_id: string
}

/** 通过签约号查询用户状态: the options of `GET /v3/ebike/charge/contracts/{contract_id}`. */
export interface EbikeChargeContractsByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 充电授权扣费协议号 */
    contract_id: string
  }
  query?: {
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 通过签约号查询用户状态: what `GET /v3/ebike/charge/contracts/{contract_id}` answers. */
export type EbikeChargeContractsByContractIdGetResponse = {
  /** 服务商商户号 */
  mchid: string
  /** 用户标识 */
  openid: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 充电授权扣费协议号 */
  contract_id?: string
  /** 协议状态 */
  contract_state: string
}

export interface EbikeChargeContractsByContractIdConfirmPostJson {
  /** 特约商户号 */
  sub_mchid?: string
  /** 服务商公众号ID */
  appid: string
  /** 特约商户公众号ID */
  sub_appid?: string
  /** 充电场景信息 */
  charge_info: {
    /** 开始时间 */
    start_time: string
    /** 充电站名称 */
    charging_station_name: string
    /** 充电枪编号 */
    charging_gun_number: string
    /** 充电位设备号 */
    device_id: string
  }
}

/** 创建用户当次充电代扣凭证: the options of `POST /v3/ebike/charge/contracts/{contract_id}/confirm`. */
export interface EbikeChargeContractsByContractIdConfirmPostOptions extends RouteCallOptions {
  params: {
    /** 充电授权扣费协议号 */
    contract_id: string
  }
  json: EbikeChargeContractsByContractIdConfirmPostJson
}

/** 创建用户当次充电代扣凭证: what `POST /v3/ebike/charge/contracts/{contract_id}/confirm` answers. */
export type EbikeChargeContractsByContractIdConfirmPostResponse = {
  /** 用户充电代扣凭证 */
  charging_token: string
}

export interface EbikeChargeTransactionsPostJson {
  /** 特约商户号 */
  sub_mchid?: string
  /** 服务商公众号ID */
  appid: string
  /** 特约商户公众号ID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 附加字段 */
  attach?: string
  /** 营销信息 */
  goods_tag?: string
  /** 通知url */
  notify_url: string
  /** 商品描述 */
  description: string
  /** 用户充电代扣凭证 */
  charging_token: string
  /** 订单金额信息 */
  amount: {
    /** 订单总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 充电自行车场景信息 */
  charge_info: {
    /** 开始时间 */
    start_time: string
    /** 结束时间 */
    end_time: string
    /** 充电站名称 */
    charging_station_name: string
    /** 充电枪编号 */
    charging_gun_number: string
    /** 已充电量 */
    charged_capacity: number
    /** 车位延时占用时长 */
    park_duration?: number
    /** 车位延时占用产生的费用 */
    park_fee?: number
  }
  /** 设备信息 */
  device_info: {
    /** 充电位设备号 */
    device_id: string
    /** 商户端设备ip */
    device_ip: string
  }
}

/** 充电自行车代扣受理扣款: the options of `POST /v3/ebike/charge/transactions`. */
export interface EbikeChargeTransactionsPostOptions extends RouteCallOptions {
  json: EbikeChargeTransactionsPostJson
}

/** 充电自行车代扣受理扣款: what `POST /v3/ebike/charge/transactions` answers. */
export type EbikeChargeTransactionsPostResponse = {
  /** 受理状态 */
  accept_state: string
  /** 订单创建时间 */
  create_time?: string
}

/** 查询订单: the options of `GET /v3/ebike/charge/transactions/id/{transaction_id}`. */
export interface EbikeChargeTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query?: {
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 查询订单: what `GET /v3/ebike/charge/transactions/id/{transaction_id}` answers. */
export type EbikeChargeTransactionsByTransactionIdGetResponse = {
  /** 商户号 */
  mchid: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 服务商公众号ID */
  appid: string
  /** 特约商户公众号ID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id?: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: string
  /** 银行类型 */
  bank_type?: string
  /** 成功时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_des?: string
  /** 充电授权扣费协议号 */
  contract_id: string
  /** 支付者信息 */
  payer?: {
    /** 用户在服务商的标识 */
    openid?: string
    /** 用户在特约商户的标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户实际支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
  }
  /** 设备信息 */
  device_info: {
    /** 充电位设备号 */
    device_id: string
    /** 商户端设备ip */
    device_ip: string
  }
  /** 优惠信息 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 活动ID */
    activity_id?: string
    /** 优惠券面额 */
    amount: number
    /** 微信出资 */
    wxpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 查询订单: the options of `GET /v3/ebike/charge/transactions/out-trade-no/{out_trade_no}`. */
export interface EbikeChargeTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query?: {
    /** 特约商户号 */
    sub_mchid?: string
  }
}

/** 查询订单: what `GET /v3/ebike/charge/transactions/out-trade-no/{out_trade_no}` answers. */
export type EbikeChargeTransactionsByOutTradeNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 服务商公众号ID */
  appid: string
  /** 特约商户公众号ID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id?: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: string
  /** 银行类型 */
  bank_type?: string
  /** 成功时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_des?: string
  /** 充电授权扣费协议号 */
  contract_id: string
  /** 支付者信息 */
  payer?: {
    /** 用户在服务商的标识 */
    openid?: string
    /** 用户在特约商户的标识 */
    sub_openid?: string
  }
  /** 订单金额信息 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户实际支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
  }
  /** 设备信息 */
  device_info: {
    /** 充电位设备号 */
    device_id: string
    /** 商户端设备ip */
    device_ip: string
  }
  /** 优惠信息 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 活动ID */
    activity_id?: string
    /** 优惠券面额 */
    amount: number
    /** 微信出资 */
    wxpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 通过用户标识查询用户状态: the options of `GET /v3/ebike/charge/users/{openid}/contract`. */
export interface EbikeChargeUsersByOpenidContractGetOptions extends RouteCallOptions {
  params: {
    /** 用户标识 */
    openid: string
  }
  query: {
    /** 特约商户号 */
    sub_mchid?: string
    /** 交易场景 */
    trade_scene: string
  }
}

/** 通过用户标识查询用户状态: what `GET /v3/ebike/charge/users/{openid}/contract` answers. */
export type EbikeChargeUsersByOpenidContractGetResponse = {
  /** 服务商商户号 */
  mchid: string
  /** 用户标识 */
  openid: string
  /** 特约商户号 */
  sub_mchid?: string
  /** 充电授权扣费协议号 */
  contract_id?: string
  /** 协议状态 */
  contract_state: string
}
