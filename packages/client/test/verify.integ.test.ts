import { isApiError, isSignatureVerificationError, type WechatPayClient } from '@core/client'
import { SIGNATURE_PROBE_PREFIX } from '@core/signer'
import { signResponse } from '@core/signer/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  merchantKeys,
  PUB_KEY_ID,
  platformKeys,
  type ReplyOptions,
  rejectionOf,
  reply,
  startServer,
  type TestServer,
  testClient,
} from './helpers.js'

// Any key but the platform key plays the forger; the merchant key is at hand.
const intruder = merchantKeys
const body = { coupon_code: 'c1', stock_id: '100088', wechatpay_deactivate_time: '2025-01-01T00:00:00+08:00' }

// The server answers according to a per-test plan: status, body and how to sign.
let plan: {
  status: number
  body?: unknown
  options?: ReplyOptions
  raw?: (res: import('node:http').ServerResponse) => void
}
let server: TestServer
let client: WechatPayClient

beforeAll(async () => {
  server = await startServer((_request, res) => {
    if (plan.raw) return plan.raw(res)
    reply(res, plan.status, plan.body, plan.options)
  })
})
afterAll(() => server.close())
afterEach(async () => {
  await client?.close()
  server.requests.length = 0
})

async function rejectedGet(): Promise<Record<string, unknown>> {
  client = testClient(server)
  return (await rejectionOf(client.chain('v3/marketing/busifavor/coupons/x').get())) as Record<string, unknown>
}

describe('2xx responses must be signed by WeChat Pay', () => {
  it('a body altered after signing is rejected with BAD_SIGNATURE and not retried', async () => {
    plan = {
      status: 200,
      raw: (res) => {
        // Sign one body, send another.
        const signedFor = JSON.stringify(body)
        const headers = signResponse({ body: signedFor, privateKey: platformKeys.privateKey, serial: PUB_KEY_ID })
        res.writeHead(200, { ...headers, 'Content-Type': 'application/json', 'Request-ID': 'req-200-altered' })
        res.end(signedFor.replace('c1', 'c2'))
      },
    }
    const error = await rejectedGet()
    expect(isSignatureVerificationError(error)).toBe(true)
    expect(error).toMatchObject({ name: 'SignatureVerificationError', code: 'BAD_SIGNATURE', status: 200, attempts: 1 })
    expect(error.requestId).toMatch(/^req-200-/)
    expect(server.requests).toHaveLength(1)
  })

  it('a 200 without Wechatpay-* headers is rejected with MISSING_HEADER', async () => {
    plan = { status: 200, body, options: { unsigned: true } }
    expect(await rejectedGet()).toMatchObject({ code: 'MISSING_HEADER', status: 200 })
  })

  it('a signature probe (WECHATPAY/SIGNTEST/) is rejected with SIGNATURE_PROBE', async () => {
    plan = { status: 200, body, options: { signature: `${SIGNATURE_PROBE_PREFIX}abc==` } }
    expect(await rejectedGet()).toMatchObject({ code: 'SIGNATURE_PROBE' })
  })

  it('a timestamp 301 s old is rejected with TIMESTAMP_SKEW', async () => {
    plan = { status: 200, body, options: { timestamp: Math.floor(Date.now() / 1000) - 301 } }
    expect(await rejectedGet()).toMatchObject({ code: 'TIMESTAMP_SKEW' })
  })

  it('an unknown Wechatpay-Serial is rejected with UNKNOWN_SERIAL (public-key mode: no download)', async () => {
    plan = { status: 200, body, options: { serial: 'PUB_KEY_ID_0000000000000000000000000000000009' } }
    expect(await rejectedGet()).toMatchObject({
      code: 'UNKNOWN_SERIAL',
      serial: 'PUB_KEY_ID_0000000000000000000000000000000009',
    })
    expect(server.requests).toHaveLength(1)
  })

  it('a signature by another key under the known serial is rejected with BAD_SIGNATURE', async () => {
    plan = { status: 200, body, options: { privateKey: intruder.privateKey } }
    expect(await rejectedGet()).toMatchObject({ code: 'BAD_SIGNATURE' })
  })

  it('a signed 204 with an empty body verifies', async () => {
    plan = { status: 204 }
    client = testClient(server)
    const response = await client.chain('v3/x').post({ json: {} })
    expect(response.status).toBe(204)
  })

  it('a signed 200 verifies and is parsed only then', async () => {
    plan = { status: 200, body }
    client = testClient(server)
    const response = await client.chain('v3/x').get<typeof body>()
    expect(response.data).toEqual(body)
  })
})

describe('error answers', () => {
  it('a 400 PARAM_ERROR becomes an ApiError with code, apiMessage, detail, status and requestId', async () => {
    plan = {
      status: 400,
      body: { code: 'PARAM_ERROR', message: '批次号不存在', detail: { field: 'stock_id', location: 'body' } },
    }
    const error = await rejectedGet()
    expect(isApiError(error)).toBe(true)
    expect(error).toMatchObject({
      name: 'ApiError',
      code: 'PARAM_ERROR',
      apiMessage: '批次号不存在',
      detail: { field: 'stock_id', location: 'body' },
      status: 400,
      attempts: 1,
      verified: true,
    })
    expect(error.message).toMatch(
      /^@core\/client: WeChat Pay answered 400 PARAM_ERROR: 批次号不存在 \(Request-ID req-400-/,
    )
  })

  it('an unsigned 401 SIGN_ERROR is still reported (verified: false) with a hint', async () => {
    plan = { status: 401, body: { code: 'SIGN_ERROR', message: '签名错误' }, options: { unsigned: true } }
    const error = await rejectedGet()
    expect(error).toMatchObject({ name: 'ApiError', code: 'SIGN_ERROR', status: 401, verified: false })
    expect(error.message).toContain('private key belong together')
  })

  it('a 502 with an HTML body becomes ApiError HTTP_502', async () => {
    plan = {
      status: 502,
      raw: (res) => {
        res.writeHead(502, { 'Content-Type': 'text/html' })
        res.end('<html>Bad Gateway</html>')
      },
    }
    client = testClient(server, { retry: false })
    const error = await rejectionOf(client.chain('v3/x').get())
    expect(error).toMatchObject({
      name: 'ApiError',
      code: 'HTTP_502',
      status: 502,
      apiMessage: '<html>Bad Gateway</html>',
    })
  })
})

describe('platform keys: when a change takes effect', () => {
  it('a record given to createClient is copied at creation; client.platformKeys is the live store', async () => {
    plan = { status: 200, body }
    const record: Record<string, string> = {
      [PUB_KEY_ID]: platformKeys.publicKey.export({ type: 'spki', format: 'pem' }) as string,
    }
    client = testClient(server, { platformKeys: record, retry: false })
    delete record[PUB_KEY_ID]
    expect((await client.chain('v3/x').get()).status).toBe(200)
    client.platformKeys.delete(PUB_KEY_ID)
    expect(await rejectionOf(client.chain('v3/x').get())).toMatchObject({ code: 'UNKNOWN_SERIAL' })
  })
})
