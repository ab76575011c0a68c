// mch-operation-manage: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, UploadFile } from '@core/client'

/** 查询子商户强化尽调单信息: the options of `GET /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}`. */
export interface MchOperationManageEnhancedDueDiligenceByDueDiligenceIdGetOptions extends RouteCallOptions {
  params: {
    /** 尽调单号 */
    due_diligence_id: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询子商户强化尽调单信息: what `GET /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}` answers. */
export type MchOperationManageEnhancedDueDiligenceByDueDiligenceIdGetResponse = {
  /** 尽调单号 */
  due_diligence_id: string
  /** 子商户号 */
  sub_mchid: string
  /** 尽调单状态 */
  due_diligence_state: 'DUE_DILIGENCE_STATE_COLLECTING' | 'DUE_DILIGENCE_STATE_AUDITING' | 'DUE_DILIGENCE_STATE_REJECTED' | 'DUE_DILIGENCE_STATE_EXPIRED' | 'DUE_DILIGENCE_STATE_CANCELLED' | 'DUE_DILIGENCE_STATE_FINISHED' | (string & {})
  /** 驳回原因 (JSON text) */
  reject_reason?: string
  /** 截止时间 */
  deadline_time: string
  /** 终止时间 */
  terminal_time?: string
  /** 提交时间 */
  submit_time?: string
  /** 驳回时间 */
  reject_time?: string
  /** 完成时间 */
  complete_time?: string
  /** 尽调要求提交的资料 (JSON text) */
  submission_template?: string
  /** 尽调已经提交的资料 (JSON text) */
  submission_data?: string
}

export interface MchOperationManageEnhancedDueDiligenceByDueDiligenceIdSubmitPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 提交资料内容 (JSON text) */
  submit_data?: string
}

/** 提交尽调资料: the options of `POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit`. */
export interface MchOperationManageEnhancedDueDiligenceByDueDiligenceIdSubmitPostOptions extends RouteCallOptions {
  params: {
    /** 尽调单号 */
    due_diligence_id: string
  }
  json: MchOperationManageEnhancedDueDiligenceByDueDiligenceIdSubmitPostJson
}

/** 提交尽调资料: what `POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit` answers. */
export type MchOperationManageEnhancedDueDiligenceByDueDiligenceIdSubmitPostResponse = {
  /** 尽调单状态 */
  due_diligence_state?: 'DUE_DILIGENCE_STATE_COLLECTING' | 'DUE_DILIGENCE_STATE_AUDITING' | 'DUE_DILIGENCE_STATE_REJECTED' | 'DUE_DILIGENCE_STATE_EXPIRED' | 'DUE_DILIGENCE_STATE_CANCELLED' | 'DUE_DILIGENCE_STATE_FINISHED' | (string & {})
  /** 提交时间 */
  submit_time?: string
  /** 尽调要求提交的资料 (JSON text) */
  submission_template?: string
  /** 尽调已经提交的资料 (JSON text) */
  submission_data?: string
}

/** 上传尽调资料文件: the options of `POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload`. */
export interface MchOperationManageEnhancedDueDiligenceByDueDiligenceIdUploadPostOptions extends RouteCallOptions {
  params: {
    /** 尽调单号 */
    due_diligence_id: string
  }
  multipart: {
    /** 要上传的尽调资料文件 */
    due_diligence_file: UploadFile
    /** 媒体文件元信息，使用json表示 */
    meta: {
      /** 商户上传的媒体图片的名称 */
      file_name: string
      /** 图片文件的sha256摘要 */
      file_digest: string
      /** 子商户号 */
      sub_mchid: string
      /** 资料项唯一id */
      item_id: number
    }
  }
}

/** 上传尽调资料文件: what `POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload` answers. */
export type MchOperationManageEnhancedDueDiligenceByDueDiligenceIdUploadPostResponse = {
  /** 文件标识ID */
  file_id: string
}

/** 查询子商户管控情况: the options of `GET /v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}`. */
export interface MchOperationManageMerchantLimitationsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询子商户管控情况: what `GET /v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}` answers. */
export type MchOperationManageMerchantLimitationsBySubMchidGetResponse = {
  /** 商户号 */
  mchid: string
  /** 商户被管控能力列表 */
  limited_functions?: ('NO_TRANSACTION_AND_RECHARGE' | 'NO_PAYMENT' | 'NO_WITHDRAWAL' | 'NO_REFUND' | 'NO_TRANSACTION' | 'NO_PROFIT_SHARING' | 'NO_PAYMENT_POINT_COMPLETE_ORDER' | (string & {}))[]
  /** 被管控原因及解脱路径列表 */
  recovery_specifications?: {
    /** 商户被该原因管控的单据号 */
    limitation_case_id?: string
    /** 商户被管控原因 */
    limitation_reason?: string
    /** 商户被管控原因描述 */
    limitation_reason_describe?: string
    /** 商户被该原因管控的解脱路径 */
    recover_way?: 'IRRECOVERABLE' | 'MODIFY_SUBJECT_INFORMATION' | 'MODIFY_SETTLE_ACCOUNT_INFORMATION' | 'VERIFY_INACTIVE_MERCHANT_IDENTITY' | 'SUBMIT_OFFLINE_BUSINESS_SCENARIO_INFORMATION' | 'SUBMIT_INFORMATION_FOR_APPEAL' | 'RESOLVE_TRANSACTION_DISPUTES' | 'MODIFY_ADMINISTRATOR_INFORMATION' | 'CALL_CUSTOMER_SERVICE_AT_95017' | 'UPDATE_BUSINESS_SCENARIO_INFORMATION' | 'SUBMIT_CDD_INFORMATION' | 'WAITING_FOR_PLATFORM_REVIEW' | 'SUBMIT_UBO_INFORMATION' | 'SIGN_ANTI_FRAUD_PLEDGE_AND_VERIFY_FACE' | 'CONTACT_APPROPRIATE_AUTHORITY_FOR_CONSULTATION' | 'MODIFY_ABBREVIATION_INFORMATION' | 'CONFIRM_BUSINESS_TYPE' | 'SUBMIT_ONLINE_BUSINESS_SCENARIO_INFORMATION' | 'CONTACT_SERVICE_PROVIDER' | (string & {})
    /** 商户被该原因管控的解脱路径参数 */
    recover_way_param?: string
    /** 商户被该原因管控的解脱帮助链接 */
    recover_help_url?: string
    /** 处置方式 */
    limitation_action_type?: 'LIMIT_ACTION_TYPE_IMMEDIATE_CONTROL' | 'LIMIT_ACTION_TYPE_DELAY_CONTROL' | (string & {})
    /** 预计管控开始时间 */
    limitation_start_date?: string
    /** 商户被该原因管控的时间 */
    limitation_date?: string
    /** 商户被管控原因类型 */
    limitation_reason_type?: 'LICENSE_ABNORMAL' | 'NO_TRADE' | 'SETTLE_ACCOUNT_ABNORMAL' | 'RISK_ABNORMAL' | 'OTHER' | 'INSPECT_ABNORMAL' | 'INVALID_REPRESENTATIVE_INFORMATION' | 'INVALID_BUSINESS_STATUS' | 'INVALID_BUSINESS_LICENSE' | 'INVALID_BENEFICIARY_INFORMATION' | (string & {})
    /** 商户被该原因管控的能力列表 */
    relate_limitations?: ('NO_TRANSACTION_AND_RECHARGE' | 'NO_PAYMENT' | 'NO_WITHDRAWAL' | 'NO_REFUND' | 'NO_TRANSACTION' | 'NO_PROFIT_SHARING' | 'NO_PAYMENT_POINT_COMPLETE_ORDER' | (string & {}))[]
    /** 商户被该原因管控的其他能力描述 */
    other_relate_limitations?: string
  }[]
  /** 商户其他被管控能力描述 */
  other_limited_functions?: string
}
