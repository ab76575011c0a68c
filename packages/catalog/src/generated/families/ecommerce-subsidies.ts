// ecommerce/subsidies: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface EcommerceSubsidiesCancelPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 取消补差描述 */
  description: string
}

/** 取消补差: the options of `POST /v3/ecommerce/subsidies/cancel`. */
export interface EcommerceSubsidiesCancelPostOptions extends RouteCallOptions {
  json: EcommerceSubsidiesCancelPostJson
}

/** 取消补差: what `POST /v3/ecommerce/subsidies/cancel` answers. */
export type EcommerceSubsidiesCancelPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 取消补差结果 */
  result: string
  /** 取消补差描述 */
  description: string
}

export interface EcommerceSubsidiesCreatePostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 补差金额 */
  amount: number
  /** 补差描述 */
  description: string
  /** 微信退款单号 */
  refund_id?: string
  /** 商户补差单号 */
  out_subsidy_no?: string
}

/** 请求补差: the options of `POST /v3/ecommerce/subsidies/create`. */
export interface EcommerceSubsidiesCreatePostOptions extends RouteCallOptions {
  json: EcommerceSubsidiesCreatePostJson
}

/** 请求补差: what `POST /v3/ecommerce/subsidies/create` answers. */
export type EcommerceSubsidiesCreatePostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 微信补差单号 */
  subsidy_id: string
  /** 补差描述 */
  description: string
  /** 补差金额 */
  amount: number
  /** 补差单结果 */
  result: string
  /** 补差完成时间 */
  success_time: string
}

export interface EcommerceSubsidiesReturnPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户补差回退单号 */
  out_order_no: string
  /** 微信订单号 */
  transaction_id: string
  /** 微信退款单号 */
  refund_id: string
  /** 补差回退金额 */
  amount: number
  /** 补差回退描述 */
  description: string
  /** 微信补差单号 */
  subsidy_id?: string
  /** 回退出资账户及金额 */
  from?: readonly {
    /** 出资账户类型 */
    account?: 'AVAILABLE' | 'UNAVAILABLE'
    /** 出资金额 */
    amount?: number
  }[]
}

/** 请求补差回退: the options of `POST /v3/ecommerce/subsidies/return`. */
export interface EcommerceSubsidiesReturnPostOptions extends RouteCallOptions {
  json: EcommerceSubsidiesReturnPostJson
}

/** 请求补差回退: what `POST /v3/ecommerce/subsidies/return` answers. */
export type EcommerceSubsidiesReturnPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 微信补差回退单号 */
  subsidy_refund_id: string
  /** 微信退款单号 */
  refund_id: string
  /** 商户补差回退单号 */
  out_order_no: string
  /** 补差回退金额 */
  amount: number
  /** 补差回退描述 */
  description: string
  /** 补差回退结果 */
  result: string
  /** 补差回退完成时间 */
  success_time: string
}
