// The route form of request() ('POST /v3/…'), multipart uploads through request(), and the Wechatpay-Serial header
// the client keeps to itself — against a real server on 127.0.0.1 that checks every signature.
import { createHash } from 'node:crypto'
import { isValidationError, type WechatPayClient } from '@core/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { multipartPart, PUB_KEY_ID, rejectionOf, reply, startServer, type TestServer, testClient } from './helpers.js'

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)])

let server: TestServer
let client: WechatPayClient

beforeAll(async () => {
  server = await startServer((request, res) => {
    if (request.url.startsWith('/v3/empty')) return reply(res, 204)
    reply(res, 200, { echo: request.url })
  })
})
afterAll(() => server.close())
afterEach(async () => {
  await client?.close()
  server.requests.length = 0
})

describe("request('METHOD /path', options)", () => {
  it('sends what the object form sends: method, {slots} from params, query and the signed JSON body', async () => {
    client = testClient(server)
    const options = { params: { stock_id: '9 9' }, query: { limit: 5 }, json: { a: 1 } }
    const routed = await client.request('PATCH /v3/marketing/busifavor/stocks/{stock_id}', options)
    await client.request({ method: 'PATCH', url: '/v3/marketing/busifavor/stocks/{stock_id}', ...options })
    expect(routed.data).toEqual({ echo: '/v3/marketing/busifavor/stocks/9%209?limit=5' })
    const [a, b] = server.requests
    expect(a).toMatchObject({ method: 'PATCH', url: b!.url, signatureValid: true })
    expect(a!.body.toString()).toBe(b!.body.toString())
    expect(a!.headers['content-type']).toBe('application/json')
  })

  it('a route without options, and a 204 answer', async () => {
    client = testClient(server)
    const { status, data } = await client.request('DELETE /v3/empty')
    expect({ status, data }).toEqual({ status: 204, data: undefined })
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', url: '/v3/empty', signatureValid: true })
  })

  it.each([
    ['no space', '/v3/x'],
    ['a method only', 'GET '],
    ['two spaces', 'GET /v3/x y'],
  ])('a route with %s is a ValidationError naming the form; nothing is sent', async (_name, route) => {
    client = testClient(server)
    const error = await rejectionOf(client.request(route as never))
    expect(isValidationError(error) && error.issues).toEqual([
      { path: ['route'], message: expect.stringContaining('METHOD /path') },
    ])
    expect(server.requests).toHaveLength(0)
  })

  it('a method that is not HTTP is refused as in the object form', async () => {
    client = testClient(server)
    const error = await rejectionOf(client.request('FETCH /v3/x' as never))
    expect(isValidationError(error) && error.issues[0]?.path).toEqual(['method'])
    expect(server.requests).toHaveLength(0)
  })
})

describe('multipart uploads through request()', () => {
  it('sends meta then the file parts; the signature covers the meta JSON; types sniffed or given', async () => {
    client = testClient(server)
    const meta = { filename: 'a.png', sha256: createHash('sha256').update(PNG).digest('hex'), item_id: 7 }
    await client.request('POST /v3/mch-manage/upload', {
      multipart: {
        meta,
        submission_file: { filename: 'a.png', data: PNG },
        other: { filename: 'b.txt', data: Buffer.from('hello'), contentType: 'text/plain' },
      },
    })
    const request = server.requests[0]!
    expect(request.signatureValid).toBe(true)
    const type = request.headers['content-type']!
    expect(type).toMatch(/^multipart\/form-data; boundary=/)
    expect(multipartPart(request.body, type, 'meta').data.toString()).toBe(JSON.stringify(meta))
    const file = multipartPart(request.body, type, 'submission_file')
    expect(file.headers).toContain('filename="a.png"\r\nContent-Type: image/png')
    expect(file.data.equals(PNG)).toBe(true)
    const other = multipartPart(request.body, type, 'other')
    expect(other.headers).toContain('Content-Type: text/plain')
    expect(other.data.toString()).toBe('hello')
    // The meta part comes first, as WeChat Pay reads it.
    expect(request.body.indexOf('name="meta"')).toBeLessThan(request.body.indexOf('name="submission_file"'))
  })

  it('an unknown file type goes as application/octet-stream', async () => {
    client = testClient(server)
    await client.request('POST /v3/x', { multipart: { meta: {}, file: { filename: 'a.bin', data: Buffer.from([1]) } } })
    const part = multipartPart(server.requests[0]!.body, server.requests[0]!.headers['content-type']!, 'file')
    expect(part.headers).toContain('Content-Type: application/octet-stream')
  })

  it.each([
    ['no meta', { file: { filename: 'a.png', data: PNG } }, ['multipart', 'meta']],
    ['no file', { meta: {} }, ['multipart']],
    ['a file without bytes', { meta: {}, file: { filename: 'a.png', data: 'x' } }, ['multipart', 'file']],
    [
      'a file name with a quote',
      { meta: {}, file: { filename: 'a".png', data: PNG } },
      ['multipart', 'file', 'filename'],
    ],
    ['a bad part name', { meta: {}, 'fi le': { filename: 'a.png', data: PNG } }, ['multipart']],
    [
      'a bad content type',
      { meta: {}, file: { filename: 'a', data: PNG, contentType: 'x\r\ny' } },
      ['multipart', 'file', 'contentType'],
    ],
  ])('%s is a ValidationError at its path; nothing is sent', async (_name, multipart, path) => {
    client = testClient(server)
    const error = await rejectionOf(client.request('POST /v3/x', { multipart: multipart as never }))
    expect(isValidationError(error) && error.issues.map((i) => i.path)).toContainEqual(path)
    expect(server.requests).toHaveLength(0)
  })

  it('json and multipart together are refused', async () => {
    client = testClient(server)
    const multipart = { meta: {}, file: { filename: 'a.png', data: PNG } }
    const error = await rejectionOf(client.request('POST /v3/x', { json: {}, multipart }))
    expect(isValidationError(error) && error.issues[0]?.message).toMatch(/one of json, body and multipart/)
  })
})

describe('Wechatpay-Serial belongs to the client', () => {
  it.each(['Wechatpay-Serial', 'wechatpay-serial'])(
    'a %s header of the caller is refused, pointing to wechatpaySerial; nothing is sent',
    async (name) => {
      client = testClient(server)
      const error = await rejectionOf(client.request('GET /v3/x', { headers: { [name]: 'PUB_KEY_ID_OTHER' } }))
      expect(isValidationError(error) && error.issues).toEqual([
        { path: ['headers', name], message: expect.stringContaining('pass wechatpaySerial') },
      ])
      expect(server.requests).toHaveLength(0)
    },
  )

  it('every request names the serial encrypt() uses; wechatpaySerial per call overrides it explicitly', async () => {
    client = testClient(server)
    await client.request('GET /v3/x')
    await client.request('GET /v3/x', { wechatpaySerial: 'PUB_KEY_ID_0000000000000000000000000000000009' })
    expect(client.wechatpaySerial).toBe(PUB_KEY_ID)
    expect(server.requests.map((r) => r.headers['wechatpay-serial'])).toEqual([
      PUB_KEY_ID,
      'PUB_KEY_ID_0000000000000000000000000000000009',
    ])
  })
})
