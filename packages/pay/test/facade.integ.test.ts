// The facade over a real client and a real node:http server on 127.0.0.1 that answers like WeChat Pay (signed with a
// platform key) and records every request it gets — so "nothing was sent" is counted, not assumed. (The sandbox does
// not emulate pay yet; this small server stands in for it.)
import { generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, isValidationError, type ValidationError, type WechatPayClient } from '@core/client'
import { signResponse } from '@core/signer/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createPay, endpoints, PAY_EXAMPLES as X } from '../src/index.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PLATFORM_SERIAL = 'PUB_KEY_ID_0112233445566778899AABBCCDDEEFF00'

interface Received {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

const received: Received[] = []
/** Answers 500 to this many requests before answering normally. */
let failures = 0

const ORDER = {
  appid: X.appid,
  mchid: X.mchid,
  out_trade_no: X.order.out_trade_no,
  transaction_id: X.order.transaction_id,
  trade_type: 'JSAPI',
  trade_state: 'SUCCESS',
  trade_state_desc: '支付成功',
  success_time: '2021-01-15T10:34:56+08:00',
  amount: { total: X.order.total, payer_total: X.order.total, currency: 'CNY', payer_currency: 'CNY' },
  payer: { openid: X.openid },
}

const REFUND = {
  refund_id: X.refund.refund_id,
  out_refund_no: X.refund.out_refund_no,
  transaction_id: X.order.transaction_id,
  out_trade_no: X.order.out_trade_no,
  channel: 'ORIGINAL',
  user_received_account: '支付用户零钱',
  create_time: '2021-01-15T11:00:00+08:00',
  status: 'PROCESSING',
  amount: {
    total: 1000,
    refund: 300,
    payer_total: 1000,
    payer_refund: 300,
    settlement_refund: 300,
    settlement_total: 1000,
    discount_refund: 0,
    currency: 'CNY',
  },
}

function answerFor(method: string, url: string): { status: number; body: string } {
  if (method === 'POST' && url === '/v3/pay/transactions/jsapi')
    return { status: 200, body: JSON.stringify({ prepay_id: X.order.prepay_id }) }
  if (method === 'POST' && url.endsWith('/close')) return { status: 204, body: '' }
  if (method === 'GET' && url.startsWith('/v3/pay/transactions/')) return { status: 200, body: JSON.stringify(ORDER) }
  if (url.startsWith('/v3/refund/domestic/refunds')) return { status: 200, body: JSON.stringify(REFUND) }
  if (url.startsWith('/v3/bill/')) {
    return {
      status: 200,
      body: JSON.stringify({
        hash_type: 'SHA1',
        hash_value: '79bb0f',
        download_url: 'https://api.mch.weixin.qq.com/v3/billdownload/file?token=x',
      }),
    }
  }
  return { status: 404, body: JSON.stringify({ code: 'RESOURCE_NOT_EXISTS', message: 'no such route' }) }
}

let server: Server
let client: WechatPayClient

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const entry = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() }
      received.push(entry)
      const failing = failures > 0
      if (failing) failures--
      const answer = failing
        ? { status: 500, body: JSON.stringify({ code: 'SYSTEM_ERROR', message: 'try again' }) }
        : answerFor(entry.method, entry.url)
      res.writeHead(answer.status, {
        ...(answer.body && { 'Content-Type': 'application/json' }),
        'Request-ID': `REQ-${received.length}`,
        ...signResponse({ body: answer.body, privateKey: platform.privateKey, serial: PLATFORM_SERIAL }),
      })
      res.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  client = createClient({
    mchid: X.mchid,
    serial: '5157F09EFDC096DE15EBE81A47057A72',
    privateKey: merchant.privateKey,
    platformKeys: { [PLATFORM_SERIAL]: platform.publicKey },
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    retry: { retries: 2, minDelay: 1, maxDelay: 5 },
  })
})

afterAll(async () => {
  await client.close()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  received.length = 0
  failures = 0
})

async function refused(call: Promise<unknown>): Promise<ValidationError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(isValidationError(error), String(error)).toBe(true)
  return error as ValidationError
}

const paths = (error: ValidationError) => error.issues.map((issue) => issue.path.join('.')).sort()

const JSAPI_ORDER = {
  appid: X.appid,
  mchid: X.mchid,
  description: X.order.description,
  out_trade_no: X.order.out_trade_no,
  notify_url: X.notify_url,
  amount: { total: X.order.total },
  payer: { openid: X.openid },
}

const REFUND_REQUEST = {
  out_trade_no: X.order.out_trade_no,
  out_refund_no: X.refund.out_refund_no,
  amount: { refund: X.refund.refund, total: X.order.total, currency: 'CNY' },
}

describe('createPay(client, options)', () => {
  test('createPay(client) has one method per endpoint, named after its id', () => {
    const pay = createPay(client)
    expect(Object.keys(pay)).toEqual([
      'jsapiPrepay',
      'appPrepay',
      'h5Prepay',
      'nativePrepay',
      'queryOrderByOutTradeNo',
      'queryOrderByTransactionId',
      'closeOrder',
      'createRefund',
      'queryRefund',
      'applyAbnormalRefund',
      'tradeBill',
      'fundFlowBill',
    ])
    expect(Object.isFrozen(pay)).toBe(true)
  })

  test('no endpoint may generate its business number; createPay(client, { requestNo }) says so', () => {
    for (const definition of Object.values(endpoints)) expect(definition.idempotency?.generate ?? false).toBe(false)
    let error: unknown
    try {
      createPay(client, { requestNo: () => 'x' } as never)
    } catch (caught) {
      error = caught
    }
    expect((error as ValidationError).issues).toEqual([
      { path: ['requestNo'], message: expect.stringContaining('out_trade_no and out_refund_no are always yours') },
    ])
  })
})

describe('money and numbers are checked before anything is sent', () => {
  const pay = () => createPay(client)

  test('jsapiPrepay({ amount: { total: 10.5 } }) — a float of 分 — is a ValidationError, nothing sent', async () => {
    const error = await refused(pay().jsapiPrepay({ ...JSAPI_ORDER, amount: { total: 10.5 } }))
    expect(error.issues).toEqual([
      { path: ['amount', 'total'], message: 'must be an integer number of 分 (1 元 = 100)' },
    ])
    expect(received).toHaveLength(0)
  })

  test('jsapiPrepay({ amount: { total: -1 } }) is a ValidationError, nothing sent', async () => {
    const error = await refused(pay().jsapiPrepay({ ...JSAPI_ORDER, amount: { total: -1 } }))
    expect(error.issues).toEqual([{ path: ['amount', 'total'], message: 'must not be negative (分)' }])
    expect(received).toHaveLength(0)
  })

  test('createRefund with amount.refund > amount.total is a ValidationError at amount.refund, nothing sent', async () => {
    const error = await refused(
      pay().createRefund({ ...REFUND_REQUEST, amount: { refund: 1001, total: 1000, currency: 'CNY' } }),
    )
    expect(error.issues).toEqual([
      { path: ['amount', 'refund'], message: expect.stringContaining('must not exceed amount.total (1001 > 1000 分)') },
    ])
    expect(error.message).toMatch(/^@api\/pay: createRefund\(\) was not sent: amount\.refund: must not exceed/)
    expect(received).toHaveLength(0)
  })

  test('createRefund naming no order, or with a float refund, is a ValidationError, nothing sent', async () => {
    const { out_trade_no: _, ...noOrder } = REFUND_REQUEST
    expect((await refused(pay().createRefund(noOrder))).issues).toEqual([
      { path: ['out_trade_no'], message: 'give out_trade_no or transaction_id: the order to refund' },
    ])
    const float = pay().createRefund({ ...REFUND_REQUEST, amount: { refund: 0.5, total: 1000, currency: 'CNY' } })
    expect(paths(await refused(float))).toEqual(['amount.refund'])
    expect(received).toHaveLength(0)
  })

  test('a refund of the whole order (refund === total) is sent', async () => {
    await pay().createRefund({ ...REFUND_REQUEST, amount: { refund: 1000, total: 1000, currency: 'CNY' } })
    expect(received).toHaveLength(1)
  })

  test('unknown fields, top level and nested, are ValidationErrors, nothing sent', async () => {
    const error = await refused(
      pay().jsapiPrepay({ ...JSAPI_ORDER, amount: { total: 1, currncy: 'CNY' }, sub_mchid: '1' } as never),
    )
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['sub_mchid'], message: 'unknown field' },
        { path: ['amount', 'currncy'], message: 'unknown field' },
      ]),
    )
    expect(received).toHaveLength(0)
  })

  test('out_trade_no is never made up: leaving it out, or giving one of 5 characters, is refused', async () => {
    const { out_trade_no: _, ...rest } = JSAPI_ORDER
    expect((await refused(pay().jsapiPrepay(rest as never))).issues).toEqual([
      { path: ['out_trade_no'], message: 'is required' },
    ])
    expect(paths(await refused(pay().jsapiPrepay({ ...JSAPI_ORDER, out_trade_no: 'A1234' })))).toEqual(['out_trade_no'])
    expect(paths(await refused(pay().closeOrder({ out_trade_no: 'MCH 1022', mchid: X.mchid })))).toEqual([
      'out_trade_no',
    ])
    expect(received).toHaveLength(0)
  })

  test('tradeBill({ bill_date: "2019/06/11" }) and an abnormal refund to a card without the card are refused', async () => {
    expect(paths(await refused(pay().tradeBill({ bill_date: '2019/06/11' })))).toEqual(['bill_date'])
    const abnormal = pay().applyAbnormalRefund({ refund_id: 'R1', out_refund_no: 'RF1', type: 'USER_BANK_CARD' })
    expect(paths(await refused(abnormal))).toEqual(['bank_account', 'bank_type', 'real_name'])
    expect(received).toHaveLength(0)
  })
})

describe('what goes on the wire', () => {
  test('jsapiPrepay sends the input as given (no currency made up), names Wechatpay-Serial, resolves prepay_id', async () => {
    const { data, response } = await createPay(client).jsapiPrepay(JSAPI_ORDER).withResponse()
    expect(data).toEqual({ prepay_id: X.order.prepay_id })
    expect(response.requestId).toBe('REQ-1')
    expect(received).toHaveLength(1)
    expect(received[0]!.method).toBe('POST')
    expect(JSON.parse(received[0]!.body)).toEqual(JSAPI_ORDER)
    expect(received[0]!.headers['wechatpay-serial']).toBe(PLATFORM_SERIAL)
  })

  test('queryOrderByOutTradeNo puts out_trade_no in the path and mchid in the query', async () => {
    const order = await createPay(client).queryOrderByOutTradeNo({ out_trade_no: X.order.out_trade_no, mchid: X.mchid })
    expect(order.trade_state).toBe('SUCCESS')
    expect(received[0]!.url).toBe(`/v3/pay/transactions/out-trade-no/${X.order.out_trade_no}?mchid=${X.mchid}`)
    await createPay(client).queryOrderByTransactionId({ transaction_id: X.order.transaction_id, mchid: X.mchid })
    expect(received[1]!.url).toBe(`/v3/pay/transactions/id/${X.order.transaction_id}?mchid=${X.mchid}`)
  })

  test('closeOrder posts {"mchid"} to the order’s close path and resolves with undefined (204)', async () => {
    const answer = await createPay(client).closeOrder({ out_trade_no: X.native.out_trade_no, mchid: X.mchid })
    expect(answer).toBeUndefined()
    expect(received.map(({ method, url, body }) => [method, url, body])).toEqual([
      ['POST', `/v3/pay/transactions/out-trade-no/${X.native.out_trade_no}/close`, JSON.stringify({ mchid: X.mchid })],
    ])
  })

  test('tradeBill asks with the query and resolves with download_url, hash_type and hash_value', async () => {
    const bill = await createPay(client).tradeBill({ bill_date: '2019-06-11', bill_type: 'ALL', tar_type: 'GZIP' })
    expect(bill).toMatchObject({ hash_type: 'SHA1', hash_value: '79bb0f' })
    expect(received[0]!.url).toBe('/v3/bill/tradebill?bill_date=2019-06-11&bill_type=ALL&tar_type=GZIP')
  })
})

describe('retries carry the caller’s business number', () => {
  test('createRefund after a 500 is sent again with the same body (same out_refund_no)', async () => {
    failures = 1
    const refund = await createPay(client).createRefund(REFUND_REQUEST)
    expect(refund.status).toBe('PROCESSING')
    expect(received).toHaveLength(2)
    expect(received[1]!.body).toBe(received[0]!.body)
    expect(JSON.parse(received[1]!.body).out_refund_no).toBe(X.refund.out_refund_no)
  })

  test('jsapiPrepay after a 500 is sent again with the same out_trade_no; closeOrder too', async () => {
    failures = 1
    await createPay(client).jsapiPrepay(JSAPI_ORDER)
    expect(received.map((entry) => JSON.parse(entry.body).out_trade_no)).toEqual([
      X.order.out_trade_no,
      X.order.out_trade_no,
    ])
    failures = 1
    await createPay(client).closeOrder({ out_trade_no: X.native.out_trade_no, mchid: X.mchid })
    expect(received.slice(2).map((entry) => entry.url)).toEqual([
      `/v3/pay/transactions/out-trade-no/${X.native.out_trade_no}/close`,
      `/v3/pay/transactions/out-trade-no/${X.native.out_trade_no}/close`,
    ])
  })
})
