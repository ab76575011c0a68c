// transferdownload: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 下载电子回单PDF文件: the options of `GET /v3/transferdownload/elecvoucherfile`. */
export interface TransferdownloadElecvoucherfileGetOptions extends RouteCallOptions {
  query: {
    /** 前序download_url的查询参数 */
    token: string
    /** 前序download_url的查询参数 */
    source: string
  }
}

/** 下载电子回单PDF文件: what `GET /v3/transferdownload/elecvoucherfile` answers. */
export type TransferdownloadElecvoucherfileGetResponse = undefined

/** 下载电子回单: the options of `GET /v3/transferdownload/signfile`. */
export interface TransferdownloadSignfileGetOptions extends RouteCallOptions {
  query: {
    /** 前序download_url的查询参数 */
    token: string
  }
}

/** 下载电子回单: what `GET /v3/transferdownload/signfile` answers. */
export type TransferdownloadSignfileGetResponse = undefined
