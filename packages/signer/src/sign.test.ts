import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { isAuthorizationFormatError, isInvalidArgumentError } from './errors.js'
import { createNonce } from './nonce.js'
import { decryptSensitive, encryptSensitive } from './oaep.js'
import { verifyRequestSignature } from './responses.js'
import { parseAuthorization, signRequest, signRequestAsync } from './sign.js'

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const base = { mchid: '1900000001', serial: '898DBAD30F416EC7', privateKey: merchant.privateKey }

describe('signRequest', () => {
  it('returns class instances, never object literals (V8 pretenures literal allocation sites; see SignParts)', async () => {
    const fixed = { ...base, method: 'POST', url: '/v3/x', body: '{}' }
    for (const signed of [signRequest(fixed), await signRequestAsync(fixed)]) {
      expect(Object.getPrototypeOf(signed)).not.toBe(Object.prototype)
      expect(Object.keys(signed)).toEqual(['authorization', 'timestamp', 'nonce', 'signature', 'message'])
    }
  })

  it('gives the same result shape for string and byte bodies, message included (e.g. when logged as JSON)', () => {
    const fixed = { ...base, method: 'POST', url: '/v3/x', timestamp: 1700000000, nonce: 'n1' }
    const text = signRequest({ ...fixed, body: '{"a":"券"}' })
    const bytes = signRequest({ ...fixed, body: Buffer.from('{"a":"券"}') })
    expect(JSON.parse(JSON.stringify(bytes))).toEqual(JSON.parse(JSON.stringify(text)))
    expect(Object.keys(bytes)).toEqual(Object.keys(text))
    expect(text.message).toBe('POST\n/v3/x\n1700000000\nn1\n{"a":"券"}\n')
  })

  it('signs a GET with an empty body line and a fresh nonce and timestamp by default', () => {
    const signed = signRequest({ ...base, method: 'get', url: '/v3/marketing/busifavor/stocks/1?x=1' })
    expect(signed.message).toBe(`GET\n/v3/marketing/busifavor/stocks/1?x=1\n${signed.timestamp}\n${signed.nonce}\n\n`)
    expect(signed.nonce).toMatch(/^[0-9A-Za-z]{32}$/)
    expect(Math.abs(Number(signed.timestamp) - Date.now() / 1000)).toBeLessThan(5)
    const parsed = parseAuthorization(signed.authorization)
    expect(
      verifyRequestSignature({
        method: 'GET',
        url: '/v3/marketing/busifavor/stocks/1?x=1',
        body: '',
        authorization: parsed,
        publicKey: merchant.publicKey,
      }),
    ).toBe(true)
    expect(
      verifyRequestSignature({
        method: 'GET',
        url: '/v3/marketing/busifavor/stocks/2?x=1',
        body: '',
        authorization: parsed,
        publicKey: merchant.publicKey,
      }),
    ).toBe(false)
  })
  it.each([
    ['an empty mchid', { mchid: '' }],
    ['a quote in the serial', { serial: 'AB"C' }],
    ['a url without a leading slash', { url: 'v3/x' }],
    ['a non-numeric timestamp', { timestamp: 'now' }],
    ['a method with spaces', { method: 'PO ST' }],
  ])('refuses %s with InvalidArgumentError before signing', (_what, patch) => {
    let error: unknown
    try {
      signRequest({ ...base, method: 'POST', url: '/v3/x', ...patch })
    } catch (e) {
      error = e
    }
    expect(isInvalidArgumentError(error)).toBe(true)
  })
  it('refuses a missing mchid and serial on the very first call of a process (nothing remembered yet)', async () => {
    vi.resetModules()
    const fresh = await import('./sign.js')
    const { mchid: _m, serial: _s, ...keyOnly } = base
    expect(() => fresh.signRequest({ ...keyOnly, method: 'POST', url: '/v3/x' } as never)).toThrow(/mchid/)
    expect(() => fresh.signRequest({ ...base, serial: undefined, method: 'POST', url: '/v3/x' } as never)).toThrow(
      /serial/,
    )
  })
})

describe('parseAuthorization', () => {
  const valid = signRequest({
    ...base,
    method: 'POST',
    url: '/v3/x',
    body: '{}',
    timestamp: 1,
    nonce: 'abc',
  }).authorization
  it('accepts fields in any order and spaces after commas', () => {
    const [scheme, rest] = [valid.slice(0, valid.indexOf(' ')), valid.slice(valid.indexOf(' ') + 1)]
    const reordered = `${scheme} ${rest.split(',').reverse().join(', ')}`
    expect(parseAuthorization(reordered)).toEqual(parseAuthorization(valid))
  })
  it.each([
    ['another scheme', valid.replace('WECHATPAY2-SHA256-RSA2048', 'Bearer')],
    ['a missing field', valid.replace(/,serial_no="[^"]*"/, '')],
    ['a duplicated field', `${valid},mchid="1"`],
    ['an unknown field', `${valid},extra="1"`],
    ['an unquoted value', valid.replace('mchid="1900000001"', 'mchid=1900000001')],
    ['an empty value', valid.replace('nonce_str="abc"', 'nonce_str=""')],
    ['a non-numeric timestamp', valid.replace('timestamp="1"', 'timestamp="x"')],
    ['a non-base64 signature', valid.replace(/signature="[^"]*"/, 'signature="!!"')],
    ['an empty string', ''],
    ['a huge header', `WECHATPAY2-SHA256-RSA2048 ${'a'.repeat(5000)}`],
  ])('refuses %s with AuthorizationFormatError', (_what, header) => {
    let error: unknown
    try {
      parseAuthorization(header)
    } catch (e) {
      error = e
    }
    expect(isAuthorizationFormatError(error) && error.code).toBe('MALFORMED_AUTHORIZATION')
  })
  it('refuses a non-string', () => expect(() => parseAuthorization(undefined)).toThrow(/malformed Authorization/))
})

describe('createNonce', () => {
  it('draws 32 characters of [0-9A-Za-z] with every character reachable', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 400; i++) {
      const nonce = createNonce()
      expect(nonce).toMatch(/^[0-9A-Za-z]{32}$/)
      for (const c of nonce) seen.add(c)
    }
    expect(seen.size).toBe(62)
    expect(createNonce(12)).toHaveLength(12)
  })
})

describe('RSA-OAEP sensitive fields', () => {
  it('round-trips Chinese text and is randomized', () => {
    const a = encryptSensitive('张三 13800138000', merchant.publicKey)
    const b = encryptSensitive('张三 13800138000', merchant.publicKey)
    expect(a).not.toBe(b)
    expect(decryptSensitive(a, merchant.privateKey)).toBe('张三 13800138000')
  })
  it('refuses plaintext longer than OAEP-SHA1 allows, and a wrong key with DecryptionError', () => {
    expect(() => encryptSensitive('x'.repeat(215), merchant.publicKey)).toThrow(/214/)
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
    expect(() => decryptSensitive(encryptSensitive('x', merchant.publicKey), other.privateKey)).toThrow(
      expect.objectContaining({ name: 'DecryptionError', code: 'OAEP_FAILED' }),
    )
  })
})
