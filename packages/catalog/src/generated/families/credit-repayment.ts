// credit-repayment: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface CreditRepaymentPartnerContractsAppPresignPostJson {
  /** 商户AppID */
  appid: string
  /** 模板ID */
  plan_id: string
  /** 服务商签约协议号 */
  out_contract_code: string
  /** 用户展示名称 */
  display_name: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 还款日 */
  repayment_day: number
  /** 还款金额上限 */
  repayment_amount_limit: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户AppID */
  sub_appid?: string
  /** 用户实名信息 */
  real_identity: {
    /** 实名验证类型 */
    identity_type: 'REAL_IDENTITY_TYPE_INVALID' | 'REAL_IDENTITY_TYPE_ID_CARD'
    /** 自然人证件号码 (encrypt with `client.encrypt()`) */
    identity_id: Encrypted
    /** 自然人姓名 (encrypt with `client.encrypt()`) */
    real_name: Encrypted
  }
  /** 交易信息 */
  trade_info?: {
    /** 商户侧交易单号 */
    out_trade_no: string
    /** 还款金额 */
    deduct_amount: number
    /** 产品描述 */
    description?: string
    /** 商户数据包 */
    attach?: string
    /** 商户回调地址 */
    notify_url?: string
  }
}

/** APP预签约自动还款协议: the options of `POST /v3/credit-repayment/partner/contracts/app-presign`. */
export interface CreditRepaymentPartnerContractsAppPresignPostOptions extends RouteCallOptions {
  json: CreditRepaymentPartnerContractsAppPresignPostJson
}

/** APP预签约自动还款协议: what `POST /v3/credit-repayment/partner/contracts/app-presign` answers. */
export type CreditRepaymentPartnerContractsAppPresignPostResponse = {
  /** 预签约码 */
  presign_token: string
  /** 跳转到的签约服务提供方 */
  redirect_service?: string
}

export interface CreditRepaymentPartnerContractsH5PresignPostJson {
  /** 商户AppID */
  appid: string
  /** 模板ID */
  plan_id: string
  /** 服务商签约协议号 */
  out_contract_code: string
  /** 用户展示名称 */
  display_name: string
  /** 签约结果通知地址 */
  contract_notify_url: string
  /** 还款日 */
  repayment_day: number
  /** 还款金额上限 */
  repayment_amount_limit: string
  /** 子商户号 */
  sub_mchid?: string
  /** 子商户AppID */
  sub_appid?: string
  /** 用户实名信息 */
  real_identity: {
    /** 实名验证类型 */
    identity_type: 'REAL_IDENTITY_TYPE_INVALID' | 'REAL_IDENTITY_TYPE_ID_CARD'
    /** 自然人证件号码 (encrypt with `client.encrypt()`) */
    identity_id: Encrypted
    /** 自然人姓名 (encrypt with `client.encrypt()`) */
    real_name: Encrypted
  }
  /** 交易信息 */
  trade_info?: {
    /** 商户侧交易单号 */
    out_trade_no: string
    /** 还款金额 */
    deduct_amount: number
    /** 产品描述 */
    description?: string
    /** 商户数据包 */
    attach?: string
    /** 商户回调地址 */
    notify_url?: string
  }
  /** 跳转控制信息 */
  jump_info?: {
    /** 签约完后要跳转到的应用AppID */
    jump_appid?: string
  }
}

/** H5预签约自动还款协议: the options of `POST /v3/credit-repayment/partner/contracts/h5-presign`. */
export interface CreditRepaymentPartnerContractsH5PresignPostOptions extends RouteCallOptions {
  json: CreditRepaymentPartnerContractsH5PresignPostJson
}

/** H5预签约自动还款协议: what `POST /v3/credit-repayment/partner/contracts/h5-presign` answers. */
export type CreditRepaymentPartnerContractsH5PresignPostResponse = {
  /** 拉起微信支付签约页的URL */
  redirect_url: string
}

export interface CreditRepaymentPartnerContractsTerminatePostJson {
  /** 服务商签约协议号 */
  out_contract_code: string
  /** 协议解约备注 */
  contract_termination_remark: string
}

/** 解除自动还款协议: the options of `POST /v3/credit-repayment/partner/contracts/terminate`. */
export interface CreditRepaymentPartnerContractsTerminatePostOptions extends RouteCallOptions {
  json: CreditRepaymentPartnerContractsTerminatePostJson
}

/** 解除自动还款协议: what `POST /v3/credit-repayment/partner/contracts/terminate` answers. */
export type CreditRepaymentPartnerContractsTerminatePostResponse = {
  /** 协议信息 */
  contract_info?: {
    /** 协议ID */
    contract_id: string
    /** 模板ID */
    plan_id: string
    /** 服务商签约协议号 */
    out_contract_code: string
    /** 用户展示名称 */
    display_name: string
    /** 协议状态 */
    contract_state: 'CONTRACT_STATE_INVALID' | 'CONTRACT_STATE_EFFECTIVE' | 'CONTRACT_STATE_TERMINATED' | (string & {})
    /** 协议签署时间 */
    contract_signed_time?: string
    /** 协议解约时间 */
    contract_terminated_time?: string
    /** 协议解约方式 */
    contract_terminated_mode?: 'TERMINATION_MODE_INVALID' | 'TERMINATION_MODE_BY_USER' | 'TERMINATION_MODE_BY_MERCHANT' | 'TERMINATION_MODE_BY_CUSTOMER_SERVICE' | (string & {})
    /** 协议解约备注 */
    contract_termination_remark?: string
    /** 还款日 */
    repayment_day?: number
    /** 用户服务商标识 */
    openid?: string
    /** 服务商AppID */
    appid?: string
    /** 还款金额上限 */
    repayment_amount_limit: number
  }
}

/** 查询自动还款协议: the options of `GET /v3/credit-repayment/partner/contracts/{out_contract_code}`. */
export interface CreditRepaymentPartnerContractsByOutContractCodeGetOptions extends RouteCallOptions {
  params: {
    /** 服务商签约协议号 */
    out_contract_code: string
  }
}

/** 查询自动还款协议: what `GET /v3/credit-repayment/partner/contracts/{out_contract_code}` answers. */
export type CreditRepaymentPartnerContractsByOutContractCodeGetResponse = {
  /** 协议ID */
  contract_id: string
  /** 模板ID */
  plan_id: string
  /** 服务商签约协议号 */
  out_contract_code: string
  /** 用户展示名称 */
  display_name: string
  /** 协议状态 */
  contract_state: 'CONTRACT_STATE_INVALID' | 'CONTRACT_STATE_EFFECTIVE' | 'CONTRACT_STATE_TERMINATED' | (string & {})
  /** 协议签署时间 */
  contract_signed_time?: string
  /** 协议解约时间 */
  contract_terminated_time?: string
  /** 协议解约方式 */
  contract_terminated_mode?: 'TERMINATION_MODE_INVALID' | 'TERMINATION_MODE_BY_USER' | 'TERMINATION_MODE_BY_MERCHANT' | 'TERMINATION_MODE_BY_CUSTOMER_SERVICE' | (string & {})
  /** 协议解约备注 */
  contract_termination_remark?: string
  /** 还款日 */
  repayment_day?: number
  /** 用户服务商标识 */
  openid?: string
  /** 服务商AppID */
  appid?: string
  /** 还款金额上限 */
  repayment_amount_limit: number
}

export interface CreditRepaymentPartnerDeductOrdersPostJson {
  /** 还款协议ID */
  contract_id: string
  /** 商户侧交易单号 */
  out_trade_no: string
  /** 商户侧预约还款单号 */
  out_record_id: string
  /** 还款金额 */
  deduct_amount: string
  /** 商户回调地址 */
  notify_url: string
  /** 产品描述 */
  description: string
  /** 商户数据包 */
  attach?: string
}

/** 发起还款: the options of `POST /v3/credit-repayment/partner/deduct-orders`. */
export interface CreditRepaymentPartnerDeductOrdersPostOptions extends RouteCallOptions {
  json: CreditRepaymentPartnerDeductOrdersPostJson
}

/** 发起还款: what `POST /v3/credit-repayment/partner/deduct-orders` answers. */
export type CreditRepaymentPartnerDeductOrdersPostResponse = {
  /** 商户侧交易单号 */
  out_trade_no: string
  /** 商户侧预约还款单号 */
  out_record_id: string
  /** 商户AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 用户标识 */
  openid: string
  /** 还款协议ID */
  contract_id: string
  /** 还款单状态 */
  order_state: 'DEDUCT_ORDER_STATE_PENDING' | 'DEDUCT_ORDER_STATE_NOT_PAY' | 'DEDUCT_ORDER_STATE_PAY_SUCCESS' | 'DEDUCT_ORDER_STATE_PAY_FAIL' | (string & {})
  /** 还款金额 */
  deduct_amount: string
  /** 实际还款金额 */
  pay_success_amount?: string
  /** 产品描述 */
  description: string
  /** 商户数据包 */
  attach?: string
  /** 微信支付的支付单号 */
  transaction_id?: string
}

/** 查询还款单: the options of `GET /v3/credit-repayment/partner/deduct-orders/{out_trade_no}`. */
export interface CreditRepaymentPartnerDeductOrdersByOutTradeNoGetOptions extends RouteCallOptions {
  params: {
    /** 商户侧交易单号 */
    out_trade_no: string
  }
}

/** 查询还款单: what `GET /v3/credit-repayment/partner/deduct-orders/{out_trade_no}` answers. */
export type CreditRepaymentPartnerDeductOrdersByOutTradeNoGetResponse = {
  /** 商户侧交易单号 */
  out_trade_no: string
  /** 商户侧预约还款单号 */
  out_record_id: string
  /** 商户AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 用户标识 */
  openid: string
  /** 还款协议ID */
  contract_id: string
  /** 还款单状态 */
  order_state: 'DEDUCT_ORDER_STATE_PENDING' | 'DEDUCT_ORDER_STATE_NOT_PAY' | 'DEDUCT_ORDER_STATE_PAY_SUCCESS' | 'DEDUCT_ORDER_STATE_PAY_FAIL' | (string & {})
  /** 还款金额 */
  deduct_amount: string
  /** 实际还款金额 */
  pay_success_amount?: string
  /** 产品描述 */
  description: string
  /** 商户数据包 */
  attach?: string
  /** 微信支付的支付单号 */
  transaction_id?: string
}

export interface CreditRepaymentPartnerScheduleRecordsBatchCreatePostJson {
  /** 还款协议ID */
  contract_id: string
  /** 商户AppID */
  appid: string
  /** 用户标识 */
  openid: string
  /** 预约还款项列表 */
  schedule_items: readonly {
    /** 商户侧预约还款单号 */
    out_record_id: string
    /** 子商户号 */
    sub_mchid: string
    /** 子商户AppID */
    sub_appid?: string
    /** 应还款金额 */
    repayment_amount: string
    /** 最低还款金额 */
    min_repayment_amount?: string
    /** 还款日期 */
    repayment_date: string
  }[]
}

/** 预约还款: the options of `POST /v3/credit-repayment/partner/schedule-records/batch-create`. */
export interface CreditRepaymentPartnerScheduleRecordsBatchCreatePostOptions extends RouteCallOptions {
  json: CreditRepaymentPartnerScheduleRecordsBatchCreatePostJson
}

/** 预约还款: what `POST /v3/credit-repayment/partner/schedule-records/batch-create` answers. */
export type CreditRepaymentPartnerScheduleRecordsBatchCreatePostResponse = {
  /** 预约还款记录列表 */
  schedule_records?: {
    /** 商户侧预约还款单号 */
    out_record_id: string
    /** 商户AppID */
    appid: string
    /** 子商户AppID */
    sub_appid?: string
    /** 还款协议ID */
    contract_id?: string
    /** 应还款金额 */
    repayment_amount: string
    /** 最低还款金额 */
    min_repayment_amount: string
    /** 还款日期 */
    repayment_date: string
    /** 用户标识 */
    openid: string
  }[]
}

/** 查询预约还款记录: the options of `GET /v3/credit-repayment/partner/schedule-records/{out_record_id}`. */
export interface CreditRepaymentPartnerScheduleRecordsByOutRecordIdGetOptions extends RouteCallOptions {
  params: {
    /** 商户侧预约还款单号 */
    out_record_id: string
  }
  query: {
    /** 还款协议ID */
    contract_id: string
  }
}

/** 查询预约还款记录: what `GET /v3/credit-repayment/partner/schedule-records/{out_record_id}` answers. */
export type CreditRepaymentPartnerScheduleRecordsByOutRecordIdGetResponse = {
  /** 商户侧预约还款单号 */
  out_record_id: string
  /** 商户AppID */
  appid: string
  /** 子商户AppID */
  sub_appid?: string
  /** 还款协议ID */
  contract_id?: string
  /** 应还款金额 */
  repayment_amount: string
  /** 最低还款金额 */
  min_repayment_amount: string
  /** 还款日期 */
  repayment_date: string
  /** 用户标识 */
  openid: string
}
