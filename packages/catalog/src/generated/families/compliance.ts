// compliance: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface ComplianceInactiveMerchantIdentityVerificationMerchantsPostJson {
  /** 特约商户号 */
  sub_mchid: string
}

/** 发起不活跃商户身份核实: the options of `POST /v3/compliance/inactive-merchant-identity-verification/merchants`. */
export interface ComplianceInactiveMerchantIdentityVerificationMerchantsPostOptions extends RouteCallOptions {
  json: ComplianceInactiveMerchantIdentityVerificationMerchantsPostJson
}

/** 发起不活跃商户身份核实: what `POST /v3/compliance/inactive-merchant-identity-verification/merchants` answers. */
export type ComplianceInactiveMerchantIdentityVerificationMerchantsPostResponse = {
  /** 核实单号 */
  verification_id: string
}

/** 查询不活跃商户身份核实结果: the options of `GET /v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}`. */
export interface ComplianceInactiveMerchantIdentityVerificationMerchantsBySubMchidVerificationsByVerificationIdGetOptions extends RouteCallOptions {
  params: {
    /** 特约商户号 */
    sub_mchid: string
    /** 核实单号 */
    verification_id: string
  }
}

/** 查询不活跃商户身份核实结果: what `GET /v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}` answers. */
export type ComplianceInactiveMerchantIdentityVerificationMerchantsBySubMchidVerificationsByVerificationIdGetResponse = {
  /** 特约商户号 */
  sub_mchid: string
  /** 核实单号 */
  verification_id: string
  /** 核实单状态 */
  state: 'PROCESSING' | 'SUCCESS' | 'FAIL' | (string & {})
  /** 失败原因 */
  fail_reason?: 'MATERIALS_ABNORMAL' | 'PROCESS_TIMEOUT' | (string & {})
  /** 创建时间 */
  create_time?: string
  /** 完成时间 */
  finish_time?: string
}
