// eduschoolpay: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface EduschoolpayContractsPresignPostJson {
  /** 商户appid */
  appid: string
  /** 商户appid下的用户标识 */
  openid: string
  /** 签约模板号 */
  plan_id: string
  /** 用户账号 */
  user_id: string
  /** 学校编号 */
  school_id: string
  /** 外部签约号 */
  out_contract_code: string
  /** 签约模式 */
  contract_mode?: string
  /** 允许降级为普通签约模式 */
  downgrade_default_contract?: boolean
  /** 实名信息 */
  identity?: {
    /** 姓名 (encrypt with `client.encrypt()`) */
    real_name: Encrypted
    /** 证件类型 (encrypt with `client.encrypt()`) */
    credential_type: Encrypted
    /** 身份证号 (encrypt with `client.encrypt()`) */
    id_card_number?: Encrypted
  }
  /** 签约银行卡 */
  bank_card?: {
    /** 签约银行卡号 (encrypt with `client.encrypt()`) */
    bank_card_no: Encrypted
    /** 银行卡有效期 */
    valid_thru?: string
    /** 银行卡开卡预留手机号 (encrypt with `client.encrypt()`) */
    phone?: Encrypted
    /** 银行类型 */
    bank_type?: string
  }
}

/** 预签约: the options of `POST /v3/eduschoolpay/contracts/presign`. */
export interface EduschoolpayContractsPresignPostOptions extends RouteCallOptions {
  json: EduschoolpayContractsPresignPostJson
}

/** 预签约: what `POST /v3/eduschoolpay/contracts/presign` answers. */
export type EduschoolpayContractsPresignPostResponse = {
  /** 预签约码 */
  presign_token: string
}

/** 通过协议号查询签约: the options of `GET /v3/eduschoolpay/contracts/{contract_id}`. */
export interface EduschoolpayContractsByContractIdGetOptions extends RouteCallOptions {
  params: {
    /** 签约协议号 */
    contract_id: string
  }
}

/** 通过协议号查询签约: what `GET /v3/eduschoolpay/contracts/{contract_id}` answers. */
export type EduschoolpayContractsByContractIdGetResponse = {
  /** 签约协议号 */
  contract_id: string
  /** 商户号 */
  mchid: string
  /** 商户appid */
  appid: string
  /** 商户appid下的用户标识 */
  openid: string
  /** 签约模板号 */
  plan_id: string
  /** 签约状态 */
  contract_status: string
  /** 签约时间 */
  create_time: string
  /** 外部签约号 */
  out_contract_code: string
}

/** 商户主动解约: the options of `POST /v3/eduschoolpay/contracts/{contract_id}/terminate`. */
export interface EduschoolpayContractsByContractIdTerminatePostOptions extends RouteCallOptions {
  params: {
    /** 签约协议号 */
    contract_id: string
  }
}

/** 商户主动解约: what `POST /v3/eduschoolpay/contracts/{contract_id}/terminate` answers. */
export type EduschoolpayContractsByContractIdTerminatePostResponse = undefined

export interface EduschoolpayTransactionsPostJson {
  /** 商户appid */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户appid */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 订单优惠标记 */
  goods_tag?: string
  /** 商户接收通知地址 */
  notify_url: string
  /** 签约协议号 */
  contract_id: string
  /** 用户账号 */
  user_id: string
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency: string
  }
  /** 场景信息 */
  scene_info: {
    /** 消费时间 */
    start_time: string
    /** 学校编号 */
    school_id: string
    /** 消费场景类型 */
    scene_type: string
  }
  /** 设备信息 */
  device_info: {
    /** 设备号 */
    device_id?: string
    /** 商户端设备ip */
    device_ip: string
  }
  /** 分账结算信息 */
  settle_info?: {
    /** 是否指定分账 */
    profit_sharing?: boolean
  }
  /** 扣款模式 */
  payment_mode?: string
}

/** 扣款: the options of `POST /v3/eduschoolpay/transactions`. */
export interface EduschoolpayTransactionsPostOptions extends RouteCallOptions {
  json: EduschoolpayTransactionsPostJson
}

/** 扣款: what `POST /v3/eduschoolpay/transactions` answers. */
export type EduschoolpayTransactionsPostResponse = {
  /** 商户号 */
  mchid: string
  /** 商户AppID */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户AppID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 商户数据 */
  attach?: string
  /** 支付完成时间 */
  success_time?: string
  /** 支付者 */
  payer?: {
    /** 商户AppID下的用户标识 */
    openid?: string
    /** 子商户AppID下的用户标识 */
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
  device_info: {
    /** 设备号 */
    device_id?: string
    /** 商户端设备IP */
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

/** 微信支付订单号查单: the options of `GET /v3/eduschoolpay/transactions/id/{transaction_id}`. */
export interface EduschoolpayTransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 微信支付订单号查单: what `GET /v3/eduschoolpay/transactions/id/{transaction_id}` answers. */
export type EduschoolpayTransactionsByTransactionIdGetResponse = {
  /** 商户号 */
  mchid: string
  /** 商户appid */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户appid */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 商户数据 */
  attach?: string
  /** 支付完成时间 */
  success_time?: string
  /** 支付者 */
  payer: {
    /** 商户appid下的用户标识 */
    openid: string
    /** 子商户appid下的用户标识 */
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
    currency: string
  }
  /** 设备信息 */
  device_info: {
    /** 设备号 */
    device_id?: string
    /** 商户端设备ip */
    device_ip: string
  }
  /** 优惠详情 */
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
    amount?: number
    /** 活动ID */
    stock_id: string
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 商户订单号查单: the options of `GET /v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}`. */
export interface EduschoolpayTransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query?: {
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 商户订单号查单: what `GET /v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}` answers. */
export type EduschoolpayTransactionsByOutTradeNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** 商户appid */
  appid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户appid */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 交易类型 */
  trade_type?: string
  /** 交易状态 */
  trade_state: string
  /** 交易状态描述 */
  trade_state_desc?: string
  /** 付款银行 */
  bank_type?: string
  /** 商户数据 */
  attach?: string
  /** 支付完成时间 */
  success_time?: string
  /** 支付者 */
  payer: {
    /** 商户appid下的用户标识 */
    openid: string
    /** 子商户appid下的用户标识 */
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
    currency: string
  }
  /** 设备信息 */
  device_info: {
    /** 设备号 */
    device_id?: string
    /** 商户端设备ip */
    device_ip: string
  }
  /** 优惠详情 */
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
    amount?: number
    /** 活动ID */
    stock_id: string
    /** 微信出资 */
    wechatpay_contribute?: number
    /** 商户出资 */
    merchant_contribute?: number
    /** 其他出资 */
    other_contribute?: number
  }[]
}

/** 查询用户签约列表: the options of `GET /v3/eduschoolpay/users/{openid}/contracts`. */
export interface EduschoolpayUsersByOpenidContractsGetOptions extends RouteCallOptions {
  params: {
    /** 商户appid下的用户标识 */
    openid: string
  }
  query: {
    /** 签约模板号 */
    plan_id: string
    /** 签约状态 */
    contract_status: string
    /** 分页页码 */
    offset?: number
    /** 分页大小 */
    limit?: number
  }
}

/** 查询用户签约列表: what `GET /v3/eduschoolpay/users/{openid}/contracts` answers. */
export type EduschoolpayUsersByOpenidContractsGetResponse = {
  /** 查询结果列表 */
  data?: {
    /** 签约协议号 */
    contract_id: string
    /** 商户号 */
    mchid: string
    /** 商户appid */
    appid: string
    /** 商户appid下的用户标识 */
    openid: string
    /** 签约模板号 */
    plan_id: string
    /** 签约状态 */
    contract_status: string
    /** 签约时间 */
    create_time: string
    /** 外部签约号 */
    out_contract_code: string
  }[]
  /** 请求资源起始位置 */
  offset: number
  /** 最大资源条数 */
  limit: number
  /** 资源总条数 */
  total_count: number
  /** 相关链接 */
  links: {
    /** 下一页链接 */
    next?: string
    /** 上一页链接 */
    prev?: string
    /** 当前链接 */
    self: string
  }
}

/** 商户查询用户欠款状态: the options of `GET /v3/eduschoolpay/users/{openid}/debt-state`. */
export interface EduschoolpayUsersByOpenidDebtStateGetOptions extends RouteCallOptions {
  params: {
    /** 商户appid下的用户标识 */
    openid: string
  }
}

/** 商户查询用户欠款状态: what `GET /v3/eduschoolpay/users/{openid}/debt-state` answers. */
export type EduschoolpayUsersByOpenidDebtStateGetResponse = {
  /** 商户appid */
  appid: string
  /** 商户appid下的用户标识 */
  openid: string
  /** 用户状态 */
  state: string
  /** 当前用户欠款笔数 */
  debt_count: number
  /** 用户欠款状态更新时间 */
  update_time: string
}
