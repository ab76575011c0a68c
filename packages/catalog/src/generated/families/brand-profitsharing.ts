// brand/profitsharing: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询最大分账比例: the options of `GET /v3/brand/profitsharing/brand-configs/{brand_mchid}`. */
export interface BrandProfitsharingBrandConfigsByBrandMchidGetOptions extends RouteCallOptions {
  params: {
    /** 品牌主商户号 */
    brand_mchid: string
  }
}

/** 查询最大分账比例: what `GET /v3/brand/profitsharing/brand-configs/{brand_mchid}` answers. */
export type BrandProfitsharingBrandConfigsByBrandMchidGetResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 最大分账比例 */
  max_ratio: number
}

export interface BrandProfitsharingFinishOrderPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分帐单号 */
  out_order_no: string
  /** 分账描述 */
  description: string
}

/** 完结分账: the options of `POST /v3/brand/profitsharing/finish-order`. */
export interface BrandProfitsharingFinishOrderPostOptions extends RouteCallOptions {
  json: BrandProfitsharingFinishOrderPostJson
}

/** 完结分账: what `POST /v3/brand/profitsharing/finish-order` answers. */
export type BrandProfitsharingFinishOrderPostResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分帐单号 */
  out_order_no: string
  /** 微信分帐单号 */
  order_id: string
}

/** 查询分账结果: the options of `GET /v3/brand/profitsharing/orders`. */
export interface BrandProfitsharingOrdersGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid: string
    /** 微信订单号 */
    transaction_id: string
    /** 商户分账单号 */
    out_order_no: string
  }
}

/** 查询分账结果: what `GET /v3/brand/profitsharing/orders` answers. */
export type BrandProfitsharingOrdersGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  status: 'PROCESSING' | 'FINISHED' | (string & {})
  /** 分账接收方列表 */
  receivers: {
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 分账接收方账号 */
    account: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账结果 */
    result: 'PENDING' | 'SUCEESS' | 'CLOSED' | (string & {})
    /** 完成时间 */
    finish_time: string
    /** 分账失败原因 */
    fail_reason?: 'ACCOUNT_ABNORMAL' | 'NO_RELATION' | 'RECEIVER_HIGH_RISK' | 'RECEIVER_REAL_NAME_NOT_VERIFIED' | 'NO_AUTH' | 'RECEIVER_RECEIPT_LIMIT' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
    /** 分账明细单号 */
    detail_id: string
  }[]
  /** 分账完结金额 */
  finish_amount?: number
  /** 分账完结描述 */
  finish_description?: string
}

export interface BrandProfitsharingOrdersPostJson {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 公众账号ID */
  appid: string
  /** 子商户公众账号ID */
  sub_appid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 分账接收方列表 */
  receivers: readonly {
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
    /** 分账接收方账号 */
    account: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账个人接收方姓名 (encrypt with `client.encrypt()`) */
    name?: Encrypted
  }[]
  /** 是否分账完成 */
  finish: boolean
}

/** 请求分账: the options of `POST /v3/brand/profitsharing/orders`. */
export interface BrandProfitsharingOrdersPostOptions extends RouteCallOptions {
  json: BrandProfitsharingOrdersPostJson
}

/** 请求分账: what `POST /v3/brand/profitsharing/orders` answers. */
export type BrandProfitsharingOrdersPostResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 子商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账接收方列表 */
  receivers?: {
    /** 接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 接收方账号 */
    account: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账结果 */
    result: 'PENDING' | 'SUCCESS' | 'CLOSED' | (string & {})
    /** 分账完成时间 */
    finish_time: string
    /** 分账失败原因 */
    fail_reason?: 'ACCOUNT_ABNORMAL' | 'NO_RELATION' | 'RECEIVER_HIGH_RISK' | 'RECEIVER_REAL_NAME_NOT_VERIFIED' | 'NO_AUTH' | 'RECEIVER_RECEIPT_LIMIT' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
    /** 分账明细单号 */
    detail_id: string
  }[]
  /** 分账单状态 */
  status?: 'PROCESSING' | 'FINISHED' | (string & {})
}

/** 查询订单剩余待分金额: the options of `GET /v3/brand/profitsharing/orders/{transaction_id}/amounts`. */
export interface BrandProfitsharingOrdersByTransactionIdAmountsGetOptions extends RouteCallOptions {
  params: {
    /** 微信订单号 */
    transaction_id: string
  }
}

/** 查询订单剩余待分金额: what `GET /v3/brand/profitsharing/orders/{transaction_id}/amounts` answers. */
export type BrandProfitsharingOrdersByTransactionIdAmountsGetResponse = {
  /** 微信订单号 */
  transaction_id: string
  /** 订单剩余待分金额 */
  unsplit_amount: number
}

export interface BrandProfitsharingReceiversAddPostJson {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 公众账号ID */
  appid: string
  /** 子商户公众账号ID */
  sub_appid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
  /** 分账接收方账号 */
  account: string
  /** 接收方名称 */
  name?: string
  /** 与品牌主商户的的关系类型 */
  relation_type: 'SUPPLIER' | 'DISTRIBUTOR' | 'SERVICE_PROVIDER' | 'PLATFORM' | 'STAFF' | 'OTHERS'
}

/** 添加分账接收方: the options of `POST /v3/brand/profitsharing/receivers/add`. */
export interface BrandProfitsharingReceiversAddPostOptions extends RouteCallOptions {
  json: BrandProfitsharingReceiversAddPostJson
}

/** 添加分账接收方: what `POST /v3/brand/profitsharing/receivers/add` answers. */
export type BrandProfitsharingReceiversAddPostResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
  /** 分账接收方账号 */
  account: string
}

export interface BrandProfitsharingReceiversDeletePostJson {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 公众账号ID */
  appid: string
  /** 子商户公众账号ID */
  sub_appid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
  /** 分账接收方账号 */
  account: string
}

/** 删除分账接收方: the options of `POST /v3/brand/profitsharing/receivers/delete`. */
export interface BrandProfitsharingReceiversDeletePostOptions extends RouteCallOptions {
  json: BrandProfitsharingReceiversDeletePostJson
}

/** 删除分账接收方: what `POST /v3/brand/profitsharing/receivers/delete` answers. */
export type BrandProfitsharingReceiversDeletePostResponse = {
  /** 品牌主商户号 */
  brand_mchid: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
  /** 分账接收方账号 */
  account: string
}

/** 查询分账回退结果: the options of `GET /v3/brand/profitsharing/returnorders`. */
export interface BrandProfitsharingReturnordersGetOptions extends RouteCallOptions {
  query: {
    /** 子商户号 */
    sub_mchid: string
    /** 商户回退单号 */
    out_return_no: string
    /** 微信分帐单号 */
    order_id?: string
    /** 商户分账单号 */
    out_order_no?: string
  }
}

/** 查询分账回退结果: what `GET /v3/brand/profitsharing/returnorders` answers. */
export type BrandProfitsharingReturnordersGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 微信分账单号 */
  order_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 商户回退单号 */
  out_return_no: string
  /** 回退商户号 */
  return_mchid: string
  /** 微信回退单号 */
  return_no: string
  /** 回退金额 */
  amount: number
  /** 回退结果 */
  result: 'PROCESSING' | 'SUCCESS' | 'FAIL' | (string & {})
  /** 失败原因 */
  fail_reason?: 'ACCOUNT_ABNORMAL' | 'TIME_OUT_CLOSED' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
  /** 完成时间 */
  finish_time: string
}

export interface BrandProfitsharingReturnordersPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 微信分账单号 */
  order_id?: string
  /** 商户分账单号 */
  out_order_no?: string
  /** 商户回退单号 */
  out_return_no: string
  /** 回退商户号 */
  return_mchid: string
  /** 回退金额 */
  amount: number
  /** 回退描述 */
  description: string
}

/** 请求分账回退: the options of `POST /v3/brand/profitsharing/returnorders`. */
export interface BrandProfitsharingReturnordersPostOptions extends RouteCallOptions {
  json: BrandProfitsharingReturnordersPostJson
}

/** 请求分账回退: what `POST /v3/brand/profitsharing/returnorders` answers. */
export type BrandProfitsharingReturnordersPostResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 微信分账单号 */
  order_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 商户回退单号 */
  out_return_no: string
  /** 回退商户号 */
  return_mchid: string
  /** 回退金额 */
  amount: number
  /** 微信回退单号 */
  return_no: string
  /** 回退结果 */
  result: 'PROCESSING' | 'SUCCESS' | 'FAIL' | (string & {})
  /** 失败原因 */
  fail_reason?: 'ACCOUNT_ABNORMAL' | 'TIME_OUT_CLOSED' | 'PAYER_ACCOUNT_ABNORMAL' | (string & {})
  /** 完成时间 */
  finish_time: string
}
