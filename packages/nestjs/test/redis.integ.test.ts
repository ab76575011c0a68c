import { generateKeyPairSync } from 'node:crypto'
import { RedisDedupeStore, type VerifiedNotification } from '@core/client/notifications'
import { PlatformKeys } from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'
import { Controller, type INestApplication, Module, Post } from '@nestjs/common'
import { describeNeeding } from '@wxpay/test-support/needs'
import { type RedisServer, startRedisServer } from '@wxpay/test-support/redis-server'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { NotificationEvent, WechatPayModule, WechatPayNotification } from '../src/index.js'
import { platforms, post, startApp } from './helpers.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000'
const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
const NOW = 1_700_000_000

describeNeeding('redis', 'RedisDedupeStore shared by an Express and a Fastify instance', () => {
  let server: RedisServer | undefined
  const connections: Redis[] = []
  const apps: INestApplication[] = []
  const urls: string[] = []
  const calls: { instance: string; id: string }[] = []
  const failOnce = new Set<string>()

  beforeAll(async () => {
    server = await startRedisServer()
    const { port } = server
    const prefix = `test:${process.pid}:${Date.now()}:`
    // Two instances behind one load balancer: separate processes in production, separate apps here.
    for (const [name, adapter] of platforms) {
      const redis = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1 })
      connections.push(redis)
      @Controller()
      class NotifyController {
        @Post('notify')
        @WechatPayNotification()
        handle(@NotificationEvent() event: VerifiedNotification) {
          calls.push({ instance: name, id: event.id })
          if (failOnce.delete(event.id)) throw new Error('database is down')
        }
      }
      @Module({
        imports: [
          WechatPayModule.forRoot({
            mchid: '1900000001',
            serial: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
            privateKey: merchant.privateKey,
            platformKeys: new PlatformKeys({ [SERIAL]: platform.publicKey }),
            apiv3Key: APIV3_KEY,
            baseUrl: 'http://127.0.0.1:9',
            clock: () => NOW * 1000,
            notifications: { dedupe: new RedisDedupeStore({ redis, prefix }), onError: () => {} },
          }),
        ],
        controllers: [NotifyController],
      })
      class AppModule {}
      const started = await startApp({ imports: [AppModule] }, adapter)
      apps.push(started.app)
      urls.push(`${started.url}/notify`)
    }
  })

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()))
    await Promise.all(connections.map((redis) => redis.quit().catch(() => {})))
    await server?.stop()
  })

  function delivery(id: string) {
    return signNotificationForTest({
      event: { id, event_type: 'COUPON.SEND', resource: { coupon_code: `C-${id}`, stock_id: 'S-1' } },
      apiv3Key: APIV3_KEY,
      platformPrivateKey: platform.privateKey,
      serial: SERIAL,
      timestamp: NOW,
    })
  }

  it('a delivery handled by one instance is a 204 duplicate on the other', async () => {
    const id = `REDIS-${process.pid}-1`
    const { headers, body } = delivery(id)
    const first = await post(urls[0]!, headers, body)
    const second = await post(urls[1]!, headers, body)
    expect([first.status, second.status]).toEqual([204, 204])
    expect(calls.filter((c) => c.id === id)).toEqual([{ instance: 'Express', id }])
  })

  it('a delivery that failed on one instance runs again on the other', async () => {
    const id = `REDIS-${process.pid}-2`
    failOnce.add(id)
    const { headers, body } = delivery(id)
    const first = await post(urls[0]!, headers, body)
    const second = await post(urls[1]!, headers, body)
    expect([first.status, second.status]).toEqual([500, 204])
    expect(calls.filter((c) => c.id === id).map((c) => c.instance)).toEqual(['Express', 'Fastify'])
  })
})
