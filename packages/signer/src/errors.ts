// Errors carry a brand so guards work across duplicate copies of the package (no `instanceof`).
const BRAND = Symbol.for('wechatpay-ts.error')

export interface WechatPayErrorOptions {
  code: string
  cause?: unknown
}

/** Base of every error thrown by the wechatpay-ts packages. `name` and `code` are stable, literal strings. */
export class WechatPayError extends Error {
  override readonly name: string = 'WechatPayError'
  readonly code: string

  constructor(message: string, options: WechatPayErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = options.code
    Object.defineProperty(this, BRAND, { value: true })
  }

  /** A JSON form without the stack: safe to log (no secret ever enters a message). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message }
  }
}

export type SignatureVerificationCode =
  | 'MISSING_HEADER'
  | 'UNKNOWN_SERIAL'
  | 'TIMESTAMP_SKEW'
  | 'SIGNATURE_PROBE'
  | 'BAD_SIGNATURE'
  | 'UNSUPPORTED_SIGNATURE_TYPE'
  | 'BODY_NOT_RAW'
  | 'MALFORMED_HEADER'

/** A response or callback whose signature cannot be trusted. Never retry: treat the message as forged. */
export class SignatureVerificationError extends WechatPayError {
  override readonly name = 'SignatureVerificationError' as const
  declare readonly code: SignatureVerificationCode
  /** The `Wechatpay-Serial` the message named, when there was one. */
  readonly serial: string | undefined

  constructor(message: string, options: { code: SignatureVerificationCode; serial?: string; cause?: unknown }) {
    super(message, options)
    this.serial = options.serial
  }
}

export type DecryptionCode =
  | 'INVALID_APIV3_KEY'
  | 'AUTH_TAG_MISMATCH'
  | 'BAD_CIPHERTEXT'
  | 'UNSUPPORTED_ALGORITHM'
  | 'OAEP_FAILED'

/** AES-256-GCM or RSA-OAEP decryption failed. */
export class DecryptionError extends WechatPayError {
  override readonly name = 'DecryptionError' as const
  declare readonly code: DecryptionCode
}

export type KeyFormatCode = 'INVALID_KEY' | 'NOT_RSA' | 'WRONG_KEY_TYPE' | 'INVALID_CERTIFICATE' | 'MERCHANT_SERIAL'

/** A key, certificate or serial that cannot be used. The message never contains the key material. */
export class KeyFormatError extends WechatPayError {
  override readonly name = 'KeyFormatError' as const
  declare readonly code: KeyFormatCode
}

/** An `Authorization` header that is not a well-formed `WECHATPAY2-SHA256-RSA2048` header. */
export class AuthorizationFormatError extends WechatPayError {
  override readonly name = 'AuthorizationFormatError' as const
  declare readonly code: 'MALFORMED_AUTHORIZATION'
}

/** A callback body that verified but is not a WeChat Pay notification envelope. */
export class NotificationFormatError extends WechatPayError {
  override readonly name = 'NotificationFormatError' as const
  declare readonly code: 'MALFORMED_NOTIFICATION'
}

/** An argument that the caller must fix (wrong type, empty, out of range). */
export class InvalidArgumentError extends WechatPayError {
  override readonly name = 'InvalidArgumentError' as const
  declare readonly code: 'INVALID_ARGUMENT'
}

function hasName(error: unknown, name: string): boolean {
  return isWechatPayError(error) && error.name === name
}

export function isWechatPayError(error: unknown): error is WechatPayError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true
}
export function isSignatureVerificationError(error: unknown): error is SignatureVerificationError {
  return hasName(error, 'SignatureVerificationError')
}
export function isDecryptionError(error: unknown): error is DecryptionError {
  return hasName(error, 'DecryptionError')
}
export function isKeyFormatError(error: unknown): error is KeyFormatError {
  return hasName(error, 'KeyFormatError')
}
export function isAuthorizationFormatError(error: unknown): error is AuthorizationFormatError {
  return hasName(error, 'AuthorizationFormatError')
}
export function isNotificationFormatError(error: unknown): error is NotificationFormatError {
  return hasName(error, 'NotificationFormatError')
}
export function isInvalidArgumentError(error: unknown): error is InvalidArgumentError {
  return hasName(error, 'InvalidArgumentError')
}

/** Throws an `InvalidArgumentError` with a `@core/signer:` prefix. */
export function invalidArgument(message: string): never {
  throw new InvalidArgumentError(`@core/signer: ${message}`, { code: 'INVALID_ARGUMENT' })
}
