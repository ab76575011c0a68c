import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type ChainNode,
  isValidationError,
  type RequestEvent,
  type ResponseEvent,
  type WechatPayClient,
} from '@core/client'
import { signResponse } from '@core/signer/testing'
import { Agent } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  MCHID,
  MERCHANT_SERIAL,
  PUB_KEY_ID,
  platformKeys,
  rejectionOf,
  reply,
  startServer,
  type TestServer,
  testClient,
} from './helpers.js'

let server: TestServer
let client: WechatPayClient

beforeAll(async () => {
  server = await startServer((request, res) => {
    if (request.url.startsWith('/v3/empty')) return reply(res, 204)
    if (request.url.startsWith('/v3/billdownload/file') || request.url.startsWith('/v3/unsigned')) {
      return reply(res, 200, 'bill,rows\n', { unsigned: true, headers: { 'Content-Type': 'text/plain' } })
    }
    if (request.url === '/v3/port') return reply(res, 200, { port: request.remotePort })
    if (request.url.startsWith('/v3/text')) {
      return reply(res, 200, 'plain words', { headers: { 'Content-Type': 'text/plain' } })
    }
    reply(res, 200, { echo: request.url, unicode: '商家券 ✓' })
  })
})
afterAll(() => server.close())
afterEach(async () => {
  await client?.close()
  server.requests.length = 0
})

describe('chain styles', () => {
  it('request(), chained properties, chain() and bracket paths send the same signed POST', async () => {
    client = testClient(server)
    const json = { coupon_code: 'c1', stock_id: '100088', deactivate_request_no: 'r-1', deactivate_reason: '过期' }
    const url = '/v3/marketing/busifavor/coupons/deactivate'
    await client.request({ method: 'POST', url, json })
    await client.v3!.marketing!.busifavor!.coupons!.deactivate!.post({ json })
    await client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json })
    await client['v3/marketing/busifavor/coupons/deactivate']!.post({ json })
    await client.chain('/v3/marketing').busifavor!['coupons/deactivate']!.post({ json })

    expect(server.requests).toHaveLength(5)
    for (const request of server.requests) {
      expect(request).toMatchObject({ method: 'POST', url, signatureValid: true })
      expect(request.body.toString('utf8')).toBe(JSON.stringify(json))
      expect(request.authorization).toMatchObject({ mchid: MCHID, serial_no: MERCHANT_SERIAL })
      expect(request.headers['content-type']).toBe('application/json')
      expect(request.headers.accept).toBe('application/json')
      expect(request.headers['wechatpay-serial']).toBe(PUB_KEY_ID)
      expect(request.headers['user-agent']).toMatch(/^@core\/client\/\d+\.\d+\.\d+ \(node v/)
    }
    // A fresh nonce per request.
    expect(new Set(server.requests.map((r) => r.authorization!.nonce_str)).size).toBe(5)
  })

  it('signs exactly the bytes sent for non-ASCII text: CJK, astral, and a lone surrogate in a string body', async () => {
    // Text bodies are signed as strings (no Buffer copy); the server checks the signature over the bytes it received.
    client = testClient(server)
    const url = '/v3/marketing/busifavor/coupons/deactivate'
    const json = { deactivate_reason: '此券已失效 🎫', stock_id: '\ud800' }
    const lone = '{"deactivate_reason":"\ud83c"}'
    await client.request({ method: 'POST', url, json })
    await client.request({ method: 'POST', url, body: lone })
    await client.request({ method: 'POST', url, body: Buffer.from(JSON.stringify(json)) })
    expect(server.requests.map((r) => r.signatureValid)).toEqual([true, true, true])
    expect(server.requests[1]!.body).toEqual(Buffer.from(lone, 'utf8'))
  })

  it('stocks["{stock_id}"].get({ params }) fills the slot and signs the GET with an empty body', async () => {
    client = testClient(server)
    const response = await client.v3!.marketing!.busifavor!.stocks!['{stock_id}']!.get<{
      echo: string
      unicode: string
    }>({
      params: { stock_id: '1212' },
    })
    expect(response.status).toBe(200)
    expect(response.data).toEqual({ echo: '/v3/marketing/busifavor/stocks/1212', unicode: '商家券 ✓' })
    expect(response.raw.toString('utf8')).toBe(JSON.stringify(response.data))
    expect(response.requestId).toMatch(/^req-200-/)
    expect(server.requests[0]).toMatchObject({ method: 'GET', signatureValid: true })
    expect(server.requests[0]!.body.length).toBe(0)
    expect(server.requests[0]!.headers['content-type']).toBeUndefined()
  })

  it('segments are taken as written: camelCase stays camelCase', async () => {
    client = testClient(server)
    await client.v3!.marketing!.busifavor!.couponsNotify!.get()
    expect(server.requests[0]!.url).toBe('/v3/marketing/busifavor/couponsNotify')
  })

  it('a segment named like an Object method is still a segment', async () => {
    client = testClient(server)
    const node = client.v3! as unknown as { constructor: { toString: ChainNode } }
    await node.constructor.toString.get()
    expect(server.requests[0]!.url).toBe('/v3/constructor/toString')
  })
})

describe('path encoding', () => {
  it('percent-encodes awkward coupon codes into one segment and signs the encoded path', async () => {
    client = testClient(server)
    const coupon_code = 'a/b=c|d\\e f+g?h#i%j'
    const response = await client
      .chain('v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}')
      .get<{ echo: string }>({ params: { openid: 'o-1', coupon_code, appid: 'wx1' } })
    const expected = `/v3/marketing/busifavor/users/o-1/coupons/${encodeURIComponent(coupon_code)}/appids/wx1`
    expect(expected).toContain('a%2Fb%3Dc%7Cd%5Ce%20f%2Bg%3Fh%23i%25j')
    expect(server.requests[0]).toMatchObject({ url: expected, signatureValid: true })
    expect(response.data.echo).toBe(expected)
  })

  it('encodes the query and appends it to the signed path', async () => {
    client = testClient(server)
    await client.request({
      method: 'GET',
      url: '/v3/marketing/busifavor/stocks',
      query: { stock_creator_mchid: MCHID, offset: 0, limit: 10, state: undefined, q: 'a b&c' },
    })
    expect(server.requests[0]).toMatchObject({
      url: `/v3/marketing/busifavor/stocks?stock_creator_mchid=${MCHID}&offset=0&limit=10&q=a%20b%26c`,
      signatureValid: true,
    })
  })

  it('a missing param is a ValidationError and nothing is sent', async () => {
    client = testClient(server)
    const error = await rejectionOf(client.chain('v3/marketing/busifavor/stocks/{stock_id}').get({ params: {} }))
    expect(isValidationError(error)).toBe(true)
    expect(error).toMatchObject({
      code: 'VALIDATION_ERROR',
      attempts: 0,
      issues: [{ path: ['params', 'stock_id'], message: expect.stringContaining('missing') }],
    })
    expect(server.requests).toHaveLength(0)
  })

  it('an absolute URL on another host is refused before the Authorization header could leak', async () => {
    client = testClient(server)
    const error = await rejectionOf(client.request({ method: 'GET', url: 'https://example.com/v3/x' }))
    expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: ['url'] }] })
    const same = await client.request<{ echo: string }>({ method: 'GET', url: `${server.url}/v3/abs?x=1` })
    expect(same.data.echo).toBe('/v3/abs?x=1')
  })
})

describe('responses', () => {
  it('a 204 resolves with data undefined and an empty raw Buffer', async () => {
    client = testClient(server)
    const response = await client.chain('v3/empty').post({ json: {} })
    expect(response.status).toBe(204)
    expect(response.data).toBeUndefined()
    expect(Buffer.isBuffer(response.raw)).toBe(true)
    expect(response.raw.length).toBe(0)
  })

  it('a signed non-JSON body keeps data undefined and the bytes in raw', async () => {
    client = testClient(server)
    const response = await client.chain('v3/text').get()
    expect(response.data).toBeUndefined()
    expect(response.raw.toString()).toBe('plain words')
  })
})

describe('unsigned downloads', () => {
  it('GET /v3/billdownload/file may be unsigned (the explicit exception); raw holds the file', async () => {
    client = testClient(server)
    const response = await client.request({ method: 'GET', url: '/v3/billdownload/file', query: { token: 't' } })
    expect(response.raw.toString()).toBe('bill,rows\n')
  })

  it('any other unsigned 2xx is rejected', async () => {
    client = testClient(server)
    expect(await rejectionOf(client.chain('v3/unsigned').get())).toMatchObject({ code: 'MISSING_HEADER' })
  })
})

describe('dispatcher', () => {
  it('sequential calls reuse keep-alive connections of the lazily created dispatcher', async () => {
    client = testClient(server)
    const ports = new Set<number>()
    for (let i = 0; i < 6; i++) ports.add((await client.chain('v3/port').get<{ port: number }>()).data.port)
    // undici's pool may open a second socket while the first is still being released; never one per call.
    expect(ports.size).toBeLessThanOrEqual(2)
  })

  it('concurrent callers use one connection each, not one more per answer read', async () => {
    // A quick server (one signed answer reused: valid for the 300 s window) so answers arrive back to back.
    const body = '{"ok":true}'
    const headers = {
      'Content-Type': 'application/json',
      ...signResponse({ body, privateKey: platformKeys.privateKey, serial: PUB_KEY_ID }),
    }
    let connections = 0
    const quick = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        res.writeHead(200, headers)
        res.end(body)
      })
    })
    quick.on('connection', () => connections++)
    await new Promise<void>((resolve) => quick.listen(0, '127.0.0.1', resolve))
    try {
      client = testClient({ url: `http://127.0.0.1:${(quick.address() as AddressInfo).port}` }, { signing: 'sync' })
      const worker = async () => {
        for (let i = 0; i < 40; i++) await client.chain('v3/quick').get()
      }
      await Promise.all(Array.from({ length: 32 }, worker))
      // Sync signing dispatches the next call in the same turn as the answer it follows: that connection was still
      // busy in undici's pool, which opened another (49 here before the fix); the client now dispatches it a turn later.
      expect(connections).toBeLessThanOrEqual(32)
    } finally {
      await client.close()
      await new Promise<void>((resolve) => quick.close(() => resolve()))
    }
  })

  it('close() while calls are still signing: they fail with CLIENT_CLOSED and nothing is sent', async () => {
    client = testClient(server, { signing: 'async' })
    const calls = Array.from({ length: 6 }, (_, i) =>
      client
        .chain(`v3/items/${i}`)
        .get()
        .then(
          () => 'sent',
          (error: unknown) => error,
        ),
    )
    await client.close()
    const outcomes = await Promise.all(calls)
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ name: 'NetworkError', code: 'CLIENT_CLOSED', requestSent: false, attempts: 1 })
    }
    expect(server.requests).toHaveLength(0)
  })

  it('a user dispatcher is used and left open by close()', async () => {
    const agent = new Agent()
    client = testClient(server, { dispatcher: agent })
    await client.chain('v3/port').get()
    await client.close()
    expect(agent.closed).toBe(false)
    const { statusCode, body } = await agent.request({ origin: server.url, path: '/v3/port', method: 'GET' })
    await body.dump()
    expect(statusCode).toBe(200)
    await agent.close()
  })
})

describe('options', () => {
  it('unknown request options are a ValidationError naming the key', async () => {
    client = testClient(server)
    const error = await rejectionOf(
      // @ts-expect-error: `data` is not an option (the body goes in `json`).
      client.request({ method: 'POST', url: '/v3/x', data: { a: 1 } }),
    )
    expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: ['data'] }] })
    expect(server.requests).toHaveLength(0)
  })

  it('refuses a user Authorization header and a body on GET', async () => {
    client = testClient(server)
    const error = await rejectionOf(
      client.request({ method: 'GET', url: '/v3/x', json: {}, headers: { Authorization: 'x' } }),
    )
    expect(error).toMatchObject({
      name: 'ValidationError',
      issues: [{ path: ['json'] }, { path: ['headers', 'Authorization'] }],
    })
  })

  it('sends extra headers and a per-call Wechatpay-Serial', async () => {
    client = testClient(server)
    await client.chain('v3/x').get({
      headers: { 'X-Trace': 't-1' },
      wechatpaySerial: 'PUB_KEY_ID_0000000000000000000000000000000000',
    })
    expect(server.requests[0]!.headers['x-trace']).toBe('t-1')
    expect(server.requests[0]!.headers['wechatpay-serial']).toBe('PUB_KEY_ID_0000000000000000000000000000000000')
  })
})

describe('signing modes', () => {
  for (const signing of ['sync', 'async', 'auto'] as const) {
    it(`signing: '${signing}' signs 8 concurrent calls validly`, async () => {
      client = testClient(server, { signing })
      await Promise.all(Array.from({ length: 8 }, (_, i) => client.chain(`v3/items/${i}`).get()))
      expect(server.requests).toHaveLength(8)
      expect(server.requests.every((r) => r.signatureValid)).toBe(true)
    })
  }
})

describe('hooks', () => {
  it('onRequest and onResponse see redacted headers, never the Authorization value', async () => {
    const requests: RequestEvent[] = []
    const responses: ResponseEvent[] = []
    client = testClient(server, {
      hooks: { onRequest: (e) => requests.push(e), onResponse: (e) => responses.push(e) },
    })
    await client.chain('v3/hooked').post({ json: { a: 1 } })
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: `${server.url}/v3/hooked`,
        attempt: 1,
        idempotent: false,
        headers: expect.objectContaining({ authorization: '[REDACTED]', 'content-type': 'application/json' }),
      }),
    ])
    expect(responses).toEqual([expect.objectContaining({ status: 200, attempt: 1, requestId: expect.any(String) })])
    const signature = server.requests[0]!.authorization!.signature
    expect(JSON.stringify([requests, responses])).not.toContain(signature)
  })

  it('a throwing hook does not break the call', async () => {
    client = testClient(server, {
      hooks: {
        onRequest: () => {
          throw new Error('observer bug')
        },
      },
    })
    const response = await client.chain('v3/ok').get()
    expect(response.status).toBe(200)
  })
})

describe('close()', () => {
  it('frees the agent; later calls fail with NetworkError CLIENT_CLOSED and send nothing', async () => {
    client = testClient(server)
    await client.chain('v3/before').get()
    await client.close()
    const error = await rejectionOf(client.chain('v3/after').get())
    expect(error).toMatchObject({ name: 'NetworkError', code: 'CLIENT_CLOSED', requestSent: false })
    expect(server.requests.map((r) => r.url)).toEqual(['/v3/before'])
    await client.close()
  })

  it('await client and await a chain node resolve to themselves (not thenables)', async () => {
    client = testClient(server)
    const awaited = await client
    expect(awaited).toBe(client)
    const node = client.v3!.marketing!
    expect(await node).toBe(node)
    expect(server.requests).toHaveLength(0)
  })
})
