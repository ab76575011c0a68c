// billdownload: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 下载账单: the options of `GET /v3/billdownload/file`. */
export interface BilldownloadFileGetOptions extends RouteCallOptions {
  query: {
    /** 前序接口返回的URL.query.token */
    token: string
    /** 前序接口返回的URL.query.tartype */
    tartype?: string
  }
}

/** 下载账单: what `GET /v3/billdownload/file` answers. */
export type BilldownloadFileGetResponse = undefined
