// Fuzz pass over every parser of untrusted input: whatever arrives, the only exceptions are our typed errors.
// In the normal suite each property runs 20,000 cases (a few seconds); `pnpm fuzz` sets FUZZ_RUNS=200000.
import { generateKeyPairSync } from 'node:crypto'
import { FUZZ_RUNS, FUZZ_TIMEOUT, fuzz } from '@wxpay/test-support/fuzz'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decryptResource, type EncryptedResource, encryptResource } from './aes.js'
import { isAuthorizationFormatError, isWechatPayError } from './errors.js'
import { PlatformKeys } from './platform-keys.js'
import { signResponse } from './responses.js'
import { AUTHORIZATION_SCHEME, parseAuthorization } from './sign.js'
import { verifyNotification, verifyResponse } from './verify.js'

// A small key: the fuzz exercises parsing, not RSA, and signing each case must stay cheap.
const platform = generateKeyPairSync('rsa', { modulusLength: 512 })
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000'
const CERT_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1'
const store = new PlatformKeys({ [SERIAL]: platform.publicKey })
const record = { [SERIAL]: platform.publicKey }
const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
const NOW = 1_700_000_000

/** Runs `fn` and fails the property on any exception that is not one of ours. */
function typedOnly<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch (error) {
    if (!isWechatPayError(error)) throw error
    return undefined
  }
}

// Short text with the characters that matter: controls, separators, quotes, surrogates, non-ASCII.
const nasty = fc.constantFrom(
  '',
  ' ',
  '\n',
  '\r\n',
  '\0',
  '\t',
  '\x7f',
  '"',
  '\\',
  ',',
  '=',
  '\ud800',
  '\udc00',
  'é',
  '券',
)
const text = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  nasty,
  fc.tuple(fc.string({ maxLength: 8 }), nasty, fc.string({ maxLength: 8 })).map((parts) => parts.join('')),
)
const json = fc.jsonValue({ maxDepth: 2 })
const odd = fc.oneof(
  json,
  fc.constantFrom(undefined, null, Number.NaN, 1n, { toString: 0 }, [], () => 'x', Symbol.for('x')),
  fc.uint8Array({ maxLength: 8 }),
)

// What a JSON body can hold in a field's place.
const oddJson = fc.oneof(json, fc.constantFrom(null, { toString: 0 }, [], {}, { __proto__: 1 }, -0, 1e300))

const wechatpayNames = ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']

/** A genuinely signed answer with at most one part changed in a hostile way. */
const signedAnswer = fc
  .record({
    body: fc.oneof(text, fc.uint8Array({ maxLength: 32 })),
    nonce: fc.oneof(
      fc.constant('n0nce'),
      text.filter((t) => t !== ''),
    ),
    skew: fc.oneof(fc.constant(0), fc.integer({ min: -400, max: 400 })),
    change: fc.option(fc.tuple(fc.constantFrom(...wechatpayNames, 'Wechatpay-Signature-Type', 'body'), odd, text)),
  })
  .map(({ body, nonce, skew, change }) => {
    const headers: Record<string, unknown> = signResponse({
      body,
      privateKey: platform.privateKey,
      serial: SERIAL,
      timestamp: NOW + skew,
      nonce,
    })
    let sent: unknown = body
    if (change !== null) {
      const [name, value, suffix] = change
      if (name === 'body') sent = typeof value === 'string' ? `${String(body)}${suffix}` : value
      else headers[name] = typeof headers[name] === 'string' && suffix !== '' ? `${headers[name]}${suffix}` : value
    }
    return { headers, body: sent }
  })

const randomHeaders = fc.dictionary(
  fc.oneof(fc.constantFrom(...wechatpayNames, 'wechatpay-serial', 'WECHATPAY-NONCE', 'Wechatpay-Signature-Type'), text),
  fc.oneof(text, odd, fc.array(text, { maxLength: 2 })),
  { maxKeys: 6 },
)
const randomAnswer = fc.record({ headers: fc.oneof(randomHeaders, odd), body: fc.oneof(text, odd) })

describe('fuzz: untrusted input gets typed errors only', () => {
  it(
    `verifyResponse (${FUZZ_RUNS} cases)`,
    async () => {
      await fuzz(
        fc.property(fc.oneof(signedAnswer, randomAnswer), fc.boolean(), (answer, useRecord) => {
          const verified = typedOnly(() =>
            verifyResponse({
              headers: answer.headers as Record<string, string>,
              body: answer.body as string,
              platformKeys: useRecord ? record : store,
              now: NOW,
            }),
          )
          if (verified !== undefined) {
            expect(typeof verified.nonce).toBe('string')
            expect(Number.isSafeInteger(verified.timestamp)).toBe(true)
          }
        }),
      )
    },
    FUZZ_TIMEOUT,
  )

  const plaintext = fc.oneof(
    json.map((value) => JSON.stringify(value) ?? 'null'),
    text,
  )
  const resourceField = fc.constantFrom('algorithm', 'ciphertext', 'nonce', 'associated_data', 'original_type')
  const resourceOf = (value: fc.Arbitrary<unknown>) =>
    fc.oneof(
      fc.tuple(plaintext, fc.option(fc.tuple(resourceField, value))).map(([plain, change]): unknown => {
        const encrypted: Record<string, unknown> = {
          ...encryptResource(plain, APIV3_KEY, { associatedData: 'coupon', originalType: 'coupon' }),
        }
        if (change !== null) encrypted[change[0]] = change[1]
        return encrypted
      }),
      value,
    )
  const resource = resourceOf(odd)
  const envelopeField = fc.constantFrom('id', 'create_time', 'event_type', 'resource_type', 'summary', 'resource')
  const envelope = fc
    .tuple(resourceOf(oddJson), fc.option(fc.tuple(envelopeField, oddJson)))
    .map(([res, change]): unknown => {
      const value: Record<string, unknown> = {
        id: 'EV-1',
        create_time: '2025-01-01T00:00:00+08:00',
        event_type: 'COUPON.SEND',
        resource_type: 'encrypt-resource',
        summary: 's',
        resource: res,
      }
      if (change !== null) value[change[0]] = change[1]
      return value
    })
  const notificationBody = fc.oneof(
    { weight: 4, arbitrary: envelope.map((value) => JSON.stringify(value) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.oneof(
        text,
        json.map((value) => JSON.stringify(value) ?? ''),
      ),
    },
  )

  it(
    `verifyNotification (${FUZZ_RUNS} cases)`,
    async () => {
      await fuzz(
        fc.property(notificationBody, fc.boolean(), (body, asBytes) => {
          const headers = signResponse({ body, privateKey: platform.privateKey, serial: SERIAL, timestamp: NOW })
          const event = typedOnly(() =>
            verifyNotification({
              headers,
              body: asBytes ? Buffer.from(body) : body,
              platformKeys: store,
              apiv3Key: APIV3_KEY,
              now: NOW,
            }),
          )
          if (event !== undefined) {
            expect(typeof event.id).toBe('string')
            expect(typeof event.event_type).toBe('string')
            expect(typeof event.plaintext).toBe('string')
            expect(['string', 'undefined']).toContain(typeof event.original_type)
          }
        }),
      )
    },
    FUZZ_TIMEOUT,
  )

  it(
    `decryptResource (${FUZZ_RUNS} cases)`,
    async () => {
      const key = fc.oneof(
        { weight: 4, arbitrary: fc.constant<unknown>(APIV3_KEY) },
        { weight: 1, arbitrary: fc.oneof(text, odd, fc.uint8Array({ minLength: 31, maxLength: 33 })) },
      )
      await fuzz(
        fc.property(resource, key, (value, apiv3Key) => {
          const plain = typedOnly(() => decryptResource(value as EncryptedResource, apiv3Key as string))
          if (plain !== undefined) expect(typeof plain).toBe('string')
        }),
      )
    },
    FUZZ_TIMEOUT,
  )

  it(
    `parseAuthorization (${FUZZ_RUNS} cases)`,
    async () => {
      const field = fc.constantFrom('mchid', 'nonce_str', 'signature', 'timestamp', 'serial_no', '__proto__', 'x', '')
      const value = fc.oneof(text, fc.constantFrom('1900000001', '1700000000', 'QUJD', CERT_SERIAL))
      const header = fc.oneof(
        text,
        odd,
        fc
          .tuple(
            fc.constantFrom(AUTHORIZATION_SCHEME, `${AUTHORIZATION_SCHEME}  `, 'WECHATPAY2-SHA256', ''),
            fc.array(fc.tuple(field, value, fc.constantFrom('"', '', ' ')), { maxLength: 7 }),
            fc.constantFrom(',', ', ', ',,'),
          )
          .map(
            ([scheme, pairs, comma]) =>
              `${scheme} ${pairs.map(([name, v, quote]) => `${name}=${quote}${v}${quote}`).join(comma)}`,
          ),
      )
      await fuzz(
        fc.property(header, (h) => {
          try {
            const parsed = parseAuthorization(h)
            expect(Object.keys(parsed).sort()).toEqual(['mchid', 'nonce_str', 'serial_no', 'signature', 'timestamp'])
          } catch (error) {
            expect(isAuthorizationFormatError(error)).toBe(true)
          }
        }),
      )
    },
    FUZZ_TIMEOUT,
  )
})
