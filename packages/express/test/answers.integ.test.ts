import type { Server } from 'node:http'
import { connect } from 'node:net'
import type { NotificationErrorInfo } from '@core/client/notifications'
import { signNotificationForTest } from '@core/signer/testing'
import express5 from 'express'
import express4 from 'express4'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { wechatpayNotifications } from '../src/index.js'
import {
  type Answer,
  APIV3_KEY,
  type CouponSend,
  clock,
  close,
  delivery,
  listen,
  NOW,
  nextId,
  other,
  platform,
  platformKeys,
  post,
  SERIAL,
} from './helpers.js'

// Every non-2xx answer of the callback route is WeChat Pay's {"code":"FAIL","message":…}, whatever went wrong —
// never Express's default error page, which outside production carries the stack trace. Same statuses as
// @adapters/nestjs on both of Nest's platforms.

const MAX_BODY_BYTES = 4096
const JSON_TYPE = { 'Content-Type': 'application/json' }

/** WeChat Pay's signature over any bytes, e.g. a body that is not JSON. */
function signed(body: string, privateKey = platform.privateKey) {
  return signNotificationForTest({ body, platformPrivateKey: privateKey, serial: SERIAL, timestamp: NOW })
}

function expectFail(answer: Answer, status: number, message: string): void {
  expect({ status: answer.status, json: answer.json }).toEqual({ status, json: { code: 'FAIL', message } })
  expect(answer.headers['content-type']).toMatch(/^application\/json/)
  // No HTML page, no stack trace.
  expect(answer.text).not.toMatch(/<html|<pre|<!DOCTYPE|stack|\n\s+at /i)
}

const variants = [
  ['Express 5', express5],
  ['Express 4', express4],
] as const

describe.each(['test', 'development'])('NODE_ENV=%s', (nodeEnv) => {
  beforeAll(() => {
    // Express reads it when the app is created: its default error page shows the stack unless in production.
    vi.stubEnv('NODE_ENV', nodeEnv)
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  describe.each(variants)('%s', (_name, express) => {
    let server: Server
    let base: string
    const calls = new Map<string, number>()
    const errors: { error: unknown; info: NotificationErrorInfo }[] = []
    const options = {
      platformKeys,
      apiv3Key: APIV3_KEY,
      clock,
      maxBodyBytes: MAX_BODY_BYTES,
      onError: (error: unknown, info: NotificationErrorInfo) => errors.push({ error, info }),
      onNotification: (event: { id: string; resource: CouponSend }) => {
        calls.set(event.id, (calls.get(event.id) ?? 0) + 1)
        if (event.resource.coupon_code === 'THROW') throw new Error('database is down')
      },
    }

    beforeAll(async () => {
      const app = express()
      app.post('/notify', wechatpayNotifications<CouponSend>(options))
      // The classic mistake: a JSON parser in front, and no error handler of the app's own.
      app.post('/parsed', express.json(), wechatpayNotifications<CouponSend>(options))
      // A logger that throws must not change the answer.
      app.post(
        '/bad-logger',
        express.json(),
        wechatpayNotifications<CouponSend>({
          ...options,
          onError: () => {
            throw new Error('logger is down')
          },
        }),
      )
      server = app.listen(0, '127.0.0.1')
      base = await listen(server)
    })
    afterAll(async () => {
      await close(server)
    })

    const cases: [string, string, () => { headers: Record<string, string>; body: string }, number, string][] = [
      ['/notify', 'unparseable JSON signed by WeChat Pay', () => signed('{"id":'), 400, 'malformed notification body'],
      [
        '/notify',
        'unparseable JSON without Wechatpay-* headers',
        () => ({ headers: JSON_TYPE, body: '{"id":' }),
        400,
        'missing Wechatpay-* headers',
      ],
      [
        '/notify',
        'unparseable JSON signed by another key',
        () => signed('{"id":', other.privateKey),
        401,
        'signature verification failed (BAD_SIGNATURE)',
      ],
      [
        '/notify',
        'a genuine delivery cut short in transit (tampered, unparseable)',
        () => {
          const { headers, body } = delivery(nextId('CUT'))
          return { headers: headers as never, body: body.slice(0, -3) }
        },
        401,
        'signature verification failed (BAD_SIGNATURE)',
      ],
      [
        '/notify',
        'parseable JSON without Wechatpay-* headers',
        () => ({ headers: JSON_TYPE, body: delivery(nextId('NOHDR')).body }),
        400,
        'missing Wechatpay-* headers',
      ],
      [
        '/notify',
        'a body over maxBodyBytes',
        () => signed(JSON.stringify({ id: nextId('BIG'), padding: 'x'.repeat(MAX_BODY_BYTES) })),
        413,
        `notification body exceeds ${MAX_BODY_BYTES} bytes`,
      ],
      ['/notify', 'a delivery whose handler throws', throwing, 500, 'notification handler failed; retry later'],
      [
        '/parsed',
        'a genuine delivery behind express.json()',
        () => delivery(nextId('PARSED')) as never,
        500,
        'notification endpoint misconfigured',
      ],
      [
        '/bad-logger',
        'a genuine delivery behind express.json(), onError throwing',
        () => delivery(nextId('LOGGER')) as never,
        500,
        'notification endpoint misconfigured',
      ],
    ]

    const titled = cases.map(([path, name, build, status, message]) => [path, name, status, message, build] as const)
    it.each(titled)('POST %s with %s → %i FAIL', async (path, _case, status, message, build) => {
      const { headers, body } = build()
      const before = errors.length
      expectFail(await post(`${base}${path}`, headers, body), status, message)
      if (path !== '/bad-logger') expect(errors.slice(before).map((e) => e.info.status)).toContain(status)
    })

    it('POST behind express.json() reports the fix to onError', async () => {
      const before = errors.length
      const { headers, body } = delivery(nextId('FIX'))
      await post(`${base}/parsed`, headers as never, body)
      const reported = errors.slice(before).map((e) => e.error as Error)
      expect(reported).toHaveLength(1)
      expect(reported[0]?.message).toMatch(/^@adapters\/express: the callback body was already parsed/)
    })

    it('POST a chunked body growing past maxBodyBytes → 413 FAIL', async () => {
      const { headers } = signed('{}')
      const chunks = Array.from({ length: 8 }, () => Buffer.alloc(1024, 0x20))
      const answer = await post(`${base}/notify`, headers, chunks, { chunked: true })
      expectFail(answer, 413, `notification body exceeds ${MAX_BODY_BYTES} bytes`)
    })

    it('a caller that hangs up mid-body gets no handler call, and the next delivery is handled', async () => {
      const id = nextId('GONE')
      const { headers, body } = delivery(id)
      const { port } = new URL(base)
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
          socket.write(
            `POST /notify HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n${lines.join('\r\n')}\r\n\r\n`,
          )
          socket.write(body.slice(0, 10), () => socket.destroy())
        })
        socket.on('close', () => resolve())
      })
      expect(calls.has(id)).toBe(false)
      const answer = await post(`${base}/notify`, headers as never, body)
      expect(answer.status).toBe(204)
      expect(calls.get(id)).toBe(1)
    })
  })
})

/** A genuine delivery whose handler throws (its coupon code is the trigger). */
function throwing() {
  const id = nextId('THROW')
  return signNotificationForTest({
    event: { id, event_type: 'COUPON.SEND', resource: { coupon_code: 'THROW', stock_id: 'S-1' } },
    apiv3Key: APIV3_KEY,
    platformPrivateKey: platform.privateKey,
    serial: SERIAL,
    timestamp: NOW,
  }) as never
}
