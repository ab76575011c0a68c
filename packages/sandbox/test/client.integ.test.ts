// The same key flows through @core/client: the client and the sandbox must agree on every byte.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  createClient,
  isApiError,
  isNetworkError,
  isSignatureVerificationError,
  type WechatPayClient,
} from '@core/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateSandboxKeys, type Sandbox, startSandbox } from '../src/index.js'

const keys = generateSandboxKeys()
let sb: Sandbox
let client: WechatPayClient

function clientFor(sandbox: Sandbox, extra: Record<string, unknown> = {}): WechatPayClient {
  return createClient({
    mchid: sandbox.merchant.mchid,
    serial: sandbox.merchant.serial,
    privateKey: sandbox.merchant.privateKeyPem,
    platformKeys: sandbox.platform.keys,
    apiv3Key: sandbox.apiv3Key,
    baseUrl: sandbox.url,
    retry: { retries: 2, minDelay: 5, maxDelay: 10 },
    ...extra,
  })
}

beforeAll(async () => {
  sb = await startSandbox({ keys, seedExamples: true, callbackRetryDelaysMs: [10] })
  client = clientFor(sb)
})
afterAll(async () => {
  await client.close()
  await sb.close()
})
afterEach(() => sb.faults.reset())

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

const deactivate = (body: Record<string, string>) =>
  client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json: body, idempotent: true })

function freshDeactivate() {
  const c = sb.seed.sendCoupon()
  return { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: `cl-${c.coupon_code}` }
}

describe('@core/client against the sandbox (public-key mode)', () => {
  it('client.chain(…/deactivate).post() runs the documentation example and the answer verifies', async () => {
    const answer = await deactivate({
      coupon_code: 'sxxe34343434',
      stock_id: '1234567891',
      deactivate_request_no: '1002600620019090123143254436',
      deactivate_reason: '此券使用时间设置错误',
    })
    expect(answer.status).toBe(200)
    expect((answer.data as { wechatpay_deactivate_time: string }).wechatpay_deactivate_time).toMatch(/\+08:00$/)
    expect(answer.requestId).toBe(sb.requestLog.last()?.requestId)
    expect(sb.state.coupon('sxxe34343434', '1234567891')?.coupon_state).toBe('DEACTIVATED')
  })

  it('every chain style and a {param} path with an awkward coupon code reach the same endpoint', async () => {
    const c = sb.seed.sendCoupon({ openid: 'o-chain', appid: 'wx-chain', coupon_code: 'a/b =|c' })
    const params = { openid: 'o-chain', coupon_code: 'a/b =|c', appid: 'wx-chain' }
    const path = 'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}'
    const viaChain = await client.chain(path).get({ params })
    const viaBracket = await client[path]!.get({ params })
    const viaProperties = await client.v3!.marketing!.busifavor!.users!['{openid}']!.coupons!['{coupon_code}']!.appids![
      '{appid}'
    ]!.get({ params })
    expect(viaChain.data).toMatchObject({ coupon_code: 'a/b =|c', stock_id: c.stock_id })
    expect(viaBracket.data).toEqual(viaChain.data)
    expect(viaProperties.data).toEqual(viaChain.data)
  })

  it('a schema violation comes back as ApiError PARAM_ERROR with the detail naming the field', async () => {
    const error = await failure(deactivate({ coupon_code: 'x'.repeat(40), stock_id: '1', deactivate_request_no: 'v' }))
    expect(isApiError(error) && error.code).toBe('PARAM_ERROR')
    expect(isApiError(error) && error.detail).toMatchObject({ location: 'body', field: '/coupon_code' })
    expect(isApiError(error) && error.verified).toBe(true)
  })

  it('deactivating a USED coupon is ApiError INVALID_REQUEST (400, not retried)', async () => {
    const c = sb.seed.sendCoupon({ coupon_state: 'USED' })
    sb.requestLog.clear()
    const error = await failure(
      deactivate({ coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: 'cl-used' }),
    )
    expect(isApiError(error) && [error.status, error.code]).toEqual([400, 'INVALID_REQUEST'])
    expect(sb.requestLog.size).toBe(1)
  })

  it('a 500 then 200 on an idempotent call is retried with a fresh signature and succeeds', async () => {
    sb.faults.set({ serverErrorRate: 1, times: 1 })
    sb.requestLog.clear()
    const answer = await deactivate(freshDeactivate())
    expect(answer.status).toBe(200)
    expect(sb.requestLog.entries.map((e) => e.status)).toEqual([500, 200])
  })

  it('a lost answer (500 after commit) is retried with the same request-no and gets the original answer', async () => {
    sb.faults.set({ serverErrorRate: 1, serverErrorAfterCommit: true, times: 1 })
    sb.requestLog.clear()
    const body = freshDeactivate()
    const answer = await deactivate(body)
    expect(answer.status).toBe(200)
    expect(sb.requestLog.entries.map((e) => [e.status, e.replayed])).toEqual([
      [500, false],
      [200, true],
    ])
    expect(sb.state.coupon(body.coupon_code)?.coupon_state).toBe('DEACTIVATED')
  })

  it('429 FREQUENCY_LIMITED is retried for an idempotent call', async () => {
    sb.faults.set({ rateLimitRate: 1, times: 2 })
    const answer = await deactivate(freshDeactivate())
    expect(answer.status).toBe(200)
  })

  it('a non-idempotent POST hit by a connection reset is not retried: NetworkError', async () => {
    sb.faults.set({ resetRate: 1, times: 1 })
    sb.requestLog.clear()
    const error = await failure(
      client.chain('v3/marketing/busifavor/callbacks').post({ json: { notify_url: 'http://127.0.0.1:9/n' } }),
    )
    expect(isNetworkError(error)).toBe(true)
    expect(sb.requestLog.size).toBe(1)
  })

  for (const [fault, code] of [
    ['wrongSignatureRate', 'BAD_SIGNATURE'],
    ['missingSignatureRate', 'MISSING_HEADER'],
    ['probeSignatureRate', 'SIGNATURE_PROBE'],
  ] as const) {
    it(`${fault}: the client refuses the answer with SignatureVerificationError ${code}, without retrying`, async () => {
      sb.faults.set({ [fault]: 1 })
      sb.requestLog.clear()
      const error = await failure(deactivate(freshDeactivate()))
      expect(isSignatureVerificationError(error) && error.code).toBe(code)
      expect(sb.requestLog.size).toBe(1)
    })
  }

  it('a truncated answer surfaces as a transport error, never as data', async () => {
    sb.faults.set({ truncateRate: 1 })
    const error = await failure(
      client.chain('v3/marketing/busifavor/stocks/{stock_id}').get({ params: { stock_id: '1212' } }),
    )
    expect(isNetworkError(error) || (error as { name?: string }).name === 'TimeoutError').toBe(true)
  })

  it('client.uploadImage() is accepted: the signature covers the meta JSON', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)])
    const answer = await client.uploadImage({ file: png, filename: 'logo.png' })
    expect(answer.data.media_url).toContain(`${sb.url}/__sandbox/media/`)
  })

  it('client.verifyNotification() accepts a sandbox COUPON.SEND callback and decrypts it', async () => {
    let received: { headers: Record<string, string>; body: string } | undefined
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        received = { headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString() }
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`
      await client.chain('v3/marketing/busifavor/callbacks').post({ json: { notify_url: url } })
      const c = sb.seed.sendCoupon({ coupon_code: 'CL-NOTIFY' })
      await sb.callbacks.waitFor({ couponCode: 'CL-NOTIFY' })
      const event = await client.verifyNotification<{ coupon_code: string; stock_id: string }>(received!)
      expect(event.event_type).toBe('COUPON.SEND')
      expect(event.resource).toMatchObject({ coupon_code: 'CL-NOTIFY', stock_id: c.stock_id })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('@core/client against the sandbox (certificate mode)', () => {
  let cert: Sandbox
  let certClient: WechatPayClient
  beforeAll(async () => {
    cert = await startSandbox({ keys, mode: 'certificate' })
    certClient = clientFor(cert, { platformKeys: undefined, autoRefresh: true })
  })
  afterAll(async () => {
    await certClient.close()
    await cert.close()
  })

  it('refreshCertificates() downloads and decrypts the platform certificate, then calls verify', async () => {
    const refreshed = await certClient.refreshCertificates()
    expect(refreshed.map((r) => r.serial)).toEqual([cert.platform.certificateSerial])
    const c = cert.seed.sendCoupon()
    const answer = await certClient.chain('v3/marketing/busifavor/coupons/deactivate').post({
      json: { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: 'cert-1' },
    })
    expect(answer.status).toBe(200)
  })

  it('after rotatePlatformCertificate(), refreshCertificates() adds the new certificate and calls naming it verify', async () => {
    const rotated = cert.rotatePlatformCertificate()
    // The sandbox signs with the certificate the request names, so the client's old serial keeps working.
    const stock = cert.seed.createStock().stock_id
    expect(
      (await certClient.chain('v3/marketing/busifavor/stocks/{stock_id}').get({ params: { stock_id: stock } })).status,
    ).toBe(200)
    const refreshed = await certClient.refreshCertificates()
    expect(refreshed.map((r) => r.serial)).toContain(rotated.serial)
    cert.requestLog.clear()
    const answer = await certClient.chain('v3/marketing/busifavor/stocks/{stock_id}').get({
      params: { stock_id: stock },
      wechatpaySerial: rotated.serial,
    })
    expect(answer.status).toBe(200)
    expect(answer.headers['wechatpay-serial']).toBe(rotated.serial)
    expect(certClient.platformKeys.serials()).toContain(rotated.serial)
  })
})
