// ecommerce/applyments: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface EcommerceApplymentsPostJson {
  /** 业务申请编号 */
  out_request_no: string
  /** 主体类型 */
  organization_type: '2401' | '2500' | '4' | '2' | '3' | '2502' | '1708'
  /** 是否金融机构 */
  finance_institution?: boolean
  /** 营业执照/登记证书信息 */
  business_license_info?: {
    /** 登记证书类型 */
    cert_type?: 'CERTIFICATE_TYPE_2388' | 'CERTIFICATE_TYPE_2389' | 'CERTIFICATE_TYPE_2390' | 'CERTIFICATE_TYPE_2391' | 'CERTIFICATE_TYPE_2392' | 'CERTIFICATE_TYPE_2393' | 'CERTIFICATE_TYPE_2394' | 'CERTIFICATE_TYPE_2395' | 'CERTIFICATE_TYPE_2396' | 'CERTIFICATE_TYPE_2399' | 'CERTIFICATE_TYPE_2400' | 'CERTIFICATE_TYPE_2520' | 'CERTIFICATE_TYPE_2521' | 'CERTIFICATE_TYPE_2522'
    /** 证件扫描件 */
    business_license_copy?: string
    /** 证件注册号 */
    business_license_number?: string
    /** 商户名称 */
    merchant_name?: string
    /** 经营者/法定代表人姓名 */
    legal_person?: string
    /** 注册地址 */
    company_address?: string
    /** 营业期限JSON格式字符串 (JSON text) */
    business_time?: string
  }
  /** 金融机构许可证信息 */
  finance_institution_info?: {
    /** 金融机构类型 */
    finance_type?: 'BANK_AGENT' | 'PAYMENT_AGENT' | 'INSURANCE' | 'TRADE_AND_SETTLE' | 'OTHER'
    /** 金融机构许可证图片 */
    finance_license_pics?: readonly string[]
  }
  /** 超级管理员类型 */
  id_holder_type?: 'LEGAL' | 'SUPER'
  id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
  /** 法定代表人说明函 */
  authorize_letter_copy?: string
  /** 经营者/法人身份证信息 */
  id_card_info?: {
    /** 身份证人像面照片 */
    id_card_copy?: string
    /** 身份证国徽面照片 */
    id_card_national?: string
    /** 身份证姓名 (encrypt with `client.encrypt()`) */
    id_card_name?: Encrypted
    /** 身份证号码 (encrypt with `client.encrypt()`) */
    id_card_number?: Encrypted
    /** 身份证有效期开始时间 */
    id_card_valid_time_begin?: string
    /** 身份证有效期结束时间 */
    id_card_valid_time?: string
  }
  /** 经营者/法人其他类型证件信息 */
  id_doc_info?: {
    /** 证件姓名 (encrypt with `client.encrypt()`) */
    id_doc_name?: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    id_doc_number?: Encrypted
    /** 证件正面照片 */
    id_doc_copy?: string
    /** 证件反面照片 */
    id_doc_copy_back?: string
    /** 证件有效期开始时间 */
    doc_period_begin?: string
    /** 证件有效期结束时间 */
    doc_period_end?: string
  }
  /** 经营者/法人是否为受益人 */
  owner?: boolean
  /** 最终受益人信息列表 */
  ubo_info_list?: readonly {
    ubo_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 证件正面照片 */
    ubo_id_doc_copy: string
    /** 证件反面照片 */
    ubo_id_doc_copy_back: string
    /** 受益人姓名 (encrypt with `client.encrypt()`) */
    ubo_id_doc_name: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    ubo_id_doc_number: Encrypted
    /** 证件居住地址 (encrypt with `client.encrypt()`) */
    ubo_id_doc_address: Encrypted
    /** 证件有效期开始时间 */
    ubo_period_begin: string
    /** 证件有效期结束时间 */
    ubo_period_end: string
  }[]
  /** 结算银行账户 */
  account_info: {
    /** 账户类型 */
    bank_account_type?: '74' | '75'
    /** 开户银行 */
    account_bank?: string
    /** 开户名称 (encrypt with `client.encrypt()`) */
    account_name?: Encrypted
    /** 开户银行省市编码 */
    bank_address_code?: string
    /** 开户银行联行号 */
    bank_branch_id?: string
    /** 开户银行全称 （含支行] */
    bank_name?: string
    /** 银行帐号 (encrypt with `client.encrypt()`) */
    account_number?: Encrypted
  }
  /** 超级管理员信息 */
  contact_info: {
    /** 超级管理员类型 */
    contact_type?: '65' | '66'
    /** 超级管理员姓名 (encrypt with `client.encrypt()`) */
    contact_name?: Encrypted
    contact_id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 超级管理员身份证件号码 (encrypt with `client.encrypt()`) */
    contact_id_card_number?: Encrypted
    /** 超级管理员证件正面照片 */
    contact_id_doc_copy?: string
    /** 超级管理员证件反面照片 */
    contact_id_doc_copy_back?: string
    /** 超级管理员证件有效期开始时间 */
    contact_period_begin?: string
    /** 超级管理员证件有效期结束时间 */
    contact_period_end?: string
    /** 业务办理授权函 */
    business_authorization_letter?: string
    /** 超级管理员手机 (encrypt with `client.encrypt()`) */
    mobile_phone?: Encrypted
  }
  /** 店铺信息 */
  sales_scene_info: {
    /** 店铺名称 */
    store_name?: string
    /** 店铺链接 */
    store_url?: string
    /** 店铺二维码 */
    store_qr_code?: string
    /** 小程序AppID */
    mini_program_sub_appid?: string
  }
  /** 结算规则 */
  settlement_info?: {
    /** 结算规则ID */
    settlement_id?: string
    /** 所属行业 */
    qualification_type?: string
  }
  /** 商户简称 */
  merchant_shortname: string
  /** 特殊资质 */
  qualifications?: readonly string[]
  /** 补充材料 */
  business_addition_pics?: readonly string[]
  /** 补充说明 */
  business_addition_desc?: readonly string[]
}

/** 二级商户进件: the options of `POST /v3/ecommerce/applyments/`. */
export interface EcommerceApplymentsPostOptions extends RouteCallOptions {
  json: EcommerceApplymentsPostJson
}

/** 二级商户进件: what `POST /v3/ecommerce/applyments/` answers. */
export type EcommerceApplymentsPostResponse = {
  /** 微信支付申请单号 */
  applyment_id: number
  /** 业务申请编号 */
  out_request_no: string
}

/** 通过业务申请编号查询申请状态: the options of `GET /v3/ecommerce/applyments/out-request-no/{out_request_no}`. */
export interface EcommerceApplymentsByOutRequestNoGetOptions extends RouteCallOptions {
  params: {
    /** 业务申请编号 */
    out_request_no: string
  }
}

/** 通过业务申请编号查询申请状态: what `GET /v3/ecommerce/applyments/out-request-no/{out_request_no}` answers. */
export type EcommerceApplymentsByOutRequestNoGetResponse = {
  /** 申请状态 */
  applyment_state: string
  /** 申请状态描述 */
  applyment_state_desc: string
  /** 签约链接 */
  sign_url?: string
  /** 电商平台二级商户号 */
  sub_mchid?: string
  /** 汇款账户验证信息 */
  account_validation?: {
    /** 付款户名 */
    account_name?: string
    /** 付款卡号 */
    account_no?: string
    /** 汇款金额 */
    pay_amount?: number
    /** 收款卡号 */
    destination_account_number?: string
    /** 收款户名 */
    destination_account_name?: string
    /** 开户银行 */
    destination_account_bank?: string
    /** 省市信息 */
    city?: string
    /** 备注信息 */
    remark?: string
    /** 汇款截止时间 */
    deadline?: string
  }
  /** 驳回原因详情 */
  audit_detail?: {
    /** 参数名称 */
    param_name: string
    /** 驳回原因 */
    reject_reason: string
  }[]
  /** 法人验证链接 */
  legal_validation_url?: string
  /** 业务申请编号 */
  out_request_no: string
  /** 微信支付申请单号 */
  applyment_id: number
  /** 签约状态 */
  sign_state?: 'UNSIGNED' | 'SIGNED' | 'NOT_SIGNABLE' | (string & {})
}

/** 撤销申请单-使用业务申请编号: the options of `POST /v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke`. */
export interface EcommerceApplymentsByOutRequestNoRevokePostOptions extends RouteCallOptions {
  params: {
    /** 业务申请编号 */
    out_request_no: string
  }
}

/** 撤销申请单-使用业务申请编号: what `POST /v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke` answers. */
export type EcommerceApplymentsByOutRequestNoRevokePostResponse = {
  /** 微信支付申请单号 */
  applyment_id: number
  /** 业务申请编号 */
  out_request_no: string
}

export interface EcommerceApplymentsSubmitAccountHostingApplymentPostJson {
  /** 业务申请编号 */
  out_request_no: string
  /** 主体类型 */
  organization_type: '2401' | '2500' | '4' | '2' | '3' | '2502' | '1708'
  /** 是否金融机构 */
  finance_institution?: boolean
  /** 营业执照/登记证书信息 */
  business_license_info?: {
    /** 登记证书类型 */
    cert_type?: 'CERTIFICATE_TYPE_2388' | 'CERTIFICATE_TYPE_2389' | 'CERTIFICATE_TYPE_2390' | 'CERTIFICATE_TYPE_2391' | 'CERTIFICATE_TYPE_2392' | 'CERTIFICATE_TYPE_2393' | 'CERTIFICATE_TYPE_2394' | 'CERTIFICATE_TYPE_2395' | 'CERTIFICATE_TYPE_2396' | 'CERTIFICATE_TYPE_2399' | 'CERTIFICATE_TYPE_2400' | 'CERTIFICATE_TYPE_2520' | 'CERTIFICATE_TYPE_2521' | 'CERTIFICATE_TYPE_2522'
    /** 证件扫描件 */
    business_license_copy?: string
    /** 证件注册号 */
    business_license_number?: string
    /** 商户名称 */
    merchant_name?: string
    /** 经营者/法定代表人姓名 */
    legal_person?: string
    /** 注册地址 */
    company_address?: string
    /** 营业期限JSON格式字符串 (JSON text) */
    business_time?: string
  }
  /** 金融机构许可证信息 */
  finance_institution_info?: {
    /** 金融机构类型 */
    finance_type?: 'BANK_AGENT' | 'PAYMENT_AGENT' | 'INSURANCE' | 'TRADE_AND_SETTLE' | 'OTHER'
    /** 金融机构许可证图片 */
    finance_license_pics?: readonly string[]
  }
  /** 超级管理员类型 */
  id_holder_type?: 'LEGAL' | 'SUPER'
  id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
  /** 法定代表人说明函 */
  authorize_letter_copy?: string
  /** 经营者/法人身份证信息 */
  id_card_info?: {
    /** 身份证人像面照片 */
    id_card_copy: string
    /** 身份证国徽面照片 */
    id_card_national: string
    /** 身份证姓名 (encrypt with `client.encrypt()`) */
    id_card_name: Encrypted
    /** 身份证号码 (encrypt with `client.encrypt()`) */
    id_card_number: Encrypted
    /** 身份证有效期开始时间 */
    id_card_valid_time_begin: string
    /** 身份证有效期结束时间 */
    id_card_valid_time: string
  }
  /** 经营者/法人其他类型证件信息 */
  id_doc_info?: {
    /** 证件姓名 (encrypt with `client.encrypt()`) */
    id_doc_name: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    id_doc_number: Encrypted
    /** 证件正面照片 */
    id_doc_copy: string
    /** 证件反面照片 */
    id_doc_copy_back?: string
    /** 证件有效期开始时间 */
    doc_period_begin: string
    /** 证件有效期结束时间 */
    doc_period_end: string
  }
  /** 最终受益人信息列表 */
  ubo_info_list?: readonly {
    ubo_id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 证件正面照片 */
    ubo_id_doc_copy?: string
    /** 证件反面照片 */
    ubo_id_doc_copy_back?: string
    /** 受益人姓名 (encrypt with `client.encrypt()`) */
    ubo_id_doc_name?: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    ubo_id_doc_number?: Encrypted
    /** 证件居住地址 (encrypt with `client.encrypt()`) */
    ubo_id_doc_address?: Encrypted
    /** 证件有效期开始时间 */
    ubo_period_begin?: string
    /** 证件有效期结束时间 */
    ubo_period_end?: string
    /** 证件有效期开始时间 */
    ubo_id_doc_period_begin?: string
    /** 证件有效期结束时间 */
    ubo_id_doc_period_end?: string
  }[]
  /** 结算银行账户 */
  account_info: {
    /** 账户类型 */
    bank_account_type: '74' | '75'
    /** 开户银行 */
    account_bank: string
    /** 开户名称 (encrypt with `client.encrypt()`) */
    account_name: Encrypted
    /** 开户银行联行号 */
    bank_branch_id?: string
    /** 开户银行全称（含支行） */
    bank_name?: string
    /** 银行帐号 (encrypt with `client.encrypt()`) */
    account_number: Encrypted
  }
  /** 超级管理员信息 */
  contact_info: {
    /** 超级管理员类型 */
    contact_type: '65' | '66'
    /** 超级管理员姓名 (encrypt with `client.encrypt()`) */
    contact_name: Encrypted
    contact_id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 超级管理员身份证件号码 (encrypt with `client.encrypt()`) */
    contact_id_card_number?: Encrypted
    /** 超级管理员证件正面照片 */
    contact_id_doc_copy?: string
    /** 超级管理员证件反面照片 */
    contact_id_doc_copy_back?: string
    /** 超级管理员证件有效期开始时间 */
    contact_period_begin?: string
    /** 超级管理员证件有效期结束时间 */
    contact_period_end?: string
    /** 业务办理授权函 */
    business_authorization_letter?: string
    /** 超级管理员证件有效期开始时间 */
    contact_id_doc_period_begin?: string
    /** 超级管理员证件有效期结束时间 */
    contact_id_doc_period_end?: string
    /** 超级管理员手机 (encrypt with `client.encrypt()`) */
    mobile_phone?: Encrypted
  }
  /** 店铺信息 */
  sales_scene_info: {
    /** 店铺名称 */
    store_name?: string
    /** 店铺链接 */
    store_url?: string
    /** 店铺二维码 */
    store_qr_code?: string
    /** 小程序AppID */
    mini_program_sub_appid?: string
  }
  /** 结算规则 */
  settlement_info?: {
    /** 结算规则ID */
    settlement_id?: string
    /** 所属行业 */
    qualification_type?: string
  }
  /** 商户简称 */
  merchant_shortname: string
  /** 特殊资质 */
  qualifications?: readonly string[]
  /** 补充材料 */
  business_addition_pics?: readonly string[]
  /** 补充说明 */
  business_addition_desc?: readonly string[]
  /** 是否走平台代理签约和代理核身入驻模式 */
  proxy_sign_verify_mode?: boolean
  /** 法人影印件信息辅助填写的平台声明 */
  id_card_complete_statement?: string
}

/** 提交申请单: the options of `POST /v3/ecommerce/applyments/submit-account-hosting-applyment`. */
export interface EcommerceApplymentsSubmitAccountHostingApplymentPostOptions extends RouteCallOptions {
  json: EcommerceApplymentsSubmitAccountHostingApplymentPostJson
}

/** 提交申请单: what `POST /v3/ecommerce/applyments/submit-account-hosting-applyment` answers. */
export type EcommerceApplymentsSubmitAccountHostingApplymentPostResponse = {
  /** 微信支付申请单号 */
  applyment_id: number
  /** 业务申请编号 */
  out_request_no: string
}

export interface EcommerceApplymentsSubmitSignVerifyInfoPostJson {
  /** 业务申请编号 */
  out_request_no: string
  /** 微信支付申请单号 */
  applyment_id?: number
  /** 预签署微信支付协议时间 */
  pre_sign_time?: string
  /** 平台代理核身信息 */
  proxy_verify_identity_info?: {
    /** 核身方式 */
    verify_identity_type: 'VERIFY_IDENTITY_TYPE_FACE_TO_FACE' | 'VERIFY_IDENTITY_TYPE_REMOTE'
    /** 核身结果 */
    verify_identity_result: boolean
  }
}

/** 平台代理签约核身: the options of `POST /v3/ecommerce/applyments/submit-sign-verify-info`. */
export interface EcommerceApplymentsSubmitSignVerifyInfoPostOptions extends RouteCallOptions {
  json: EcommerceApplymentsSubmitSignVerifyInfoPostJson
}

/** 平台代理签约核身: what `POST /v3/ecommerce/applyments/submit-sign-verify-info` answers. */
export type EcommerceApplymentsSubmitSignVerifyInfoPostResponse = {
  /** 微信支付申请单号 */
  applyment_id: number
}

/** 通过申请单ID查询申请状态: the options of `GET /v3/ecommerce/applyments/{applyment_id}`. */
export interface EcommerceApplymentsByApplymentIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    applyment_id: number
  }
}

/** 通过申请单ID查询申请状态: what `GET /v3/ecommerce/applyments/{applyment_id}` answers. */
export type EcommerceApplymentsByApplymentIdGetResponse = {
  /** 申请状态 */
  applyment_state: string
  /** 申请状态描述 */
  applyment_state_desc: string
  /** 签约链接 */
  sign_url?: string
  /** 电商平台二级商户号 */
  sub_mchid?: string
  /** 汇款账户验证信息 */
  account_validation?: {
    /** 付款户名 */
    account_name: string
    /** 付款卡号 */
    account_no?: string
    /** 汇款金额 */
    pay_amount: number
    /** 收款卡号 */
    destination_account_number: string
    /** 收款户名 */
    destination_account_name: string
    /** 开户银行 */
    destination_account_bank: string
    /** 省市信息 */
    city: string
    /** 备注信息 */
    remark: string
    /** 汇款截止时间 */
    deadline: string
  }
  /** 驳回原因详情 */
  audit_detail?: {
    /** 参数名称 */
    param_name: string
    /** 驳回原因 */
    reject_reason: string
  }[]
  /** 法人验证链接 */
  legal_validation_url?: string
  /** 业务申请编号 */
  out_request_no: string
  /** 微信支付申请单号 */
  applyment_id: number
  /** 签约状态 */
  sign_state?: 'UNSIGNED' | 'SIGNED' | 'NOT_SIGNABLE' | (string & {})
}

/** 撤销申请单-使用申请单号: the options of `POST /v3/ecommerce/applyments/{applyment_id}/revoke`. */
export interface EcommerceApplymentsByApplymentIdRevokePostOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    applyment_id: number
  }
}

/** 撤销申请单-使用申请单号: what `POST /v3/ecommerce/applyments/{applyment_id}/revoke` answers. */
export type EcommerceApplymentsByApplymentIdRevokePostResponse = {
  /** 微信支付申请单号 */
  applyment_id: number
  /** 业务申请编号 */
  out_request_no: string
}
