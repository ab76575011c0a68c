import type { ServerResponse } from 'node:http'
import { isNetworkError, isTimeoutError, type RetryEvent, type WechatPayClient } from '@core/client'
import { Agent } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { closedPort, type Recorded, rejectionOf, reply, startServer, type TestServer, testClient } from './helpers.js'

// Each test sets the answers by attempt index; the last one repeats.
let script: ((res: ServerResponse, request: Recorded) => void)[]
let server: TestServer
let client: WechatPayClient

const ok = (res: ServerResponse) => reply(res, 200, { ok: true })
const fail = (status: number, code: string, headers?: Record<string, string>) => (res: ServerResponse) =>
  reply(res, status, { code, message: `${code} from the test server` }, headers ? { headers } : {})
const hang = () => undefined
// A byte every 20 ms: never idle long enough for an idle timeout, never done.
const trickle = (res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
  const timer = setInterval(() => {
    if (res.destroyed) clearInterval(timer)
    else res.write(' ')
  }, 20)
  res.on('close', () => clearInterval(timer))
}

beforeAll(async () => {
  server = await startServer((request, res, index) => {
    const step = script[Math.min(index, script.length - 1)]!
    step(res, request)
  })
})
afterAll(() => server.close())
afterEach(async () => {
  await client?.close()
  server.requests.length = 0
})

function withRetries(retries: RetryEvent[] = []) {
  return testClient(server, { hooks: { onRetry: (event) => retries.push(event) } })
}

describe('retries', () => {
  it('a 500 then 200 on an idempotent GET retries and succeeds with a new nonce and timestamp signature', async () => {
    script = [fail(500, 'SYSTEM_ERROR'), ok]
    const retries: RetryEvent[] = []
    client = withRetries(retries)
    const response = await client.chain('v3/marketing/busifavor/stocks/{stock_id}').get({ params: { stock_id: '1' } })
    expect(response.data).toEqual({ ok: true })
    expect(server.requests).toHaveLength(2)
    expect(server.requests.every((r) => r.signatureValid)).toBe(true)
    const [first, second] = server.requests.map((r) => r.authorization!)
    expect(second!.nonce_str).not.toBe(first!.nonce_str)
    expect(second!.signature).not.toBe(first!.signature)
    expect(retries).toEqual([
      expect.objectContaining({ attempt: 1, error: expect.objectContaining({ name: 'ApiError', status: 500 }) }),
    ])
  })

  it('a non-idempotent POST is not retried on 500', async () => {
    script = [fail(500, 'SYSTEM_ERROR'), ok]
    client = withRetries()
    const error = await rejectionOf(client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json: { a: 1 } }))
    expect(error).toMatchObject({ name: 'ApiError', code: 'SYSTEM_ERROR', status: 500, attempts: 1 })
    expect(server.requests).toHaveLength(1)
  })

  it('a POST marked idempotent: true (business request-no in the body) is retried with the same bytes', async () => {
    script = [fail(500, 'SYSTEM_ERROR'), fail(503, 'SYSTEM_ERROR'), ok]
    client = withRetries()
    const json = { deactivate_request_no: 'r-1' }
    const response = await client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json, idempotent: true })
    expect(response.status).toBe(200)
    expect(server.requests).toHaveLength(3)
    expect(new Set(server.requests.map((r) => r.body.toString())).size).toBe(1)
    expect(server.requests.every((r) => r.signatureValid)).toBe(true)
  })

  it('gives up after retries with the last ApiError and attempts = retries + 1', async () => {
    script = [fail(503, 'SYSTEM_ERROR')]
    client = withRetries()
    const error = await rejectionOf(client.chain('v3/x').get())
    expect(error).toMatchObject({ name: 'ApiError', status: 503, attempts: 3 })
    expect(server.requests).toHaveLength(3)
  })

  it('a 400 is not retried even on GET', async () => {
    script = [fail(400, 'PARAM_ERROR'), ok]
    client = withRetries()
    expect(await rejectionOf(client.chain('v3/x').get())).toMatchObject({ code: 'PARAM_ERROR', attempts: 1 })
  })

  it('retry: false on the call turns retries off', async () => {
    script = [fail(500, 'SYSTEM_ERROR'), ok]
    client = withRetries()
    expect(await rejectionOf(client.chain('v3/x').get({ retry: false }))).toMatchObject({ status: 500, attempts: 1 })
  })

  it('429 FREQUENCY_LIMITED with Retry-After: 1 waits at least 1 s, then succeeds', async () => {
    script = [fail(429, 'FREQUENCY_LIMITED', { 'Retry-After': '1' }), ok]
    const retries: RetryEvent[] = []
    client = testClient(server, {
      retry: { retries: 1, minDelay: 1, maxDelay: 2_000 },
      hooks: { onRetry: (e) => retries.push(e) },
    })
    const response = await client.chain('v3/x').get()
    expect(response.status).toBe(200)
    expect(retries).toHaveLength(1)
    expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(1_000)
    expect(retries[0]!.error).toMatchObject({ code: 'FREQUENCY_LIMITED', status: 429 })
  })

  it('429 with a Retry-After beyond maxDelay ends the retries instead of stalling', async () => {
    script = [fail(429, 'FREQUENCY_LIMITED', { 'Retry-After': '30' }), ok]
    client = withRetries()
    expect(await rejectionOf(client.chain('v3/x').get())).toMatchObject({ code: 'FREQUENCY_LIMITED', attempts: 1 })
    expect(server.requests).toHaveLength(1)
  })
})

describe('timeouts', () => {
  it('headers never sent: TimeoutError HEADERS_TIMEOUT', async () => {
    script = [hang]
    client = testClient(server, { timeouts: { headers: 150 }, retry: false })
    const error = await rejectionOf(client.chain('v3/slow').get())
    expect(isTimeoutError(error)).toBe(true)
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'HEADERS_TIMEOUT', timeoutMs: 150, attempts: 1 })
  })

  it('an idempotent GET that times out once is retried and succeeds', async () => {
    script = [hang, ok]
    // Long enough for the second answer to arrive on a loaded machine, short enough to keep the test quick.
    client = testClient(server, { timeouts: { headers: 1_000 } })
    const response = await client.chain('v3/slow').get()
    expect(response.data).toEqual({ ok: true })
    expect(server.requests).toHaveLength(2)
  })

  it('a body that trickles past the body deadline: TimeoutError BODY_TIMEOUT', async () => {
    script = [trickle]
    client = testClient(server, { timeouts: { body: 200 }, retry: false })
    const error = await rejectionOf(client.chain('v3/trickle').get())
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'BODY_TIMEOUT', status: 200, attempts: 1 })
  })

  it('a body that stalls after its first bytes: TimeoutError BODY_TIMEOUT from the idle timeout', async () => {
    script = [
      (res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
        res.write('{')
      },
    ]
    client = testClient(server, { timeouts: { body: 200 }, retry: false })
    const error = await rejectionOf(client.chain('v3/stall').get())
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'BODY_TIMEOUT', timeoutMs: 200, status: 200 })
  })

  it('timeouts on the call override the client defaults: headers', async () => {
    script = [hang]
    client = testClient(server)
    const error = await rejectionOf(client.chain('v3/slow').get({ timeouts: { headers: 150 }, retry: false }))
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'HEADERS_TIMEOUT', timeoutMs: 150, attempts: 1 })
  })

  it('timeouts on the call override the client defaults: a trickling body', async () => {
    script = [trickle]
    client = testClient(server)
    const error = await rejectionOf(client.chain('v3/trickle').get({ timeouts: { body: 200 }, retry: false }))
    expect(error).toMatchObject({ name: 'TimeoutError', code: 'BODY_TIMEOUT', timeoutMs: 200, status: 200 })
  })

  it('the client timeouts apply with a user dispatcher too', async () => {
    script = [hang]
    const dispatcher = new Agent()
    try {
      client = testClient(server, { dispatcher, timeouts: { headers: 150 }, retry: false })
      const error = await rejectionOf(client.chain('v3/slow').get())
      expect(error).toMatchObject({ name: 'TimeoutError', code: 'HEADERS_TIMEOUT', timeoutMs: 150 })
    } finally {
      await dispatcher.destroy()
    }
  })
})

describe('connection failures', () => {
  const resetMidBody = (res: ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
    res.write('{"partial":')
    setTimeout(() => res.socket?.destroy(), 10)
  }

  it('a connection reset mid-body on a POST is a NetworkError, not retried', async () => {
    script = [resetMidBody, ok]
    client = withRetries()
    const error = await rejectionOf(client.chain('v3/reset').post({ json: { a: 1 } }))
    expect(isNetworkError(error)).toBe(true)
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', requestSent: true, attempts: 1, status: 200 })
    expect(server.requests).toHaveLength(1)
  })

  it('a connection reset mid-body on a GET is retried', async () => {
    script = [resetMidBody, ok]
    client = withRetries()
    const response = await client.chain('v3/reset').get()
    expect(response.data).toEqual({ ok: true })
    expect(server.requests).toHaveLength(2)
  })

  it('a refused connection fails with NetworkError requestSent: false after the retries', async () => {
    const port = await closedPort()
    client = testClient({ url: `http://127.0.0.1:${port}` })
    const error = await rejectionOf(client.chain('v3/x').get())
    expect(error).toMatchObject({ name: 'NetworkError', requestSent: false, attempts: 3 })
    expect((error as Error).message).toContain('ECONNREFUSED')
  })

  it('fails over to backupBaseUrl when the primary host refuses, even for a POST (nothing was sent)', async () => {
    script = [ok]
    const port = await closedPort()
    const retries: RetryEvent[] = []
    client = testClient(
      { url: `http://127.0.0.1:${port}` },
      { backupBaseUrl: server.url, hooks: { onRetry: (e) => retries.push(e) } },
    )
    const response = await client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json: { a: 1 } })
    expect(response.data).toEqual({ ok: true })
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.signatureValid).toBe(true)
    expect(retries[0]!.url).toBe(`http://127.0.0.1:${port}/v3/marketing/busifavor/coupons/deactivate`)
    expect(retries[0]!.error).toMatchObject({ name: 'NetworkError', requestSent: false })
  })

  it('an aborted signal rejects with its reason and stops retrying', async () => {
    script = [hang]
    client = withRetries()
    const controller = new AbortController()
    const pending = rejectionOf(client.chain('v3/slow').get({ signal: controller.signal }))
    setTimeout(() => controller.abort(new Error('caller gave up')), 50)
    expect(await pending).toMatchObject({ message: 'caller gave up' })
    expect(server.requests).toHaveLength(1)
  })
})
