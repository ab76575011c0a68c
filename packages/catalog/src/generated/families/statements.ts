// statements: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

/** 下载对账单: the options of `GET /v3/statements`. */
export interface StatementsGetOptions extends RouteCallOptions {
  query: {
    /** 账单日期 */
    date: string
    /** 商户号 */
    mchid: string
  }
}

/** 下载对账单: what `GET /v3/statements` answers. */
export type StatementsGetResponse = undefined
