// funds-to-oversea: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 获取购付汇账单文件下载链接: the options of `GET /v3/funds-to-oversea/bill-download-url`. */
export interface FundsToOverseaBillDownloadUrlGetOptions extends RouteCallOptions {
  query: {
    /** 账单日期 */
    bill_date: string
    /** 子商户号 */
    sub_mchid?: string
  }
}

/** 获取购付汇账单文件下载链接: what `GET /v3/funds-to-oversea/bill-download-url` answers. */
export type FundsToOverseaBillDownloadUrlGetResponse = {
  /** 哈希类型 */
  hash_type: string
  /** 哈希值 */
  hash_value: string
  /** 下载地址 */
  download_url: string
}

export interface FundsToOverseaOrdersPostJson {
  /** 商户出境单号 */
  out_order_id: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 出境金额 */
  amount: number
  /** 境外收款币种 */
  foreign_currency: string
  /** 商品信息 */
  goods_info?: readonly {
    /** 商品名称 */
    goods_name: string
    /** 商品类目 */
    goods_category: string
    /** 商品单价 */
    goods_unit_price: number
    /** 商品数量 */
    goods_quantity: number
  }[]
  /** 卖家信息 */
  seller_info: {
    /** 境外卖家经营主体名称 */
    oversea_business_name: string
    /** 境外卖家店铺名称 */
    oversea_shop_name: string
    /** 卖家ID */
    seller_id: string
  }
  /** 物流信息 */
  express_info: {
    /** 物流单号 */
    courier_number: string
    /** 物流商名称 */
    express_company_name: string
  }
  /** 收款人信息 */
  payee_info: {
    /** 收款人识别号 */
    payee_id: string
  }
  /** 预售信息 */
  presale_info?: {
    /** 订单类型 */
    type: 'DEPOSIT' | 'BALANCE'
    /** 预售订单总金额 */
    total_amount: number
    /** 关联定金订单号 */
    deposit_transaction_id?: string
    /** 关联尾款订单号 */
    balance_transaction_id?: string
  }
}

/** 申请资金出境: the options of `POST /v3/funds-to-oversea/orders`. */
export interface FundsToOverseaOrdersPostOptions extends RouteCallOptions {
  json: FundsToOverseaOrdersPostJson
}

/** 申请资金出境: what `POST /v3/funds-to-oversea/orders` answers. */
export type FundsToOverseaOrdersPostResponse = {
  /** 商户出境单号 */
  out_order_id: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信出境单号 */
  order_id: string
  /** 出境结果 */
  result: string
  /** 出境失败的原因 */
  fail_reason?: string
  /** 请求出境人民币金额 */
  amount: number
  /** 真实出境外币金额 */
  foreign_amount?: number
  /** 外币币种 */
  foreign_currency: string
  /** 汇率 */
  rate?: number
  /** 购汇时间 */
  exchange_rate_time?: string
  /** 预计购汇时间 */
  estimate_exchange_rate_time?: string
  /** 真实出境人民币金额 */
  departure_amount?: number
  /** 手续费人民币金额 */
  fee?: number
  /** 手续费承担商户号 */
  charge_mchid?: string
  /** 手续费承担账户 */
  charge_account_type?: string
}

/** 查询出境结果: the options of `GET /v3/funds-to-oversea/orders/{out_order_id}`. */
export interface FundsToOverseaOrdersByOutOrderIdGetOptions extends RouteCallOptions {
  params: {
    /** 商户出境单号 */
    out_order_id: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
    /** 微信支付订单号 */
    transaction_id: string
  }
}

/** 查询出境结果: what `GET /v3/funds-to-oversea/orders/{out_order_id}` answers. */
export type FundsToOverseaOrdersByOutOrderIdGetResponse = {
  /** 商户出境单号 */
  out_order_id: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信出境单号 */
  order_id: string
  /** 出境结果 */
  result: string
  /** 出境失败的原因 */
  fail_reason?: string
  /** 请求出境人民币金额 */
  amount: number
  /** 真实出境外币金额 */
  foreign_amount?: number
  /** 外币币种 */
  foreign_currency: string
  /** 汇率 */
  rate?: number
  /** 购汇时间 */
  exchange_rate_time?: string
  /** 预计购汇时间 */
  estimate_exchange_rate_time?: string
  /** 真实出境人民币金额 */
  departure_amount?: number
  /** 手续费人民币金额 */
  fee?: number
  /** 手续费承担商户号 */
  charge_mchid?: string
  /** 手续费承担账户 */
  charge_account_type?: string
}

export interface FundsToOverseaReturnReturnOrdersPostJson {
  /** 商户出境退回单号 */
  out_return_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 商户出境单号 */
  out_order_id: string
  /** 微信订单号 */
  transaction_id: string
  /** 退回凭证补充信息 */
  supplement_info: string
  /** 退回金额 */
  amount: number
}

/** 申请资金出境退回: the options of `POST /v3/funds-to-oversea/return/return-orders`. */
export interface FundsToOverseaReturnReturnOrdersPostOptions extends RouteCallOptions {
  json: FundsToOverseaReturnReturnOrdersPostJson
}

/** 申请资金出境退回: what `POST /v3/funds-to-oversea/return/return-orders` answers. */
export type FundsToOverseaReturnReturnOrdersPostResponse = {
  /** 商户出境退回单号 */
  out_return_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信出境退回单号 */
  return_id: string
  /** 商户出境单号 */
  out_order_id: string
  /** 微信订单号 */
  transaction_id: string
  /** 退回凭证补充信息 */
  supplement_info?: string
  /** 退回金额 */
  amount: number
  /** 出境退回状态 */
  state: 'PROCESSING' | 'SUCCESS' | 'FAILED' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 成功时间 */
  success_time?: string
  /** 失败原因 */
  fail_reason?: 'RETURN_AMOUNT_NOT_ENOUGH' | (string & {})
}

/** 查询出境退回结果（通过商户出境退回单号）: the options of `GET /v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}`. */
export interface FundsToOverseaReturnReturnOrdersByOutReturnNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户出境单号 */
    out_return_no: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询出境退回结果（通过商户出境退回单号）: what `GET /v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}` answers. */
export type FundsToOverseaReturnReturnOrdersByOutReturnNoGetResponse = {
  /** 商户出境退回单号 */
  out_return_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信出境退回单号 */
  return_id: string
  /** 商户出境单号 */
  out_order_id: string
  /** 微信订单号 */
  transaction_id: string
  /** 微信退款单号 */
  refund_id: string
  /** 退回金额 */
  amount: number
  /** 出境退回状态 */
  state: 'PROCESSING' | 'SUCCESS' | 'FAILED' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 成功时间 */
  success_time?: string
  /** 失败原因 */
  fail_reason?: string
}

/** 查询订单剩余可出境余额: the options of `GET /v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts`. */
export interface FundsToOverseaTransactionsByTransactionIdAvailableAbroadAmountsGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付订单号 */
    transaction_id: string
  }
  query: {
    /** 二级商户号 */
    sub_mchid: string
  }
}

/** 查询订单剩余可出境余额: what `GET /v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts` answers. */
export type FundsToOverseaTransactionsByTransactionIdAvailableAbroadAmountsGetResponse = {
  /** 微信支付订单号 */
  transaction_id: string
  /** 订单剩余可出境金额 */
  available_abroad_amount: number
}
