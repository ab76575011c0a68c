import type { DownloadRoute } from '../../../family.js'
import { paramError } from '../../../problem.js'
import { beijingDay } from '../../../util.js'
import { fundFlowBill, type TradeBillType, tradeBill } from '../bills.js'
import { payProblem } from '../problems.js'
import type { PayState } from '../state.js'
import type { PayHandlers } from './handlers.js'

// Bill requests answer where to fetch the day's bill (GET /v3/billdownload/file, the family's download route) and its
// SHA1. Unlike WeChat Pay, which has the previous day's bill after 10:00, the sandbox writes any day's bill on demand,
// today's included, from what it holds at that moment: a demo can reconcile the payment it just made.

/** A real calendar day (2019-02-30 is refused as WeChat Pay refuses it). */
function checkDay(day: string): string {
  const ms = Date.parse(`${day}T00:00:00+08:00`)
  if (Number.isNaN(ms) || beijingDay(ms) !== day) {
    throw paramError(`参数错误：bill_date ${day} 不是有效的日期`, { location: 'query', field: '/bill_date' })
  }
  return day
}

const noStatement = (day: string) =>
  payProblem('NO_STATEMENT_EXIST', `账单文件不存在：${day} 没有交易或资金变动`, { bill_date: day })

export const billHandlers = {
  trade_bill: ({ query, state, now, family }) => {
    const day = checkDay(query.bill_date)
    const type = query.bill_type ?? 'ALL'
    // The sandbox has no recharge coupons and no special (特殊) trades: those bills are always empty.
    const text = ['ALL', 'SUCCESS', 'REFUND'].includes(type) ? tradeBill(state, day, type as TradeBillType) : undefined
    if (text === undefined) throw noStatement(day)
    return { body: state.bills.issue(text, query.tar_type === 'GZIP', now, family.baseUrl()) }
  },

  fund_flow_bill: ({ query, state, now, family }) => {
    const day = checkDay(query.bill_date)
    const text = fundFlowBill(state, day, query.account_type ?? 'BASIC')
    if (text === undefined) throw noStatement(day)
    return { body: state.bills.issue(text, query.tar_type === 'GZIP', now, family.baseUrl()) }
  },
} satisfies Partial<PayHandlers>

/**
 * `GET /v3/billdownload/file?token=…`: signed by the merchant like any request, answered with the file's bytes and no
 * signature (WeChat Pay's behaviour: the SHA1 in the bill request is what proves the file).
 */
export const billDownload: DownloadRoute<PayState> = {
  id: 'bill_download',
  path: '/v3/billdownload/file',
  handle: ({ query, state, now }) => {
    const bytes = state.bills.take(query.token ?? '', now)
    if (bytes === undefined) {
      throw payProblem('INVALID_REQUEST', '账单下载地址无效或已过期（download_url 有效期 30 秒）：请重新申请账单', {
        location: 'query',
        field: '/token',
      })
    }
    return { contentType: 'application/octet-stream', bytes }
  },
}
