// brand/applyments: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface BrandApplymentsPostJson {
  /** 业务申请编号 */
  business_code: string
  /** 管理员信息 */
  admin_info: {
    /** 管理员姓名 (encrypt with `client.encrypt()`) */
    admin_name: Encrypted
    /** 管理员证件类型 */
    id_doc_type: 'IDENTIFICATION_TYPE_MAINLAND_ID_CARD' | 'IDENTIFICATION_TYPE_HONGKONG' | 'IDENTIFICATION_TYPE_MACAO' | 'IDENTIFICATION_TYPE_TAIWAN' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
    /** 管理员证件号 (encrypt with `client.encrypt()`) */
    id_card_number: Encrypted
  }
  /** 主体资料 */
  subject_info: {
    /** 主体类型 */
    subject_type: 'SUBJECT_TYPE_ENTERPRISE' | 'SUBJECT_TYPE_INDIVIDUAL'
    /** 主体名称 */
    subject_name: string
    /** 统一社会信用代码 */
    unified_social_credit_code: string
  }
  /** 品牌基础信息 */
  brand_basic_info: {
    /** 品牌名称 */
    brand_name: string
    /** 品牌Logo */
    brand_logo: string
  }
  /** 品牌商标资料 */
  trademark: {
    /** 有无商标 */
    trademark_exists: 'TRADEMARK_EXISTS' | 'TRADEMARK_NONE'
    /** 商标注册证 */
    trademark_registration_certificate?: {
      /** 商标注册证 */
      certificate?: string
      /** 商标名称 */
      name: string
      /** 商标注册号 */
      number: string
      /** 商标有效期开始时间 */
      valid_begin_time: string
      /** 商标有效期结束时间 */
      valid_end_time: string
      /** 商标国际分类 */
      international_class: string
      /** 商标注册人 */
      holder: string
      /** 商标许可使用授权书 */
      license?: string
      /** 商标授权有效期开始时间 */
      authorization_begin_time?: string
      /** 商标授权有效期结束时间 */
      authorization_end_time?: string
      /** 商标注册证列表 */
      certificate_list?: readonly string[]
      /** 商标许可使用授权书列表 */
      license_list?: readonly string[]
    }
    /** Logo商标注册证 */
    logo_trademark_registration_certificate?: {
      /** Logo商标注册证 */
      certificate?: string
      /** Logo商标名称 */
      name: string
      /** Logo商标注册号 */
      number: string
      /** Logo商标有效期开始时间 */
      valid_begin_time: string
      /** Logo商标有效期结束时间 */
      valid_end_time: string
      /** Logo商标国际分类 */
      international_class: string
      /** Logo商标注册人 */
      holder: string
      /** Logo商标许可使用授权书 */
      license?: string
      /** Logo商标授权有效期开始时间 */
      authorization_begin_time?: string
      /** Logo商标授权有效期结束时间 */
      authorization_end_time?: string
      /** Logo商标注册证列表 */
      certificate_list?: readonly string[]
      /** Logo商标许可使用授权书列表 */
      license_list?: readonly string[]
    }
    /** 无商标额外证明材料 */
    no_trademark_addition_prove?: string
    /** 无商标额外证明材料列表 */
    no_trademark_addition_prove_list?: readonly string[]
  }
}

/** 提交入驻申请: the options of `POST /v3/brand/applyments`. */
export interface BrandApplymentsPostOptions extends RouteCallOptions {
  json: BrandApplymentsPostJson
}

/** 提交入驻申请: what `POST /v3/brand/applyments` answers. */
export type BrandApplymentsPostResponse = {
  /** 微信支付申请单号 */
  applyment_id: string
  /** 业务申请编号 */
  business_code: string
}

/** 根据申请单ID查询申请状态: the options of `GET /v3/brand/applyments/applyment-id/{applyment_id}`. */
export interface BrandApplymentsByApplymentIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信支付申请单号 */
    applyment_id: string
  }
}

/** 根据申请单ID查询申请状态: what `GET /v3/brand/applyments/applyment-id/{applyment_id}` answers. */
export type BrandApplymentsByApplymentIdGetResponse = {
  /** 微信支付申请单号 */
  applyment_id: string
  /** 业务申请编号 */
  business_code: string
  /** 申请状态 */
  applyment_state: 'APPLYMENT_STATE_UNKNOWN' | 'APPLYMENT_STATE_UNSUBMITTED' | 'APPLYMENT_STATE_WAITING_VALIDATE' | 'APPLYMENT_STATE_WAITING_AUDIT' | 'APPLYMENT_STATE_WAITING_AUTH' | 'APPLYMENT_STATE_OPEN_ACCOUNT' | 'APPLYMENT_STATE_FINISH' | 'APPLYMENT_STATE_AUDIT_REJECTED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
  /** 申请状态说明 */
  applyment_state_desc: string
  /** 授权确认二维码链接 */
  authorization_confirmation_qr_code?: string
  /** 驳回原因 */
  reject_reason?: string
  /** 品牌ID */
  brand_id?: string
}

/** 根据业务申请编号查询申请状态: the options of `GET /v3/brand/applyments/business-code/{business_code}`. */
export interface BrandApplymentsByBusinessCodeGetOptions extends RouteCallOptions {
  params: {
    /** 业务申请编号 */
    business_code: string
  }
}

/** 根据业务申请编号查询申请状态: what `GET /v3/brand/applyments/business-code/{business_code}` answers. */
export type BrandApplymentsByBusinessCodeGetResponse = {
  /** 微信支付申请单号 */
  applyment_id: string
  /** 业务申请编号 */
  business_code: string
  /** 申请状态 */
  applyment_state: 'APPLYMENT_STATE_UNKNOWN' | 'APPLYMENT_STATE_UNSUBMITTED' | 'APPLYMENT_STATE_WAITING_VALIDATE' | 'APPLYMENT_STATE_WAITING_AUDIT' | 'APPLYMENT_STATE_WAITING_AUTH' | 'APPLYMENT_STATE_OPEN_ACCOUNT' | 'APPLYMENT_STATE_FINISH' | 'APPLYMENT_STATE_AUDIT_REJECTED' | 'APPLYMENT_STATE_CANCELED' | (string & {})
  /** 申请状态说明 */
  applyment_state_desc: string
  /** 授权确认二维码链接 */
  authorization_confirmation_qr_code?: string
  /** 驳回原因 */
  reject_reason?: string
  /** 品牌ID */
  brand_id?: string
}

export interface BrandApplymentsCancelApplymentPostJson {
  /** 微信支付申请单号 */
  applyment_id?: string
  /** 业务申请编号 */
  business_code?: string
}

/** 撤销申请: the options of `POST /v3/brand/applyments/cancel-applyment`. */
export interface BrandApplymentsCancelApplymentPostOptions extends RouteCallOptions {
  json?: BrandApplymentsCancelApplymentPostJson
}

/** 撤销申请: what `POST /v3/brand/applyments/cancel-applyment` answers. */
export type BrandApplymentsCancelApplymentPostResponse = {
  /** 微信支付申请单号 */
  applyment_id: string
  /** 业务申请编号 */
  business_code: string
}
