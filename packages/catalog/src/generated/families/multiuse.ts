// multiuse: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 下载批次退款明细: the options of `GET /v3/multiuse/stocks/{stock_id}/refund-flow`. */
export interface MultiuseStocksByStockIdRefundFlowGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
}

/** 下载批次退款明细: what `GET /v3/multiuse/stocks/{stock_id}/refund-flow` answers. */
export type MultiuseStocksByStockIdRefundFlowGetResponse = {
  /** 下载链接 */
  url: string
}

/** 下载批次发放明细: the options of `GET /v3/multiuse/stocks/{stock_id}/send-flow`. */
export interface MultiuseStocksByStockIdSendFlowGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
}

/** 下载批次发放明细: what `GET /v3/multiuse/stocks/{stock_id}/send-flow` answers. */
export type MultiuseStocksByStockIdSendFlowGetResponse = {
  /** 下载链接 */
  url: string
}

/** 下载核销明细: the options of `GET /v3/multiuse/stocks/{stock_id}/use-flow`. */
export interface MultiuseStocksByStockIdUseFlowGetOptions extends RouteCallOptions {
  params: {
    /** 批次号 */
    stock_id: string
  }
}

/** 下载核销明细: what `GET /v3/multiuse/stocks/{stock_id}/use-flow` answers. */
export type MultiuseStocksByStockIdUseFlowGetResponse = {
  /** 下载链接 */
  url: string
}

export interface MultiuseUsersByOpenidCouponsPostJson {
  /** 批次号 */
  stock_id: string
  /** 商户单据号 */
  out_request_no: string
  /** 用户姓名 (encrypt with `client.encrypt()`) */
  user_name: Encrypted
  /** 身份证号码 (encrypt with `client.encrypt()`) */
  id_card_number: Encrypted
  /** 发放面额 */
  amount?: number
  /** 公众账号ID */
  appid: string
  /** 证件类型 */
  card_type: 'ID_CARD'
}

/** 发放指定批次的消费金: the options of `POST /v3/multiuse/users/{openid}/coupons`. */
export interface MultiuseUsersByOpenidCouponsPostOptions extends RouteCallOptions {
  params: {
    /** 用户OpenID */
    openid: string
  }
  json: MultiuseUsersByOpenidCouponsPostJson
}

/** 发放指定批次的消费金: what `POST /v3/multiuse/users/{openid}/coupons` answers. */
export type MultiuseUsersByOpenidCouponsPostResponse = {
  /** 消费金ID */
  coupon_id: string
}
