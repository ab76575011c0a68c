// transactions: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface TransactionsAppPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** APP支付下单: the options of `POST /v3/transactions/app`. */
export interface TransactionsAppPostOptions extends RouteCallOptions {
  json: TransactionsAppPostJson
}

/** APP支付下单: what `POST /v3/transactions/app` answers. */
export type TransactionsAppPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

/** 查询订单(微信支付订单号): the options of `GET /v3/transactions/id/{transaction_id}`. */
export interface TransactionsByTransactionIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query: {
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询订单(微信支付订单号): what `GET /v3/transactions/id/{transaction_id}` answers. */
export type TransactionsByTransactionIdGetResponse = {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | (string & {})
  /** 付款银行 */
  bank_type: string
  /** 支付完成时间 */
  success_time: string
  /** 交易状态 */
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | (string & {})
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 机构用户标识 */
    sp_openid?: string
    /** 子商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total: number
    /** 订单标价币种 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 优惠币种 */
    currency: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wxpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

export interface TransactionsByTransactionIdClosePostJson {
  /** 直连商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构商户号 */
  sp_mchid?: string
}

/** 关闭订单(微信支付订单号): the options of `POST /v3/transactions/id/{transaction_id}/close`. */
export interface TransactionsByTransactionIdClosePostOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  json: TransactionsByTransactionIdClosePostJson
}

/** 关闭订单(微信支付订单号): what `POST /v3/transactions/id/{transaction_id}/close` answers. */
export type TransactionsByTransactionIdClosePostResponse = undefined

export interface TransactionsByTransactionIdReversePostJson {
  /** 商户号 */
  mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
}

/** 撤销订单(微信支付订单号): the options of `POST /v3/transactions/id/{transaction_id}/reverse`. */
export interface TransactionsByTransactionIdReversePostOptions extends RouteCallOptions {
  params: {
    /** 微信订单号 */
    transaction_id: string
  }
  json: TransactionsByTransactionIdReversePostJson
}

/** 撤销订单(微信支付订单号): what `POST /v3/transactions/id/{transaction_id}/reverse` answers. */
export type TransactionsByTransactionIdReversePostResponse = undefined

export interface TransactionsJsapiPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** 小程序/公众号支付下单: the options of `POST /v3/transactions/jsapi`. */
export interface TransactionsJsapiPostOptions extends RouteCallOptions {
  json: TransactionsJsapiPostJson
}

/** 小程序/公众号支付下单: what `POST /v3/transactions/jsapi` answers. */
export type TransactionsJsapiPostResponse = {
  /** 预支付交易会话标识 */
  prepay_id: string
}

export interface TransactionsMicropayPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 授权码 */
    auth_code: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** 提交付款码支付: the options of `POST /v3/transactions/micropay`. */
export interface TransactionsMicropayPostOptions extends RouteCallOptions {
  json: TransactionsMicropayPostJson
}

/** 提交付款码支付: what `POST /v3/transactions/micropay` answers. */
export type TransactionsMicropayPostResponse = {
  /** 微信支付订单号 */
  id: string
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | (string & {})
  /** 交易状态 */
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | (string & {})
  /** 交易状态描述 */
  trade_state_desc: string
  /** 付款银行 */
  bank_type: string
  /** 商户数据 */
  attach?: string
  /** 支付完成时间 */
  success_time: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 货币类型 */
    currency?: string
    /** 用户支付金额 */
    payer_total: number
    /** 支付货币类型 */
    'payer _currency'?: string
    /** 汇率 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 货币类型 */
    currency?: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wechatpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

export interface TransactionsMwebPostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** H5支付下单: the options of `POST /v3/transactions/mweb`. */
export interface TransactionsMwebPostOptions extends RouteCallOptions {
  json: TransactionsMwebPostJson
}

/** H5支付下单: what `POST /v3/transactions/mweb` answers. */
export type TransactionsMwebPostResponse = {
  /** 支付跳转链接 */
  mweb_url: string
}

export interface TransactionsNativePostJson {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商品描述 */
  description: string
  /** 商户数据 */
  attach?: string
  /** 通知地址 */
  notify_url: string
  /** 商户订单号 */
  out_trade_no: string
  /** 商品标记 */
  goods_tag?: string
  /** 交易类型 */
  trade_type: string
  /** 指定支付方式 */
  limit_pay?: string
  /** 交易起始时间 */
  time_start?: string
  /** 交易结束时间 */
  time_expire?: string
  /** MCC码 */
  merchant_category_code: string
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string
    /** 用户标识（机构） */
    sp_openid?: string
    /** 用户标识（特约商户） */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number
    /** 货币类型 */
    currency?: string
  }
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string
    /** 商户端设备IP */
    device_ip?: string
    /** 用户终端IP */
    payer_client_ip?: string
    /** 操作员ID */
    operator_id?: string
    /** 商户门店信息 */
    store_info?: {
      /** 编号 */
      id?: string
      /** 名称 */
      name: string
      /** 详细地址 */
      address: string
    }
  }
  /** 优惠功能 */
  detail?: readonly {
    /** 订单原价 */
    cost_price?: number
    /** 商品小票ID */
    receipt_id?: string
    /** 单品列表 */
    goods_detail?: readonly {
      /** 商品编码 */
      goods_id: string
      /** 微信侧商品编码 */
      wxpay_goods_id?: string
      /** 商品名称 */
      goods_name?: string
      /** 商品数量 */
      quantity: number
      /** 商品单价 */
      price: number
    }[]
  }[]
}

/** 扫码支付下单: the options of `POST /v3/transactions/native`. */
export interface TransactionsNativePostOptions extends RouteCallOptions {
  json: TransactionsNativePostJson
}

/** 扫码支付下单: what `POST /v3/transactions/native` answers. */
export type TransactionsNativePostResponse = {
  /** 二维码链接 */
  code_url: string
}

/** 查询订单(商户订单号): the options of `GET /v3/transactions/out-trade-no/{out_trade_no}`. */
export interface TransactionsByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  query: {
    /** 商户号 */
    mchid: string
    /** 子商户号 */
    sub_mchid: string
    /** 机构商户号 */
    sp_mchid: string
  }
}

/** 查询订单(商户订单号): what `GET /v3/transactions/out-trade-no/{out_trade_no}` answers. */
export type TransactionsByOutTradeNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** APPID */
  appid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 机构APPID */
  sp_appid: string
  /** 子商户APPID */
  sub_appid?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信支付订单号 */
  id: string
  /** 商户数据 */
  attach?: string
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | (string & {})
  /** 付款银行 */
  bank_type: string
  /** 支付完成时间 */
  success_time: string
  /** 交易状态 */
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | (string & {})
  /** 交易状态描述 */
  trade_state_desc: string
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string
    /** 机构用户标识 */
    sp_openid?: string
    /** 子商户用户标识 */
    sub_openid?: string
  }
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number
    /** 用户支付金额 */
    payer_total: number
    /** 订单标价币种 */
    currency: string
    /** 用户支付币种 */
    payer_currency: string
    /** 汇率信息 */
    exchange_rate?: {
      /** 汇率类型 */
      type?: 'SETTLEMENT_RATE' | (string & {})
      /** 汇率值 */
      rate?: number
    }
  }
  /** 优惠功能 */
  promotion_detail?: {
    /** 券ID */
    promotion_id: string
    /** 优惠名称 */
    name?: string
    /** 优惠范围 */
    scope?: 'GLOBAL' | 'SINGLE' | (string & {})
    /** 优惠类型 */
    type?: 'COUPON' | 'DISCOUNT' | (string & {})
    /** 优惠券面额 */
    amount: number
    /** 优惠币种 */
    currency: string
    /** 活动ID */
    activity_id?: string
    /** 微信出资 */
    wxpay_contribute_amount?: number
    /** 商户出资 */
    merchant_contribute_amount?: number
    /** 其他出资 */
    other_contribute_amount?: number
    /** 单品列表 */
    goods_detail?: {
      /** 商品编码 */
      goods_id: string
      /** 商品备注 */
      goods_remark?: string
      /** 商品优惠金额 */
      discount_amount: number
      /** 商品数量 */
      quantity: number
      /** 商品价格 */
      price: number
    }[]
  }[]
}

export interface TransactionsByOutTradeNoClosePostJson {
  /** 直连商户号 */
  mchid: string
  /** 子商户号 */
  sub_mchid?: string
  /** 机构商户号 */
  sp_mchid?: string
}

/** 关闭订单(商户订单号): the options of `POST /v3/transactions/out-trade-no/{out_trade_no}/close`. */
export interface TransactionsByOutTradeNoClosePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  json: TransactionsByOutTradeNoClosePostJson
}

/** 关闭订单(商户订单号): what `POST /v3/transactions/out-trade-no/{out_trade_no}/close` answers. */
export type TransactionsByOutTradeNoClosePostResponse = undefined

export interface TransactionsByOutTradeNoReversePostJson {
  /** 商户号 */
  mchid: string
  /** 机构商户号 */
  sp_mchid: string
  /** 子商户号 */
  sub_mchid: string
}

/** 撤销订单(商户订单号): the options of `POST /v3/transactions/out-trade-no/{out_trade_no}/reverse`. */
export interface TransactionsByOutTradeNoReversePostOptions extends RouteCallOptions {
  params: {
    /** 商户订单号 */
    out_trade_no: string
  }
  json: TransactionsByOutTradeNoReversePostJson
}

/** 撤销订单(商户订单号): what `POST /v3/transactions/out-trade-no/{out_trade_no}/reverse` answers. */
export type TransactionsByOutTradeNoReversePostResponse = undefined
