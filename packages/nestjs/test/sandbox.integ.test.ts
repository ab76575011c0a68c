import { generateKeyPairSync } from 'node:crypto'
import {
  type Busifavor,
  type CouponSendEvent,
  createBusifavor,
  createRequestNo,
  parseCouponSendNotification,
} from '@api/busifavor'
import type { WechatPayClient } from '@core/client'
import {
  isNotificationConfigurationError,
  type NotificationErrorInfo,
  type VerifiedNotification,
} from '@core/client/notifications'
import { signNotificationForTest } from '@core/signer/testing'
import { Controller, type DynamicModule, type INestApplication, Injectable, Module, Post } from '@nestjs/common'
import { type Sandbox, startSandbox } from '@tools/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  getWechatPayClientToken,
  getWechatPayFacadeToken,
  InjectWechatPayClient,
  InjectWechatPayFacade,
  NotificationEvent,
  WechatPayModule,
  type WechatPayModuleOptions,
  WechatPayNotification,
} from '../src/index.js'
import { deferred, platforms, post, startApp } from './helpers.js'

// One sandbox for the file: it plays WeChat Pay (signed answers, busifavor state, encrypted COUPON.SEND callbacks
// with short retry delays so a 500 is retried within milliseconds).
let sb: Sandbox
const forger = generateKeyPairSync('rsa', { modulusLength: 2048 })

beforeAll(async () => {
  sb = await startSandbox({ callbackRetryDelaysMs: [20, 40] })
})
afterAll(async () => {
  await sb?.close()
})

function sandboxOptions(extra: Partial<WechatPayModuleOptions> = {}): WechatPayModuleOptions {
  return {
    mchid: sb.merchant.mchid,
    serial: sb.merchant.serial,
    privateKey: sb.merchant.privateKeyPem,
    platformKeys: sb.platform.keys,
    apiv3Key: sb.apiv3Key,
    baseUrl: sb.url,
    ...extra,
  }
}

/** Plays ConfigService: the async registration reads the sandbox settings through it. */
@Injectable()
class SandboxConfig {
  get(extra: Partial<WechatPayModuleOptions>): WechatPayModuleOptions {
    return sandboxOptions(extra)
  }
}

@Module({ providers: [SandboxConfig], exports: [SandboxConfig] })
class SandboxConfigModule {}

const registrations: [string, (extra: Partial<WechatPayModuleOptions>) => DynamicModule][] = [
  ['forRoot', (extra) => WechatPayModule.forRoot({ ...sandboxOptions(extra), facades: [createBusifavor] })],
  [
    'forRootAsync',
    (extra) =>
      WechatPayModule.forRootAsync({
        imports: [SandboxConfigModule],
        facades: [createBusifavor],
        inject: [SandboxConfig],
        useFactory: async (config: SandboxConfig) => config.get(extra),
      }),
  ],
]

/** A delivery signed like the sandbox signs its callbacks (or with `privateKey` to forge one). */
function delivery(
  id: string,
  couponCode: string,
  privateKey: string | typeof forger.privateKey = sb.platform.privateKeyPem,
) {
  return signNotificationForTest({
    event: {
      id,
      event_type: 'COUPON.SEND',
      resource_type: 'encrypt-resource',
      summary: '商家券领券通知',
      resource: {
        event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
        coupon_code: couponCode,
        stock_id: 'S-TEST',
        send_time: '2025-06-01T10:00:00+08:00',
        send_channel: 'BUSICOUPON_SEND_CHANNEL_API',
        send_merchant: sb.merchant.mchid,
      },
      original_type: 'coupon',
      associated_data: 'coupon',
    },
    apiv3Key: sb.apiv3Key,
    platformPrivateKey: privateKey,
    serial: sb.platform.serial,
  })
}

let counter = 0
const nextId = (tag: string) => `${tag}-${process.pid}-${++counter}`

describe.each(platforms)('%s', (_platform, platform) => {
  describe.each(registrations)('WechatPayModule.%s', (_registration, register) => {
    let app: INestApplication
    let notifyUrl: string
    const handled: CouponSendEvent[] = []
    const calls = new Map<string, number>()
    const failNextOfStock = new Set<string>()
    const gates = new Map<string, Promise<void>>()
    const errors: { error: unknown; info: NotificationErrorInfo }[] = []

    @Controller('wechatpay')
    class NotifyController {
      @Post('notify')
      @WechatPayNotification()
      async handle(@NotificationEvent(parseCouponSendNotification) event: CouponSendEvent) {
        const code = event.resource.coupon_code
        calls.set(code, (calls.get(code) ?? 0) + 1)
        await gates.get(code)
        if (failNextOfStock.delete(event.resource.stock_id)) throw new Error('inventory service unavailable')
        handled.push(event)
        // Ignored: WeChat Pay's ack is 204 without a body.
        return { ok: true }
      }
    }

    @Injectable()
    class CouponService {
      constructor(
        @InjectWechatPayFacade(createBusifavor) readonly busifavor: Busifavor,
        @InjectWechatPayClient() readonly client: WechatPayClient,
      ) {}

      deactivate(coupon_code: string, stock_id: string) {
        return this.busifavor.deactivateCoupon({
          coupon_code,
          stock_id,
          deactivate_request_no: createRequestNo(),
          deactivate_reason: '订单取消',
        })
      }
    }

    beforeAll(async () => {
      @Module({
        imports: [register({ notifications: { onError: (error, info) => errors.push({ error, info }) } })],
        controllers: [NotifyController],
        providers: [CouponService],
      })
      class AppModule {}
      const started = await startApp({ imports: [AppModule] }, platform)
      app = started.app
      notifyUrl = `${started.url}/wechatpay/notify`
      // Set the notify URL the way a merchant does: through the injected facade, a signed and verified call.
      const answer = await app
        .get<Busifavor>(getWechatPayFacadeToken(createBusifavor))
        .setNotifyUrl({ notify_url: notifyUrl })
      expect(answer.notify_url).toBe(notifyUrl)
    })

    afterAll(async () => {
      await app?.close()
    })

    it('CouponService.deactivate(code, stock) deactivates the coupon in the sandbox through the injected facade', async () => {
      const coupon = sb.seed.sendCoupon()
      const service = app.get(CouponService)
      expect(service.client.mchid).toBe(sb.merchant.mchid)
      const result = await service.deactivate(coupon.coupon_code, coupon.stock_id)
      expect(result.wechatpay_deactivate_time).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect(sb.state.coupon(coupon.coupon_code)?.coupon_state).toBe('DEACTIVATED')
    })

    it('a sandbox COUPON.SEND reaches the controller verified and decrypted, acked 204', async () => {
      const coupon = sb.seed.sendCoupon()
      const record = await sb.callbacks.waitFor({ couponCode: coupon.coupon_code })
      expect(record.attempts.map((a) => a.status)).toEqual([204])
      const event = handled.find((e) => e.resource.coupon_code === coupon.coupon_code)
      expect(event?.id).toBe(record.id)
      expect(event?.event_type).toBe('COUPON.SEND')
      expect(event?.resource).toEqual(record.resource)
    })

    it('a controller that throws answers 500 FAIL; the sandbox redelivers and the retry is handled once', async () => {
      const stock = sb.seed.createStock()
      failNextOfStock.add(stock.stock_id)
      const coupon = sb.seed.sendCoupon({ stock_id: stock.stock_id })
      const record = await sb.callbacks.waitFor({ couponCode: coupon.coupon_code })
      expect(record.attempts.map((a) => a.status)).toEqual([500, 204])
      expect(calls.get(coupon.coupon_code)).toBe(2)
      expect(handled.filter((e) => e.resource.coupon_code === coupon.coupon_code)).toHaveLength(1)
      expect(errors.some(({ info }) => info.id === record.id && info.status === 500)).toBe(true)
    })

    it("the sandbox's signature probe is refused with 401 and never reaches the controller", async () => {
      const before = handled.length
      const record = await sb.callbacks.probe(notifyUrl)
      expect(record.attempts.map((a) => [a.status, a.ok])).toEqual([[401, false]])
      expect(handled.length).toBe(before)
    })

    it('post(notifyUrl, forged) signed with a key that is not WeChat Pay’s answers 401 FAIL', async () => {
      const code = nextId('FORGED')
      const { headers, body } = delivery(nextId('EV'), code, forger.privateKey)
      const answer = await post(notifyUrl, headers, body)
      expect(answer.status).toBe(401)
      expect(answer.json).toEqual({ code: 'FAIL', message: 'signature verification failed (BAD_SIGNATURE)' })
      expect(answer.contentType).toMatch(/^application\/json/)
      expect(calls.has(code)).toBe(false)
    })

    it('post(notifyUrl) without Wechatpay-* headers answers 400 FAIL', async () => {
      const { body } = delivery(nextId('EV'), nextId('NOHDR'))
      const answer = await post(notifyUrl, { 'Content-Type': 'application/json' }, body)
      expect(answer.status).toBe(400)
      expect(answer.json).toMatchObject({ code: 'FAIL' })
    })

    it('the same delivery posted twice runs the controller once and is acked 204 both times', async () => {
      const code = nextId('DUP')
      const { headers, body } = delivery(nextId('EV'), code)
      const first = await post(notifyUrl, headers, body)
      const second = await post(notifyUrl, headers, body)
      expect([first.status, second.status]).toEqual([204, 204])
      expect(first.text).toBe('')
      expect(calls.get(code)).toBe(1)
    })

    it('a duplicate arriving while the first is in the controller waits for it and runs nothing', async () => {
      const code = nextId('CONCURRENT')
      const gate = deferred()
      gates.set(code, gate.promise)
      const { headers, body } = delivery(nextId('EV'), code)
      const first = post(notifyUrl, headers, body)
      // The first delivery is in the controller (held by the gate) before the duplicate arrives.
      await expect.poll(() => calls.get(code)).toBe(1)
      let secondAnswered = false
      const second = post(notifyUrl, headers, body).finally(() => {
        secondAnswered = true
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      // The duplicate shares the first delivery's outcome, so it cannot be answered while the controller runs.
      expect(secondAnswered).toBe(false)
      gate.resolve()
      const answers = await Promise.all([first, second])
      expect(answers.map((a) => a.status)).toEqual([204, 204])
      expect(calls.get(code)).toBe(1)
    })

    it('a body that is not JSON answers 400 FAIL', async () => {
      const answer = await post(notifyUrl, { 'Content-Type': 'text/plain' }, 'hello')
      // Fastify refuses an unregistered content type itself (415); Express reaches the guard (400).
      expect([400, 415]).toContain(answer.status)
      if (answer.status === 400) expect(answer.json).toMatchObject({ code: 'FAIL' })
    })
  })

  it('without { rawBody: true } the route answers 500 FAIL and reports how to fix it', async () => {
    const errors: { error: unknown; info: NotificationErrorInfo }[] = []
    const seen: VerifiedNotification[] = []
    @Controller()
    class NotifyController {
      @Post('notify')
      @WechatPayNotification()
      handle(@NotificationEvent() event: VerifiedNotification) {
        seen.push(event)
      }
    }
    @Module({
      imports: [
        WechatPayModule.forRoot(
          sandboxOptions({ notifications: { onError: (error, info) => errors.push({ error, info }) } }),
        ),
      ],
      controllers: [NotifyController],
    })
    class AppModule {}
    const { app, url } = await startApp({ imports: [AppModule] }, platform, { rawBody: false })
    try {
      const { headers, body } = delivery(nextId('EV'), nextId('NORAW'))
      const answer = await post(`${url}/notify`, headers, body)
      expect(answer.status).toBe(500)
      expect(answer.json).toEqual({ code: 'FAIL', message: 'notification endpoint misconfigured' })
      expect(seen).toEqual([])
      expect(errors).toHaveLength(1)
      const { error, info } = errors[0]!
      expect(info).toMatchObject({ status: 500, outcome: 'misconfigured' })
      expect(isNotificationConfigurationError(error)).toBe(true)
      expect((error as Error).message).toMatch(
        /^@adapters\/nestjs: .*NestFactory\.create\(AppModule, \{ rawBody: true \}\)/,
      )
    } finally {
      await app.close()
    }
  })

  it('app.close() closes the client (onApplicationShutdown)', async () => {
    @Module({ imports: [WechatPayModule.forRoot({ ...sandboxOptions(), facades: [createBusifavor] })] })
    class AppModule {}
    const { app } = await startApp({ imports: [AppModule] }, platform)
    const client = app.get<WechatPayClient>(getWechatPayClientToken())
    const busifavor = app.get<Busifavor>(getWechatPayFacadeToken(createBusifavor))
    await busifavor.getNotifyUrl()
    await app.close()
    await expect(busifavor.getNotifyUrl()).rejects.toThrow(/client is closed/)
    await expect(client.request({ method: 'GET', url: '/v3/marketing/busifavor/callbacks' })).rejects.toThrow(
      /client is closed/,
    )
  })
})
