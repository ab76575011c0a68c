// edu-papay: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 通过协议号查询签约: the options of `GET /v3/edu-papay/contracts/id/{contract_id}`. */
export interface EduPapayContractsByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 签约协议号 */
    contract_id: string
  }
  query: {
    /** 服务商APPID */
    appid: string
    /** 子商户号 */
    sub_mchid?: string
    /** 子商户APPID */
    sub_appid?: string
  }
}

/** 通过协议号查询签约: what `GET /v3/edu-papay/contracts/id/{contract_id}` answers. */
export type EduPapayContractsByContractIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 服务商APPID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户APPID */
  sub_appid?: string
  /** 服务商APPID下的用户标识 */
  openid?: string
  /** 子商户APPID下的用户标识 */
  sub_openid?: string
  /** 签约模板号 */
  plan_id?: string
  /** 签约信息 */
  contract_information?: {
    /** 签约协议号 */
    contract_id?: string
    /** 签约状态 */
    contract_status?: string
    /** 签约时间 */
    create_time?: string
  }
}

export interface EduPapayContractsPresignPostJson {
  /** 服务商APPID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户APPID */
  sub_appid?: string
  /** 服务商APPID下的用户标识 */
  openid: string
  /** 子商户APPID下的用户标识 */
  sub_openid?: string
  /** 签约模板号 */
  plan_id: string
  /** 用户账号 */
  user_id: string
  /** 首次扣款日期 */
  period_start_date: string
  /** 场景信息枚举 */
  trade_scene: string
}

/** 预签约: the options of `POST /v3/edu-papay/contracts/presign`. */
export interface EduPapayContractsPresignPostOptions extends RouteCallOptions {
  json: EduPapayContractsPresignPostJson
}

/** 预签约: what `POST /v3/edu-papay/contracts/presign` answers. */
export type EduPapayContractsPresignPostResponse = {
  /** 预签约号 */
  presign_token: string
}

/** 解约: the options of `DELETE /v3/edu-papay/contracts/{contract_id}`. */
export interface EduPapayContractsByContractIdDeleteOptions extends RouteCallOptions {
  params: {
    /** 签约协议号 */
    contract_id: string
  }
}

/** 解约: what `DELETE /v3/edu-papay/contracts/{contract_id}` answers. */
export type EduPapayContractsByContractIdDeleteResponse = undefined

export interface EduPapayTransactionsPostJson {
  /** 服务商APPID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品或支付单简要描述 */
  body: string
  /** 商户数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 支付回调通知地址 */
  notify_url: string
  /** 签约协议号 */
  contract_id: string
  /** 场景信息枚举 */
  trade_scene: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 设备信息 */
  device_information: {
    /** 设备号 */
    device_id?: string
    /** 商户端设备ip */
    device_ip: string
  }
}

/** 教育通扣款受理: the options of `POST /v3/edu-papay/transactions`. */
export interface EduPapayTransactionsPostOptions extends RouteCallOptions {
  json: EduPapayTransactionsPostJson
}

/** 教育通扣款受理: what `POST /v3/edu-papay/transactions` answers. */
export type EduPapayTransactionsPostResponse = undefined

/** 微信订单号查单: the options of `GET /v3/edu-papay/transactions/id/{transaction_id}`. */
export interface EduPapayTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 微信订单号查单: what `GET /v3/edu-papay/transactions/id/{transaction_id}` answers. */
export type EduPapayTransactionsByTransactionIdGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 服务商APPID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 商户数据 */
  attach?: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_description?: string
  /** 支付者 */
  payer?: {
    /** 服务商APPID下的用户标识 */
    openid?: string
    /** 子商户APPID下的用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
    /** 货币类型 */
    currency?: string
  }
  /** 设备信息 */
  device_information: {
    /** 设备号 */
    device_id?: string
    /** 商户端设备ip */
    device_ip: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 优惠券面额 */
    amount?: number
    /** 活动ID */
    stock_id?: string
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 商户订单号查单: the options of `GET /v3/edu-papay/transactions/out-trade-no/{out_trade_no}`. */
export interface EduPapayTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 商户订单号查单: what `GET /v3/edu-papay/transactions/out-trade-no/{out_trade_no}` answers. */
export type EduPapayTransactionsByOutTradeNoGetResponse = {
  /** 服务商商户号 */
  sp_mchid: string
  /** 服务商APPID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 商户数据 */
  attach?: string
  /** 付款银行 */
  bank_type?: string
  /** 支付完成时间 */
  success_time?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_description?: string
  /** 支付者 */
  payer?: {
    /** 服务商APPID下的用户标识 */
    openid?: string
    /** 子商户APPID下的用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total?: number
    /** 折扣 */
    discount_total?: number
    /** 货币类型 */
    currency?: string
  }
  /** 设备信息 */
  device_information: {
    /** 设备号 */
    device_id?: string
    /** 商户端设备ip */
    device_ip: string
  }
  /** 优惠详情 */
  promotion_detail?: {
    /** 券ID */
    coupon_id?: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: string
    /** 优惠类型 */
    type?: string
    /** 优惠券面额 */
    amount?: number
    /** 活动ID */
    stock_id?: string
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

export interface EduPapayUserNotificationsByContractIdSendPostJson {
  /** 服务商APPID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户APPID */
  sub_appid?: string
}

/** 发送扣款预通知: the options of `POST /v3/edu-papay/user-notifications/{contract_id}/send`. */
export interface EduPapayUserNotificationsByContractIdSendPostOptions extends RouteCallOptions {
  params: {
    /** 签约协议号 */
    contract_id: string
  }
  json: EduPapayUserNotificationsByContractIdSendPostJson
}

/** 发送扣款预通知: what `POST /v3/edu-papay/user-notifications/{contract_id}/send` answers. */
export type EduPapayUserNotificationsByContractIdSendPostResponse = undefined

/** 通过用户标识查询签约: the options of `GET /v3/edu-papay/user/{openid}/contracts`. */
export interface EduPapayUserByOpenidContractsGetOptions extends RouteCallOptions {
  params: {
    /** 服务商APPID下的用户标识 */
    openid: string
  }
  query: {
    /** 服务商APPID */
    appid: string
    /** 子商户号 */
    sub_mchid?: string
    /** 子商户APPID */
    sub_appid?: string
    /** 子商户APPID下的用户标识 */
    sub_openid?: string
    /** 签约模板号 */
    plan_id: string
    /** 签约状态 */
    contract_status?: 'ADD' | 'DELETE'
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 通过用户标识查询签约: what `GET /v3/edu-papay/user/{openid}/contracts` answers. */
export type EduPapayUserByOpenidContractsGetResponse = {
  /** 结果集 */
  data?: {
    /** 服务商商户号 */
    sp_mchid: string
    /** 服务商APPID */
    appid: string
    /** 子商户号 */
    sub_mchid?: string
    /** 子商户APPID */
    sub_appid?: string
    /** 服务商APPID下的用户标识 */
    openid?: string
    /** 子商户APPID下的用户标识 */
    sub_openid?: string
    /** 签约模板号 */
    plan_id?: string
    /** 签约信息 */
    contract_information?: {
      /** 签约协议号 */
      contract_id?: string
      /** 签约状态 */
      contract_status?: string
      /** 签约时间 */
      create_time?: string
    }
  }[]
  /** 总数量 */
  total_count?: number
  /** 分页页码 */
  offset?: number
  /** 分页大小 */
  limit?: number
}
