// Conformance: request signature checks and answer signatures, driven with node:crypto + fetch only.
import { createDecipheriv, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { generateSandboxKeys, type Sandbox, startSandbox } from '../src/index.js'
import { authorization, get, nonce, post, raw } from './raw.js'

const keys = generateSandboxKeys()
const DEACTIVATE = '/v3/marketing/busifavor/coupons/deactivate'
let sb: Sandbox
let n = 0
// The sandbox's clock stands still during each test: a timestamp 301 s away, computed by the test at the end of one
// second, must not be judged 300 s away by a sandbox that has already reached the next one.
let now = Date.now()
beforeEach(() => {
  now = Date.now()
})

function freshCoupon() {
  const coupon = sb.seed.sendCoupon({ stock_id: '9000000001', coupon_code: `sig-${++n}` })
  return {
    coupon_code: coupon.coupon_code,
    stock_id: coupon.stock_id,
    deactivate_request_no: `sig-req-${n}`,
  }
}

beforeAll(async () => {
  sb = await startSandbox({ keys, clock: () => now })
})
afterAll(() => sb.close())

describe('a correctly signed request', () => {
  it('POST deactivate with a valid signature answers 200, signed with the PUB_KEY_ID key and a Request-ID', async () => {
    const answer = await post(sb, DEACTIVATE, freshCoupon())
    expect(answer.status).toBe(200)
    expect(answer.signature).toBe(true)
    expect(answer.headers.get('wechatpay-serial')).toBe(sb.platform.serial)
    expect(sb.platform.serial).toMatch(/^PUB_KEY_ID_\d+$/)
    expect(answer.headers.get('wechatpay-signature-type')).toBe('WECHATPAY2-SHA256-RSA2048')
    expect(answer.headers.get('request-id')).toMatch(/^[0-9A-F]{40}-0$/)
    expect(Math.abs(Number(answer.headers.get('wechatpay-timestamp')) - Date.now() / 1000)).toBeLessThan(5)
  })

  it('signature over the exact UTF-8 bytes of a Chinese body is accepted', async () => {
    const body = JSON.stringify({ ...freshCoupon(), deactivate_reason: '此券使用时间设置错误' })
    const answer = await raw(sb, { method: 'POST', path: DEACTIVATE, body })
    expect(answer.status).toBe(200)
  })

  it('Authorization fields in another order and a lowercase serial are accepted', async () => {
    const body = JSON.stringify(freshCoupon())
    const header = authorization(sb, { method: 'POST', path: DEACTIVATE }, Buffer.from(body))
    const fields = header.slice('WECHATPAY2-SHA256-RSA2048 '.length).split(',').reverse().join(',')
    const answer = await raw(sb, {
      method: 'POST',
      path: DEACTIVATE,
      body,
      authorization: `WECHATPAY2-SHA256-RSA2048 ${fields.replace(sb.merchant.serial, sb.merchant.serial.toLowerCase())}`,
    })
    expect(answer.status).toBe(200)
  })

  it('GET with a query signs the path and query as sent', async () => {
    const coupon = sb.seed.sendCoupon({ openid: 'o-sig-query', appid: 'wx-sig' })
    const answer = await get(sb, `/v3/marketing/busifavor/users/o-sig-query/coupons?appid=wx-sig&limit=5`)
    expect(answer.status).toBe(200)
    expect(answer.json.data[0].coupon_code).toBe(coupon.coupon_code)
  })
})

describe('each rejection answers 401 SIGN_ERROR, signed', () => {
  const cases: [string, (body: string) => Parameters<typeof raw>[1]][] = [
    ['no Authorization header', (body) => ({ method: 'POST', path: DEACTIVATE, body, unsigned: true })],
    [
      'another scheme',
      (body) => ({ method: 'POST', path: DEACTIVATE, body, authorization: `Bearer ${'x'.repeat(20)}` }),
    ],
    [
      'a missing field',
      (body) => ({
        method: 'POST',
        path: DEACTIVATE,
        body,
        authorization: authorization(sb, { method: 'POST', path: DEACTIVATE }, Buffer.from(body)).replace(
          /,serial_no="[^"]*"/,
          '',
        ),
      }),
    ],
    [
      'a duplicated field',
      (body) => ({
        method: 'POST',
        path: DEACTIVATE,
        body,
        authorization: `${authorization(sb, { method: 'POST', path: DEACTIVATE }, Buffer.from(body))},mchid="1900000001"`,
      }),
    ],
    ['an unknown mchid', (body) => ({ method: 'POST', path: DEACTIVATE, body, mchid: '1900000002' })],
    [
      'an unknown serial',
      (body) => ({ method: 'POST', path: DEACTIVATE, body, serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' }),
    ],
    [
      'a timestamp 301 s old',
      (body) => ({ method: 'POST', path: DEACTIVATE, body, timestamp: Math.floor(now / 1000) - 301 }),
    ],
    [
      'a timestamp 301 s ahead',
      (body) => ({ method: 'POST', path: DEACTIVATE, body, timestamp: Math.floor(now / 1000) + 301 }),
    ],
    [
      'a signature over other body bytes (re-serialized JSON)',
      (body) => ({ method: 'POST', path: DEACTIVATE, body, signedBody: JSON.stringify(JSON.parse(body), null, 1) }),
    ],
    [
      'a signature over another path',
      (body) => ({
        method: 'POST',
        path: DEACTIVATE,
        body,
        authorization: authorization(sb, { method: 'POST', path: `${DEACTIVATE}?x=1` }, Buffer.from(body)),
      }),
    ],
    [
      'a signature by another key',
      (body) => ({
        method: 'POST',
        path: DEACTIVATE,
        body,
        privateKeyPem: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
          type: 'pkcs8',
          format: 'pem',
        }) as string,
      }),
    ],
    ['a signature that is not base64', (body) => ({ method: 'POST', path: DEACTIVATE, body, signature: 'not*base64' })],
    [
      'a base64 signature of the wrong length',
      (body) => ({ method: 'POST', path: DEACTIVATE, body, signature: Buffer.from('short').toString('base64') }),
    ],
  ]
  for (const [name, build] of cases) {
    it(`POST deactivate with ${name} → 401 SIGN_ERROR and no state change`, async () => {
      const coupon = freshCoupon()
      const answer = await raw(sb, build(JSON.stringify(coupon)))
      expect(answer.status).toBe(401)
      expect(answer.json.code).toBe('SIGN_ERROR')
      expect(typeof answer.json.message).toBe('string')
      expect(answer.signature).toBe(true)
      expect(sb.state.coupon(coupon.coupon_code, coupon.stock_id)?.coupon_state).toBe('SENDED')
    })
  }

  it('a replayed nonce within the window → 401 even with a fresh signature', async () => {
    const reused = nonce()
    const first = await post(sb, DEACTIVATE, freshCoupon(), { nonce: reused })
    expect(first.status).toBe(200)
    const second = await post(sb, DEACTIVATE, freshCoupon(), { nonce: reused })
    expect(second.status).toBe(401)
    expect(second.json.message).toContain('nonce_str')
  })

  it('a timestamp 299 s old is still accepted', async () => {
    const answer = await post(sb, DEACTIVATE, freshCoupon(), { timestamp: Math.floor(now / 1000) - 299 })
    expect(answer.status).toBe(200)
  })
})

describe('routing', () => {
  it('an unknown path → 404 NOT_FOUND, before the signature is looked at', async () => {
    const answer = await post(sb, '/v3/marketing/busifavor/nothing-here', {}, { unsigned: true })
    expect(answer.status).toBe(404)
    expect(answer.json.code).toBe('NOT_FOUND')
    expect(answer.signature).toBe(true)
  })

  it('a known path with another method → 404 naming the allowed method', async () => {
    const answer = await get(sb, DEACTIVATE)
    expect(answer.status).toBe(404)
    expect(answer.json.message).toContain('POST')
  })

  it('a request naming an unknown Wechatpay-Serial → 400 PARAM_ERROR on that header', async () => {
    const answer = await post(sb, DEACTIVATE, freshCoupon(), { headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_0000' } })
    expect(answer.status).toBe(400)
    expect(answer.json.detail).toMatchObject({ location: 'header', field: 'Wechatpay-Serial' })
  })

  it('GET /v3/certificates in public-key mode → 404 RESOURCE_NOT_EXISTS', async () => {
    const answer = await get(sb, '/v3/certificates')
    expect(answer.status).toBe(404)
    expect(answer.json.code).toBe('RESOURCE_NOT_EXISTS')
  })
})

function decrypt(resource: { ciphertext: string; nonce: string; associated_data: string }, key: string): string {
  const data = Buffer.from(resource.ciphertext, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key), Buffer.from(resource.nonce))
  decipher.setAuthTag(data.subarray(data.length - 16))
  decipher.setAAD(Buffer.from(resource.associated_data))
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString()
}

describe('certificate mode', () => {
  let cert: Sandbox
  beforeAll(async () => {
    cert = await startSandbox({ mode: 'certificate', keys })
  })
  afterAll(() => cert.close())

  it('GET /v3/certificates serves the platform certificate encrypted with the APIv3 key (AAD "certificate")', async () => {
    const answer = await get(cert, '/v3/certificates')
    expect(answer.status).toBe(200)
    expect(answer.signature).toBe(true)
    const [entry] = answer.json.data
    expect(entry.serial_no).toBe(cert.platform.serial)
    expect(entry.encrypt_certificate).toMatchObject({ algorithm: 'AEAD_AES_256_GCM', associated_data: 'certificate' })
    const pem = decrypt(entry.encrypt_certificate, cert.apiv3Key)
    const x509 = new X509Certificate(pem)
    expect(x509.serialNumber.replace(/^00/, '')).toBe(entry.serial_no)
    expect(x509.publicKey.export({ type: 'spki', format: 'pem' })).toBe(cert.platform.publicKeyPem)
    expect(answer.headers.get('wechatpay-serial')).toBe(entry.serial_no)
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(Date.now())
  })

  it('rotatePlatformCertificate() signs with the new serial and lists both certificates', async () => {
    const before = cert.platform.certificateSerial
    const rotated = cert.rotatePlatformCertificate()
    expect(rotated.serial).not.toBe(before)
    const answer = await get(cert, '/v3/certificates')
    expect(answer.headers.get('wechatpay-serial')).toBe(rotated.serial)
    expect(answer.signature).toBe(true)
    expect(answer.json.data.map((d: { serial_no: string }) => d.serial_no)).toEqual([before, rotated.serial])
  })
})

describe('both mode (migration)', () => {
  let both: Sandbox
  beforeAll(async () => {
    both = await startSandbox({ mode: 'both', keys })
  })
  afterAll(() => both.close())

  it('answers with the key the request names in Wechatpay-Serial, the certificate when it names none', async () => {
    const byId = await get(both, '/v3/certificates', { headers: { 'Wechatpay-Serial': both.platform.serial } })
    expect(byId.headers.get('wechatpay-serial')).toBe(both.platform.serial)
    expect(byId.signature).toBe(true)
    const byCert = await get(both, '/v3/certificates', {
      headers: { 'Wechatpay-Serial': both.platform.certificateSerial! },
    })
    expect(byCert.headers.get('wechatpay-serial')).toBe(both.platform.certificateSerial)
    expect(byCert.signature).toBe(true)
    const none = await get(both, '/v3/certificates')
    expect(none.headers.get('wechatpay-serial')).toBe(both.platform.certificateSerial)
    expect(both.platform.serial).toMatch(/^PUB_KEY_ID_/)
    expect(Object.keys(both.platform.keys)).toEqual([both.platform.serial, both.platform.certificateSerial])
  })
})
