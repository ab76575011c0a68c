import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { encryptResource } from './aes.js'
import { isSignatureVerificationError, type SignatureVerificationCode } from './errors.js'
import { PlatformKeys } from './platform-keys.js'
import { signResponse } from './responses.js'
import { signNotificationForTest } from './testing.js'
import { verifyNotification, verifyResponse } from './verify.js'

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000'
const OTHER_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1'
const platformKeys = new PlatformKeys({ [SERIAL]: platform.publicKey, [OTHER_SERIAL]: other.publicKey })
const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
const NOW = 1_700_000_000

const body = '{"code":"OK","wechatpay_deactivate_time":"2020-05-20T13:29:35.120+08:00","note":"使券失效"}'
const good = signResponse({ body, privateKey: platform.privateKey, serial: SERIAL, timestamp: NOW, nonce: 'n0nce' })

function codeOf(fn: () => unknown): SignatureVerificationCode | 'OK' | string {
  try {
    fn()
    return 'OK'
  } catch (error) {
    if (isSignatureVerificationError(error)) return error.code
    return `${(error as Error).name}:${(error as { code?: string }).code}`
  }
}

const verify = (headers: Record<string, string>, b: unknown = body, now = NOW) =>
  codeOf(() => verifyResponse({ headers, body: b as string, platformKeys, now }))

const without = (name: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== name))

describe('verifyResponse forgery matrix', () => {
  it('accepts the genuine response (string, Buffer, Uint8Array, ArrayBuffer bodies)', () => {
    expect(verify(good)).toBe('OK')
    const bytes = Buffer.from(body)
    expect(verify(good, bytes)).toBe('OK')
    expect(verify(good, new Uint8Array(bytes))).toBe('OK')
    expect(verify(good, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))).toBe('OK')
  })

  it('returns the serial, timestamp and nonce it checked', () => {
    expect(verifyResponse({ headers: good, body, platformKeys, now: NOW })).toEqual({
      serial: SERIAL,
      timestamp: NOW,
      nonce: 'n0nce',
    })
  })

  const cases: [string, () => string][] = [
    ['one body byte changed', () => verify(good, body.replace('OK', 'OL'))],
    ['a body re-serialized with spaces', () => verify(good, JSON.stringify(JSON.parse(body), null, 1))],
    ['timestamp changed by one second', () => verify({ ...good, 'Wechatpay-Timestamp': String(NOW + 1) })],
    ['nonce changed', () => verify({ ...good, 'Wechatpay-Nonce': 'n0nc3' })],
    ['another known serial', () => verify({ ...good, 'Wechatpay-Serial': OTHER_SERIAL })],
    [
      'signature from another key',
      () => verify(signResponse({ body, privateKey: other.privateKey, serial: SERIAL, timestamp: NOW })),
    ],
    ['non-base64 signature', () => verify({ ...good, 'Wechatpay-Signature': '%%%not-base64%%%' })],
    [
      'a signature of the right length with non-base64 characters',
      () => verify({ ...good, 'Wechatpay-Signature': `%${good['Wechatpay-Signature'].slice(1)}` }),
    ],
    ['truncated signature', () => verify({ ...good, 'Wechatpay-Signature': good['Wechatpay-Signature'].slice(0, 40) })],
    ['empty-ish base64 signature', () => verify({ ...good, 'Wechatpay-Signature': 'AAAA' })],
  ]
  it.each(cases)('%s → BAD_SIGNATURE', (_name, run) => expect(run()).toBe('BAD_SIGNATURE'))

  it('an unknown serial → UNKNOWN_SERIAL', () =>
    expect(verify({ ...good, 'Wechatpay-Serial': 'PUB_KEY_ID_999' })).toBe('UNKNOWN_SERIAL'))
  it('skew of 301 s in the past → TIMESTAMP_SKEW', () => expect(verify(good, body, NOW + 301)).toBe('TIMESTAMP_SKEW'))
  it('skew of 301 s in the future → TIMESTAMP_SKEW', () => expect(verify(good, body, NOW - 301)).toBe('TIMESTAMP_SKEW'))
  it('skew of exactly 300 s either way is accepted', () => {
    expect(verify(good, body, NOW + 300)).toBe('OK')
    expect(verify(good, body, NOW - 300)).toBe('OK')
  })
  it('maxSkewSeconds narrows the window', () => {
    expect(codeOf(() => verifyResponse({ headers: good, body, platformKeys, now: NOW + 61, maxSkewSeconds: 60 }))).toBe(
      'TIMESTAMP_SKEW',
    )
  })
  it('a non-numeric timestamp → TIMESTAMP_SKEW', () =>
    expect(verify({ ...good, 'Wechatpay-Timestamp': '17e8' })).toBe('TIMESTAMP_SKEW'))
  it('a probe signature → SIGNATURE_PROBE (never BAD_SIGNATURE, never a crash)', () => {
    expect(verify({ ...good, 'Wechatpay-Signature': 'WECHATPAY/SIGNTEST/9eVHmGDfhWVHKpTgAv1Ba4gPe0e0Xg==' })).toBe(
      'SIGNATURE_PROBE',
    )
  })
  it('an unsupported Wechatpay-Signature-Type → UNSUPPORTED_SIGNATURE_TYPE', () => {
    expect(verify({ ...good, 'Wechatpay-Signature-Type': 'WECHATPAY2-SM2-WITH-SM3' })).toBe(
      'UNSUPPORTED_SIGNATURE_TYPE',
    )
  })
  it.each(['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'])(
    'missing %s → MISSING_HEADER',
    (name) => expect(verify(without(name))).toBe('MISSING_HEADER'),
  )
  it.each([
    ['a parsed object', JSON.parse(body)],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
  ])('a body that is %s → BODY_NOT_RAW with a message about raw bytes', (_what, value) => {
    expect(codeOf(() => verifyResponse({ headers: good, body: value, platformKeys, now: NOW }))).toBe('BODY_NOT_RAW')
    expect(() => verifyResponse({ headers: good, body: value, platformKeys, now: NOW })).toThrow(/raw/)
  })

  it('reads headers case-insensitively from a plain record, Node headers and a fetch Headers', () => {
    const lower = Object.fromEntries(Object.entries(good).map(([k, v]) => [k.toLowerCase(), v]))
    expect(verify(lower)).toBe('OK')
    const arrays = Object.fromEntries(Object.entries(lower).map(([k, v]) => [k, [v]]))
    expect(codeOf(() => verifyResponse({ headers: arrays, body, platformKeys, now: NOW }))).toBe('OK')
    expect(codeOf(() => verifyResponse({ headers: new Headers(good), body, platformKeys, now: NOW }))).toBe('OK')
  })

  it('accepts a plain serial → key record as platformKeys', () => {
    expect(
      codeOf(() => verifyResponse({ headers: good, body, platformKeys: { [SERIAL]: platform.publicKey }, now: NOW })),
    ).toBe('OK')
  })

  it('verifies an empty 204 body against the verify string with an empty last line', () => {
    const headers = signResponse({ body: '', privateKey: platform.privateKey, serial: SERIAL, timestamp: NOW })
    expect(verify(headers, '')).toBe('OK')
    expect(verify(headers, ' ')).toBe('BAD_SIGNATURE')
  })

  it('verifies bodies that are not valid UTF-8 over their exact bytes', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x80])
    const headers = signResponse({ body: bytes, privateKey: platform.privateKey, serial: SERIAL, timestamp: NOW })
    expect(verify(headers, bytes)).toBe('OK')
    expect(verify(headers, Buffer.from([0xff, 0xfe, 0x00, 0x81]))).toBe('BAD_SIGNATURE')
  })

  it('never puts the signature in the error, and names the serial', () => {
    try {
      verifyResponse({ headers: { ...good, 'Wechatpay-Nonce': 'x' }, body, platformKeys, now: NOW })
    } catch (error) {
      expect(isSignatureVerificationError(error) && error.serial).toBe(SERIAL)
      expect(JSON.stringify(error)).not.toContain(good['Wechatpay-Signature'])
      return
    }
    throw new Error('expected a failure')
  })
})

describe('verifyResponse refuses header values outside printable ASCII', () => {
  it('a nonce that moves body bytes into itself (LF) no longer verifies a different body', () => {
    // Signed over "T\nn\nline1\nline2\n": the same bytes read as nonce "n\nline1" and body "line2".
    const genuine = signResponse({
      body: 'line1\nline2',
      privateKey: platform.privateKey,
      serial: SERIAL,
      timestamp: NOW,
      nonce: 'n',
    })
    expect(verify(genuine, 'line1\nline2')).toBe('OK')
    expect(verify({ ...genuine, 'Wechatpay-Nonce': 'n\nline1' }, 'line2')).toBe('MALFORMED_HEADER')
  })

  const bad = ['\r', '\n', '\0', '\t', '\x1b', '\x7f', '\u00e9', '\u2028', '\ud800']
  it.each(['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Serial', 'Wechatpay-Signature'])(
    '%s with a control or non-ASCII character → MALFORMED_HEADER',
    (name) => {
      for (const char of bad) {
        const value = good[name as keyof typeof good]
        expect(verify({ ...good, [name]: `${value.slice(0, 2)}${char}${value.slice(2)}` })).toBe('MALFORMED_HEADER')
        expect(verify({ ...good, [name]: `${value}${char}` })).toBe('MALFORMED_HEADER')
      }
    },
  )

  it('names the header, never echoes its value', () => {
    try {
      verifyResponse({ headers: { ...good, 'Wechatpay-Nonce': 'n\nFORGED' }, body, platformKeys, now: NOW })
    } catch (error) {
      expect((error as Error).message).toContain('Wechatpay-Nonce')
      expect(JSON.stringify(error) + String(error)).not.toContain('FORGED')
      return
    }
    throw new Error('expected a failure')
  })

  it('an unsupported Wechatpay-Signature-Type is quoted escaped (no raw control characters in the message)', () => {
    try {
      verifyResponse({ headers: { ...good, 'Wechatpay-Signature-Type': 'X\nY' }, body, platformKeys, now: NOW })
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
      return
    }
    throw new Error('expected a failure')
  })
})

describe('verifyNotification', () => {
  const plaintext = { coupon_code: 'sxxe34343434', stock_id: '1234567891', send_channel: 'BUSICOUPON_SEND_CHANNEL_API' }
  const make = (overrides: Partial<Parameters<typeof signNotificationForTest>[0]> = {}) =>
    signNotificationForTest({
      event: { id: 'EV-1', event_type: 'COUPON.SEND', resource: plaintext },
      apiv3Key: APIV3_KEY,
      platformPrivateKey: platform.privateKey,
      serial: SERIAL,
      timestamp: NOW,
      ...overrides,
    })
  const run = (n: { headers: Record<string, string>; body: string }, apiv3Key = APIV3_KEY) =>
    codeOf(() => verifyNotification({ headers: n.headers, body: n.body, platformKeys, apiv3Key, now: NOW }))

  it('verifies, decrypts and parses the resource, keeping original_type', () => {
    const n = make()
    const event = verifyNotification({ headers: n.headers, body: n.body, platformKeys, apiv3Key: APIV3_KEY, now: NOW })
    expect(event.id).toBe('EV-1')
    expect(event.event_type).toBe('COUPON.SEND')
    expect(event.resource).toEqual(plaintext)
    expect(event.original_type).toBe('coupon')
    expect(JSON.parse(event.plaintext)).toEqual(plaintext)
    expect(event.signature.serial).toBe(SERIAL)
  })

  it('verifies before parsing: a tampered body fails on the signature, not on JSON', () => {
    const n = make()
    expect(run({ ...n, body: `${n.body.slice(0, -1)}` })).toBe('BAD_SIGNATURE')
  })

  it('a truncated GCM tag → DecryptionError AUTH_TAG_MISMATCH', () => {
    const resource = encryptResource(JSON.stringify(plaintext), APIV3_KEY, { associatedData: 'coupon' })
    const short = {
      ...resource,
      ciphertext: Buffer.from(resource.ciphertext, 'base64').subarray(0, -4).toString('base64'),
    }
    const n = make({ event: { resource: short } })
    expect(run(n)).toBe('DecryptionError:AUTH_TAG_MISMATCH')
  })

  it('a ciphertext shorter than the tag → DecryptionError BAD_CIPHERTEXT', () => {
    const n = make({
      event: { resource: { algorithm: 'AEAD_AES_256_GCM', ciphertext: 'AAAA', nonce: 'abcdefghijkl' } },
    })
    expect(run(n)).toBe('DecryptionError:BAD_CIPHERTEXT')
  })

  it('a wrong APIv3 key → DecryptionError whose message says so and never contains a key', () => {
    const n = make()
    const wrong = 'b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
    expect(run(n, wrong)).toBe('DecryptionError:AUTH_TAG_MISMATCH')
    try {
      verifyNotification({ headers: n.headers, body: n.body, platformKeys, apiv3Key: wrong, now: NOW })
    } catch (error) {
      expect((error as Error).message).toMatch(/wrong APIv3 key/)
      expect(JSON.stringify(error) + (error as Error).stack).not.toContain(wrong)
      expect(JSON.stringify(error) + (error as Error).stack).not.toContain(APIV3_KEY)
    }
  })

  it('a signed body that is not JSON → NotificationFormatError', () => {
    expect(run(make({ body: 'not json' }))).toBe('NotificationFormatError:MALFORMED_NOTIFICATION')
    expect(run(make({ body: '{"id":"x"}' }))).toBe('NotificationFormatError:MALFORMED_NOTIFICATION')
  })

  const signedEnvelope = (envelope: Record<string, unknown>) => make({ body: JSON.stringify(envelope) })
  const resource = encryptResource(JSON.stringify(plaintext), APIV3_KEY, { associatedData: 'coupon' })
  const envelope = {
    id: 'EV-1',
    create_time: '2025-01-01T00:00:00+08:00',
    event_type: 'COUPON.SEND',
    resource_type: 'encrypt-resource',
    summary: 's',
    resource,
  }

  it('the well-formed envelope verifies', () => expect(run(signedEnvelope(envelope))).toBe('OK'))

  it.each<[string, Record<string, unknown>, string]>([
    ['resource.algorithm an object', { algorithm: { toString: 0 } }, 'UNSUPPORTED_ALGORITHM'],
    ['resource.nonce a number', { nonce: 12 }, 'BAD_CIPHERTEXT'],
    ['resource.associated_data an object', { associated_data: {} }, 'BAD_CIPHERTEXT'],
    ['resource.ciphertext null', { ciphertext: null }, 'BAD_CIPHERTEXT'],
  ])('a signed envelope whose %s → DecryptionError %s', (_what, change, code) => {
    expect(run(signedEnvelope({ ...envelope, resource: { ...resource, ...change } }))).toBe(`DecryptionError:${code}`)
  })

  it.each<[string, Record<string, unknown>]>([
    ['id a number', { id: 1 }],
    ['id empty', { id: '' }],
    ['id missing', { id: undefined }],
    ['event_type an object', { event_type: { toString: 0 } }],
    ['create_time a number', { create_time: 0 }],
    ['resource_type an array', { resource_type: [] }],
    ['summary an object', { summary: {} }],
    ['resource an array', { resource: [] }],
    ['resource.original_type an object', { resource: { ...resource, original_type: {} } }],
  ])('a signed envelope whose %s → NotificationFormatError', (_what, change) => {
    expect(run(signedEnvelope({ ...envelope, ...change }))).toBe('NotificationFormatError:MALFORMED_NOTIFICATION')
  })

  it('a signed envelope that is an array or a string → NotificationFormatError', () => {
    expect(run(make({ body: '[]' }))).toBe('NotificationFormatError:MALFORMED_NOTIFICATION')
    expect(run(make({ body: '"x"' }))).toBe('NotificationFormatError:MALFORMED_NOTIFICATION')
  })

  it('a probe callback → SIGNATURE_PROBE', () => {
    expect(run(make({ signature: 'WECHATPAY/SIGNTEST/abc' }))).toBe('SIGNATURE_PROBE')
  })
})
