// transfer-detail: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 查询转账明细电子回单受理结果: the options of `GET /v3/transfer-detail/electronic-receipts`. */
export interface TransferDetailElectronicReceiptsGetOptions extends RouteCallOptions {
  query: {
    /** 受理类型 */
    accept_type: 'BATCH_TRANSFER' | 'TRANSFER_TO_POCKET' | 'TRANSFER_TO_BANK'
    /** 商家转账批次单号 */
    out_batch_no?: string
    /** 商家转账明细单号 */
    out_detail_no: string
  }
}

/** 查询转账明细电子回单受理结果: what `GET /v3/transfer-detail/electronic-receipts` answers. */
export type TransferDetailElectronicReceiptsGetResponse = {
  /** 受理类型 */
  accept_type: string
  /** 商家转账批次单号 */
  out_batch_no?: string
  /** 商家转账明细单号 */
  out_detail_no: string
  /** 电子回单受理单号 */
  signature_no: string
  /** 电子回单状态 */
  signature_status?: string
  /** 电子回单文件的hash方法 */
  hash_type?: string
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
}

export interface TransferDetailElectronicReceiptsPostJson {
  /** 受理类型 */
  accept_type: 'BATCH_TRANSFER' | 'TRANSFER_TO_POCKET' | 'TRANSFER_TO_BANK'
  /** 商家转账批次单号 */
  out_batch_no?: string
  /** 商家转账明细单号 */
  out_detail_no: string
}

/** 转账明细电子回单受理: the options of `POST /v3/transfer-detail/electronic-receipts`. */
export interface TransferDetailElectronicReceiptsPostOptions extends RouteCallOptions {
  json: TransferDetailElectronicReceiptsPostJson
}

/** 转账明细电子回单受理: what `POST /v3/transfer-detail/electronic-receipts` answers. */
export type TransferDetailElectronicReceiptsPostResponse = {
  /** 受理类型 */
  accept_type: string
  /** 商家转账批次单号 */
  out_batch_no?: string
  /** 商家转账明细单号 */
  out_detail_no: string
  /** 电子回单受理单号 */
  signature_no: string
  /** 电子回单状态 */
  signature_status?: string
  /** 电子回单文件的hash方法 */
  hash_type?: string
  /** 电子回单文件的hash值 */
  hash_value?: string
  /** 电子回单文件的下载地址 */
  download_url?: string
}
