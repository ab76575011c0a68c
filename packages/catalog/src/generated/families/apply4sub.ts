// apply4sub: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询结算账户修改申请状态: the options of `GET /v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}`. */
export interface Apply4subSubMerchantsBySubMchidApplicationByApplicationNoGetOptions extends RouteCallOptions {
  params: {
    /** 特约商户/二级商户号 */
    sub_mchid: string
    /** 修改结算账户申请单号 */
    application_no: string
  }
  query?: {
    /** 银行账号展示规则 */
    account_number_rule?: 'ACCOUNT_NUMBER_RULE_MASK_V1' | 'ACCOUNT_NUMBER_RULE_MASK_V2'
  }
}

/** 查询结算账户修改申请状态: what `GET /v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}` answers. */
export type Apply4subSubMerchantsBySubMchidApplicationByApplicationNoGetResponse = {
  /** 开户名称 */
  account_name: string
  /** 账户类型 */
  account_type: 'ACCOUNT_TYPE_BUSINESS' | 'ACCOUNT_TYPE_PRIVATE' | (string & {})
  /** 开户银行 */
  account_bank: string
  /** 开户银行全称（含支行） */
  bank_name?: string
  /** 开户银行联行号 */
  bank_branch_id?: string
  /** 银行账号 */
  account_number: string
  /** 审核状态 */
  verify_result: 'AUDIT_SUCCESS' | 'AUDITING' | 'AUDIT_FAIL' | (string & {})
  /** 审核驳回原因 */
  verify_fail_reason?: string
  /** 审核结果更新时间 */
  verify_finish_time?: string
}

export interface Apply4subSubMerchantsBySubMchidModifySettlementPostJson {
  /** 修改模式 */
  modify_mode?: 'MODIFY_MODE_ASYNC'
  /** 账户类型 */
  account_type: 'ACCOUNT_TYPE_BUSINESS' | 'ACCOUNT_TYPE_PRIVATE'
  /** 开户银行 */
  account_bank: string
  /** 开户银行省市编码 */
  bank_address_code: string
  /** 开户银行全称（含支行） */
  bank_name?: string
  /** 开户银行联行号 */
  bank_branch_id?: string
  /** 银行账号 (encrypt with `client.encrypt()`) */
  account_number: Encrypted
  /** 开户名称 (encrypt with `client.encrypt()`) */
  account_name?: Encrypted
}

/** 修改结算帐号: the options of `POST /v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement`. */
export interface Apply4subSubMerchantsBySubMchidModifySettlementPostOptions extends RouteCallOptions {
  params: {
    /** 特约商户号 */
    sub_mchid: string
  }
  json: Apply4subSubMerchantsBySubMchidModifySettlementPostJson
}

/** 修改结算帐号: what `POST /v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement` answers. */
export type Apply4subSubMerchantsBySubMchidModifySettlementPostResponse = {
  /** 修改结算账户申请单号 */
  application_no: string
}

/** 查询结算账户: the options of `GET /v3/apply4sub/sub_merchants/{sub_mchid}/settlement`. */
export interface Apply4subSubMerchantsBySubMchidSettlementGetOptions extends RouteCallOptions {
  params: {
    /** 特约商户/二级商户号 */
    sub_mchid: string
  }
}

/** 查询结算账户: what `GET /v3/apply4sub/sub_merchants/{sub_mchid}/settlement` answers. */
export type Apply4subSubMerchantsBySubMchidSettlementGetResponse = {
  /** 账户类型 */
  account_type: 'ACCOUNT_TYPE_BUSINESS' | 'ACCOUNT_TYPE_PRIVATE' | (string & {})
  /** 开户银行 */
  account_bank: string
  /** 开户银行全称（含支行） */
  bank_name?: string
  /** 开户银行联行号 */
  bank_branch_id?: string
  /** 银行账号 */
  account_number: string
  /** 验证结果 */
  verify_result: 'VERIFY_SUCCESS' | 'VERIFY_FAIL' | 'VERIFYING' | (string & {})
  /** 验证失败原因 */
  verify_fail_reason?: string
}
