// transfer: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { Encrypted, RouteCallOptions } from '@core/client'

export interface TransferBatchesPostJson {
  /** 直连商户的appid */
  appid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 批次名称 */
  batch_name: string
  /** 批次备注 */
  batch_remark: string
  /** 转账总金额 */
  total_amount: number
  /** 转账总笔数 */
  total_num: number
  /** 转账明细列表 */
  transfer_detail_list: readonly {
    /** 商家明细单号 */
    out_detail_no: string
    /** 转账金额 */
    transfer_amount: number
    /** 转账备注 */
    transfer_remark: string
    /** 用户在直连商户应用下的用户标示 */
    openid: string
    /** 收款用户姓名 (encrypt with `client.encrypt()`) */
    user_name: Encrypted
    /** 收款用户身份证 (encrypt with `client.encrypt()`) */
    user_id_card?: Encrypted
  }[]
  /** 转账场景ID */
  transfer_scene_id: string
  /** 通知地址 */
  notify_url?: string
}

/** 发起批量转账: the options of `POST /v3/transfer/batches`. */
export interface TransferBatchesPostOptions extends RouteCallOptions {
  json: TransferBatchesPostJson
}

/** 发起批量转账: what `POST /v3/transfer/batches` answers. */
export type TransferBatchesPostResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信批次单号 */
  batch_id: string
  /** 批次创建时间 */
  create_time: string
  /** 批次状态 */
  batch_status?: 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED' | (string & {})
}

/** 微信批次单号查询批次单: the options of `GET /v3/transfer/batches/batch-id/{batch_id}`. */
export interface TransferBatchesByBatchIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信批次单号 */
    batch_id: string
  }
  query: {
    /** 是否查询转账明细单 */
    need_query_detail: boolean
    /** 请求资源起始位置 */
    offset?: number
    /** 最大资源条数 */
    limit?: number
    /** 明细状态 */
    detail_status?: string
  }
}

/** 微信批次单号查询批次单: what `GET /v3/transfer/batches/batch-id/{batch_id}` answers. */
export type TransferBatchesByBatchIdGetResponse = {
  /** 转账批次单 */
  transfer_batch: {
    /** 商户号 */
    mchid: string
    /** 商家批次单号 */
    out_batch_no: string
    /** 微信批次单号 */
    batch_id: string
    /** 直连商户的appid */
    appid: string
    /** 批次状态 */
    batch_status: string
    /** 批次类型 */
    batch_type: string
    /** 批次名称 */
    batch_name: string
    /** 批次备注 */
    batch_remark: string
    /** 批次关闭原因 */
    close_reason?: string
    /** 转账总金额 */
    total_amount: number
    /** 转账总笔数 */
    total_num: number
    /** 批次创建时间 */
    create_time?: string
    /** 批次更新时间 */
    update_time?: string
    /** 转账成功金额 */
    success_amount?: number
    /** 转账成功笔数 */
    success_num?: number
    /** 转账失败金额 */
    fail_amount?: number
    /** 转账失败笔数 */
    fail_num?: number
    /** 转账场景ID */
    transfer_scene_id?: string
  }
  /** 转账明细单列表 */
  transfer_detail_list?: {
    /** 微信明细单号 */
    detail_id: string
    /** 商家明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_status: string
  }[]
}

/** 微信明细单号查询明细单: the options of `GET /v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`. */
export interface TransferBatchesByBatchIdDetailsByDetailIdGetOptions extends RouteCallOptions {
  params: {
    /** 微信批次单号 */
    batch_id: string
    /** 微信明细单号 */
    detail_id: string
  }
}

/** 微信明细单号查询明细单: what `GET /v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` answers. */
export type TransferBatchesByBatchIdDetailsByDetailIdGetResponse = {
  /** 商户号 */
  mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信批次单号 */
  batch_id: string
  /** 直连商户的appid */
  appid: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 微信明细单号 */
  detail_id: string
  /** 明细状态 */
  detail_status: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细失败原因 */
  fail_reason?: string
  /** 用户在直连商户应用下的用户标示 */
  openid: string
  /** 收款用户姓名 */
  user_name: string
  /** 转账发起时间 */
  initiate_time: string
  /** 明细更新时间 */
  update_time: string
}

/** 商家批次单号查询批次单: the options of `GET /v3/transfer/batches/out-batch-no/{out_batch_no}`. */
export interface TransferBatchesByOutBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
  }
  query: {
    /** 是否查询转账明细单 */
    need_query_detail: boolean
    /** 请求资源起始位置 */
    offset?: number
    /** 最大资源条数 */
    limit?: number
    /** 明细状态 */
    detail_status?: string
  }
}

/** 商家批次单号查询批次单: what `GET /v3/transfer/batches/out-batch-no/{out_batch_no}` answers. */
export type TransferBatchesByOutBatchNoGetResponse = {
  /** 转账批次单 */
  transfer_batch: {
    /** 商户号 */
    mchid: string
    /** 商家批次单号 */
    out_batch_no: string
    /** 微信批次单号 */
    batch_id: string
    /** 直连商户的appid */
    appid: string
    /** 批次状态 */
    batch_status: string
    /** 批次类型 */
    batch_type: string
    /** 批次名称 */
    batch_name: string
    /** 批次备注 */
    batch_remark: string
    /** 批次关闭原因 */
    close_reason?: string
    /** 转账总金额 */
    total_amount: number
    /** 转账总笔数 */
    total_num: number
    /** 批次创建时间 */
    create_time?: string
    /** 批次更新时间 */
    update_time?: string
    /** 转账成功金额 */
    success_amount?: number
    /** 转账成功笔数 */
    success_num?: number
    /** 转账失败金额 */
    fail_amount?: number
    /** 转账失败笔数 */
    fail_num?: number
    /** 转账场景ID */
    transfer_scene_id?: string
  }
  /** 转账明细单列表 */
  transfer_detail_list?: {
    /** 微信明细单号 */
    detail_id: string
    /** 商家明细单号 */
    out_detail_no: string
    /** 明细状态 */
    detail_status: string
  }[]
  /** 请求资源起始位置 */
  offset?: number
  /** 最大资源条数 */
  limit?: number
}

/** 商家明细单号查询明细单: the options of `GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`. */
export interface TransferBatchesByOutBatchNoDetailsByOutDetailNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
    /** 商家明细单号 */
    out_detail_no: string
  }
}

/** 商家明细单号查询明细单: what `GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` answers. */
export type TransferBatchesByOutBatchNoDetailsByOutDetailNoGetResponse = {
  /** 商户号 */
  mchid: string
  /** 商家批次单号 */
  out_batch_no: string
  /** 微信批次单号 */
  batch_id: string
  /** 直连商户的appid */
  appid: string
  /** 商家明细单号 */
  out_detail_no: string
  /** 微信明细单号 */
  detail_id: string
  /** 明细状态 */
  detail_status: string
  /** 转账金额 */
  transfer_amount: number
  /** 转账备注 */
  transfer_remark: string
  /** 明细失败原因 */
  fail_reason?: string
  /** 用户在直连商户应用下的用户标示 */
  openid: string
  /** 收款用户姓名 */
  user_name: string
  /** 转账发起时间 */
  initiate_time: string
  /** 明细更新时间 */
  update_time: string
}

export interface TransferBillReceiptPostJson {
  /** 商家批次单号 */
  out_batch_no: string
}

/** 转账电子回单申请受理: the options of `POST /v3/transfer/bill-receipt`. */
export interface TransferBillReceiptPostOptions extends RouteCallOptions {
  json: TransferBillReceiptPostJson
}

/** 转账电子回单申请受理: what `POST /v3/transfer/bill-receipt` answers. */
export type TransferBillReceiptPostResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 电子回单申请单号 */
  signature_no: string
  /** 电子回单状态 */
  signature_status?: string
  /** 电子回单文件的hash方法 */
  hash_type?: string
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
  /** 创建时间 */
  create_time?: string
  /** 更新时间 */
  update_time?: string
}

/** 查询转账电子回单: the options of `GET /v3/transfer/bill-receipt/{out_batch_no}`. */
export interface TransferBillReceiptByOutBatchNoGetOptions extends RouteCallOptions {
  params: {
    /** 商家批次单号 */
    out_batch_no: string
  }
}

/** 查询转账电子回单: what `GET /v3/transfer/bill-receipt/{out_batch_no}` answers. */
export type TransferBillReceiptByOutBatchNoGetResponse = {
  /** 商家批次单号 */
  out_batch_no: string
  /** 电子回单申请单号 */
  signature_no: string
  /** 电子回单状态 */
  signature_status?: string
  /** 电子回单文件的hash方法 */
  hash_type?: string
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
  /** 创建时间 */
  create_time?: string
  /** 更新时间 */
  update_time?: string
}
