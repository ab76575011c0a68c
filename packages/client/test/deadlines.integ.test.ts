// undici's own headers/body timers run on its "fast timers" beyond 1 s: a 500 ms tick, so a 1,500 ms headers timeout
// fired at ~2,000 ms. The client arms a native timer per attempt instead. The bounds here are generous so a loaded
// machine cannot flake them, yet fail on undici's tick (this file runs first in a fresh module registry, where that
// tick starts with the request and so always lands at ~1,996 ms); the precise figures come from a measurement script.
import type { ServerResponse } from 'node:http'
import type { WechatPayClient } from '@core/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { rejectionOf, reply, startServer, type TestServer, testClient } from './helpers.js'

let server: TestServer
let client: WechatPayClient

beforeAll(async () => {
  server = await startServer((request, res: ServerResponse) => {
    if (request.url === '/v3/hang') return
    if (request.url === '/v3/stall') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
      res.write('{')
      return
    }
    if (request.url === '/v3/late') {
      setTimeout(() => reply(res, 200, { ok: true }), 300)
      return
    }
    reply(res, 200, { ok: true })
  })
})
afterAll(() => server.close())
afterEach(() => client?.close())

async function elapsedUntilRejection(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now()
  const error = await rejectionOf(promise)
  return { error, ms: performance.now() - started }
}

describe('deadlines fire on time', () => {
  it('a 1,500 ms headers timeout fires between 1,500 and 1,900 ms', async () => {
    client = testClient(server, { timeouts: { headers: 1_500 }, retry: false })
    const { error, ms } = await elapsedUntilRejection(client.chain('v3/hang').get())
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'HEADERS_TIMEOUT', timeoutMs: 1_500, attempts: 1 })
    // Node arms timers against the event loop's cached clock, so they may fire a few ms early by the wall clock.
    expect(ms).toBeGreaterThanOrEqual(1_450)
    expect(ms).toBeLessThan(1_900)
  })

  it('a 1,500 ms body timeout fires between 1,500 and 1,900 ms while the body stalls', async () => {
    client = testClient(server, { timeouts: { body: 1_500 }, retry: false })
    const { error, ms } = await elapsedUntilRejection(client.chain('v3/stall').get())
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'BODY_TIMEOUT', timeoutMs: 1_500, status: 200 })
    expect(ms).toBeGreaterThanOrEqual(1_450)
    expect(ms).toBeLessThan(1_900)
  })

  it('timeouts: 0 turns a deadline off, as with undici', async () => {
    client = testClient(server, { timeouts: { headers: 0, body: 0 }, retry: false })
    expect((await client.chain('v3/late').get()).data).toEqual({ ok: true })
  })
})
