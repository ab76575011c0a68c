// profitsharing: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 申请分账账单: the options of `GET /v3/profitsharing/bills`. */
export interface ProfitsharingBillsGetOptions extends RouteCallOptions {
  query: {
    /** 二级商户号 */
    sub_mchid?: string
    /** 账单日期 */
    bill_date: string
    /** 压缩类型 */
    tar_type?: 'GZIP'
  }
}

/** 申请分账账单: what `GET /v3/profitsharing/bills` answers. */
export type ProfitsharingBillsGetResponse = {
  /** 下载地址 */
  download_url: string
  /** 哈希类型 */
  hash_type: 'SHA1' | (string & {})
  /** 哈希值 */
  hash_value: string
}

/** 查询最大分账比例: the options of `GET /v3/profitsharing/merchant-configs/{sub_mchid}`. */
export interface ProfitsharingMerchantConfigsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询最大分账比例: what `GET /v3/profitsharing/merchant-configs/{sub_mchid}` answers. */
export type ProfitsharingMerchantConfigsBySubMchidGetResponse = {
  /** 子商户号 */
  sub_mchid: string
  /** 最大分账比例 */
  max_ratio: number
}

export interface ProfitsharingOrdersPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 应用ID */
  appid?: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 分账接收方列表 */
  receivers?: readonly {
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
    /** 分账接收方帐号 */
    account: string
    /** 分账个人接收方姓名 (encrypt with `client.encrypt()`) */
    name?: Encrypted
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
  }[]
  /** 是否解冻剩余未分资金 */
  unfreeze_unsplit: boolean
}

/** 请求分账: the options of `POST /v3/profitsharing/orders`. */
export interface ProfitsharingOrdersPostOptions extends RouteCallOptions {
  json: ProfitsharingOrdersPostJson
}

/** 请求分账: what `POST /v3/profitsharing/orders` answers. */
export type ProfitsharingOrdersPostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  state: 'PROCESSING' | 'FINISHED' | (string & {})
  /** 分账接收方列表 */
  receivers?: {
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 分账接收方帐号 */
    account: string
    /** 分账结果 */
    result: 'PENDING' | 'SUCCESS' | 'CLOSED' | (string & {})
    /** 分账失败原因 */
    fail_reason?: 'ACCOUNT_ABNORMAL' | 'NO_RELATION' | 'RECEIVER_HIGH_RISK' | 'RECEIVER_REAL_NAME_NOT_VERIFIED' | 'NO_AUTH' | 'RECEIVER_RECEIPT_LIMIT' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
    /** 分账明细单号 */
    detail_id?: string
    /** 分账创建时间 */
    create_time: string
    /** 分账完成时间 */
    finish_time: string
  }[]
}

export interface ProfitsharingOrdersUnfreezePostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 分账描述 */
  description: string
}

/** 解冻剩余资金: the options of `POST /v3/profitsharing/orders/unfreeze`. */
export interface ProfitsharingOrdersUnfreezePostOptions extends RouteCallOptions {
  json: ProfitsharingOrdersUnfreezePostJson
}

/** 解冻剩余资金: what `POST /v3/profitsharing/orders/unfreeze` answers. */
export type ProfitsharingOrdersUnfreezePostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  state: 'PROCESSING' | 'FINISHED' | (string & {})
  /** 分账接收方列表 */
  receivers?: {
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 分账接收方帐号 */
    account: string
    /** 分账结果 */
    result: string
    /** 分账失败原因 */
    fail_reason: 'ACCOUNT_ABNORMAL' | 'NO_RELATION' | 'RECEIVER_HIGH_RISK' | 'RECEIVER_REAL_NAME_NOT_VERIFIED' | 'NO_AUTH' | 'RECEIVER_RECEIPT_LIMIT' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
    /** 分账明细单号 */
    detail_id?: string
    /** 分账创建时间 */
    create_time: string
    /** 分账完成时间 */
    finish_time: string
  }[]
}

/** 查询分账结果: the options of `GET /v3/profitsharing/orders/{out_order_no}`. */
export interface ProfitsharingOrdersByOutOrderNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户分账单号 */
    out_order_no: string
  }
  query: {
    /** 子商户号 */
    sub_mchid?: string
    /** 微信订单号 */
    transaction_id: string
  }
}

/** 查询分账结果: what `GET /v3/profitsharing/orders/{out_order_no}` answers. */
export type ProfitsharingOrdersByOutOrderNoGetResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  state: 'PENDING' | 'SUCCESS' | 'CLOSED' | (string & {})
  /** 分账接收方列表 */
  receivers?: {
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账接收方类型 */
    type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
    /** 分账接收方帐号 */
    account: string
    /** 分账结果 */
    result: 'ACCOUNT_ABNORMAL' | 'NO_RELATION' | 'RECEIVER_HIGH_RISK' | 'RECEIVER_REAL_NAME_NOT_VERIFIED' | 'NO_AUTH' | 'RECEIVER_RECEIPT_LIMIT' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
    /** 分账失败原因 */
    fail_reason?: string
    /** 分账明细单号 */
    detail_id?: string
    /** 分账创建时间 */
    create_time: string
    /** 分账完成时间 */
    finish_time: string
  }[]
}

export interface ProfitsharingReceiversAddPostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
  /** 分账接收方帐号 */
  account: string
  /** 分账个人接收方姓名 (encrypt with `client.encrypt()`) */
  name?: Encrypted
  /** 与分账方的关系类型 */
  relation_type: 'SERVICE_PROVIDER' | 'STORE' | 'STAFF' | 'STORE_OWNER' | 'PARTNER' | 'HEADQUARTER' | 'BRAND' | 'DISTRIBUTOR' | 'USER' | 'SUPPLIER' | 'CUSTOM'
  /** 自定义的分账关系 */
  custom_relation?: string
}

/** 添加分账接收方: the options of `POST /v3/profitsharing/receivers/add`. */
export interface ProfitsharingReceiversAddPostOptions extends RouteCallOptions {
  json: ProfitsharingReceiversAddPostJson
}

/** 添加分账接收方: what `POST /v3/profitsharing/receivers/add` answers. */
export type ProfitsharingReceiversAddPostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
  /** 分账接收方账号 */
  account: string
  /** 分账接收方全称 (encrypted to your merchant API key) */
  name?: string
  /** 与分账方的关系类型 */
  relation_type: 'SERVICE_PROVIDER' | 'STORE' | 'STAFF' | 'STORE_OWNER' | 'PARTNER' | 'HEADQUARTER' | 'BRAND' | 'DISTRIBUTOR' | 'USER' | 'SUPPLIER' | 'CUSTOM' | (string & {})
  /** 自定义的分账关系 */
  custom_relation?: string
}

export interface ProfitsharingReceiversDeletePostJson {
  /** 子商户号 */
  sub_mchid?: string
  /** 应用ID */
  appid: string
  /** 子商户应用ID */
  sub_appid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID'
  /** 分账接收方账号 */
  account: string
}

/** 删除分账接收方: the options of `POST /v3/profitsharing/receivers/delete`. */
export interface ProfitsharingReceiversDeletePostOptions extends RouteCallOptions {
  json: ProfitsharingReceiversDeletePostJson
}

/** 删除分账接收方: what `POST /v3/profitsharing/receivers/delete` answers. */
export type ProfitsharingReceiversDeletePostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID' | (string & {})
  /** 分账接收方账号 */
  account: string
}

export interface ProfitsharingReturnOrdersPostJson {
  /** 子商户号 */
  sub_mchid?: string
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

/** 请求分账回退: the options of `POST /v3/profitsharing/return-orders`. */
export interface ProfitsharingReturnOrdersPostOptions extends RouteCallOptions {
  json: ProfitsharingReturnOrdersPostJson
}

/** 请求分账回退: what `POST /v3/profitsharing/return-orders` answers. */
export type ProfitsharingReturnOrdersPostResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信分账单号 */
  order_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 商户回退单号 */
  out_return_no: string
  /** 微信回退单号 */
  return_id: string
  /** 回退商户号 */
  return_mchid: string
  /** 回退金额 */
  amount: number
  /** 回退描述 */
  description: string
  /** 回退结果 */
  result: 'PROCESSING' | 'SUCCESS' | 'FAILED' | (string & {})
  /** 失败原因 */
  fail_reason?: 'ACCOUNT_ABNORMAL' | 'BALANCE_NOT_ENOUGH' | 'TIME_OUT_CLOSED' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 完成时间 */
  finish_time: string
}

/** 查询分账回退结果: the options of `GET /v3/profitsharing/return-orders/{out_return_no}`. */
export interface ProfitsharingReturnOrdersByOutReturnNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户回退单号 */
    out_return_no: string
  }
  query: {
    /** 子商户号 */
    sub_mchid?: string
    /** 商户分账单号 */
    out_order_no: string
  }
}

/** 查询分账回退结果: what `GET /v3/profitsharing/return-orders/{out_return_no}` answers. */
export type ProfitsharingReturnOrdersByOutReturnNoGetResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 微信分账单号 */
  order_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 商户回退单号 */
  out_return_no: string
  /** 微信回退单号 */
  return_id: string
  /** 回退商户号 */
  return_mchid: string
  /** 回退金额 */
  amount: number
  /** 回退描述 */
  description: string
  /** 回退结果 */
  result: 'PROCESSING' | 'SUCCESS' | 'FAILED' | (string & {})
  /** 失败原因 */
  fail_reason?: 'ACCOUNT_ABNORMAL' | 'BALANCE_NOT_ENOUGH' | 'TIME_OUT_CLOSED' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST' | (string & {})
  /** 创建时间 */
  create_time: string
  /** 完成时间 */
  finish_time: string
}

/** 查询剩余待分金额: the options of `GET /v3/profitsharing/transactions/{transaction_id}/amounts`. */
export interface ProfitsharingTransactionsByTransactionIdAmountsGetOptions extends RouteCallOptions {
  params: {
    /** 微信订单号 */
    transaction_id: string
  }
}

/** 查询剩余待分金额: what `GET /v3/profitsharing/transactions/{transaction_id}/amounts` answers. */
export type ProfitsharingTransactionsByTransactionIdAmountsGetResponse = {
  /** 微信订单号 */
  transaction_id: string
  /** 订单剩余待分金额 */
  unsplit_amount: number
}
