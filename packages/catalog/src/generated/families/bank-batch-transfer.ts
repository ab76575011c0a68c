// bank-batch-transfer: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询明细电子回单受理结果: the options of `GET /v3/bank-batch-transfer/receipt/detail-receipts`. */
export interface BankBatchTransferReceiptDetailReceiptsGetOptions extends RouteCallOptions {
  query: {
    /** 银行转账批次单号 */
    out_batch_no: string
    /** 银行转账明细单号 */
    out_detail_no: string
  }
}

/** 查询明细电子回单受理结果: what `GET /v3/bank-batch-transfer/receipt/detail-receipts` answers. */
export type BankBatchTransferReceiptDetailReceiptsGetResponse = {
  /** 银行转账批次单号 */
  out_batch_no: string
  /** 银行转账明细单号 */
  out_detail_no: string
  /** 电子回单受理单号 */
  receipt_no: string
  /** 电子回单状态 */
  receipt_state?: string
  /** 电子回单文件的Hash方法 */
  hash_type?: string
  /** 电子回单文件的Hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
}

export interface BankBatchTransferReceiptDetailReceiptsPostJson {
  /** 银行转账批次单号 */
  out_batch_no: string
  /** 银行转账明细单号 */
  out_detail_no: string
}

/** 受理明细电子回单: the options of `POST /v3/bank-batch-transfer/receipt/detail-receipts`. */
export interface BankBatchTransferReceiptDetailReceiptsPostOptions extends RouteCallOptions {
  json: BankBatchTransferReceiptDetailReceiptsPostJson
}

/** 受理明细电子回单: what `POST /v3/bank-batch-transfer/receipt/detail-receipts` answers. */
export type BankBatchTransferReceiptDetailReceiptsPostResponse = {
  /** 银行转账批次单号 */
  out_batch_no: string
  /** 银行转账明细单号 */
  out_detail_no: string
  /** 电子回单受理单号 */
  receipt_no: string
  /** 电子回单状态 */
  receipt_state?: string
  /** 电子回单文件的Hash方法 */
  hash_type?: string
  /** 电子回单文件的Hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
}

/** 查询汇总电子回单受理结果: the options of `GET /v3/bank-batch-transfer/receipt/summary-receipts`. */
export interface BankBatchTransferReceiptSummaryReceiptsGetOptions extends RouteCallOptions {
  query: {
    /** 银行转账批次单号 */
    out_batch_no: string
  }
}

/** 查询汇总电子回单受理结果: what `GET /v3/bank-batch-transfer/receipt/summary-receipts` answers. */
export type BankBatchTransferReceiptSummaryReceiptsGetResponse = {
  /** 银行转账批次单号 */
  out_batch_no: string
  /** 电子回单申请单号 */
  receipt_no: string
  /** 电子回单状态 */
  receipt_state?: string
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

export interface BankBatchTransferReceiptSummaryReceiptsPostJson {
  /** 银行转账批次单号 */
  out_batch_no: string
}

/** 受理汇总电子回单: the options of `POST /v3/bank-batch-transfer/receipt/summary-receipts`. */
export interface BankBatchTransferReceiptSummaryReceiptsPostOptions extends RouteCallOptions {
  json: BankBatchTransferReceiptSummaryReceiptsPostJson
}

/** 受理汇总电子回单: what `POST /v3/bank-batch-transfer/receipt/summary-receipts` answers. */
export type BankBatchTransferReceiptSummaryReceiptsPostResponse = {
  /** 银行转账批次单号 */
  out_batch_no: string
  /** 电子回单申请单号 */
  receipt_no: string
  /** 电子回单状态 */
  receipt_state?: string
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
