// industry-rebate: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface IndustryRebateRetailIndustryTransactionsPostJson {
  /** 品牌ID */
  brand_id?: string
  /** 微信支付订单号 */
  transaction_id?: string
  /** 商户订单号 */
  out_trade_no: string
  /** 子商户号 */
  sub_mchid: string
  /** 设备号 */
  device_id?: string
  /** 单品列表 */
  goods_detail?: readonly {
    /** 商品编码 */
    barcode: string
    /** 商家商品编码 */
    merchant_goods_id?: string
    /** 商品名称 */
    goods_name: string
    /** 商品数量 */
    quantity: number
    /** 商品单价 */
    price: number
  }[]
}

/** 回传SN和商品编码: the options of `POST /v3/industry-rebate/retail-industry/transactions`. */
export interface IndustryRebateRetailIndustryTransactionsPostOptions extends RouteCallOptions {
  json: IndustryRebateRetailIndustryTransactionsPostJson
}

/** 回传SN和商品编码: what `POST /v3/industry-rebate/retail-industry/transactions` answers. */
export type IndustryRebateRetailIndustryTransactionsPostResponse = undefined

export interface IndustryRebateTransactionsByTransactionIdPostJson {
  /** 子商户 */
  sub_mchid: string
  /** 收款链接url */
  code_url: string
  /** 商户订单号 */
  out_trade_no: string
}

/** 支付码牌/点餐码牌交易回传: the options of `POST /v3/industry-rebate/transactions/{transaction_id}`. */
export interface IndustryRebateTransactionsByTransactionIdPostOptions extends RouteCallOptions {
  params: {
    /** 商户提现单号 */
    transaction_id: string
  }
  json: IndustryRebateTransactionsByTransactionIdPostJson
}

/** 支付码牌/点餐码牌交易回传: what `POST /v3/industry-rebate/transactions/{transaction_id}` answers. */
export type IndustryRebateTransactionsByTransactionIdPostResponse = undefined
