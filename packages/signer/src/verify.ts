import type { KeyObject } from 'node:crypto'
import { decryptResource, type EncryptedResource } from './aes.js'
import { NotificationFormatError, type SignatureVerificationCode, SignatureVerificationError } from './errors.js'
import { type HeadersInput, headerValue } from './headers.js'
import { type KeyInput, normalizeSerial } from './keys.js'
import { type Body, buildVerifyMessage, buildVerifyMessageBytes } from './messages.js'
import { unixSeconds } from './nonce.js'
import type { PlatformKeys } from './platform-keys.js'
import { storeOf } from './record-keys.js'
import { AUTHORIZATION_SCHEME, verifySignatureBytes } from './sign.js'

/** WeChat Pay's documented tolerance between its timestamp and ours. */
export const DEFAULT_MAX_SKEW_SECONDS = 300
/** Signatures starting with this are WeChat Pay's deliberate probes: they must never verify. */
export const SIGNATURE_PROBE_PREFIX = 'WECHATPAY/SIGNTEST/'

export interface VerifyResponseInput {
  headers: HeadersInput
  /** The raw body exactly as received: a string, Buffer or Uint8Array (`''` for 204). Never a parsed object. */
  body: Body | ArrayBuffer
  platformKeys: PlatformKeys | Record<string, KeyInput>
  /** Unix seconds; defaults to now. Inject it in tests and when replaying recorded callbacks. */
  now?: number
  /** Reject when |now − Wechatpay-Timestamp| exceeds this (default 300 s; exactly 300 s is accepted). */
  maxSkewSeconds?: number
}

export interface VerifiedSignature {
  serial: string
  timestamp: number
  nonce: string
}

function fail(code: SignatureVerificationCode, message: string, serial?: string): never {
  throw new SignatureVerificationError(`@core/signer: ${message}`, serial === undefined ? { code } : { code, serial })
}

function missingHeader(name: string): never {
  return fail('MISSING_HEADER', `the ${name} header is missing; the message is not signed by WeChat Pay.`)
}

// The signed message joins timestamp, nonce and body with LF: a header value holding LF (or any control character)
// could move bytes between the nonce and the body and so verify a body that was never signed. WeChat Pay's values are
// printable ASCII (digits, [0-9A-Za-z] nonces, hex or PUB_KEY_ID_ serials, base64), so nothing else is accepted.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

function checkPrintable(name: string, value: string): void {
  if (!PRINTABLE_ASCII.test(value)) {
    fail(
      'MALFORMED_HEADER',
      `the ${name} header holds a control or non-ASCII character, which a genuine WeChat Pay message never does; the message was altered or forged.`,
    )
  }
}

/** Untrusted text for an error message: JSON-quoted (control characters escaped) and bounded. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

function rawBody(body: unknown): Body {
  if (typeof body === 'string' || body instanceof Uint8Array) return body
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  const what =
    body === undefined
      ? 'undefined'
      : body === null
        ? 'null'
        : typeof body === 'object'
          ? 'a parsed object'
          : typeof body
  return fail(
    'BODY_NOT_RAW',
    `the body to verify is ${what}, not the raw bytes. Signatures cover the exact bytes received: pass the raw string or Buffer (with Express use express.raw({ type: 'application/json' }) or read the stream before any JSON parser; with NestJS use rawBody: true and req.rawBody).`,
  )
}

/**
 * Verifies the `Wechatpay-*` signature of a response or callback over its raw body.
 * @returns the serial, timestamp and nonce that were checked.
 * @throws {SignatureVerificationError} with a `code` saying why; the message is safe to log.
 */
export function verifyResponse(input: VerifyResponseInput): VerifiedSignature {
  const body = rawBody(input.body)
  const headers = input.headers
  if (headers === null || typeof headers !== 'object') fail('MISSING_HEADER', 'no headers were given.')
  const timestampText = headerValue(headers, 'Wechatpay-Timestamp', 'wechatpay-timestamp')
  const nonce = headerValue(headers, 'Wechatpay-Nonce', 'wechatpay-nonce')
  const signature = headerValue(headers, 'Wechatpay-Signature', 'wechatpay-signature')
  const serialHeader = headerValue(headers, 'Wechatpay-Serial', 'wechatpay-serial')
  // Checked one by one (no array of pairs per call: this runs for every answer and callback).
  if (!timestampText) missingHeader('Wechatpay-Timestamp')
  if (!nonce) missingHeader('Wechatpay-Nonce')
  if (!signature) missingHeader('Wechatpay-Signature')
  if (!serialHeader) missingHeader('Wechatpay-Serial')
  checkPrintable('Wechatpay-Timestamp', timestampText!)
  checkPrintable('Wechatpay-Nonce', nonce!)
  checkPrintable('Wechatpay-Signature', signature!)
  checkPrintable('Wechatpay-Serial', serialHeader!)
  const serial = normalizeSerial(serialHeader!)
  const type = headerValue(headers, 'Wechatpay-Signature-Type', 'wechatpay-signature-type')
  if (type !== undefined && type !== AUTHORIZATION_SCHEME) {
    fail(
      'UNSUPPORTED_SIGNATURE_TYPE',
      `Wechatpay-Signature-Type ${quoted(type)} is not ${AUTHORIZATION_SCHEME}.`,
      serial,
    )
  }
  if (signature!.startsWith(SIGNATURE_PROBE_PREFIX)) {
    fail(
      'SIGNATURE_PROBE',
      'this is a WeChat Pay signature probe (WECHATPAY/SIGNTEST/); it is rejected by design.',
      serial,
    )
  }
  const timestamp = /^\d{1,12}$/.test(timestampText!) ? Number(timestampText) : Number.NaN
  const now = input.now ?? unixSeconds()
  const maxSkew = input.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS
  if (Number.isNaN(timestamp)) fail('TIMESTAMP_SKEW', 'Wechatpay-Timestamp is not unix seconds.', serial)
  if (Math.abs(now - timestamp) > maxSkew) {
    fail(
      'TIMESTAMP_SKEW',
      `Wechatpay-Timestamp is ${now - timestamp} s away from this machine's clock (more than ${maxSkew} s): check NTP, or the message is a replay.`,
      serial,
    )
  }
  const store = storeOf(input.platformKeys)
  const key: KeyObject | undefined = store.get(serial)
  if (key === undefined) {
    fail(
      'UNKNOWN_SERIAL',
      `no platform key for Wechatpay-Serial ${serial} (known: ${store.serials().join(', ') || 'none'}). Add the WeChat Pay public key (PUB_KEY_ID_…) or refresh the platform certificates.`,
      serial,
    )
  }
  const parts = { timestamp: timestampText!, nonce: nonce!, body }
  // A string body is hashed as the UTF-8 of the string itself (no Buffer copy); bytes are hashed exactly as received.
  const message = typeof body === 'string' ? buildVerifyMessage(parts) : buildVerifyMessageBytes(parts)
  if (!verifySignatureBytes(message, signature!, key)) {
    fail(
      'BAD_SIGNATURE',
      `the Wechatpay-Signature does not match the body (serial ${serial}); the message was altered or forged.`,
      serial,
    )
  }
  return { serial, timestamp, nonce: nonce! }
}

export interface NotificationEnvelope {
  id: string
  create_time: string
  event_type: string
  resource_type: string
  summary: string
  resource: EncryptedResource
}

/** A verified callback: the envelope with `resource` replaced by the decrypted, parsed plaintext. */
export interface VerifiedNotification<Resource = unknown> {
  id: string
  create_time: string
  event_type: string
  resource_type: string
  summary: string
  /** The decrypted resource, parsed from JSON. */
  resource: Resource
  /** `resource.original_type` of the encrypted resource (e.g. `coupon`). */
  original_type: string | undefined
  /** The decrypted plaintext exactly as WeChat Pay encrypted it. */
  plaintext: string
  /** What the signature check saw. */
  signature: VerifiedSignature
}

export interface VerifyNotificationInput extends VerifyResponseInput {
  /** The 32-byte APIv3 key (APIv3 密钥). */
  apiv3Key: string | Uint8Array
}

function malformedNotification(message: string, cause?: unknown): never {
  throw new NotificationFormatError(`@core/signer: ${message}`, { code: 'MALFORMED_NOTIFICATION', cause })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks every envelope field the SDK reads or hands on by type, so that a verified but odd body is a typed error
 * here and never a TypeError later. The resource's own fields are checked by `decryptResource`.
 */
function checkEnvelope(value: unknown): NotificationEnvelope {
  if (!isObject(value)) return malformedNotification('the callback body is not a JSON object.')
  if (typeof value.id !== 'string' || value.id === '') malformedNotification('the callback has no string "id".')
  if (typeof value.event_type !== 'string') malformedNotification('the callback has no string "event_type".')
  for (const name of ['create_time', 'resource_type', 'summary'] as const) {
    if (value[name] !== undefined && typeof value[name] !== 'string')
      malformedNotification(`the callback's "${name}" is not a string.`)
  }
  const resource = value.resource
  if (!isObject(resource)) return malformedNotification('the callback body has no "resource" object.')
  if (resource.original_type !== undefined && typeof resource.original_type !== 'string')
    malformedNotification('the callback\'s "resource.original_type" is not a string.')
  return value as unknown as NotificationEnvelope
}

/**
 * Verifies a callback's signature over the raw body first, then parses it and decrypts `resource`.
 * @throws {SignatureVerificationError} when the signature fails (answer 401 so WeChat Pay retries).
 * @throws {NotificationFormatError} when the verified body is not a notification envelope.
 * @throws {DecryptionError} when the resource cannot be decrypted (wrong APIv3 key).
 */
export function verifyNotification<Resource = unknown>(input: VerifyNotificationInput): VerifiedNotification<Resource> {
  const signature = verifyResponse(input)
  const body = rawBody(input.body)
  const text =
    typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (cause) {
    return malformedNotification('the callback body is not JSON.', cause)
  }
  const envelope = checkEnvelope(parsed)
  const plaintext = decryptResource(envelope.resource, input.apiv3Key)
  let resource: Resource
  try {
    resource = JSON.parse(plaintext) as Resource
  } catch (cause) {
    return malformedNotification('the decrypted resource is not JSON.', cause)
  }
  return {
    id: envelope.id,
    create_time: envelope.create_time,
    event_type: envelope.event_type,
    resource_type: envelope.resource_type,
    summary: envelope.summary,
    resource,
    original_type: envelope.resource.original_type,
    plaintext,
    signature,
  }
}
