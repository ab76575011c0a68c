// partner-papay: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface PartnerPapayContractsByContractIdFailNotifyPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 服务商应用ID */
  sp_appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用D */
  sub_appid?: string
}

/** 服务商商户重试扣费通知: the options of `POST /v3/partner-papay/contracts/{contract_id}/fail-notify`. */
export interface PartnerPapayContractsByContractIdFailNotifyPostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议id */
    contract_id: string
  }
  json: PartnerPapayContractsByContractIdFailNotifyPostJson
}

/** 服务商商户重试扣费通知: what `POST /v3/partner-papay/contracts/{contract_id}/fail-notify` answers. */
export type PartnerPapayContractsByContractIdFailNotifyPostResponse = undefined

export interface PartnerPapayContractsByContractIdNotifyPostJson {
  /** 服务商商户号 */
  sp_mchid: string
  /** 服务商应用ID */
  sp_appid: string
  /** 子商户号 */
  sub_mchid: string
  /** 子商户应用D */
  sub_appid?: string
  /** 扣费持续时间 */
  deduct_duration?: {
    /** 扣费持续时间数 */
    count: number
    /** 单位 */
    unit?: string
  }
  /** 预计扣费金额信息 */
  estimated_amount: {
    /** 预计扣费金额 */
    amount: number
    /** 预计扣费货币类型 */
    currency?: string
  }
}

/** 服务商商户预扣费通知: the options of `POST /v3/partner-papay/contracts/{contract_id}/notify`. */
export interface PartnerPapayContractsByContractIdNotifyPostOptions extends RouteCallOptions {
  params: {
    /** 委托代扣协议id */
    contract_id: string
  }
  json: PartnerPapayContractsByContractIdNotifyPostJson
}

/** 服务商商户预扣费通知: what `POST /v3/partner-papay/contracts/{contract_id}/notify` answers. */
export type PartnerPapayContractsByContractIdNotifyPostResponse = undefined
