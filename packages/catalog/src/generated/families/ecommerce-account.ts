// ecommerce/account: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions, UploadFile } from '@core/client'

export interface EcommerceAccountApplyCancelWithdrawPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户注销申请单号 */
  out_request_no: string
  /** 是否提取资金 */
  withdraw?: 'APPLY_WITHDRAW' | 'NOT_APPLY_WITHDRAW'
  /** 收款账号信息 */
  payee_info: {
    /** 账户类型 */
    account_type: 'ACCOUNT_TYPE_CORPORATE' | 'ACCOUNT_TYPE_PERSONAL'
    /** 银行账户 */
    bank_account_info: {
      /** 开户名称 (encrypt with `client.encrypt()`) */
      account_name: Encrypted
      /** 开户银行 */
      account_bank: string
      /** 开户银行联行号 */
      bank_branch_id?: string
      /** 开户银行全称（含支行） */
      bank_branch_name?: string
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
  /** 付款申请材料 */
  proof_medias?: readonly {
    /** 申请证明材料类型 */
    proof_media_type: 'WITHDRAWAL_APPLICATION'
    /** 证明材料照片 */
    proof_media: string
  }[]
  /** 其他补充材料 */
  additional_materials?: readonly string[]
  /** 备注 */
  remark?: string
}

/** 提交注销提现申请: the options of `POST /v3/ecommerce/account/apply-cancel-withdraw`. */
export interface EcommerceAccountApplyCancelWithdrawPostOptions extends RouteCallOptions {
  json: EcommerceAccountApplyCancelWithdrawPostJson
}

/** 提交注销提现申请: what `POST /v3/ecommerce/account/apply-cancel-withdraw` answers. */
export type EcommerceAccountApplyCancelWithdrawPostResponse = {
  /** 微信支付注销提现申请单号 */
  applyment_id?: string
  /** 商户注销提现申请单号 */
  out_request_no?: string
}

/** 微信支付注销提现申请单号查询申请单状态: the options of `GET /v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}`. */
export interface EcommerceAccountApplyCancelWithdrawByApplymentIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付付销提现申请单号 */
    applyment_id: string
  }
}

/** 微信支付注销提现申请单号查询申请单状态: what `GET /v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}` answers. */
export type EcommerceAccountApplyCancelWithdrawByApplymentIdGetResponse = {
  /** 微信支付注销提现申请单号 */
  applyment_id: string
  /** 商户注销提现申请单号 */
  out_request_no: string
  /** 注销提现申请单状态 */
  cancel_state: 'ACCEPTED' | 'REVIEWING' | 'REJECTED' | 'WAITING_MERCHANT_CONFIRM' | 'REVOKED' | 'SYSTEM_PROCESSING' | 'CANCELED' | 'FUND_PROCESSING' | 'FINISH' | (string & {})
  /** 注销提现申请单状态描述 */
  cancel_state_description: string
  /** 是否提取资金 */
  withdraw?: 'APPLY_WITHDRAW' | 'NOT_APPLY_WITHDRAW' | (string & {})
  /** 提现状态 */
  withdraw_state?: 'WITHDRAW_PROCESSING' | 'WITHDRAW_EXCEPTION' | 'WITHDRAW_SUCCEED' | (string & {})
  /** 账户提现结果 */
  account_withdraw_result?: {
    /** 二级商户号的出款子账户类型 */
    out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT' | 'TRADE_FEE_ACCOUNT' | (string & {})
    /** 付款状态 */
    pay_state: 'PAY_PROCESSING' | 'PAY_SUCCEED' | 'PAY_FAIL' | 'BANK_REFUNDED' | (string & {})
    /** 付款状态描述 */
    state_description: string
  }[]
  /** 最后更新时间 */
  modify_time?: string
  /** 申请注销的二级商户号 */
  sub_mchid: string
  /** 账户信息 */
  account_info?: {
    /** 二级商户号的出款子账户类型 */
    out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT' | 'TRADE_FEE_ACCOUNT' | (string & {})
    /** 账户金额 */
    amount: number
  }[]
  /** 用于引导商户超级管理员确认注销的信息 */
  confirm_cancel?: {
    /** 确认商户注销的页面url */
    confirm_cancel_url?: string
  }
}

export interface EcommerceAccountApplyCancelWithdrawConfirmPostJson {
  /** 微信支付注销单号 */
  applyment_id?: string
  /** 商户注销申请单号 */
  out_request_no?: string
  /** 二级商户号 */
  sub_mchid: string
  /** 平台确认操作人标识 */
  operator_identification: string
  /** 注销确认时间 */
  confirm_time: string
  /** 注销协议版本号 */
  cancel_contract_version: string
}

/** 平台代商户确认注销: the options of `POST /v3/ecommerce/account/apply-cancel-withdraw/confirm`. */
export interface EcommerceAccountApplyCancelWithdrawConfirmPostOptions extends RouteCallOptions {
  json: EcommerceAccountApplyCancelWithdrawConfirmPostJson
}

/** 平台代商户确认注销: what `POST /v3/ecommerce/account/apply-cancel-withdraw/confirm` answers. */
export type EcommerceAccountApplyCancelWithdrawConfirmPostResponse = {
  /** 微信支付注销单号 */
  applyment_id?: string
  /** 商户注销申请单号 */
  out_request_no?: string
  /** 二级商户号 */
  sub_mchid?: string
}

/** 商户注销提现申请单号查询申请单状态: the options of `GET /v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}`. */
export interface EcommerceAccountApplyCancelWithdrawByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户注销提现申请号 */
    out_request_no: string
  }
}

/** 商户注销提现申请单号查询申请单状态: what `GET /v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}` answers. */
export type EcommerceAccountApplyCancelWithdrawByOutRequestNoGetResponse = {
  /** 微信支付注销提现申请单号 */
  applyment_id: string
  /** 商户注销提现申请单号 */
  out_request_no: string
  /** 注销提现申请单状态 */
  cancel_state: 'ACCEPTED' | 'REVIEWING' | 'REJECTED' | 'WAITING_MERCHANT_CONFIRM' | 'REVOKED' | 'SYSTEM_PROCESSING' | 'CANCELED' | 'FUND_PROCESSING' | 'FINISH' | (string & {})
  /** 注销提现申请单状态描述 */
  cancel_state_description: string
  /** 是否提取资金 */
  withdraw?: 'APPLY_WITHDRAW' | 'NOT_APPLY_WITHDRAW' | (string & {})
  /** 提现状态 */
  withdraw_state?: 'WITHDRAW_PROCESSING' | 'WITHDRAW_EXCEPTION' | 'WITHDRAW_SUCCEED' | (string & {})
  /** 账户提现结果 */
  account_withdraw_result?: {
    /** 二级商户号的出款子账户类型 */
    out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT' | 'TRADE_FEE_ACCOUNT' | (string & {})
    /** 付款状态 */
    pay_state: 'PAY_PROCESSING' | 'PAY_SUCCEED' | 'PAY_FAIL' | 'BANK_REFUNDED' | (string & {})
    /** 付款状态描述 */
    state_description: string
  }[]
  /** 最后更新时间 */
  modify_time?: string
  /** 申请注销的二级商户号 */
  sub_mchid: string
  /** 账户信息 */
  account_info?: {
    /** 二级商户号的出款子账户类型 */
    out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT' | 'TRADE_FEE_ACCOUNT' | (string & {})
    /** 账户金额 */
    amount: number
  }[]
  /** 用于引导商户超级管理员确认注销的信息 */
  confirm_cancel?: {
    /** 确认商户注销的页面url */
    confirm_cancel_url?: string
  }
}

/** 商户注销资格校验: the options of `GET /v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}`. */
export interface EcommerceAccountApplyCancelWithdrawValidateCancelBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 申请注销的二级商户号 */
    sub_mchid: string
  }
}

/** 商户注销资格校验: what `GET /v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}` answers. */
export type EcommerceAccountApplyCancelWithdrawValidateCancelBySubMchidGetResponse = {
  /** 注销检查的二级商户号 */
  sub_mchid: string
  /** 注销提现申请单状态 */
  merchant_state: 'NORMAL' | 'HAS_BEEN_CANCELLED' | (string & {})
  /** 注销资格检查结果 */
  validate_result: 'ALLOW_CANCEL_WITHDRAW' | 'NOT_ALLOW_CANCEL_WITHDRAW' | (string & {})
  /** 账户信息 */
  account_info: {
    /** 商户资金账户余额 */
    out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT' | 'TRADE_FEE_ACCOUNT' | (string & {})
    /** 账户金额 */
    amount: number
  }[]
  /** 不可发起注销原因 */
  block_reasons?: {
    /** 二级商户号的出款子账户类型 */
    type?: 'CONSUMER_COMPLAINT_UNPROCESSED' | 'HAS_BLOCKING_CONTROL' | 'FUNDS_PENDING_PROCESSING' | 'OTHER_REASON' | (string & {})
    /** 原因描述 */
    description?: string
  }[]
}

export interface EcommerceAccountCancelApplicationsPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 商户注销申请单号 */
  out_apply_no: string
  /** 注销申请材料 */
  application_info: readonly {
    /** 注销申请材料类型 */
    application_type?: 'SP_CANCEL_ACCOUNT_APPLICATION' | 'SUB_CANCEL_ACCOUNT_APPLICATION'
    /** 图片MediaID */
    application_media_id?: string
  }[]
}

/** 提交注销申请单: the options of `POST /v3/ecommerce/account/cancel-applications`. */
export interface EcommerceAccountCancelApplicationsPostOptions extends RouteCallOptions {
  json: EcommerceAccountCancelApplicationsPostJson
}

/** 提交注销申请单: what `POST /v3/ecommerce/account/cancel-applications` answers. */
export type EcommerceAccountCancelApplicationsPostResponse = {
  /** 商户注销申请单号 */
  out_apply_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 受理失败原因 */
  reject_reason?: string
  /** 注销状态 */
  cancel_state?: 'REVIEWING' | 'REJECTED' | 'CANCEL_SUCCESS' | (string & {})
  /** 最后更新时间 */
  update_time?: string
}

/** 注销申请图片上传: the options of `POST /v3/ecommerce/account/cancel-applications/media`. */
export interface EcommerceAccountCancelApplicationsMediaPostOptions extends RouteCallOptions {
  multipart: {
    /** 媒体图⽚只⽀持JPG、BMP、PNG格式 */
    file: UploadFile
    /** 媒体文件元信息 */
    meta: {
      /** 图片文件的sha256摘要 */
      file_digest: string
      /** 商户上传的媒体图片的名称 */
      file_name: string
    }
  }
}

/** 注销申请图片上传: what `POST /v3/ecommerce/account/cancel-applications/media` answers. */
export type EcommerceAccountCancelApplicationsMediaPostResponse = {
  /** 媒体文件标识Id */
  media_id: string
}

/** 查询注销单状态: the options of `GET /v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}`. */
export interface EcommerceAccountCancelApplicationsByOutApplyNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户注销申请单号 */
    out_apply_no: string
  }
}

/** 查询注销单状态: what `GET /v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}` answers. */
export type EcommerceAccountCancelApplicationsByOutApplyNoGetResponse = {
  /** 商户注销申请单号 */
  out_apply_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 受理失败原因 */
  reject_reason?: string
  /** 注销状态 */
  cancel_state?: 'REVIEWING' | 'REJECTED' | 'CANCEL_SUCCESS' | (string & {})
  /** 最后更新时间 */
  update_time?: string
}
