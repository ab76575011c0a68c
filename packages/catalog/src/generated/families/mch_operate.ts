// mch_operate: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface MchOperateRiskWithdrawlApplyPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 二级商户号的出款子账户类型 */
  out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT'
  /** 提现金额 */
  amount: number
  /** 商户提现申请单号 */
  out_request_no: string
  /** 收款对象类型 */
  payee_type: 'CONTRIBUTION_MERCHANT' | 'SERVICE_PROVIDER_MERCHANT' | 'OTHER_MERCHANT' | 'INDIVIDUAL'
  /** 收款对象对应的商户号 */
  payee_mchid?: string
  /** 收款账号信息 */
  payee_info: {
    /** 账户类型 */
    account_type: 'ACCOUNT_TYPE_CORPORATE' | 'ACCOUNT_TYPE_PERSONAL'
    /** 银行账户 */
    bank_account_info?: {
      /** 开户名称 (encrypt with `client.encrypt()`) */
      account_name: Encrypted
      /** 开户银行 */
      account_bank: string
      /** 开户银行联行号 */
      bank_branch_id?: string
      /** 开户银行全称（含支行） */
      bank_name?: string
      /** 银行账号 (encrypt with `client.encrypt()`) */
      account_number: Encrypted
    }
    /** 收款人账号对应的证件信息 */
    identity_info?: {
      /** 证件类型 */
      id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
      /** 证件姓名 (encrypt with `client.encrypt()`) */
      identification_name: Encrypted
      /** 证件号码 (encrypt with `client.encrypt()`) */
      identification_no: Encrypted
    }
  }
  /** 付款申请证明材料 */
  proof_media_list?: {
    /** 申请证明材料 */
    proof_payee_media?: readonly {
      /** 申请证明材料类型 */
      proof_media_type: 'BASIC_TRANSACTION_INFORMATION' | 'LEGAL_ID_CARD' | 'ID_CARD' | 'BUSINESS_LICENSE_PHOTO' | 'PAYEE_ID_CARD' | 'WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_6' | 'WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_7' | 'WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_8'
      /** 证明材料照片 */
      proof_media: string
    }[]
  }
  /** 补充材料 */
  additional_materials?: {
    /** 补充材料照片列表，最多10张 */
    additional_media?: readonly string[]
  }
  /** 备注 */
  remark?: string
}

/** 提交已注销商户号可用余额提现申请单: the options of `POST /v3/mch_operate/risk/withdrawl-apply`. */
export interface MchOperateRiskWithdrawlApplyPostOptions extends RouteCallOptions {
  json: MchOperateRiskWithdrawlApplyPostJson
}

/** 提交已注销商户号可用余额提现申请单: what `POST /v3/mch_operate/risk/withdrawl-apply` answers. */
export type MchOperateRiskWithdrawlApplyPostResponse = {
  /** 微信支付提现申请单号 */
  applyment_id?: string
  /** 商户提现申请单号 */
  out_request_no?: string
}

/** 微信支付提现申请单号查询提现申请单状态: the options of `GET /v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}`. */
export interface MchOperateRiskWithdrawlApplyByApplymentIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付提现申请单号 */
    applyment_id: string
  }
}

/** 微信支付提现申请单号查询提现申请单状态: what `GET /v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}` answers. */
export type MchOperateRiskWithdrawlApplyByApplymentIdGetResponse = {
  /** 提现申请单信息 */
  withdrawl_apply: {
    /** 微信支付提现申请单号 */
    applyment_id: string
    /** 商户提现申请单号 */
    out_request_no: string
    /** 申请单状态 */
    state: string
    /** 失败原因 */
    fail_reason?: string
    /** 最后更新时间 */
    modify_time?: string
  }
}

/** 商户提现申请单号查询提现申请单状态: the options of `GET /v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}`. */
export interface MchOperateRiskWithdrawlApplyByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户提现申请号 */
    out_request_no: string
  }
}

/** 商户提现申请单号查询提现申请单状态: what `GET /v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}` answers. */
export type MchOperateRiskWithdrawlApplyByOutRequestNoGetResponse = {
  /** 提现申请单信息 */
  withdrawl_apply: {
    /** 微信支付提现申请单号 */
    applyment_id: string
    /** 商户提现申请单号 */
    out_request_no: string
    /** 申请单状态 */
    state: string
    /** 失败原因 */
    fail_reason?: string
    /** 最后更新时间 */
    modify_time?: string
  }
}
