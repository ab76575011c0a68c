import type { Server } from 'node:http'
import { describeNeeding } from '@wxpay/test-support/needs'
import { type RedisServer, startRedisServer } from '@wxpay/test-support/redis-server'
import express from 'express'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { wechatpayNotifications } from '../src/index.js'
import { RedisDedupeStore } from '../src/redis.js'
import { APIV3_KEY, clock, close, delivery, listen, nextId, platformKeys, post } from './helpers.js'

describeNeeding('redis', 'RedisDedupeStore with a real redis-server', () => {
  let server: RedisServer | undefined
  let port: number
  const connections: Redis[] = []
  const servers: Server[] = []
  const prefix = `test:${process.pid}:${Date.now()}:`

  const connect = () => {
    const redis = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1 })
    connections.push(redis)
    return redis
  }

  beforeAll(async () => {
    server = await startRedisServer()
    port = server.port
  })

  afterAll(async () => {
    await Promise.all(servers.map((server) => close(server)))
    await Promise.all(connections.map((redis) => redis.quit().catch(() => {})))
    await server?.stop()
  })

  it('setIfAbsent / get / set / delete speak SET PX NX, GET and DEL', async () => {
    const redis = connect()
    const store = new RedisDedupeStore({ redis, prefix })
    expect(await store.setIfAbsent('k1', 'processing:a', 5_000)).toBe(true)
    expect(await store.setIfAbsent('k1', 'processing:b', 5_000)).toBe(false)
    expect(await store.get('k1')).toBe('processing:a')
    const pttl = await redis.pttl(`${prefix}k1`)
    expect(pttl).toBeGreaterThan(0)
    expect(pttl).toBeLessThanOrEqual(5_000)
    await store.set('k1', 'done', 60_000)
    expect(await redis.get(`${prefix}k1`)).toBe('done')
    await store.delete('k1')
    expect(await store.get('k1')).toBeUndefined()
  })

  async function instance(name: string, calls: Map<string, string[]>, failIds: Set<string>) {
    const app = express()
    app.post(
      '/notify',
      wechatpayNotifications({
        platformKeys,
        apiv3Key: APIV3_KEY,
        clock,
        dedupe: new RedisDedupeStore({ redis: connect(), prefix }),
        onError: () => {},
        onNotification: async (event) => {
          calls.set(event.id, [...(calls.get(event.id) ?? []), name])
          await new Promise((resolve) => setTimeout(resolve, 25))
          if (failIds.delete(event.id)) throw new Error(`${name} failed`)
        },
      }),
    )
    const server = app.listen(0, '127.0.0.1')
    servers.push(server)
    return `${await listen(server)}/notify`
  }

  it('two app instances sharing one Redis: concurrent deliveries to both run the handler once', async () => {
    const calls = new Map<string, string[]>()
    const [a, b] = await Promise.all([instance('A', calls, new Set()), instance('B', calls, new Set())])
    const id = nextId('REDIS')
    const signed = delivery(id)
    const headers = signed.headers as unknown as Record<string, string>
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => post(i % 2 === 0 ? a : b, headers, signed.body)),
    )
    expect(calls.get(id)).toHaveLength(1)
    // The instance that won answers 204; the other one is told to come back later (409) or sees it done (204).
    for (const answer of answers) expect([204, 409]).toContain(answer.status)
    expect(answers.some((answer) => answer.status === 204)).toBe(true)
    // WeChat Pay's redeliveries then land on either instance and are acknowledged without running it again.
    expect((await post(a, headers, signed.body)).status).toBe(204)
    expect((await post(b, headers, signed.body)).status).toBe(204)
    expect(calls.get(id)).toHaveLength(1)
  })

  it('a handler failing on instance A releases the id: the redelivery to instance B runs it', async () => {
    const calls = new Map<string, string[]>()
    const id = nextId('REDIS')
    const [a, b] = await Promise.all([instance('A', calls, new Set([id])), instance('B', calls, new Set())])
    const signed = delivery(id)
    const headers = signed.headers as unknown as Record<string, string>
    expect((await post(a, headers, signed.body)).status).toBe(500)
    expect(await connect().get(`${prefix}${id}`)).toBeNull()
    expect((await post(b, headers, signed.body)).status).toBe(204)
    expect(calls.get(id)).toEqual(['A', 'B'])
    expect(await connect().get(`${prefix}${id}`)).toBe('done')
  })
})
