import { generateKeyPairSync } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decryptResource, encryptResource } from './aes.js'
import { isAuthorizationFormatError } from './errors.js'
import { signResponse, verifyRequestSignature } from './responses.js'
import { parseAuthorization, signRequest } from './sign.js'
import { verifyResponse } from './verify.js'

const key = generateKeyPairSync('rsa', { modulusLength: 2048 })
const platformKeys = { PUB_KEY_ID_1: key.publicKey }
const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
// Bodies: unicode text (astral planes included), empty, and large.
const bodies = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constant(''),
  fc.string({ minLength: 100_000, maxLength: 120_000 }),
  fc.uint8Array({ maxLength: 500 }),
)

describe('properties', () => {
  it('signResponse → verifyResponse round-trips any body, and one changed byte never verifies', () => {
    fc.assert(
      fc.property(bodies, fc.integer({ min: 0, max: 2_000_000_000 }), (body, timestamp) => {
        const headers = signResponse({ body, privateKey: key.privateKey, serial: 'PUB_KEY_ID_1', timestamp })
        expect(verifyResponse({ headers, body, platformKeys, now: timestamp }).timestamp).toBe(timestamp)
        const bytes = Buffer.from(typeof body === 'string' ? Buffer.from(body) : body)
        if (bytes.length > 0) {
          bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1
          expect(() => verifyResponse({ headers, body: bytes, platformKeys, now: timestamp })).toThrow()
        }
      }),
      { numRuns: 40 },
    )
  })

  it('a string body verifies exactly as its UTF-8 bytes do (lone surrogates included)', () => {
    // Strings are hashed without a Buffer copy; this pins that they hash to the bytes Buffer.from would give.
    const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })
    fc.assert(
      fc.property(codeUnits, (text) => {
        const bytes = Buffer.from(text, 'utf8')
        const headers = signResponse({ body: bytes, privateKey: key.privateKey, serial: 'PUB_KEY_ID_1', timestamp: 1 })
        expect(verifyResponse({ headers, body: text, platformKeys, now: 1 }).nonce).toBe(headers['Wechatpay-Nonce'])
        const other = signResponse({
          body: `${text}x`,
          privateKey: key.privateKey,
          serial: 'PUB_KEY_ID_1',
          timestamp: 1,
        })
        expect(() => verifyResponse({ headers: other, body: text, platformKeys, now: 1 })).toThrow(/does not match/)
      }),
      { numRuns: 60 },
    )
  })

  it('signRequest → parseAuthorization → verifyRequestSignature round-trips any body and url', () => {
    fc.assert(
      fc.property(bodies, fc.webPath(), (body, path) => {
        const url = `/${encodeURI(path).replace(/^\/+/, '')}`
        const signed = signRequest({
          mchid: '1900000001',
          serial: 'AB',
          privateKey: key.privateKey,
          method: 'POST',
          url,
          body,
        })
        const authorization = parseAuthorization(signed.authorization)
        expect(verifyRequestSignature({ method: 'POST', url, body, authorization, publicKey: key.publicKey })).toBe(
          true,
        )
      }),
      { numRuns: 30 },
    )
  })

  it('parseAuthorization throws nothing but AuthorizationFormatError on arbitrary strings', () => {
    const fieldish = fc.constantFrom('mchid', 'nonce_str', 'signature', 'timestamp', 'serial_no', 'x', '')
    const header = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(fc.tuple(fieldish, fc.string({ maxLength: 20 })), { maxLength: 7 })
        .map((pairs) => `WECHATPAY2-SHA256-RSA2048 ${pairs.map(([k, v]) => `${k}="${v}"`).join(',')}`),
    )
    fc.assert(
      fc.property(header, (h) => {
        try {
          const parsed = parseAuthorization(h)
          expect(Object.keys(parsed).sort()).toEqual(['mchid', 'nonce_str', 'serial_no', 'signature', 'timestamp'])
        } catch (error) {
          expect(isAuthorizationFormatError(error)).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('encryptResource → decryptResource round-trips any text and AAD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ maxLength: 40 }), (text, aad) => {
        const resource = encryptResource(text, APIV3_KEY, { associatedData: aad })
        expect(decryptResource(resource, APIV3_KEY)).toBe(text)
      }),
      { numRuns: 200 },
    )
  })
})
