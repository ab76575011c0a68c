// mchalterapply: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface MchalterapplyMchcontactalterapplymentPostJson {
  /** 商户号 */
  merchant_code: string
  /** 业务申请编号 */
  out_request_no: string
  /** 超级管理员信息 */
  contact_info?: {
    /** 超级管理员姓名 (encrypt with `client.encrypt()`) */
    contact_name: Encrypted
    /** 超级管理员证件类型 */
    contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 超级管理员身份证件号码 (encrypt with `client.encrypt()`) */
    contact_id_card_number: Encrypted
    /** 超级管理员证件正面照片 */
    contact_id_doc_copy: string
    /** 超级管理员证件反面照片 */
    contact_id_doc_copy_back?: string
    /** 超级管理员证件有效期开始时间 */
    contact_id_doc_period_begin: string
    /** 超级管理员证件有效期结束时间 */
    contact_id_doc_period_end: string
    /** 业务办理授权函 */
    business_authorization_letter?: string
    /** 超级管理员手机 (encrypt with `client.encrypt()`) */
    mobile_phone: Encrypted
  }
}

/** 提交超管变更申请单: the options of `POST /v3/mchalterapply/mchcontactalterapplyment`. */
export interface MchalterapplyMchcontactalterapplymentPostOptions extends RouteCallOptions {
  json: MchalterapplyMchcontactalterapplymentPostJson
}

/** 提交超管变更申请单: what `POST /v3/mchalterapply/mchcontactalterapplyment` answers. */
export type MchalterapplyMchcontactalterapplymentPostResponse = {
  /** 申请单号 */
  apply_id?: string
}

/** 查询超管变更申请单状态-使用业务单号和商户号: the options of `GET /v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}`. */
export interface MchalterapplyMchcontactalterapplymentMerchantByMerchantCodeByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付商户号 */
    merchant_code: string
    /** 业务申请编号 */
    out_request_no: string
  }
}

/** 查询超管变更申请单状态-使用业务单号和商户号: what `GET /v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}` answers. */
export type MchalterapplyMchcontactalterapplymentMerchantByMerchantCodeByOutRequestNoGetResponse = {
  /** 申请单号 */
  apply_id: string
  /** 业务申请编号 */
  out_request_no: string
  /** 微信支付商户号 */
  merchant_code: string
  /** 申请单状态 */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
  /** 总体驳回原因 */
  audit_reject_reason?: string
  /** 驳回原因详情 */
  audit_reject_detail?: {
    /** 参数名称 */
    param_name?: string
    /** 驳回原因 */
    reject_reason?: string
  }[]
}

/** 查询超管变更申请单状态-使用申请单号: the options of `GET /v3/mchalterapply/mchcontactalterapplyment/{apply_id}`. */
export interface MchalterapplyMchcontactalterapplymentByApplyIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    apply_id: string
  }
}

/** 查询超管变更申请单状态-使用申请单号: what `GET /v3/mchalterapply/mchcontactalterapplyment/{apply_id}` answers. */
export type MchalterapplyMchcontactalterapplymentByApplyIdGetResponse = {
  /** 申请单号 */
  apply_id: string
  /** 业务申请编号 */
  out_request_no: string
  /** 微信支付商户号 */
  merchant_code: string
  /** 申请单状态 */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
  /** 总体驳回原因 */
  audit_reject_reason?: string
  /** 驳回原因详情 */
  audit_reject_detail?: {
    /** 参数名称 */
    param_name?: string
    /** 驳回原因 */
    reject_reason?: string
  }[]
}

/** 撤销超管变更申请单: the options of `POST /v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke`. */
export interface MchalterapplyMchcontactalterapplymentByApplyIdRevokePostOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    apply_id: string
  }
}

/** 撤销超管变更申请单: what `POST /v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke` answers. */
export type MchalterapplyMchcontactalterapplymentByApplyIdRevokePostResponse = {
  /** 申请单号 */
  apply_id?: string
  /** 申请单状态 */
  state?: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
}

export interface MchalterapplyMchsubjectalterapplymentPostJson {
  /** 商户号 */
  merchant_code: string
  /** 业务申请编号 */
  out_request_no: string
  /** 主体资料变更范围 */
  alter_scope?: 'ALTER_SCOPE_FULL' | 'ALTER_SCOPE_BUSINESS_CERT' | 'ALTER_SCOPE_UBO'
  /** 主体类型 */
  organization_type: 'SUBJECT_TYPE_ENTERPRISE' | 'SUBJECT_TYPE_INSTITUTIONS_CLONED' | 'SUBJECT_TYPE_INDIVIDUAL' | 'SUBJECT_TYPE_OTHERS' | 'SUBJECT_TYPE_GOVERNMENT' | 'SUBJECT_TYPE_MICRO'
  /** 是否金融机构 */
  finance_institution?: boolean
  /** 营业执照信息 */
  business_license_info?: {
    /** 营业执照注册号 */
    license_number: string
    /** 营业执照照片 */
    license_copy: string
    /** 商户名称 */
    merchant_name: string
    /** 法人姓名 */
    legal_person: string
    /** 注册地址 */
    company_address?: string
    /** 有效期开始时间 */
    license_period_begin?: string
    /** 有效期结束时间 */
    license_period_end?: string
  }
  /** 登记证书信息 */
  certificate_info?: {
    /** 证书类型 */
    cert_type: 'CERTIFICATE_TYPE_2388' | 'CERTIFICATE_TYPE_2389' | 'CERTIFICATE_TYPE_2394' | 'CERTIFICATE_TYPE_2395' | 'CERTIFICATE_TYPE_2396' | 'CERTIFICATE_TYPE_2520' | 'CERTIFICATE_TYPE_2521' | 'CERTIFICATE_TYPE_2522' | 'CERTIFICATE_TYPE_2399' | 'CERTIFICATE_TYPE_2400'
    /** 证书编号 */
    cert_number: string
    /** 证书照片 */
    cert_copy: string
    /** 商户名称 */
    merchant_name: string
    /** 法人姓名 */
    legal_person: string
    /** 注册地址 */
    company_address: string
    /** 有效期开始时间 */
    cert_period_begin: string
    /** 有效期结束时间 */
    cert_period_end: string
  }
  /** 金融机构许可证 */
  finance_institution_info?: {
    /** 金融机构类型 */
    finance_type: 'FINANCE_TYPE_BANK_AGENT' | 'FINANCE_TYPE_PAYMENT_AGENT' | 'FINANCE_TYPE_INSURANCE' | 'FINANCE_TYPE_TRADE_AND_SETTLE' | 'FINANCE_TYPE_OTHER'
    /** 金融机构许可证图片 */
    finance_license_pics: readonly string[]
  }
  /** 法人身份信息 */
  legal_person_info?: {
    /** 证件持有人类型 */
    id_holder_type: 'LEGAL' | 'SUPER'
    /** 证件类型 */
    id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 法定代表人说明函 */
    authorize_letter_copy?: string
    /** 证件正面照片 */
    card_front?: string
    /** 证件反面照片 */
    card_back?: string
    /** 证件姓名 (encrypt with `client.encrypt()`) */
    card_name?: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    card_number?: Encrypted
    /** 证件居住地址 (encrypt with `client.encrypt()`) */
    card_address?: Encrypted
    /** 证件有效期开始时间 */
    card_period_begin?: string
    /** 证件有效期结束时间 */
    card_period_end?: string
    /** 经营者/法人是否为受益人 */
    as_ubo?: boolean
  }
  /** 最终受益人信息列表 */
  ubo_info_list?: readonly {
    /** 证件类型 */
    id_doc_type: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 证件正面照片 */
    card_front: string
    /** 证件反面照片 */
    card_back?: string
    /** 证件姓名 (encrypt with `client.encrypt()`) */
    card_name: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    card_number: Encrypted
    /** 证件居住地址 (encrypt with `client.encrypt()`) */
    card_address: Encrypted
    /** 证件有效期开始时间 */
    card_period_begin: string
    /** 证件有效期结束时间 */
    card_period_end: string
  }[]
  /** 补充材料列表 */
  addition?: {
    /** 银行开户许可证 */
    bank_openaccount_license?: readonly string[]
    /** 开户核准通知书 */
    openaccount_approval?: readonly string[]
    /** 法人身份辅助证明 */
    legal_other_prove?: readonly string[]
    /** 发证机关证明 */
    agency_prove?: readonly string[]
    /** 受益所有人补充材料 */
    ubo_prove?: readonly string[]
  }
}

/** 提交资料变更申请单: the options of `POST /v3/mchalterapply/mchsubjectalterapplyment`. */
export interface MchalterapplyMchsubjectalterapplymentPostOptions extends RouteCallOptions {
  json: MchalterapplyMchsubjectalterapplymentPostJson
}

/** 提交资料变更申请单: what `POST /v3/mchalterapply/mchsubjectalterapplyment` answers. */
export type MchalterapplyMchsubjectalterapplymentPostResponse = {
  /** 申请单号 */
  apply_id?: string
}

/** 查询申请单状态-使用业务单号: the options of `GET /v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}`. */
export interface MchalterapplyMchsubjectalterapplymentMerchantByMerchantCodeByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付商户号 */
    merchant_code: string
    /** 业务申请编号 */
    out_request_no: string
  }
}

/** 查询申请单状态-使用业务单号: what `GET /v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}` answers. */
export type MchalterapplyMchsubjectalterapplymentMerchantByMerchantCodeByOutRequestNoGetResponse = {
  /** 微信支付商户号 */
  merchant_code: string
  /** 申请单号 */
  apply_id: string
  /** 业务申请编号 */
  out_request_no: string
  /** 申请单状态 */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | 'APPLYMENT_STATE_EDITTING' | (string & {})
  /** 总体驳回原因 */
  audit_reject_reason?: string
  /** 驳回原因详情 */
  audit_reject_detail?: {
    /** 参数名称 */
    param_name?: string
    /** 驳回原因 */
    reject_reason?: string
  }[]
}

/** 查询资料变更申请单状态-使用申请单号: the options of `GET /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}`. */
export interface MchalterapplyMchsubjectalterapplymentByApplyIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    apply_id: string
  }
}

/** 查询资料变更申请单状态-使用申请单号: what `GET /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}` answers. */
export type MchalterapplyMchsubjectalterapplymentByApplyIdGetResponse = {
  /** 微信支付商户号 */
  merchant_code: string
  /** 申请单号 */
  apply_id: string
  /** 业务申请编号 */
  out_request_no: string
  /** 申请单状态 */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | 'APPLYMENT_STATE_EDITTING' | (string & {})
  /** 总体驳回原因 */
  audit_reject_reason?: string
  /** 驳回原因详情 */
  audit_reject_detail?: {
    /** 参数名称 */
    param_name?: string
    /** 驳回原因 */
    reject_reason?: string
  }[]
}

/** 撤销资料变更申请单: the options of `POST /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke`. */
export interface MchalterapplyMchsubjectalterapplymentByApplyIdRevokePostOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    apply_id: string
  }
}

/** 撤销资料变更申请单: what `POST /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke` answers. */
export type MchalterapplyMchsubjectalterapplymentByApplyIdRevokePostResponse = {
  /** 撤销状态 */
  result: 'SUCCESS' | 'FAIL' | (string & {})
}

export interface MchalterapplyMerchantnamealterapplymentPostJson {
  /** 二级商户号 */
  sub_mchid: string
  /** 业务申请编号 */
  out_request_no: string
  /** 商户简称 */
  merchant_shortname: string
}

/** 提交商户简称变更申请单: the options of `POST /v3/mchalterapply/merchantnamealterapplyment`. */
export interface MchalterapplyMerchantnamealterapplymentPostOptions extends RouteCallOptions {
  json: MchalterapplyMerchantnamealterapplymentPostJson
}

/** 提交商户简称变更申请单: what `POST /v3/mchalterapply/merchantnamealterapplyment` answers. */
export type MchalterapplyMerchantnamealterapplymentPostResponse = {
  /** 申请单号 */
  apply_id?: string
}

/** 查询商户简称申请单状态-使用业务单号和商户号: the options of `GET /v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}`. */
export interface MchalterapplyMerchantnamealterapplymentMerchantBySubMchidByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 二级商户号 */
    sub_mchid: string
    /** 业务申请编号 */
    out_request_no: string
  }
}

/** 查询商户简称申请单状态-使用业务单号和商户号: what `GET /v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}` answers. */
export type MchalterapplyMerchantnamealterapplymentMerchantBySubMchidByOutRequestNoGetResponse = {
  /** 申请单号 */
  apply_id: string
  /** 业务申请编号 */
  out_request_no: string
  /** 二级商户号 */
  sub_mchid: string
  /** 申请单状态 */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
  /** 总体驳回原因 */
  audit_reject_reason?: string
}

/** 查询商户简称变更申请单状态-使用申请单号: the options of `GET /v3/mchalterapply/merchantnamealterapplyment/{apply_id}`. */
export interface MchalterapplyMerchantnamealterapplymentByApplyIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    apply_id: string
  }
}

/** 查询商户简称变更申请单状态-使用申请单号: what `GET /v3/mchalterapply/merchantnamealterapplyment/{apply_id}` answers. */
export type MchalterapplyMerchantnamealterapplymentByApplyIdGetResponse = {
  /** 申请单号 */
  apply_id: string
  /** 业务申请编号 */
  out_request_no: string
  /** 微信支付商户号 */
  merchant_code: string
  /** 申请单状态 */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
  /** 总体驳回原因 */
  audit_reject_reason?: string
}

/** 撤销商户简称变更申请单: the options of `POST /v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke`. */
export interface MchalterapplyMerchantnamealterapplymentByApplyIdRevokePostOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    apply_id: string
  }
}

/** 撤销商户简称变更申请单: what `POST /v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke` answers. */
export type MchalterapplyMerchantnamealterapplymentByApplyIdRevokePostResponse = {
  /** 申请单号 */
  apply_id?: string
  /** 申请单状态 */
  state?: 'APPLYMENT_STATE_CANCELED' | (string & {})
}
