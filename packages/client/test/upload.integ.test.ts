import { constants, createHash, privateDecrypt } from 'node:crypto'
import { IMAGE_UPLOAD_PATH, MAX_IMAGE_BYTES, type WechatPayClient } from '@core/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  multipartPart,
  PUB_KEY_ID,
  platformKeys,
  rejectionOf,
  reply,
  startServer,
  type TestServer,
  testClient,
} from './helpers.js'

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)])
const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)])
const BMP = Buffer.concat([Buffer.from('BM'), Buffer.alloc(64, 2)])

let server: TestServer
let client: WechatPayClient

beforeAll(async () => {
  server = await startServer((request, res) => {
    if (request.url === IMAGE_UPLOAD_PATH) {
      const type = request.headers['content-type']!
      const meta = JSON.parse(multipartPart(request.body, type, 'meta').data.toString('utf8'))
      const file = multipartPart(request.body, type, 'file').data
      const sha256 = createHash('sha256').update(file).digest('hex')
      return reply(res, 200, {
        media_url: `https://wxpaylogo.qpic.cn/${meta.filename}`,
        sha256_ok: meta.sha256 === sha256,
      })
    }
    reply(res, 200, { ok: true })
  })
})
afterAll(() => server.close())
afterEach(async () => {
  await client?.close()
  server.requests.length = 0
})

describe('uploadImage()', () => {
  for (const [name, file] of [
    ['logo.png', PNG],
    ['photo.jpg', JPG],
    ['scan.bmp', BMP],
  ] as const) {
    it(`uploads ${name}: multipart meta + file, signature over the meta JSON`, async () => {
      client = testClient(server)
      const response = await client.uploadImage({ file, filename: name })
      expect(response.data).toEqual({ media_url: `https://wxpaylogo.qpic.cn/${name}`, sha256_ok: true })
      const request = server.requests[0]!
      expect(request).toMatchObject({ method: 'POST', url: IMAGE_UPLOAD_PATH, signatureValid: true })
      expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
      const part = multipartPart(request.body, request.headers['content-type']!, 'file')
      expect(part.data.equals(file)).toBe(true)
    })
  }

  it('a GIF is refused before sending', async () => {
    client = testClient(server)
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(16)])
    const error = await rejectionOf(client.uploadImage({ file: gif, filename: 'a.gif' }))
    expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: ['file'] }] })
    expect(server.requests).toHaveLength(0)
  })

  it('an image over 2 MB is refused before sending', async () => {
    client = testClient(server)
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)])
    const error = await rejectionOf(client.uploadImage({ file: big, filename: 'big.png' }))
    expect(error).toMatchObject({
      name: 'ValidationError',
      issues: [{ path: ['file'], message: expect.stringContaining('2 MB') }],
    })
    expect(server.requests).toHaveLength(0)
  })

  it('a file name whose extension contradicts the content is refused', async () => {
    client = testClient(server)
    const error = await rejectionOf(client.uploadImage({ file: PNG, filename: 'logo.jpg' }))
    expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: ['filename'] }] })
  })
})

describe('encrypt()', () => {
  it('encrypts with the key that Wechatpay-Serial names on every request', async () => {
    client = testClient(server)
    const ciphertext = client.encrypt('13800138000')
    const plaintext = privateDecrypt(
      { key: platformKeys.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      Buffer.from(ciphertext, 'base64'),
    ).toString('utf8')
    expect(plaintext).toBe('13800138000')
    expect(client.wechatpaySerial).toBe(PUB_KEY_ID)
    await client.chain('v3/with').post({ json: { phone: ciphertext } })
    expect(server.requests[0]!.headers['wechatpay-serial']).toBe(PUB_KEY_ID)
  })

  it('with no platform key it is a ValidationError that says what to add', () => {
    client = testClient(server, { platformKeys: {}, apiv3Key: 'a'.repeat(32) })
    expect(() => client.encrypt('x')).toThrow(/refreshCertificates/)
  })
})
