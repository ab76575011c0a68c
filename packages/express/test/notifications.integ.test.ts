import type { Server } from 'node:http'
import { createRequire } from 'node:module'
import { createClient } from '@core/client'
import { isNotificationConfigurationError, NotificationConfigurationError } from '@core/client/notifications'
import { encryptResource, type VerifiedNotification } from '@core/signer'
import type { SignedTestNotification } from '@core/signer/testing'
import express5, { type ErrorRequestHandler, type Request } from 'express'
import express4 from 'express4'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wechatpay, wechatpayNotifications } from '../src/index.js'
import {
  type Answer,
  APIV3_KEY,
  type CouponSend,
  clock,
  close,
  delivery,
  listen,
  MERCHANT_SERIAL,
  merchant,
  NOW,
  nextId,
  OTHER_SERIAL,
  other,
  platform,
  platformKeys,
  post,
  SERIAL,
} from './helpers.js'

const variants = [
  ['Express 5', express5, 'express'],
  ['Express 4', express4, 'express4'],
] as const

describe.each(variants)('%s', (name, express, packageName) => {
  let server: Server
  let base: string
  const calls = new Map<string, number>()
  const seen: { id: string; resource: CouponSend; path: string }[] = []
  const configErrors: unknown[] = []
  const failOnce = new Set<string>()
  // The real @core/client: its keys verify callbacks; it never needs to reach its base URL here.
  const client = createClient({
    mchid: '1900000001',
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privateKey,
    platformKeys,
    apiv3Key: APIV3_KEY,
    baseUrl: 'http://127.0.0.1:9',
    clock,
  })

  const onNotification = async (event: VerifiedNotification<CouponSend>, req: Request) => {
    calls.set(event.id, (calls.get(event.id) ?? 0) + 1)
    if (event.id.startsWith('SLOW')) await new Promise((resolve) => setTimeout(resolve, 30))
    if (failOnce.delete(event.id)) throw new Error('database is down')
    seen.push({ id: event.id, resource: event.resource, path: req.path })
  }
  const options = { platformKeys, apiv3Key: APIV3_KEY, clock, onError: () => {}, onNotification }

  beforeAll(async () => {
    const app = express()
    app.post('/notify', wechatpayNotifications<CouponSend>(options))
    app.post('/raw', express.raw({ type: 'application/json' }), wechatpayNotifications<CouponSend>(options))
    app.post('/text', express.text({ type: 'application/json' }), wechatpayNotifications<CouponSend>(options))
    app.post(
      '/verify-kept',
      express.json({
        verify: (req, _res, buf) => {
          ;(req as Request & { rawBody?: Buffer }).rawBody = buf
        },
      }),
      wechatpayNotifications<CouponSend>(options),
    )
    // express.json() that skips the request (another content type) leaves the stream unread; Express 4 still sets
    // req.body = {}, which must not be mistaken for a parsed body.
    app.post(
      '/json-skipped',
      express.json({ type: 'application/vnd.other+json' }),
      wechatpayNotifications<CouponSend>(options),
    )
    app.post('/small', wechatpayNotifications<CouponSend>({ ...options, maxBodyBytes: 4096 }))
    const parsedFirst = express.Router()
    parsedFirst.use(express.json())
    parsedFirst.post(
      '/',
      wechatpayNotifications<CouponSend>({ ...options, onError: (error) => configErrors.push(error) }),
    )
    // An error handler of the app's own: the middleware answers itself, so it is never reached.
    const unreachable: ErrorRequestHandler = (_error, _req, res, _next) => {
      res.status(418).send('<html>error handler</html>')
    }
    parsedFirst.use(unreachable)
    // Scoped to its own path: the router's express.json() must not reach the other routes.
    app.use('/parsed', parsedFirst)
    // The same mistake with no error handler of the app's own: never Express's default HTML page.
    app.post('/parsed-default', express.json(), wechatpayNotifications<CouponSend>(options))
    app.post('/client-notify', wechatpayNotifications<CouponSend>({ client, onError: () => {}, onNotification }))
    app.get('/client', wechatpay({ client }), (req, res) => {
      res.json({ same: req.wechatpay === client, mchid: req.wechatpay.mchid })
    })
    server = app.listen(0, '127.0.0.1')
    base = await listen(server)
  })
  afterAll(async () => {
    await close(server)
    await client.close()
  })

  const send = (path: string, signed: SignedTestNotification): Promise<Answer> =>
    post(`${base}${path}`, signed.headers as unknown as Record<string, string>, signed.body)

  it(`runs on the ${name} release line`, () => {
    const { version } = createRequire(import.meta.url)(`${packageName}/package.json`) as { version: string }
    expect(version.split('.')[0]).toBe(name.slice(-1))
  })

  it('POST /notify with a genuine COUPON.SEND → 204, handler gets the decrypted resource and the request', async () => {
    const id = nextId()
    const answer = await send('/notify', delivery(id))
    expect([answer.status, answer.text]).toEqual([204, ''])
    expect(seen.find((s) => s.id === id)).toEqual({
      id,
      resource: { coupon_code: `C-${id}`, stock_id: 'S-1' },
      path: '/notify',
    })
  })

  it.each(['/raw', '/text', '/verify-kept'])('POST %s (body kept raw by a parser) → 204', async (path) => {
    const id = nextId()
    expect((await send(path, delivery(id))).status).toBe(204)
    expect(calls.get(id)).toBe(1)
  })

  it('POST through an express.json() that skipped the request (other content type) → 204', async () => {
    const id = nextId()
    expect((await send('/json-skipped', delivery(id))).status).toBe(204)
    expect(calls.get(id)).toBe(1)
  })

  describe('forgery matrix', () => {
    const drop = (signed: SignedTestNotification, name: string): SignedTestNotification => {
      const headers = { ...signed.headers } as Record<string, string>
      delete headers[name]
      return { headers: headers as never, body: signed.body }
    }
    const withHeader = (signed: SignedTestNotification, name: string, value: string): SignedTestNotification => ({
      headers: { ...signed.headers, [name]: value },
      body: signed.body,
    })
    const truncatedTag = (id: string) => {
      const resource = encryptResource(JSON.stringify({ coupon_code: 'C', stock_id: 'S' }), APIV3_KEY, {
        associatedData: 'coupon',
      })
      const bytes = Buffer.from(resource.ciphertext, 'base64')
      return JSON.stringify({
        id,
        event_type: 'COUPON.SEND',
        resource_type: 'encrypt-resource',
        resource: { ...resource, ciphertext: bytes.subarray(0, bytes.length - 4).toString('base64') },
      })
    }

    const cases: [string, (id: string) => SignedTestNotification, number][] = [
      [
        'one tampered body byte',
        (id) => {
          const s = delivery(id)
          return { headers: s.headers, body: s.body.replace('COUPON.SEND', 'COUPON.SENT') }
        },
        401,
      ],
      ['a tampered timestamp', (id) => withHeader(delivery(id), 'Wechatpay-Timestamp', String(NOW + 1)), 401],
      ['a tampered nonce', (id) => withHeader(delivery(id), 'Wechatpay-Nonce', 'tampered'), 401],
      ['the wrong serial (another known key)', (id) => withHeader(delivery(id), 'Wechatpay-Serial', OTHER_SERIAL), 401],
      ['a signature by another key', (id) => delivery(id, { privateKey: other.privateKey }), 401],
      ['an unknown serial', (id) => delivery(id, { serial: 'PUB_KEY_ID_0000000000000000000000000000' }), 401],
      ['a timestamp 301 s old', (id) => delivery(id, { timestamp: NOW - 301 }), 401],
      ['a timestamp 301 s ahead', (id) => delivery(id, { timestamp: NOW + 301 }), 401],
      ['a timestamp 300 s old', (id) => delivery(id, { timestamp: NOW - 300 }), 204],
      ['a timestamp 300 s ahead', (id) => delivery(id, { timestamp: NOW + 300 }), 204],
      [
        'a probe signature',
        (id) => withHeader(delivery(id), 'Wechatpay-Signature', 'WECHATPAY/SIGNTEST/9eVHmGDf=='),
        401,
      ],
      ['a non-base64 signature', (id) => withHeader(delivery(id), 'Wechatpay-Signature', '%%% not base64 %%%'), 401],
      [
        'an unsupported signature type',
        (id) => withHeader(delivery(id), 'Wechatpay-Signature-Type', 'WECHATPAY2-SM2-WITH-SM3'),
        401,
      ],
      ['no Wechatpay-Timestamp', (id) => drop(delivery(id), 'Wechatpay-Timestamp'), 400],
      ['no Wechatpay-Nonce', (id) => drop(delivery(id), 'Wechatpay-Nonce'), 400],
      ['no Wechatpay-Signature', (id) => drop(delivery(id), 'Wechatpay-Signature'), 400],
      ['no Wechatpay-Serial', (id) => drop(delivery(id), 'Wechatpay-Serial'), 400],
      [
        'a GCM tag truncated in transit',
        (id) => {
          const s = delivery(id)
          return { headers: s.headers, body: truncatedTag(id) }
        },
        401,
      ],
      ['a truncated GCM tag that WeChat Pay signed', (id) => delivery(id, { body: truncatedTag(id) }), 500],
      [
        'a resource encrypted with another APIv3 key',
        (id) =>
          delivery(id, {
            body: JSON.stringify({
              id,
              event_type: 'COUPON.SEND',
              resource: encryptResource('{}', 'Zz9cde1ZJB1kG2e7VfTs3jQzaWizur8G', { associatedData: 'coupon' }),
            }),
          }),
        500,
      ],
      ['a signed body that is not JSON', (id) => delivery(id, { body: `{"id":"${id}",` }), 400],
      ['a signed empty body', (id) => delivery(id, { body: '' }), 400],
    ]

    const titled = cases.map(([name, build, status]) => [name, status, build] as const)
    it.each(titled)('POST /notify with %s → %i', async (_case, status, build) => {
      const id = nextId('F')
      const answer = await send('/notify', build(id))
      expect(answer.status).toBe(status)
      if (status === 204) {
        expect(calls.get(id)).toBe(1)
      } else {
        expect(answer.json).toEqual({ code: 'FAIL', message: expect.any(String) })
        expect(answer.headers['content-type']).toMatch(/^application\/json/)
        expect(calls.get(id)).toBeUndefined()
        expect(answer.text).not.toContain(APIV3_KEY)
      }
    })

    it('after the whole matrix the server still answers a genuine delivery with 204', async () => {
      expect((await send('/notify', delivery(nextId()))).status).toBe(204)
    })
  })

  it('POST behind express.json() → 500 FAIL, and onError gets a NotificationConfigurationError that says how to fix it', async () => {
    const before = configErrors.length
    const id = nextId()
    const answer = await send('/parsed', delivery(id))
    expect([answer.status, answer.json]).toEqual([
      500,
      { code: 'FAIL', message: 'notification endpoint misconfigured' },
    ])
    expect(calls.get(id)).toBeUndefined()
    const error = configErrors[before]
    expect(isNotificationConfigurationError(error)).toBe(true)
    expect(error).toBeInstanceOf(NotificationConfigurationError)
    expect((error as NotificationConfigurationError).code).toBe('BODY_ALREADY_PARSED')
    const message = (error as Error).message
    expect(message).toMatch(/^@adapters\/express: the callback body was already parsed/)
    expect(message).toContain('mount wechatpayNotifications() before app.use(express.json())')
    expect(message).toContain("express.raw({ type: 'application/json' })")
  })

  it("POST behind express.json() with no error handler → 500 FAIL, not Express's HTML error page", async () => {
    const id = nextId()
    const answer = await send('/parsed-default', delivery(id))
    expect([answer.status, answer.json]).toEqual([
      500,
      { code: 'FAIL', message: 'notification endpoint misconfigured' },
    ])
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    expect(answer.text).not.toMatch(/<html|<pre|\n\s+at /)
    expect(calls.get(id)).toBeUndefined()
  })

  it('POST with a body over maxBodyBytes (Content-Length) → 413 before reading it', async () => {
    const signed = delivery(nextId())
    const answer = await post(`${base}/small`, signed.headers as never, Buffer.alloc(4097, 0x20))
    expect([answer.status, answer.json]).toEqual([
      413,
      { code: 'FAIL', message: 'notification body exceeds 4096 bytes' },
    ])
  })

  it('POST with a chunked body growing past maxBodyBytes → 413', async () => {
    const signed = delivery(nextId())
    const chunks = Array.from({ length: 8 }, () => Buffer.alloc(1024, 0x20))
    const answer = await post(`${base}/small`, signed.headers as never, chunks, { chunked: true })
    expect(answer.status).toBe(413)
  })

  it('POST with a 1 MB + 1 byte body under the default limit → 413', async () => {
    const signed = delivery(nextId())
    const answer = await post(`${base}/notify`, signed.headers as never, Buffer.alloc(1024 * 1024 + 1, 0x20))
    expect(answer.status).toBe(413)
  })

  it('POST the same notification twice → 204 twice, the handler runs once', async () => {
    const signed = delivery(nextId())
    const id = JSON.parse(signed.body).id as string
    expect((await send('/notify', signed)).status).toBe(204)
    expect((await send('/notify', signed)).status).toBe(204)
    expect(calls.get(id)).toBe(1)
  })

  it('POST 32 concurrent copies of one notification → all 204, the handler runs once', async () => {
    const id = nextId('SLOW')
    const signed = delivery(id)
    const answers = await Promise.all(Array.from({ length: 32 }, () => send('/notify', signed)))
    expect(answers.map((a) => a.status)).toEqual(Array(32).fill(204))
    expect(calls.get(id)).toBe(1)
  })

  it('POST when the handler throws → 500 FAIL; the redelivery → 204; a third delivery → 204 without the handler', async () => {
    const id = nextId()
    failOnce.add(id)
    const first = await send('/notify', delivery(id))
    expect([first.status, first.json]).toEqual([
      500,
      { code: 'FAIL', message: 'notification handler failed; retry later' },
    ])
    expect((await send('/notify', delivery(id))).status).toBe(204)
    expect((await send('/notify', delivery(id))).status).toBe(204)
    expect(calls.get(id)).toBe(2)
    expect(seen.filter((s) => s.id === id)).toHaveLength(1)
  })

  it('wechatpay({ client }) puts the client on req.wechatpay', async () => {
    const res = await fetch(`${base}/client`)
    expect(await res.json()).toEqual({ same: true, mchid: '1900000001' })
  })

  it("wechatpayNotifications({ client }) verifies with the client's keys and clock", async () => {
    const id = nextId()
    expect((await send('/client-notify', delivery(id))).status).toBe(204)
    expect(calls.get(id)).toBe(1)
    expect((await send('/client-notify', delivery(nextId(), { timestamp: NOW - 301 }))).status).toBe(401)
    expect(
      (await send('/client-notify', delivery(nextId(), { serial: 'PUB_KEY_ID_0000000000000000000000000001' }))).status,
    ).toBe(401)
  })
})

describe('setup errors', () => {
  it('wechatpayNotifications({ ...unknown option }) throws at setup, naming the option', () => {
    expect(() =>
      wechatpayNotifications({ platformKeys, apiv3Key: APIV3_KEY, onNotification: () => {}, maxSkew: 1 } as never),
    ).toThrow(/unknown notification option "maxSkew"/)
  })

  it('wechatpayNotifications({ client, platformKeys }) refuses two key sources', () => {
    const client = { verifyNotification: async () => ({}) as never }
    expect(() => wechatpayNotifications({ client, platformKeys, onNotification: () => {} } as never)).toThrow(
      /not both/,
    )
  })

  it('wechatpay({}) and wechatpay({ client, extra }) throw configuration errors', () => {
    expect(() => wechatpay({} as never)).toThrow(/needs \{ client \}/)
    expect(() => wechatpay({ client: {}, extra: 1 } as never)).toThrow(/no option "extra"/)
  })

  it('the platform key fixtures are distinct (a guard on the forgery cases above)', () => {
    expect(SERIAL).not.toBe(OTHER_SERIAL)
    expect(platform.publicKey.equals(other.publicKey)).toBe(false)
  })
})
