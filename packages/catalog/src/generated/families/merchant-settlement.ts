// merchant-settlement: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface MerchantSettlementMerchantSettleRuleApplicationsPostJson {
  /** 从业机构号 */
  acquiring_bank_id: string
  /** 渠道商户号 */
  channel_id: string
  /** 从业机构特约商户号 */
  sub_mchid: string
  /** 结算规则id */
  settle_rule_id: number
}

/** 申请修改特约商户结算规则: the options of `POST /v3/merchant-settlement/merchant-settle-rule-applications`. */
export interface MerchantSettlementMerchantSettleRuleApplicationsPostOptions extends RouteCallOptions {
  json: MerchantSettlementMerchantSettleRuleApplicationsPostJson
}

/** 申请修改特约商户结算规则: what `POST /v3/merchant-settlement/merchant-settle-rule-applications` answers. */
export type MerchantSettlementMerchantSettleRuleApplicationsPostResponse = {
  /** 申请单编号 */
  application_id: string
  /** 申请单处理信息 */
  application_process_info?: string
  /** 申请单状态 */
  application_state?: string
  /** 最后更新时间 */
  update_time?: string
  /** 从业机构号 */
  acquiring_bank_id?: string
  /** 渠道商户号 */
  channel_id?: string
  /** 从业机构特约商户号 */
  sub_mchid?: string
  /** 结算规则id */
  settle_rule_id?: number
}

/** 根据申请单ID查询结果: the options of `GET /v3/merchant-settlement/merchant-settle-rule-applications/{application_id}`. */
export interface MerchantSettlementMerchantSettleRuleApplicationsByApplicationIdGetOptions extends RouteCallOptions {
  params: {
    /** 申请单编号 */
    application_id: string
  }
}

/** 根据申请单ID查询结果: what `GET /v3/merchant-settlement/merchant-settle-rule-applications/{application_id}` answers. */
export type MerchantSettlementMerchantSettleRuleApplicationsByApplicationIdGetResponse = {
  /** 申请单编号 */
  application_id: string
  /** 申请单处理信息 */
  application_process_info?: string
  /** 申请单状态 */
  application_state?: string
  /** 最后更新时间 */
  update_time?: string
  /** 从业机构号 */
  acquiring_bank_id?: string
  /** 渠道商户号 */
  channel_id?: string
  /** 从业机构特约商户号 */
  sub_mchid?: string
  /** 结算规则id */
  settle_rule_id?: number
}
