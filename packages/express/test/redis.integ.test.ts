import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import { createServer } from 'node:net'
import { delimiter, join } from 'node:path'
import express from 'express'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wechatpayNotifications } from '../src/index.js'
import { RedisDedupeStore } from '../src/redis.js'
import { APIV3_KEY, clock, close, delivery, listen, nextId, platformKeys, post } from './helpers.js'

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command)
    if (dir !== '' && existsSync(candidate)) return candidate
  }
  return undefined
}

const redisServer = onPath('redis-server')
if (redisServer === undefined) {
  console.warn(
    '@adapters/express: redis-server is not on PATH, so the Redis dedupe tests are skipped. Install it (Debian: apt-get install -y redis-server); .ci/run does, so CI always runs them.',
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

function startRedis(binary: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with ${code}:\n${output}`))
    })
  })
}

describe.skipIf(redisServer === undefined)('RedisDedupeStore with a real redis-server', () => {
  let child: ChildProcess | undefined
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
    port = await freePort()
    child = await startRedis(redisServer as string, port)
  })

  afterAll(async () => {
    await Promise.all(servers.map((server) => close(server)))
    await Promise.all(connections.map((redis) => redis.quit().catch(() => {})))
    if (child?.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
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
