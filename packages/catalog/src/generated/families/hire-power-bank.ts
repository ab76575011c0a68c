// hire-power-bank: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface HirePowerBankInsuranceOrdersPostJson {
  /** 商户创建保险订单时的凭据号 */
  out_order_no?: string
  /** 微信用户在商户对应appid下的唯一标识 */
  openid?: string
  /** 用于接收保险订单状态变化通知 */
  notify_url?: string
  /** 商户在支付分服务下对应的服务ID */
  service_id?: string
}

/** 创建保险订单: the options of `POST /v3/hire-power-bank/insurance-orders`. */
export interface HirePowerBankInsuranceOrdersPostOptions extends RouteCallOptions {
  json?: HirePowerBankInsuranceOrdersPostJson
}

/** 创建保险订单: what `POST /v3/hire-power-bank/insurance-orders` answers. */
export type HirePowerBankInsuranceOrdersPostResponse = {
  /** 租借充电宝隔夜归还保险订单号 */
  order_id?: string
  /** 商户创建保险订单时的凭据号 */
  out_order_no?: string
  /** 微信用户在商户对应appid下的唯一标识 */
  openid?: string
  /** 一笔保险订单对应的最大理赔次数 */
  max_claim_count?: number
  /** 一笔保险订单对应的已理赔次数 */
  claimed_count?: number
  /** 保险订单领取时间 */
  order_receive_time?: string
  /** 保险订单开始时间 */
  order_begin_time?: string
  /** 保险订单结束时间 */
  order_end_time?: string
  /** 保险订单领取状态 */
  order_receive_state?: string
}

/** 查询保险订单详情: the options of `GET /v3/hire-power-bank/insurance-orders/{out_order_no}`. */
export interface HirePowerBankInsuranceOrdersByOutOrderNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户创建保险订单时的凭据号 */
    out_order_no: string
  }
}

/** 查询保险订单详情: what `GET /v3/hire-power-bank/insurance-orders/{out_order_no}` answers. */
export type HirePowerBankInsuranceOrdersByOutOrderNoGetResponse = {
  /** 租借充电宝隔夜归还保险订单号 */
  order_id?: string
  /** 商户创建保险订单时的凭据号 */
  out_order_no?: string
  /** 微信用户在商户对应appid下的唯一标识 */
  openid?: string
  /** 一笔保险订单对应的最大理赔次数 */
  max_claim_count?: number
  /** 一笔保险订单对应的已理赔次数 */
  claimed_count?: number
  /** 保险订单领取时间 */
  order_receive_time?: string
  /** 保险订单开始时间 */
  order_begin_time?: string
  /** 保险订单结束时间 */
  order_end_time?: string
  /** 保险订单领取状态 */
  order_receive_state?: string
}

/** 查询用户保险订单领取资格: the options of `GET /v3/hire-power-bank/user-qualifications/{openid}`. */
export interface HirePowerBankUserQualificationsByOpenidGetOptions extends RouteCallOptions {
  params: {
    /** 微信用户在商户对应appid下的唯一标识 */
    openid: string
  }
}

/** 查询用户保险订单领取资格: what `GET /v3/hire-power-bank/user-qualifications/{openid}` answers. */
export type HirePowerBankUserQualificationsByOpenidGetResponse = {
  /** 用户是否具有保险订单领取资格 */
  qualified_user?: boolean
}
