import { inspect } from 'node:util'
import { createClient, type WechatPayClient } from '@core/client'
import { encryptResource } from '@core/signer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  APIV3_KEY,
  closedPort,
  MCHID,
  MERCHANT_SERIAL,
  merchantPem,
  rejectionOf,
  reply,
  startServer,
  type TestServer,
  testClient,
} from './helpers.js'

let server: TestServer
const hookEvents: unknown[] = []
const hooks = {
  onRequest: (e: unknown) => hookEvents.push(e),
  onResponse: (e: unknown) => hookEvents.push(e),
  onRetry: (e: unknown) => hookEvents.push(e),
  onError: (e: unknown) => hookEvents.push(e),
}

beforeAll(async () => {
  server = await startServer((request, res) => {
    switch (request.url) {
      case '/v3/sign-error':
        return reply(res, 401, { code: 'SIGN_ERROR', message: '签名错误' })
      case '/v3/forged':
        return reply(res, 200, { a: 1 }, { signature: 'AAAA' })
      case '/v3/hang':
        return
      case '/v3/reset':
        res.writeHead(200, { 'Content-Length': '100' })
        res.write('{')
        setTimeout(() => res.socket?.destroy(), 5)
        return
      case '/v3/certificates':
        return reply(res, 200, {
          data: [
            {
              serial_no: 'AB',
              encrypt_certificate: encryptResource('x', 'w'.repeat(32), { associatedData: 'certificate' }),
            },
          ],
        })
      default:
        return reply(res, 200, {})
    }
  })
})
afterAll(() => server.close())

// Every form an error can be logged in: message, stack, JSON, and a deep inspect (which shows causes).
function renderings(value: unknown): string {
  const error = value as Error
  return [String(error?.message), String(error?.stack), JSON.stringify(value), inspect(value, { depth: 10 })].join('\n')
}

const pemBody = merchantPem
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('-----'))
  .slice(3, 8)

describe('no secret in errors or hook payloads', () => {
  let client: WechatPayClient
  const errors: unknown[] = []

  beforeAll(async () => {
    client = testClient(server, {
      apiv3Key: APIV3_KEY,
      hooks,
      // Generous by default (a loaded machine must not turn the other answers into timeouts); short for /v3/hang only.
      timeouts: { headers: 5_000 },
      retry: { retries: 1, minDelay: 1, maxDelay: 2 },
    })
    errors.push(await rejectionOf(client.chain('v3/sign-error').post({ json: {} })))
    errors.push(await rejectionOf(client.chain('v3/forged').get()))
    errors.push(await rejectionOf(client.chain('v3/hang').get({ timeouts: { headers: 100 } })))
    errors.push(await rejectionOf(client.chain('v3/reset').get()))
    errors.push(await rejectionOf(client.refreshCertificates()))
    errors.push(await rejectionOf(client.chain('v3/missing/{id}').get()))
    const refused = testClient({ url: `http://127.0.0.1:${await closedPort()}` }, { hooks, apiv3Key: APIV3_KEY })
    errors.push(await rejectionOf(refused.chain('v3/x').get()))
    for (const bad of [{ apiv3Key: 'k'.repeat(31) }, { privateKey: `${merchantPem.slice(0, 200)}broken` }]) {
      try {
        createClient({ mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: merchantPem, platformKeys: {}, ...bad })
      } catch (error) {
        errors.push(error)
      }
    }
    await client.close()
    await refused.close()
  })

  it('covers every error kind', () => {
    expect(errors.map((e) => (e as Error).name).sort()).toEqual([
      'ApiError',
      'DecryptionError',
      'KeyFormatError',
      'NetworkError',
      'NetworkError',
      'SignatureVerificationError',
      'TimeoutError',
      'ValidationError',
      'ValidationError',
    ])
  })

  it('no error message, stack, JSON or inspect shows the private key, the APIv3 key or the Authorization', () => {
    const signatures = server.requests.map((r) => r.authorization?.signature).filter((s) => s !== undefined)
    expect(signatures.length).toBeGreaterThan(5)
    for (const error of errors) {
      const text = renderings(error)
      for (const line of pemBody) expect(text).not.toContain(line)
      expect(text).not.toContain(APIV3_KEY)
      expect(text).not.toContain('k'.repeat(31))
      expect(text).not.toContain('WECHATPAY2-SHA256-RSA2048 mchid')
      for (const signature of signatures) expect(text).not.toContain(signature)
    }
  })

  it('hook payloads are redacted the same way', () => {
    expect(hookEvents.length).toBeGreaterThan(10)
    const text = hookEvents.map(renderings).join('\n')
    expect(text).toContain('[REDACTED]')
    for (const line of pemBody) expect(text).not.toContain(line)
    expect(text).not.toContain(APIV3_KEY)
    for (const request of server.requests) expect(text).not.toContain(request.authorization?.signature ?? '\0')
  })

  it('the client object exposes no key: not in keys, JSON or inspect', () => {
    const text = [
      Object.keys(client).join(','),
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
    ].join('\n')
    expect(Object.keys(client)).not.toContain('privateKey')
    expect(Object.keys(client)).not.toContain('apiv3Key')
    for (const line of pemBody) expect(text).not.toContain(line)
    expect(text).not.toContain(APIV3_KEY)
    expect(client.mchid).toBe(MCHID)
  })
})
