// Bills from the sandbox's own orders and refunds: WeChat Pay's CSV layout per bill type, the Beijing day, GZIP, the
// SHA1 of the original bill, and the download route (a signed GET whose answer is the file, unsigned).
import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { createPay, type Pay } from '@api/pay'
import type { WechatPayClient } from '@core/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BILL_URL_TTL_MS,
  createPaySandbox,
  generateSandboxKeys,
  type OrderSnapshot,
  type Sandbox,
  startSandbox,
} from '../src/index.js'
import { clientFor, pathOf, rejectionOf } from './pay-helpers.js'
import { get, post } from './raw.js'

// 2024-05-21 00:30 in Beijing is still 2024-05-20 in UTC: the bill must count Beijing days.
const DAY = '2024-05-21'
let now = Date.parse(`${DAY}T00:30:00+08:00`)
const clock = () => now
const families = [createPaySandbox({ refundSettleAfterMs: false })] as const
let sb: Sandbox<typeof families>
let client: WechatPayClient
let pay: Pay
let order: OrderSnapshot
let other: OrderSnapshot

const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('hex')
async function download(url: string): Promise<Buffer> {
  return (await client.request({ method: 'GET', url: pathOf(url) })).raw
}
const lines = (text: string) => text.split('\r\n').slice(0, -1)
const fields = (line: string) => line.split(',')

beforeAll(async () => {
  sb = await startSandbox({ families, keys: generateSandboxKeys(), clock })
  // The client signs with the sandbox's clock: the story runs on a fixed day.
  client = clientFor(sb, { clock, retry: false })
  pay = createPay(client)
  order = sb.seed.placeOrder({ total: 1234, description: '会员月卡', attach: 'A1', openid: 'o-bill' })
  sb.seed.payOrder(order.out_trade_no)
  now += 60_000
  other = sb.seed.placeOrder({ trade_type: 'NATIVE', total: 500 })
  sb.seed.payOrder(other.out_trade_no)
  sb.seed.placeOrder({ total: 999 }) // never paid: in no bill
  now += 60_000
  sb.seed.refundOrder(order.out_trade_no, { out_refund_no: 'RF-BILL-1', refund: 234 })
  sb.seed.succeedRefund('RF-BILL-1')
  now += 60_000
})
afterAll(async () => {
  await client.close()
  await sb.close()
})

describe('trade bill', () => {
  it('ALL: header, one backquoted row per payment and refund of the Beijing day, summary; SHA1 of the file', async () => {
    const answer = await pay.tradeBill({ bill_date: DAY })
    expect(answer.hash_type).toBe('SHA1')
    expect(answer.download_url).toMatch(new RegExp(`^${sb.url}/v3/billdownload/file\\?token=`))
    const text = (await download(answer.download_url)).toString('utf8')
    expect(sha1(text)).toBe(answer.hash_value)
    const [header, ...rest] = lines(text)
    expect(fields(header!)).toEqual([
      ...['交易时间', '公众账号ID', '商户号', '特约商户号', '设备号', '微信订单号', '商户订单号', '用户标识'],
      ...['交易类型', '交易状态', '付款银行', '货币种类', '应结订单金额', '代金券金额', '微信退款单号', '商户退款单号'],
      ...['退款金额', '充值券退款金额', '退款类型', '退款状态', '商品名称', '商户数据包', '手续费', '费率', '订单金额'],
      ...['申请退款金额', '费率备注'],
    ])
    const [pay1, pay2, refund, summaryHeader, summary] = rest
    const paid = sb.state.order(order.out_trade_no)!
    expect(fields(pay1!)).toEqual(
      [
        ...['2024-05-21 00:30:00', paid.appid, sb.merchant.mchid, '0', '', paid.transaction_id, order.out_trade_no],
        ...['o-bill', 'JSAPI', 'SUCCESS', 'OTHERS', 'CNY', '12.34', '0.00', '0', '0', '0.00', '0.00', '', ''],
        ...['会员月卡', 'A1', '0.07000', '0.60%', '12.34', '0.00', ''],
      ].map((f) => `\`${f}`),
    )
    expect(fields(pay2!)[8]).toBe('`NATIVE')
    expect(fields(refund!).slice(9, 20)).toEqual(
      [
        'REFUND',
        'OTHERS',
        'CNY',
        '0.00',
        '0.00',
        sb.state.refund('RF-BILL-1')!.refund_id,
        'RF-BILL-1',
        '2.34',
        '0.00',
        'ORIGINAL',
        'SUCCESS',
      ].map((f) => `\`${f}`),
    )
    expect(fields(summaryHeader!)[0]).toBe('总交易单数')
    expect(fields(summary!)).toEqual(['`3', '`17.34', '`2.34', '`0.00', '`0.09000', '`17.34', '`2.34'])
  })

  it('SUCCESS holds the payments only, REFUND the refunds only, each in its own layout', async () => {
    const success = (
      await download((await pay.tradeBill({ bill_date: DAY, bill_type: 'SUCCESS' })).download_url)
    ).toString()
    expect(lines(success)).toHaveLength(5)
    expect(success).not.toContain('微信退款单号')
    const refunds = (
      await download((await pay.tradeBill({ bill_date: DAY, bill_type: 'REFUND' })).download_url)
    ).toString()
    const [header, row] = lines(refunds)
    expect(fields(header!).slice(14, 16)).toEqual(['退款申请时间', '退款成功时间'])
    expect(fields(row!).slice(14, 16)).toEqual(['`2024-05-21 00:32:00', '`2024-05-21 00:32:00'])
    expect(lines(refunds)).toHaveLength(4)
  })

  it('tar_type GZIP gzips the file; hash_value is still the SHA1 of the uncompressed bill', async () => {
    const plain = await pay.tradeBill({ bill_date: DAY })
    const zipped = await pay.tradeBill({ bill_date: DAY, tar_type: 'GZIP' })
    expect(zipped.download_url).toMatch(/&tartype=gzip$/)
    const bytes = await download(zipped.download_url)
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
    expect(sha1(gunzipSync(bytes))).toBe(zipped.hash_value)
    expect(zipped.hash_value).toBe(plain.hash_value)
    expect(sha1(bytes)).not.toBe(zipped.hash_value)
  })

  it('a day without trades (the UTC date, the day after) → 400 NO_STATEMENT_EXIST; an impossible date → PARAM_ERROR', async () => {
    for (const bill_date of ['2024-05-20', '2024-05-22']) {
      const error = await rejectionOf(pay.tradeBill({ bill_date }))
      expect(error).toMatchObject({ status: 400, code: 'NO_STATEMENT_EXIST' })
    }
    expect(await rejectionOf(pay.tradeBill({ bill_date: '2024-02-30' }))).toMatchObject({ code: 'PARAM_ERROR' })
  })
})

describe('fund flow bill', () => {
  it('BASIC: payments in, fees out, the refund out and its fee back, with the running balance', async () => {
    const answer = await pay.fundFlowBill({ bill_date: DAY, account_type: 'BASIC', tar_type: 'GZIP' })
    const text = gunzipSync(await download(answer.download_url)).toString('utf8')
    expect(sha1(text)).toBe(answer.hash_value)
    const rows = lines(text)
    expect(fields(rows[0]!)).toEqual([
      ...['记账时间', '微信支付业务单号', '资金流水单号', '业务名称', '业务类型', '收支类型'],
      ...['收支金额（元）', '账户结余（元）', '资金变更提交申请人', '备注', '业务凭证号'],
    ])
    const moves = rows.slice(1, -2).map((r) =>
      fields(r)
        .filter((_, i) => [3, 5, 6, 7].includes(i))
        .join(' '),
    )
    expect(moves).toEqual([
      '`交易 `收入 `12.34 `12.34',
      '`扣除交易手续费 `支出 `0.07 `12.27',
      '`交易 `收入 `5.00 `17.27',
      '`扣除交易手续费 `支出 `0.03 `17.24',
      '`退款 `支出 `2.34 `14.90',
      '`退还交易手续费 `收入 `0.01 `14.91',
    ])
    expect(fields(rows.at(-1)!)).toEqual(['`6', '`3', '`17.35', '`3', '`2.44'])
  })

  it('the operation and fees accounts never move: NO_STATEMENT_EXIST', async () => {
    const error = await rejectionOf(pay.fundFlowBill({ bill_date: DAY, account_type: 'OPERATION' }))
    expect(error).toMatchObject({ status: 400, code: 'NO_STATEMENT_EXIST' })
  })
})

describe('GET /v3/billdownload/file', () => {
  it('the merchant signs the GET; the answer is the file without any Wechatpay-Signature', async () => {
    const { download_url } = await pay.tradeBill({ bill_date: DAY })
    const signed = await get(sb as never, pathOf(download_url), { timestamp: Math.floor(now / 1000) })
    expect(signed.status).toBe(200)
    expect(signed.signature).toBe('missing')
    expect(signed.headers.get('content-type')).toBe('application/octet-stream')
    expect(signed.text.startsWith('交易时间')).toBe(true)
    const unsigned = await get(sb as never, pathOf(download_url), { unsigned: true })
    expect(unsigned.status).toBe(401)
    expect(unsigned.json.code).toBe('SIGN_ERROR')
    expect(sb.requestLog.last()?.endpoint).toBe('bill_download')
    const posted = await post(sb as never, pathOf(download_url), {}, { timestamp: Math.floor(now / 1000) })
    expect(posted.status).toBe(404)
  })

  it('a download_url is valid for 30 s of sandbox time: then 400 INVALID_REQUEST (signed, like every error)', async () => {
    const { download_url } = await pay.tradeBill({ bill_date: DAY })
    now += BILL_URL_TTL_MS + 1
    const error = await rejectionOf(download(download_url))
    expect(error).toMatchObject({ name: 'ApiError', status: 400, code: 'INVALID_REQUEST', verified: true })
  })

  it('faults apply to the download by its id: a 500 from serverErrorRate', async () => {
    const { download_url } = await pay.tradeBill({ bill_date: DAY })
    sb.faults.set({ serverErrorRate: 1, endpoints: ['bill_download'] })
    try {
      expect(await rejectionOf(download(download_url))).toMatchObject({ status: 500, code: 'SYSTEM_ERROR' })
      expect((await pay.tradeBill({ bill_date: DAY })).hash_type).toBe('SHA1')
    } finally {
      sb.faults.reset()
    }
  })
})
