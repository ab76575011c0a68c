import { isValidationError, type RequestEvent, type WechatPayClient } from '@core/client'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { rejectionOf, reply, startServer, type TestServer, testClient } from './helpers.js'

let server: TestServer
let client: WechatPayClient

beforeAll(async () => {
  server = await startServer((request, res) => {
    // What an attacker on the path would answer: an unsigned body, accepted only on a download route.
    if (request.url.includes('billdownload')) return reply(res, 200, { forged: true }, { unsigned: true })
    reply(res, 200, { ok: true })
  })
})
afterAll(() => server.close())
afterEach(async () => {
  await client?.close()
  server.requests.length = 0
})

async function issuePaths(promise: Promise<unknown>): Promise<unknown[]> {
  const error = await rejectionOf(promise)
  if (!isValidationError(error)) throw error
  return error.issues.map((issue) => issue.path)
}

describe('dot segments never reach the wire', () => {
  it('the issue\'s forgery: a ".." url under the download route is refused, nothing sent', async () => {
    client = testClient(server)
    for (const url of [
      '/v3/billdownload/file/../../marketing/busifavor/stocks/1',
      '/v3/billdownload/file/%2e%2e/%2E%2E/marketing/busifavor/stocks/1',
      `${server.url}/v3/billdownload/file/../../marketing/busifavor/stocks/1`,
      `${server.url}/v3/billdownload/file/%2e%2e/marketing/busifavor/stocks/1`,
    ]) {
      expect(await issuePaths(client.request({ method: 'GET', url }))).toEqual([['url']])
    }
    expect(server.requests).toHaveLength(0)
  })

  it('a path param that is "." or ".." is a ValidationError naming params.<name>, nothing sent', async () => {
    client = testClient(server)
    const url = '/v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}'
    for (const openid of ['.', '..']) {
      const params = { openid, coupon_code: 'c', appid: 'wx1' }
      expect(await issuePaths(client.request({ method: 'GET', url, params }))).toEqual([['params', 'openid']])
      expect(await issuePaths(client.chain(url).get({ params }))).toEqual([['params', 'openid']])
    }
    expect(server.requests).toHaveLength(0)
  })

  it('chained ".." segments are refused as url, nothing sent', async () => {
    client = testClient(server)
    expect(await issuePaths(client.v3!['..']!.marketing!.get())).toEqual([['url']])
    expect(await issuePaths(client.chain('v3/../x').get())).toEqual([['url']])
    expect(await issuePaths(client.v3!.billdownload!.file!['%2e%2e']!.get())).toEqual([['url']])
    expect(server.requests).toHaveLength(0)
  })

  it('lone surrogates in params, query, chained params and segments are ValidationErrors naming the field', async () => {
    client = testClient(server)
    const stock = '/v3/marketing/busifavor/stocks/{stock_id}'
    expect(await issuePaths(client.request({ method: 'GET', url: stock, params: { stock_id: 'ab\ud800' } }))).toEqual([
      ['params', 'stock_id'],
    ])
    expect(await issuePaths(client.chain(stock).get({ params: { stock_id: '\udc00' } }))).toEqual([
      ['params', 'stock_id'],
    ])
    expect(
      await issuePaths(client.chain('v3/marketing/busifavor/stocks').get({ query: { stock_name: 'ab\ud800' } })),
    ).toEqual([['query', 'stock_name']])
    expect(await issuePaths(client.v3!['x\ud800']!.get())).toEqual([['url']])
    expect(server.requests).toHaveLength(0)
  })
})

// Hostile text: dots and their encodings, separators, percent signs, lone surrogates, controls, any unicode.
const hostile = fc.oneof(
  fc.constantFrom('.', '..', '...', '%2e', '%2E%2e', '.%2e', '..;', '/', '../x', '?', '#', '\\', '%', '%%', ' ', '+'),
  fc.constantFrom('\ud800', 'x\udc00', '\n', '\r\n', '\0', '\u2028', '😀', '券', '..%2f..%2f', '%2f', ';'),
  fc.string({ unit: fc.constantFrom('.', '/', '%', '2', 'e', 'E', 'f', '\\', '?', '#', ';', '&', '=', '\ud800', 'a') }),
  fc.string({ unit: 'binary', maxLength: 12 }),
)

describe('the signed URL is the URL the server receives', () => {
  it('for hostile params and query values: either a ValidationError with nothing sent, or the same URL', async () => {
    const events: RequestEvent[] = []
    client = testClient(server, { retry: false, hooks: { onRequest: (event) => events.push(event) } })
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (id, name, key) => {
        const before = server.requests.length
        events.length = 0
        let response: unknown
        try {
          response = await client.request({
            method: 'GET',
            url: '/v3/marketing/busifavor/stocks/{stock_id}/items',
            params: { stock_id: id },
            query: { stock_name: name, [`k${key}`]: 'v' },
          })
        } catch (error) {
          // Refused: typed, and nothing left the machine.
          expect(isValidationError(error)).toBe(true)
          expect(server.requests.length).toBe(before)
          return
        }
        expect(response).toMatchObject({ status: 200, data: { ok: true } })
        const received = server.requests.at(-1)!
        // The server verified the signature over the URL it received: the signed URL is that URL.
        expect(received.signatureValid).toBe(true)
        expect(events[0]!.url).toBe(`${server.url}${received.url}`)
        // And it is the resource asked for: one segment holding exactly the value, no traversal.
        const [path, search] = received.url.split('?') as [string, string]
        const segments = path.split('/')
        expect(segments.slice(0, 5)).toEqual(['', 'v3', 'marketing', 'busifavor', 'stocks'])
        expect(segments.slice(6)).toEqual(['items'])
        expect(decodeURIComponent(segments[5]!)).toBe(id)
        // No segment a server or proxy would resolve ("." / ".." / "%2e"…): the path served is the path checked.
        for (const segment of segments) expect(segment).not.toMatch(/^(?:\.|%2e){1,2}(?:;.*)?$/i)
        const query = new URLSearchParams(search)
        expect(query.get('stock_name')).toBe(name)
        expect(query.get(`k${key}`)).toBe('v')
      }),
      { numRuns: 200 },
    )
  })
})
