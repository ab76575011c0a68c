import { generateKeyPairSync } from 'node:crypto'
import type { NotificationErrorInfo, VerifiedNotification } from '@core/client/notifications'
import { signNotificationForTest } from '@core/signer/testing'
import { Body, Controller, type INestApplication, Module, Post } from '@nestjs/common'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { NotificationEvent, WechatPayModule, WechatPayNotification } from '../src/index.js'
import { delivery, NOW, nextId, options, platform, SERIAL } from './fixtures.js'
import { type Answer, platforms, post, startApp } from './helpers.js'

// Every non-2xx answer of a callback route is WeChat Pay's {"code":"FAIL","message":…}, whatever refused the
// delivery: the guard, the controller, or Nest's own body parser before the route ran. Same statuses as
// @adapters/express; never Nest's {"statusCode":…} or a stack, in development too.

const forger = generateKeyPairSync('rsa', { modulusLength: 2048 })
const MAX_BODY_BYTES = 4096
const JSON_TYPE = { 'Content-Type': 'application/json' }

/** WeChat Pay's signature over any bytes, e.g. a body that is not JSON. */
function signed(body: string, privateKey = platform.privateKey) {
  return signNotificationForTest({ body, platformPrivateKey: privateKey, serial: SERIAL, timestamp: NOW })
}

const calls = new Map<string, number>()
const errors: NotificationErrorInfo[] = []

@Controller()
class NotifyController {
  @Post('notify')
  @WechatPayNotification()
  handle(@NotificationEvent() event: VerifiedNotification<{ coupon_code: string }>) {
    calls.set(event.id, (calls.get(event.id) ?? 0) + 1)
    if (event.resource.coupon_code === 'THROW') throw new Error('database is down')
  }

  /** A callback path with a parameter (Nest wraps such handlers on Fastify). */
  @Post('notify/:merchant')
  @WechatPayNotification()
  perMerchant(@NotificationEvent() event: VerifiedNotification) {
    calls.set(event.id, (calls.get(event.id) ?? 0) + 1)
  }

  /** An ordinary JSON route: Nest's own answers must stay as they are here. */
  @Post('plain')
  plain(@Body() body: unknown) {
    return body
  }
}

@Module({
  imports: [
    WechatPayModule.forRoot(
      options({
        notifications: { maxBodyBytes: MAX_BODY_BYTES, onError: (_error, info) => errors.push(info) },
      }),
    ),
  ],
  controllers: [NotifyController],
})
class AppModule {}

function expectFail(answer: Answer, status: number, message: string): void {
  expect({ status: answer.status, json: answer.json }).toEqual({ status, json: { code: 'FAIL', message } })
  expect(answer.contentType).toMatch(/^application\/json/)
  // No framework body, no HTML page, no stack trace.
  expect(answer.text).not.toMatch(/statusCode|<html|<pre|stack|\n\s+at /i)
}

const TWO_MIB = 2 * 1024 * 1024

describe.each(['test', 'development'])('NODE_ENV=%s', (nodeEnv) => {
  beforeAll(() => {
    vi.stubEnv('NODE_ENV', nodeEnv)
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  describe.each(platforms)('%s, rawBody: true', (_name, adapter) => {
    let app: INestApplication
    let url: string
    beforeAll(async () => {
      ;({ app, url } = await startApp({ imports: [AppModule] }, adapter))
    })
    afterAll(async () => {
      await app?.close()
    })

    const cases: [string, () => { headers: Record<string, string>; body: string }, number, string][] = [
      [
        'unparseable JSON signed by WeChat Pay',
        () => signed('{"id":"EV-1","event_type":'),
        400,
        'malformed notification body',
      ],
      [
        'unparseable JSON without Wechatpay-* headers',
        () => ({ headers: JSON_TYPE, body: '{"id":' }),
        400,
        'missing Wechatpay-* headers',
      ],
      [
        'unparseable JSON signed by another key',
        () => signed('{"id":', forger.privateKey),
        401,
        'signature verification failed (BAD_SIGNATURE)',
      ],
      [
        'a genuine delivery cut short in transit (tampered, unparseable)',
        () => {
          const { headers, body } = delivery(nextId('CUT'))
          return { headers, body: body.slice(0, -3) }
        },
        401,
        'signature verification failed (BAD_SIGNATURE)',
      ],
      [
        'a genuine delivery with one byte changed (tampered, parseable)',
        () => {
          const { headers, body } = delivery(nextId('BYTE'))
          return { headers, body: body.replace('COUPON.SEND', 'COUPON.SENT') }
        },
        401,
        'signature verification failed (BAD_SIGNATURE)',
      ],
      ['signed top-level JSON that is not an object', () => signed('"x"'), 400, 'malformed notification body'],
      ['a signed empty body', () => signed(''), 400, 'malformed notification body'],
      [
        'parseable JSON without Wechatpay-* headers',
        () => ({ headers: JSON_TYPE, body: delivery(nextId('NOHDR')).body }),
        400,
        'missing Wechatpay-* headers',
      ],
      [
        'a body over notifications.maxBodyBytes',
        () => signed(JSON.stringify({ id: nextId('BIG'), padding: 'x'.repeat(MAX_BODY_BYTES) })),
        413,
        `notification body exceeds ${MAX_BODY_BYTES} bytes`,
      ],
      [
        "a body over Nest's own body limit",
        () => signed(JSON.stringify({ id: nextId('HUGE'), padding: 'x'.repeat(TWO_MIB) })),
        413,
        'notification body exceeds the body limit',
      ],
      [
        'a delivery whose controller throws',
        () => delivery(nextId('THROW'), 'THROW'),
        500,
        'notification handler failed; retry later',
      ],
    ]

    const titled = cases.map(([name, build, status, message]) => [name, status, message, build] as const)
    it.each(titled)('POST /notify with %s → %i FAIL', async (_case, status, message, build) => {
      const { headers, body } = build()
      const before = errors.length
      expectFail(await post(`${url}/notify`, headers, body), status, message)
      // Every refusal reaches notifications.onError, whichever layer refused it.
      expect(errors.slice(before)).toContainEqual(expect.objectContaining({ status }))
    })

    it('a refused body never runs the controller, and a genuine delivery still does', async () => {
      const id = nextId('AFTER')
      const { headers, body } = delivery(id)
      expect((await post(`${url}/notify`, headers, `${body.slice(0, -1)}`)).status).toBe(401)
      expect(calls.has(id)).toBe(false)
      expect((await post(`${url}/notify`, headers, body)).status).toBe(204)
      expect(calls.get(id)).toBe(1)
    })

    it('a callback route with a path parameter answers refused bodies the same way', async () => {
      expectFail(
        await post(`${url}/notify/1900000001`, signed('{"id":').headers, '{"id":'),
        400,
        'malformed notification body',
      )
      const { headers, body } = delivery(nextId('PARAM'))
      expectFail(
        await post(`${url}/notify/1900000001`, headers, body.slice(0, -3)),
        401,
        'signature verification failed (BAD_SIGNATURE)',
      )
    })

    it("an ordinary route keeps Nest's own answers to the same bodies", async () => {
      const bad = await post(`${url}/plain`, JSON_TYPE, '{"id":')
      expect(bad.status).toBe(400)
      expect(bad.json).toMatchObject({ statusCode: 400 })
      const huge = await post(`${url}/plain`, JSON_TYPE, JSON.stringify({ padding: 'x'.repeat(TWO_MIB) }))
      expect(huge.status).toBe(413)
      expect(huge.json).toMatchObject({ statusCode: 413 })
      expect((await post(`${url}/plain`, JSON_TYPE, '{"ok":true}')).json).toEqual({ ok: true })
    })
  })

  describe.each(platforms)('%s, rawBody not enabled', (_name, adapter) => {
    let app: INestApplication
    let url: string
    beforeAll(async () => {
      ;({ app, url } = await startApp({ imports: [AppModule] }, adapter, { rawBody: false }))
    })
    afterAll(async () => {
      await app?.close()
    })

    it.each([
      ['a genuine delivery (parsed by Nest, raw bytes lost)', () => delivery(nextId('PARSED'))],
      ['unparseable JSON signed by WeChat Pay', () => signed('{"id":')],
    ])('POST /notify with %s → 500 FAIL', async (_case, build) => {
      const { headers, body } = build()
      expectFail(await post(`${url}/notify`, headers, body), 500, 'notification endpoint misconfigured')
    })
  })
})
