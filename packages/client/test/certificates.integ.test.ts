import type { ServerResponse } from 'node:http'
import { createClient, type WechatPayClient } from '@core/client'
import { encryptResource } from '@core/signer'
import { createCertificate, signNotificationForTest } from '@core/signer/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  APIV3_KEY,
  MCHID,
  MERCHANT_SERIAL,
  merchantKeys,
  merchantPem,
  platformKeys,
  rejectionOf,
  reply,
  startServer,
  type TestServer,
} from './helpers.js'

const CERT_SERIAL = '7132D72A03E93CDDF8C03BBD1F37EEDF204C3E57'
const OLD_SERIAL = '0F15E0A73FDA7DE2C5A6E59A9B6E1C2A3B4C5D6E'
const DAY = 24 * 60 * 60 * 1000
const now = Date.now()
// Any key but the platform key plays the forger; the merchant key is at hand.
const otherKey = merchantKeys

function certificate(serial: string, notBefore: number, notAfter: number, key = platformKeys) {
  return createCertificate({
    subjectKey: key.publicKey,
    issuerKey: key.privateKey,
    serial,
    subject: { C: 'CN', O: 'Tenpay.com', CN: 'Tenpay.com Root CA' },
    notBefore: new Date(notBefore),
    notAfter: new Date(notAfter),
  })
}

function entry(serial: string, pem: string, key = APIV3_KEY) {
  return {
    serial_no: serial,
    effective_time: new Date(now - DAY).toISOString(),
    expire_time: new Date(now + 365 * DAY).toISOString(),
    encrypt_certificate: { ...encryptResource(pem, key, { associatedData: 'certificate' }) },
  }
}

// What /v3/certificates answers and how business answers are signed, per test.
let downloads: number
let certificateAnswer: (res: ServerResponse) => void
let server: TestServer
let client: WechatPayClient

const validCert = certificate(CERT_SERIAL, now - DAY, now + 365 * DAY)
const standardAnswer = (res: ServerResponse) =>
  reply(res, 200, { data: [entry(CERT_SERIAL, validCert)] }, { serial: CERT_SERIAL })

beforeAll(async () => {
  server = await startServer(async (request, res) => {
    if (request.url === '/v3/certificates') {
      downloads++
      // Slow enough that concurrent misses overlap with the download.
      await new Promise((resolve) => setTimeout(resolve, 30))
      return certificateAnswer(res)
    }
    if (request.url === '/v3/other-serial') return reply(res, 200, { ok: true }, { serial: 'ABCDEF' })
    reply(res, 200, { ok: true, url: request.url }, { serial: CERT_SERIAL })
  })
})
afterAll(() => server.close())
afterEach(async () => {
  await client?.close()
  server.requests.length = 0
})

function certificateClient(options: Partial<Parameters<typeof createClient>[0]> = {}) {
  downloads = 0
  certificateAnswer = standardAnswer
  return createClient({
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: merchantPem,
    apiv3Key: APIV3_KEY,
    baseUrl: server.url,
    retry: { retries: 1, minDelay: 1, maxDelay: 5 },
    ...options,
  })
}

describe('refreshCertificates()', () => {
  it('downloads, decrypts (AAD certificate), verifies and adds the platform certificate', async () => {
    client = certificateClient()
    expect(client.platformKeys.size).toBe(0)
    expect(client.wechatpaySerial).toBeUndefined()
    const added = await client.refreshCertificates()
    expect(added).toEqual([{ serial: CERT_SERIAL, notBefore: expect.any(Date), notAfter: expect.any(Date) }])
    expect(client.platformKeys.serials()).toEqual([CERT_SERIAL])
    expect(client.wechatpaySerial).toBe(CERT_SERIAL)
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/v3/certificates', signatureValid: true })
    // Business answers signed with that certificate now verify.
    const response = await client.chain('v3/x').get()
    expect(response.data).toMatchObject({ ok: true })
    expect(server.requests[1]!.headers['wechatpay-serial']).toBe(CERT_SERIAL)
  })

  it('skips a certificate outside its validity dates and keeps the valid one', async () => {
    client = certificateClient()
    const expired = certificate(OLD_SERIAL, now - 400 * DAY, now - DAY)
    certificateAnswer = (res) =>
      reply(res, 200, { data: [entry(OLD_SERIAL, expired), entry(CERT_SERIAL, validCert)] }, { serial: CERT_SERIAL })
    const added = await client.refreshCertificates()
    expect(added.map((c) => c.serial)).toEqual([CERT_SERIAL])
    expect(client.platformKeys.has(OLD_SERIAL)).toBe(false)
  })

  it('only expired certificates: KeyFormatError INVALID_CERTIFICATE naming the clock', async () => {
    client = certificateClient()
    const expired = certificate(OLD_SERIAL, now - 400 * DAY, now - DAY)
    certificateAnswer = (res) => reply(res, 200, { data: [entry(OLD_SERIAL, expired)] }, { serial: OLD_SERIAL })
    const error = await rejectionOf(client.refreshCertificates())
    expect(error).toMatchObject({ name: 'KeyFormatError', code: 'INVALID_CERTIFICATE' })
    expect((error as Error).message).toContain('clock')
  })

  it('a wrong APIv3 key fails with DecryptionError AUTH_TAG_MISMATCH and adds nothing', async () => {
    client = certificateClient()
    certificateAnswer = (res) =>
      reply(res, 200, { data: [entry(CERT_SERIAL, validCert, 'z'.repeat(32))] }, { serial: CERT_SERIAL })
    const error = await rejectionOf(client.refreshCertificates())
    expect(error).toMatchObject({ name: 'DecryptionError', code: 'AUTH_TAG_MISMATCH', attempts: 1 })
    expect(client.platformKeys.size).toBe(0)
  })

  it('a serial_no that does not match the decrypted certificate is refused', async () => {
    client = certificateClient()
    certificateAnswer = (res) => reply(res, 200, { data: [entry(OLD_SERIAL, validCert)] }, { serial: CERT_SERIAL })
    expect(await rejectionOf(client.refreshCertificates())).toMatchObject({ code: 'INVALID_CERTIFICATE' })
  })

  it('a download signed by a key that is not among the certificates fails verification', async () => {
    client = certificateClient()
    certificateAnswer = (res) =>
      reply(
        res,
        200,
        { data: [entry(CERT_SERIAL, validCert)] },
        { serial: CERT_SERIAL, privateKey: otherKey.privateKey },
      )
    expect(await rejectionOf(client.refreshCertificates())).toMatchObject({
      name: 'SignatureVerificationError',
      code: 'BAD_SIGNATURE',
    })
    expect(client.platformKeys.size).toBe(0)
  })

  it('without apiv3Key it is a ValidationError', async () => {
    client = createClient({
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: merchantPem,
      platformKeys: {},
      baseUrl: server.url,
    })
    expect(await rejectionOf(client.refreshCertificates())).toMatchObject({
      name: 'ValidationError',
      issues: [{ path: ['apiv3Key'] }],
    })
  })
})

describe('autoRefresh', () => {
  it('many concurrent responses with an unknown serial cause one download (single flight)', async () => {
    client = certificateClient({ autoRefresh: true })
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => client.chain(`v3/items/${i}`).get()))
    expect(responses.every((r) => r.status === 200)).toBe(true)
    expect(downloads).toBe(1)
    expect(client.platformKeys.serials()).toEqual([CERT_SERIAL])
  })

  it('within the cooldown, another unknown serial fails with UNKNOWN_SERIAL without downloading again', async () => {
    client = certificateClient({ autoRefresh: true })
    await client.chain('v3/first').get()
    expect(downloads).toBe(1)
    const error = await rejectionOf(client.chain('v3/other-serial').get())
    expect(error).toMatchObject({ name: 'SignatureVerificationError', code: 'UNKNOWN_SERIAL', serial: 'ABCDEF' })
    expect(downloads).toBe(1)
  })

  it('after the cooldown (injected clock), an unknown serial triggers a new download', async () => {
    let clock = now
    client = certificateClient({ autoRefresh: { cooldownMs: 1_000 }, clock: () => clock })
    await client.chain('v3/first').get()
    clock += 2_000
    await rejectionOf(client.chain('v3/other-serial').get())
    expect(downloads).toBe(2)
  })

  it('without autoRefresh an unknown serial fails without any download', async () => {
    client = certificateClient()
    expect(await rejectionOf(client.chain('v3/x').get())).toMatchObject({ code: 'UNKNOWN_SERIAL' })
    expect(downloads).toBe(0)
  })
})

describe('verifyNotification()', () => {
  const event = { event_type: 'COUPON.SEND', resource: { coupon_code: 'c-1', stock_id: '100088' } }

  it('refreshes once on an unknown serial, then verifies and decrypts the callback', async () => {
    client = certificateClient({ autoRefresh: true })
    const { headers, body } = signNotificationForTest({
      event,
      apiv3Key: APIV3_KEY,
      platformPrivateKey: platformKeys.privateKey,
      serial: CERT_SERIAL,
    })
    const [a, b] = await Promise.all([
      client.verifyNotification<{ coupon_code: string }>({ headers, body }),
      client.verifyNotification<{ coupon_code: string }>({ headers, body }),
    ])
    expect(a.resource.coupon_code).toBe('c-1')
    expect(b.event_type).toBe('COUPON.SEND')
    expect(downloads).toBe(1)
  })

  it('rejects a forged callback with a typed error', async () => {
    client = certificateClient({ autoRefresh: true })
    await client.refreshCertificates()
    const { headers, body } = signNotificationForTest({
      event,
      apiv3Key: APIV3_KEY,
      platformPrivateKey: otherKey.privateKey,
      serial: CERT_SERIAL,
    })
    expect(await rejectionOf(client.verifyNotification({ headers, body }))).toMatchObject({ code: 'BAD_SIGNATURE' })
  })
})
