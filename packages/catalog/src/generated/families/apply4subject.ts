// apply4subject: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

/** 查询商户开户意愿申请单审核结果: the options of `GET /v3/apply4subject/applyment`. */
export interface Apply4subjectApplymentGetOptions extends RouteCallOptions {
  query?: {
    /** 申请单编号 */
    applyment_id?: string
    /** 业务申请编号 */
    business_code?: string
  }
}

/** 查询商户开户意愿申请单审核结果: what `GET /v3/apply4subject/applyment` answers. */
export type Apply4subjectApplymentGetResponse = {
  /** 申请单状态 */
  applyment_state: 'APPLYMENT_STATE_WAITTING_FOR_AUDIT' | 'APPLYMENT_STATE_WAITTING_FOR_CONFIRM_CONTACT' | 'APPLYMENT_STATE_WAITTING_FOR_CONFIRM_LEGALPERSON' | 'APPLYMENT_STATE_PASSED' | 'APPLYMENT_STATE_FREEZED' | 'APPLYMENT_STATE_EDITTING' | 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_TO_BE_CONFIRMED' | 'APPLYMENT_STATE_TO_BE_SIGNED' | 'APPLYMENT_STATE_SIGNING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
  /** 小程序码图片 */
  qrcode_data?: string
  /** 驳回参数 */
  reject_param?: string
  /** 驳回原因 */
  reject_reason?: string
}

export interface Apply4subjectApplymentPostJson {
  /** 业务申请编号 */
  business_code: string
  /** 联系人信息 */
  contact_info: {
    /** 超级管理员类型 */
    contact_type?: 'LEGAL' | 'SUPER'
    /** 联系人姓名 (encrypt with `client.encrypt()`) */
    name: Encrypted
    contact_id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 联系人身份证号码 (encrypt with `client.encrypt()`) */
    id_card_number: Encrypted
    /** 联系人证件正面照片 */
    contact_id_doc_copy?: string
    /** 联系人证件反面照片 */
    contact_id_doc_copy_back?: string
    /** 联系人证件有效期开始时间 */
    contact_period_begin?: string
    /** 联系人证件有效期结束时间 */
    contact_period_end?: string
    /** 业务办理授权函 */
    business_authorization_letter?: string
    /** 联系人手机号 (encrypt with `client.encrypt()`) */
    mobile: Encrypted
  }
  /** 主体信息 */
  subject_info: {
    /** 主体类型 */
    subject_type: 'SUBJECT_TYPE_INDIVIDUAL' | 'SUBJECT_TYPE_ENTERPRISE' | 'SUBJECT_TYPE_INSTITUTIONS' | 'SUBJECT_TYPE_OTHERS' | 'SUBJECT_TYPE_MICRO' | 'SUBJECT_TYPE_GOVERNMENT' | 'SUBJECT_TYPE_INSTITUTIONS_CLONED'
    /** 是否金融机构 */
    is_finance_institution?: boolean
    /** 营业执照 */
    business_license_info: {
      /** 营业执照注册号 */
      licence_number: string
      /** 营业执照照片 */
      licence_copy: string
      /** 商户名称 */
      merchant_name: string
      /** 法人姓名 */
      legal_person: string
      /** 注册地址 */
      company_address: string
      /** 营业执照有效日期JSON格式字符串 (JSON text) */
      licence_valid_date: string
    }
    /** 登记证书 */
    certificate_info?: {
      /** 登记证书类型 */
      cert_type: 'CERTIFICATE_TYPE_2388' | 'CERTIFICATE_TYPE_2389' | 'CERTIFICATE_TYPE_2390' | 'CERTIFICATE_TYPE_2391' | 'CERTIFICATE_TYPE_2392' | 'CERTIFICATE_TYPE_2393' | 'CERTIFICATE_TYPE_2394' | 'CERTIFICATE_TYPE_2395' | 'CERTIFICATE_TYPE_2396' | 'CERTIFICATE_TYPE_2399' | 'CERTIFICATE_TYPE_2400' | 'CERTIFICATE_TYPE_2520' | 'CERTIFICATE_TYPE_2521' | 'CERTIFICATE_TYPE_2522'
      /** 证书编号 */
      cert_number: string
      /** 登记证书照片 */
      cert_copy: string
      /** 商户名称 */
      merchant_name: string
      /** 法人姓名 */
      legal_person: string
      /** 注册地址 */
      company_address: string
      /** 营业执照有效日期JSON格式字符串 (JSON text) */
      cert_valid_date: string
    }
    /** 单位证明函照片 */
    company_prove_copy?: string
    /** 辅助证明材料信息 */
    assist_prove_info?: {
      /** 小微经营类型 */
      micro_biz_type: 'MICRO_TYPE_STORE' | 'MICRO_TYPE_MOBILE' | 'MICRO_TYPE_ONLINE'
      /** 门店名称 */
      store_name: string
      /** 门店省市编码 */
      store_address_code?: string
      /** 门店地址 */
      store_address: string
      /** 门店门头照片 */
      store_header_copy: string
      /** 店内环境照片 */
      store_indoor_copy: string
    }
    /** 经营许可证信息 */
    special_operation_info?: readonly {
      /** 行业ID */
      category_id: 44 | 33 | 22 | 41 | 42 | 49 | 50 | 51 | 36 | 54 | 55 | 32 | 52 | (number & {})
      /** 店内环境照片 */
      store_indoor_copy?: readonly string[]
    }[]
    /** 金融机构许可证信息 */
    finance_institution_info?: {
      /** 金融机构类型 */
      finance_type?: 'BANK_AGENT' | 'PAYMENT_AGENT' | 'INSURANCE' | 'TRADE_AND_SETTLE' | 'OTHER'
      /** 金融机构许可证图片 */
      finance_license_pics?: readonly string[]
    }
  }
  /** 法人身份信息 */
  identification_info: {
    /** 超级管理员类型 */
    id_holder_type?: 'LEGAL' | 'SUPER'
    identification_type: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 法定代表人说明函 */
    authorize_letter_copy?: string
    /** 证件姓名 (encrypt with `client.encrypt()`) */
    identification_name: Encrypted
    /** 证件号码 (encrypt with `client.encrypt()`) */
    identification_number: Encrypted
    /** 证件有效日期JSON格式字符串 (JSON text) */
    identification_valid_date: string
    /** 证件居住地址 (encrypt with `client.encrypt()`) */
    identification_address?: Encrypted
    /** 证件正面照片 */
    identification_front_copy: string
    /** 证件反面照片 */
    identification_back_copy?: string
    /** 经营者/法人是否为受益人 */
    owner?: boolean
  }
  /** 最终受益人信息列表 */
  ubo_info_list?: readonly {
    ubo_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 证件正面照片 */
    ubo_id_doc_copy: string
    /** 证件反面照片 */
    ubo_id_doc_copy_back: string
    /** 证件姓名 (encrypt with `client.encrypt()`) */
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
  /** 补充材料 */
  addition_info?: {
    /** 待确认商户号列表 */
    confirm_mchid_list?: readonly string[]
  }
}

/** 提交商户开户意愿申请单: the options of `POST /v3/apply4subject/applyment`. */
export interface Apply4subjectApplymentPostOptions extends RouteCallOptions {
  query?: {
    /** 渠道商户号 */
    channel_id?: string
  }
  json: Apply4subjectApplymentPostJson
}

/** 提交商户开户意愿申请单: what `POST /v3/apply4subject/applyment` answers. */
export type Apply4subjectApplymentPostResponse = {
  /** 微信支付申请单号 */
  applyment_id: number
}

/** 获取商户开户意愿确认状态: the options of `GET /v3/apply4subject/applyment/merchants/{sub_mchid}/state`. */
export interface Apply4subjectApplymentMerchantsBySubMchidStateGetOptions extends RouteCallOptions {
  params: {
    /** 特约商户号 */
    sub_mchid: string
  }
}

/** 获取商户开户意愿确认状态: what `GET /v3/apply4subject/applyment/merchants/{sub_mchid}/state` answers. */
export type Apply4subjectApplymentMerchantsBySubMchidStateGetResponse = {
  /** 授权状态 */
  authorize_state: 'AUTHORIZE_STATE_UNAUTHORIZED' | 'AUTHORIZE_STATE_AUTHORIZED' | (string & {})
}

/** 撤销商户开户意愿申请单: the options of `POST /v3/apply4subject/applyment/{applyment_id}/cancel`. */
export interface Apply4subjectApplymentByApplymentIdCancelPostOptions extends RouteCallOptions {
  params: {
    /** 申请单编号 */
    applyment_id: string
  }
}

/** 撤销商户开户意愿申请单: what `POST /v3/apply4subject/applyment/{applyment_id}/cancel` answers. */
export type Apply4subjectApplymentByApplymentIdCancelPostResponse = undefined

/** 撤销商户开户意愿申请单: the options of `POST /v3/apply4subject/applyment/{business_code}/cancel`. */
export interface Apply4subjectApplymentByBusinessCodeCancelPostOptions extends RouteCallOptions {
  params: {
    /** 业务申请编号 */
    business_code: string
  }
}

/** 撤销商户开户意愿申请单: what `POST /v3/apply4subject/applyment/{business_code}/cancel` answers. */
export type Apply4subjectApplymentByBusinessCodeCancelPostResponse = undefined
