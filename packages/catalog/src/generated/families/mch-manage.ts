// mch-manage: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions, UploadFile } from '@core/client'

/** 分页查询子商户名下的商户管理记录: the options of `GET /v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}`. */
export interface MchManageMchManageRecordsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
  query: {
    /** 最大资源条数 */
    limit: number
    /** 请求资源起始位置 */
    offset?: number
    /** 商户管理记录类型 */
    manage_record_type: 'FUNCTIONAL_LIMIT_RECORD' | 'INVESTIGATE_RECORD'
    /** 商户管理记录状态 */
    manage_record_state?: 'PENDING' | 'SUBMITTED' | 'EXPIRED' | 'UNDER_REVIEW' | 'RECOVERED' | 'REJECTED'
  }
}

/** 分页查询子商户名下的商户管理记录: what `GET /v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}` answers. */
export type MchManageMchManageRecordsBySubMchidGetResponse = {
  /** 请求资源起始位置 */
  offset?: number
  /** 最大资源条数 */
  limit?: number
  /** 资源总条数 */
  total_count?: number
  /** 商户管理记录详情列表 */
  data?: {
    /** 子商户号 */
    sub_mchid?: string
    /** 商户管理记录ID */
    manage_record_id?: string
    /** 商户管理记录类型 */
    manage_record_type?: 'FUNCTIONAL_LIMIT_RECORD' | 'INVESTIGATE_RECORD' | (string & {})
    /** 管控时间 */
    manage_time?: string
    /** 管控原因 */
    manage_reason?: string
    /** 限制功能 */
    limit_ability?: string
    /** 解除管控方式 */
    recover_way?: 'SUBMIT_INFORMATION' | 'VERIFY_INACTIVE_MERCHANT_IDENTITY' | 'MODIFY_ORGANIZATION_INFORMATION' | 'OTHER' | (string & {})
    /** 是否允许提交资料 */
    allow_submit?: boolean
    /** 禁止提交资料原因 */
    forbid_submit_reason?: string
    /** 可提交资料开始时间 */
    submit_start_time?: string
    /** 可提交资料结束时间 */
    submit_end_time?: string
    /** 商户管理记录状态 */
    manage_record_state?: 'PENDING' | 'SUBMITTED' | 'EXPIRED' | 'UNDER_REVIEW' | 'RECOVERED' | 'REJECTED' | (string & {})
    /** 解除管控时间 */
    recover_time?: string
    /** 解除管控原因 */
    recover_reason?: 'MERCHANT_SUBMIT_RECOVER' | 'MERCHANT_OPERATE_RECOVER' | 'PLATFORM_AUTO_RECOVER' | (string & {})
    /** 申诉驳回原因 */
    reject_reason?: string
    /** 可提交资料结束时间 */
    approve_time?: string
    /** 要求提交的资料 (JSON text) */
    requested_item_info?: string
  }[]
}

/** 查询子商户下指定商户管理记录: the options of `GET /v3/mch-manage/mch-manage-records/{manage_record_id}`. */
export interface MchManageMchManageRecordsByManageRecordIdGetOptions extends RouteCallOptions {
  params: {
    /** 商户管理记录ID */
    manage_record_id: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询子商户下指定商户管理记录: what `GET /v3/mch-manage/mch-manage-records/{manage_record_id}` answers. */
export type MchManageMchManageRecordsByManageRecordIdGetResponse = {
  /** 子商户号 */
  sub_mchid?: string
  /** 商户管理记录ID */
  manage_record_id?: string
  /** 商户管理记录类型 */
  manage_record_type?: 'FUNCTIONAL_LIMIT_RECORD' | 'INVESTIGATE_RECORD' | (string & {})
  /** 管控时间 */
  manage_time?: string
  /** 管控原因 */
  manage_reason?: string
  /** 限制功能 */
  limit_ability?: string
  /** 解除管控方式 */
  recover_way?: 'SUBMIT_INFORMATION' | 'VERIFY_INACTIVE_MERCHANT_IDENTITY' | 'MODIFY_ORGANIZATION_INFORMATION' | 'OTHER' | (string & {})
  /** 是否允许提交资料 */
  allow_submit?: boolean
  /** 禁止提交资料原因 */
  forbid_submit_reason?: string
  /** 可提交资料开始时间 */
  submit_start_time?: string
  /** 可提交资料结束时间 */
  submit_end_time?: string
  /** 商户管理记录状态 */
  manage_record_state?: 'PENDING' | 'SUBMITTED' | 'EXPIRED' | 'UNDER_REVIEW' | 'RECOVERED' | 'REJECTED' | (string & {})
  /** 解除管控时间 */
  recover_time?: string
  /** 解除管控原因 */
  recover_reason?: 'MERCHANT_SUBMIT_RECOVER' | 'MERCHANT_OPERATE_RECOVER' | 'PLATFORM_AUTO_RECOVER' | (string & {})
  /** 申诉驳回原因 */
  reject_reason?: string
  /** 可提交资料结束时间 */
  approve_time?: string
  /** 要求提交的资料 (JSON text) */
  requested_item_info?: string
}

export interface MchManageMchManageRecordsByManageRecordIdMchManageSubmissionsPostJson {
  /** 子商户号 */
  sub_mchid: string
  /** 商户提交资料内容 (JSON text) */
  submit_data: string
}

/** 对指定商户管理记录提交资料: the options of `POST /v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions`. */
export interface MchManageMchManageRecordsByManageRecordIdMchManageSubmissionsPostOptions extends RouteCallOptions {
  params: {
    /** 商户管理记录ID */
    manage_record_id: string
  }
  json: MchManageMchManageRecordsByManageRecordIdMchManageSubmissionsPostJson
}

/** 对指定商户管理记录提交资料: what `POST /v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions` answers. */
export type MchManageMchManageRecordsByManageRecordIdMchManageSubmissionsPostResponse = {
  /** 商户管理提交资料记录ID */
  manage_submission_id?: string
}

/** 上传商户提交资料文件: the options of `POST /v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload`. */
export interface MchManageSubmissionFilesBySubMchidUploadPostOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
  multipart: {
    /** 要上传的资料文件 */
    submission_file: UploadFile
    /** 媒体文件元信息，使用JSON表示 */
    meta: {
      /** 商户上传的媒体图片的名称 */
      file_name: string
      /** 图片文件的sha256摘要 */
      file_digest: string
      /** 资料项唯一id */
      item_id: number
    }
  }
}

/** 上传商户提交资料文件: what `POST /v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload` answers. */
export type MchManageSubmissionFilesBySubMchidUploadPostResponse = {
  /** 文件标识ID */
  file_id: string
}
