// customs: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 报关查询: the options of `GET /v3/customs/orders`. */
export interface CustomsOrdersGetOptions extends RouteCallOptions {
  query: {
    /** 机构APPID */
    appid: string
    /** 商户号 */
    mchid: string
    /** 订单类型 */
    order_type: 'out_trade_no' | 'transaction_id' | 'sub_order_no' | 'sub_order_id'
    /** 订单号 */
    order_no: string
    /** 海关 */
    customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
    /** 偏移量 */
    offset?: number
    /** 请求最大记录条数 */
    limit?: number
  }
}

/** 报关查询: what `GET /v3/customs/orders` answers. */
export type CustomsOrdersGetResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 核验机构 */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS' | (string & {})
  /** 核验机构流水号 */
  verify_department_trade_id: string
  /** 偏移量 */
  offset: number
  /** 请求最大记录条数 */
  limit: number
  /** 查询结果总条数 */
  total_count: number
  /** 报关数据包 */
  data: {
    /** 商户子单号 */
    sub_order_no?: string
    /** 微信子单号 */
    sub_order_id?: string
    /** 商户海关备案号 */
    mch_customs_no?: string
    /** 海关代码 */
    customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN' | (string & {})
    /** 币种 */
    fee_type?: string
    /** 子单金额 */
    order_fee?: number
    /** 关税 */
    duty?: number
    /** 物流费用 */
    transport_fee?: number
    /** 商品费用 */
    product_fee?: number
    /** 报关状态 */
    state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
    /** 报关结果说明 */
    explanation?: string
    /** 最后更新时间 */
    modify_time: string
  }[]
}

export interface CustomsOrdersPatchJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 海关编码 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
  /** 关税 */
  duty?: number
  /** 子订单金额 */
  order_fee?: number
  /** 物流费用 */
  transport_fee?: number
  /** 商品费用 */
  product_fee?: number
}

/** 报关信息修改: the options of `PATCH /v3/customs/orders`. */
export interface CustomsOrdersPatchOptions extends RouteCallOptions {
  json: CustomsOrdersPatchJson
}

/** 报关信息修改: what `PATCH /v3/customs/orders` answers. */
export type CustomsOrdersPatchResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 报关状态 */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 微信子订单号 */
  sub_order_id?: string
  /** 最后更新时间 */
  modify_time: string
  /** 核验机构 */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS' | (string & {})
  /** 核验机构流水号 */
  verify_department_trade_id: string
}

export interface CustomsOrdersPostJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 海关 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
  /** 关税 */
  duty?: number
  /** 商户子订单号 */
  sub_order_no?: string
  /** 货币类型 */
  fee_type?: string
  /** 子订单金额 */
  order_fee?: number
  /** 物流费用 */
  transport_fee?: number
  /** 商品费用 */
  product_fee?: number
}

/** 报关: the options of `POST /v3/customs/orders`. */
export interface CustomsOrdersPostOptions extends RouteCallOptions {
  json: CustomsOrdersPostJson
}

/** 报关: what `POST /v3/customs/orders` answers. */
export type CustomsOrdersPostResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 报关状态 */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 微信子订单号 */
  sub_order_id?: string
  /** 核验机构 */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS' | (string & {})
  /** 核验机构交易流水号 */
  verify_department_trade_id: string
}

export interface CustomsRedeclarePostJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no?: string
  /** 微信订单号 */
  transaction_id?: string
  /** 商户子单号 */
  sub_order_no?: string
  /** 微信子单号 */
  sub_order_id?: string
  /** 海关编码 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
}

/** 报关重推: the options of `POST /v3/customs/redeclare`. */
export interface CustomsRedeclarePostOptions extends RouteCallOptions {
  json: CustomsRedeclarePostJson
}

/** 报关重推: what `POST /v3/customs/redeclare` answers. */
export type CustomsRedeclarePostResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 报关状态 */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT' | (string & {})
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 微信子订单号 */
  sub_order_id?: string
  /** 最后更新时间 */
  modify_time: string
  /** 申报结果说明 */
  explanation?: string
}

export interface CustomsVerifyCertificatePostJson {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户子订单号 */
  sub_order_no?: string
  /** 海关 */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN'
  /** 商户海关备案号 */
  merchant_customs_no: string
  /** 证件类型 */
  certificate_type: 'IDCARD'
  /** 证件号 (encrypt with `client.encrypt()`) */
  certificate_id: Encrypted
  /** 证件姓名 (encrypt with `client.encrypt()`) */
  certificate_name: Encrypted
}

/** 身份信息校验: the options of `POST /v3/customs/verify-certificate`. */
export interface CustomsVerifyCertificatePostOptions extends RouteCallOptions {
  json: CustomsVerifyCertificatePostJson
}

/** 身份信息校验: what `POST /v3/customs/verify-certificate` answers. */
export type CustomsVerifyCertificatePostResponse = {
  /** 机构APPID */
  appid: string
  /** 商户号 */
  mchid: string
  /** 商户订单号 */
  out_trade_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 身份核验结果 */
  certificate_check_result: 'SAME' | 'DIFFERENT' | (string & {})
}
