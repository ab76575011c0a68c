// ecommerce/profitsharing: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询售后服务分账结果: the options of `GET /v3/ecommerce/profitsharing/after-sales-orders`. */
export interface EcommerceProfitsharingAfterSalesOrdersGetOptions extends RouteCallOptions {
  query: {
    /** 二级商户号 */
    sub_mchid: string
    /** 微信订单号 */
    transaction_id?: string
  }
}

/** 查询售后服务分账结果: what `GET /v3/ecommerce/profitsharing/after-sales-orders` answers. */
export type EcommerceProfitsharingAfterSalesOrdersGetResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信分账单号 */
  transaction_id: string
  /** 分账金额 */
  amount: number
  /** 分账结果 */
  result: 'PROCESSING' | 'SUCCESS' | 'FAILED' | (string & {})
  /** 分账失败原因 */
  fail_reason?: 'ACCOUNT_ABNORMAL' | 'NO_RELATION' | 'RECEIVER_HIGH_RISK' | (string & {})
  /** 分账完成时间 */
  finish_time: string
}

export interface EcommerceProfitsharingAfterSalesOrdersPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 回退金额 */
  amount: number
  /** 类型 */
  type: 'SERVICE_FEE_INCOME'
  /** 场景 */
  scene: 'REFUND_TICKET' | 'CHANGE_TICKET' | 'RETURN_GOODS'
  /** 微信退款单号 */
  refund_id: string
}

/** 请求售后服务分账: the options of `POST /v3/ecommerce/profitsharing/after-sales-orders`. */
export interface EcommerceProfitsharingAfterSalesOrdersPostOptions extends RouteCallOptions {
  json: EcommerceProfitsharingAfterSalesOrdersPostJson
}

/** 请求售后服务分账: what `POST /v3/ecommerce/profitsharing/after-sales-orders` answers. */
export type EcommerceProfitsharingAfterSalesOrdersPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 分账金额 */
  amount: number
}

export interface EcommerceProfitsharingFinishOrderPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分帐单号 */
  out_order_no: string
  /** 分账描述 */
  description: string
}

/** 完结分账: the options of `POST /v3/ecommerce/profitsharing/finish-order`. */
export interface EcommerceProfitsharingFinishOrderPostOptions extends RouteCallOptions {
  json: EcommerceProfitsharingFinishOrderPostJson
}

/** 完结分账: what `POST /v3/ecommerce/profitsharing/finish-order` answers. */
export type EcommerceProfitsharingFinishOrderPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分帐单号 */
  out_order_no: string
  /** 微信分帐单号 */
  order_id: string
}

/** 查询分账结果: the options of `GET /v3/ecommerce/profitsharing/orders`. */
export interface EcommerceProfitsharingOrdersGetOptions extends RouteCallOptions {
  query: {
    /** 二级商户号 */
    sub_mchid: string
    /** 微信订单号 */
    transaction_id: string
    /** 商户分账单号 */
    out_order_no: string
  }
}

/** 查询分账结果: what `GET /v3/ecommerce/profitsharing/orders` answers. */
export type EcommerceProfitsharingOrdersGetResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  status?: string
  /** 分账接收方列表 */
  receivers?: {
    /** 分账接收商户号 */
    receiver_mchid?: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账结果 */
    result?: string
    /** 完成时间 */
    finish_time: string
    /** 分账失败原因 */
    fail_reason?: string
    /** 分账接收方类型 */
    type: string
    /** 分账接收方账号 */
    receiver_account: string
    /** 分账明细单号 */
    detail_id: string
  }[]
  /** 关单原因描述 */
  close_reason?: string
  /** 异常处理状态 */
  abnormal_status?: 'ABNORMAL_PENDING' | 'ABNORMAL_FINISHED' | 'ABNORMAL_CLOSED' | (string & {})
  /** 异常处理关单原因 */
  funds_abnormal_closed_reason?: 'CLOSED_REASON_TIMEOUT' | 'CLOSED_REASON_RESTRICT_TRANSFER' | (string & {})
  /** 微信支付在途异常资金付款单号 */
  funds_abnormal_redirect_id?: string
  /** 平台接收异常资金商户号或运营主体列表 */
  funds_abnormal_receivers?: {
    /** 平台接收异常资金商户号 */
    mchid?: string
  }[]
  /** 分账完结的分账金额 */
  finish_amount?: number
  /** 分账完结的原因描述 */
  finish_description?: string
}

export interface EcommerceProfitsharingOrdersPostJson {
  /** 公众账号ID */
  appid?: string
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 分账接收方列表 */
  receivers: readonly {
    /** 分账接收方类型 */
    type: string
    /** 分账接收方账号 */
    receiver_account: string
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账个人接收方姓名 (encrypt with `client.encrypt()`) */
    receiver_name?: Encrypted
  }[]
  /** 是否分账完成 */
  finish: boolean
}

/** 请求分账: the options of `POST /v3/ecommerce/profitsharing/orders`. */
export interface EcommerceProfitsharingOrdersPostOptions extends RouteCallOptions {
  json: EcommerceProfitsharingOrdersPostJson
}

/** 请求分账: what `POST /v3/ecommerce/profitsharing/orders` answers. */
export type EcommerceProfitsharingOrdersPostResponse = {
  /** 二级商户号 */
  sub_mchid: string
  /** 微信订单号 */
  transaction_id: string
  /** 商户分账单号 */
  out_order_no: string
  /** 微信分账单号 */
  order_id: string
  /** 分账单状态 */
  status?: 'PROCESSING' | 'FINISHED' | (string & {})
  /** 分账接收方列表 */
  receivers: {
    /** 分账金额 */
    amount: number
    /** 分账描述 */
    description: string
    /** 分账结果 */
    result?: string
    /** 完成时间 */
    finish_time: string
    /** 分账失败原因 */
    fail_reason?: string
    /** 分账接收方类型 */
    type: string
    /** 分账接收方账号 */
    receiver_account: string
    /** 分账明细单号 */
    detail_id: string
    /** 异常处理状态 */
    abnormal_status?: 'ABNORMAL_PENDING' | 'ABNORMAL_FINISHED' | 'ABNORMAL_CLOSED' | (string & {})
    /** 异常处理关单原因 */
    funds_abnormal_closed_reason?: 'CLOSED_REASON_TIMEOUT' | 'CLOSED_REASON_RESTRICT_TRANSFER' | (string & {})
    /** 微信支付在途异常资金付款单号 */
    funds_abnormal_redirect_id?: string
    /** 平台接收异常资金商户号或运营主体列表 */
    funds_abnormal_receivers?: {
      /** 平台接收异常资金商户号 */
      mchid?: string
    }[]
  }[]
}

/** 查询订单剩余待分金额: the options of `GET /v3/ecommerce/profitsharing/orders/{transaction_id}/amounts`. */
export interface EcommerceProfitsharingOrdersByTransactionIdAmountsGetOptions extends RouteCallOptions {
  params: {
    /** 微信订单号 */
    transaction_id: string
  }
}

/** 查询订单剩余待分金额: what `GET /v3/ecommerce/profitsharing/orders/{transaction_id}/amounts` answers. */
export type EcommerceProfitsharingOrdersByTransactionIdAmountsGetResponse = {
  /** 微信订单号 */
  transaction_id: string
  /** 订单剩余待分金额 */
  unsplit_amount: number
}

export interface EcommerceProfitsharingReceiversAddPostJson {
  /** 公众账号ID */
  appid: string
  /** 接收方类型 */
  type: string
  /** 接收方账号 */
  account: string
  /** 接收方名称 */
  name?: string
  /** 接收方名称的密文 (encrypt with `client.encrypt()`) */
  encrypted_name?: Encrypted
  /** 与分账方的关系类型 */
  relation_type: string
}

/** 添加分账接收方: the options of `POST /v3/ecommerce/profitsharing/receivers/add`. */
export interface EcommerceProfitsharingReceiversAddPostOptions extends RouteCallOptions {
  json: EcommerceProfitsharingReceiversAddPostJson
}

/** 添加分账接收方: what `POST /v3/ecommerce/profitsharing/receivers/add` answers. */
export type EcommerceProfitsharingReceiversAddPostResponse = {
  /** 接收方类型 */
  type: string
  /** 接收方账号 */
  account: string
}

export interface EcommerceProfitsharingReceiversDeletePostJson {
  /** 公众账号ID */
  appid: string
  /** 接收方类型 */
  type: string
  /** 接收方账号 */
  account: string
}

/** 删除分账接收方: the options of `POST /v3/ecommerce/profitsharing/receivers/delete`. */
export interface EcommerceProfitsharingReceiversDeletePostOptions extends RouteCallOptions {
  json: EcommerceProfitsharingReceiversDeletePostJson
}

/** 删除分账接收方: what `POST /v3/ecommerce/profitsharing/receivers/delete` answers. */
export type EcommerceProfitsharingReceiversDeletePostResponse = {
  /** 接收方类型 */
  type: string
  /** 接收方账号 */
  account: string
}

/** 查询分账回退结果: the options of `GET /v3/ecommerce/profitsharing/returnorders`. */
export interface EcommerceProfitsharingReturnordersGetOptions extends RouteCallOptions {
  query: {
    /** 二级商户号 */
    sub_mchid: string
    /** 微信订单号 */
    order_id?: string
    /** 商户分账单号 */
    out_order_no?: string
    /** 商户回退单号 */
    out_return_no: string
  }
}

/** 查询分账回退结果: what `GET /v3/ecommerce/profitsharing/returnorders` answers. */
export type EcommerceProfitsharingReturnordersGetResponse = {
  /** 二级商户号 */
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
  result: string
  /** 失败原因 */
  fail_reason?: string
  /** 完成时间 */
  finish_time: string
}

export interface EcommerceProfitsharingReturnordersPostJson {
  /** 二级商户号 */
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
  /** 微信订单号 */
  transaction_id?: string
}

/** 请求分账回退: the options of `POST /v3/ecommerce/profitsharing/returnorders`. */
export interface EcommerceProfitsharingReturnordersPostOptions extends RouteCallOptions {
  json: EcommerceProfitsharingReturnordersPostJson
}

/** 请求分账回退: what `POST /v3/ecommerce/profitsharing/returnorders` answers. */
export type EcommerceProfitsharingReturnordersPostResponse = {
  /** 二级商户号 */
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
  result: string
  /** 失败原因 */
  fail_reason?: string
  /** 完成时间 */
  finish_time: string
}
