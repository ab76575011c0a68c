// @api/pay's downloadBill on the sandbox's own bills: the day's orders placed through the facade, paid and partly
// refunded, then the trade and fund-flow bills downloaded plain and GZIP, streamed and verified against hash_value —
// and through a proxy that corrupts one byte of the file on the way, refused with nothing kept.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { createPay, downloadBill, type Pay, PAY_EXAMPLES as X } from '@api/pay'
import { isIntegrityError, type WechatPayClient } from '@core/client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPaySandbox, generateSandboxKeys, type Sandbox, startSandbox } from '../src/index.js'
import { clientFor, rejectionOf } from './pay-helpers.js'

const DAY = '2025-05-20'
const now = Date.parse(`${DAY}T10:00:00+08:00`)
const clock = () => now
const families = [createPaySandbox({ refundSettleAfterMs: false })] as const
let sb: Sandbox<typeof families>
let client: WechatPayClient
let pay: Pay
let dir: string
const ORDERS = ['BILL_DL_0001', 'BILL_DL_0002', 'BILL_DL_0003']

/** Forwards everything to the sandbox; flips one byte in the middle of every bill file while `corrupt` is set. */
let proxy: Server
let proxyUrl: string
let corrupt = false

beforeAll(async () => {
  sb = await startSandbox({ families, keys: generateSandboxKeys(), clock })
  const target = new URL(sb.url)
  proxy = createServer((req, res) => {
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const body = Buffer.concat(chunks)
          if (corrupt && req.url!.startsWith('/v3/billdownload/file') && answer.statusCode === 200) {
            body[body.length >> 1]! ^= 0x20
          }
          res.writeHead(answer.statusCode!, answer.headers)
          res.end(body)
        })
      },
    )
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  client = clientFor(sb, { clock, retry: false, baseUrl: proxyUrl })
  pay = createPay(client)
  for (const [i, out_trade_no] of ORDERS.entries()) {
    await pay.jsapiPrepay({
      appid: X.appid,
      mchid: sb.merchant.mchid,
      description: `账单下载测试 ${i + 1}`,
      out_trade_no,
      notify_url: X.notify_url,
      amount: { total: 1000 + i },
      payer: { openid: X.openid },
    })
    sb.seed.payOrder(out_trade_no)
  }
  await pay.createRefund({
    out_trade_no: ORDERS[0],
    out_refund_no: 'BILL_DL_RF_1',
    amount: { refund: 300, total: 1000, currency: 'CNY' },
  })
  sb.seed.succeedRefund('BILL_DL_RF_1')
})

afterAll(async () => {
  await client.close()
  proxy.closeAllConnections()
  await new Promise((resolve) => proxy.close(resolve))
  await sb.close()
})

beforeEach(() => {
  corrupt = false
  dir = mkdtempSync(join(tmpdir(), 'wxpay-sandbox-bill-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

/** The answer as the client reaches it: the download_url through the proxy. */
const viaProxy = <T extends { download_url: string }>(answer: T): T => ({
  ...answer,
  download_url: answer.download_url.replace(sb.url, proxyUrl),
})
const lines = (text: string) => text.split('\r\n').slice(0, -1)

describe('downloadBill on the sandbox', () => {
  it('the trade bill of the day, plain and GZIP: the same verified file, one row per payment and refund', async () => {
    const plain = viaProxy(await pay.tradeBill({ bill_date: DAY }))
    const zipped = viaProxy(await pay.tradeBill({ bill_date: DAY, tar_type: 'GZIP' }))
    const a = await downloadBill(client, plain, { to: join(dir, 'plain.csv') })
    const b = await downloadBill(client, zipped, { to: join(dir, 'zipped.csv') })
    expect(a).toMatchObject({ gunzipped: false, sha1: plain.hash_value })
    expect(b).toMatchObject({ gunzipped: true, sha1: zipped.hash_value, bytes: a.bytes })
    const text = readFileSync(join(dir, 'zipped.csv'), 'utf8')
    expect(readFileSync(join(dir, 'plain.csv'), 'utf8')).toBe(text)
    const [header, ...rest] = lines(text)
    expect(header!.split(',').slice(0, 3)).toEqual(['交易时间', '公众账号ID', '商户号'])
    // 3 payments + 1 refund, the summary header and the summary line.
    expect(rest).toHaveLength(6)
    for (const no of ORDERS) expect(rest.filter((row) => row.includes(`\`${no},`))).not.toHaveLength(0)
    expect(rest.filter((row) => row.includes('`BILL_DL_RF_1,'))).toHaveLength(1)
    expect(rest.at(-1)!.split(',')[0]).toBe('`4')
  })

  it('the fund-flow bill, GZIP, into a Writable', async () => {
    const answer = viaProxy(await pay.fundFlowBill({ bill_date: DAY, tar_type: 'GZIP' }))
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (chunk: Buffer) => chunks.push(chunk))
    const result = await downloadBill(client, answer, { to: out })
    const text = Buffer.concat(chunks).toString('utf8')
    expect(result).toMatchObject({ gunzipped: true, bytes: Buffer.byteLength(text), sha1: answer.hash_value })
    expect(lines(text)[0]!.split(',')[0]).toBe('记账时间')
  })

  it('a byte corrupted on the way, plain or GZIP: IntegrityError, no file', async () => {
    corrupt = true
    for (const tar of [undefined, 'GZIP'] as const) {
      const answer = viaProxy(await pay.tradeBill({ bill_date: DAY, ...(tar && { tar_type: tar }) }))
      const error = await rejectionOf(downloadBill(client, answer, { to: join(dir, 'bill.csv') }))
      expect(isIntegrityError(error), `${tar}: ${String(error)}`).toBe(true)
      expect(error).toMatchObject({ code: 'DIGEST_MISMATCH', expected: answer.hash_value })
      expect(error.requestId).toMatch(/\S/)
    }
    expect(readdirSync(dir)).toEqual([])
  })

  it('a token the sandbox never issued (or one past its 30 s): ApiError INVALID_REQUEST, nothing written', async () => {
    const answer = viaProxy(await pay.tradeBill({ bill_date: DAY }))
    await downloadBill(client, answer, { to: join(dir, 'first.csv') })
    const stale = { ...answer, download_url: answer.download_url.replace(/token=[^&]+/, 'token=expired') }
    const error = await rejectionOf(downloadBill(client, stale, { to: join(dir, 'again.csv') }))
    expect(error).toMatchObject({ name: 'ApiError', status: 400, code: 'INVALID_REQUEST' })
    expect(readdirSync(dir)).toEqual(['first.csv'])
  })
})
