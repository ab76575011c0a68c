// transaction-block: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 分页查询子商户名下的交易拦截记录: the options of `GET /v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}`. */
export interface TransactionBlockTransactionBlockRecordsBySubMchidGetOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
  query: {
    /** 最大资源条数 */
    limit: number
    /** 请求资源起始位置 */
    offset?: number
  }
}

/** 分页查询子商户名下的交易拦截记录: what `GET /v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}` answers. */
export type TransactionBlockTransactionBlockRecordsBySubMchidGetResponse = {
  /** 请求资源起始位置 */
  offset?: number
  /** 最大资源条数 */
  limit?: number
  /** 资源总条数 */
  total_count?: number
  /** 交易拦截记录详情列表 */
  data?: {
    /** 交易拦截记录ID */
    block_record_id?: string
    /** 拦截时间 */
    block_time?: string
    /** 拦截原因 */
    block_reason?: string
    /** 拦截笔数 */
    number_of_block?: 'LESS_THAN_TWENTY' | 'LESS_THAN_ONE_HUNDRED' | 'LESS_THAN_ONE_THOUSAND' | 'OVER_ONE_THOUSAND' | (string & {})
    /** 解除管控方式 */
    recover_way?: 'SUBMIT_INFORMATION' | (string & {})
    /** 商户提交资料内容 (JSON text) */
    requested_item_info?: string
  }[]
}

/** 查询子商户交易拦截记录详情: the options of `GET /v3/transaction-block/transaction-block-records/{block_record_id}`. */
export interface TransactionBlockTransactionBlockRecordsByBlockRecordIdGetOptions extends RouteCallOptions {
  params: {
    /** 交易拦截记录ID */
    block_record_id: string
  }
  query: {
    /** 子商户号 */
    sub_mchid: string
  }
}

/** 查询子商户交易拦截记录详情: what `GET /v3/transaction-block/transaction-block-records/{block_record_id}` answers. */
export type TransactionBlockTransactionBlockRecordsByBlockRecordIdGetResponse = {
  /** 交易拦截记录ID */
  block_record_id?: string
  /** 拦截时间 */
  block_time?: string
  /** 拦截原因 */
  block_reason?: string
  /** 拦截笔数 */
  number_of_block?: 'LESS_THAN_TWENTY' | 'LESS_THAN_ONE_HUNDRED' | 'LESS_THAN_ONE_THOUSAND' | 'OVER_ONE_THOUSAND' | (string & {})
  /** 解除管控方式 */
  recover_way?: 'SUBMIT_INFORMATION' | (string & {})
  /** 商户提交资料内容 (JSON text) */
  requested_item_info?: string
}

export interface TransactionBlockTransactionBlockSubmissionsBySubMchidPostJson {
  /** 商户侧申诉单号 */
  merchant_submit_id: string
  /** 商户提交资料内容 (JSON text) */
  submit_data: string
}

/** 发起交易拦截申诉: the options of `POST /v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}`. */
export interface TransactionBlockTransactionBlockSubmissionsBySubMchidPostOptions extends RouteCallOptions {
  params: {
    /** 子商户号 */
    sub_mchid: string
  }
  json: TransactionBlockTransactionBlockSubmissionsBySubMchidPostJson
}

/** 发起交易拦截申诉: what `POST /v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}` answers. */
export type TransactionBlockTransactionBlockSubmissionsBySubMchidPostResponse = {
  /** 交易拦截申诉ID */
  block_submission_id?: string
  /** 提交时间 */
  submit_time?: string
  /** 审核结果 */
  review_result?: 'EMPTY' | 'PASS' | 'REJECT' | (string & {})
  /** 审核时间 */
  review_time?: string
  /** 审核驳回原因 */
  review_reject_reason?: string
}

/** 查询交易拦截申诉详情: the options of `GET /v3/transaction-block/transaction-block-submissions/{block_submission_id}`. */
export interface TransactionBlockTransactionBlockSubmissionsByBlockSubmissionIdGetOptions extends RouteCallOptions {
  params: {
    /** 交易拦截申诉ID */
    block_submission_id: string
  }
}

/** 查询交易拦截申诉详情: what `GET /v3/transaction-block/transaction-block-submissions/{block_submission_id}` answers. */
export type TransactionBlockTransactionBlockSubmissionsByBlockSubmissionIdGetResponse = {
  /** 交易拦截申诉ID */
  block_submission_id?: string
  /** 提交时间 */
  submit_time?: string
  /** 审核结果 */
  review_result?: 'EMPTY' | 'PASS' | 'REJECT' | (string & {})
  /** 审核时间 */
  review_time?: string
  /** 审核驳回原因 */
  review_reject_reason?: string
}
