import { isWechatPayError, type SignatureVerificationError, WechatPayError } from '@core/signer'

/** What every client error carries about the call it ended. */
export interface CallContext {
  /** HTTP status of the last response, when one arrived. */
  status?: number | undefined
  /** WeChat Pay's `Request-ID` of the last response: quote it to WeChat Pay support. */
  requestId?: string | undefined
  /** Attempts made (0 when nothing was sent). */
  attempts?: number | undefined
}

interface ClientErrorOptions extends CallContext {
  code: string
  cause?: unknown
}

/** Shared base: `status`, `requestId`, `attempts` and a JSON form without the stack. */
abstract class ClientError extends WechatPayError {
  status: number | undefined
  requestId: string | undefined
  attempts: number

  constructor(message: string, options: ClientErrorOptions) {
    super(message, options)
    this.status = options.status
    this.requestId = options.requestId
    this.attempts = options.attempts ?? 0
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, requestId: this.requestId, attempts: this.attempts }
  }
}

/** Codes WeChat Pay documents, with what to do next. The set is open: any other code is passed through. */
const API_ERROR_HINTS: Readonly<Record<string, string>> = {
  SIGN_ERROR:
    'check that mchid, the merchant certificate serial and the private key belong together (商户API证书), and that the clock is right.',
  PARAM_ERROR: 'fix the request fields named in detail.',
  INVALID_REQUEST: 'the request does not fit the endpoint or the current state; read message and detail.',
  NO_AUTH: 'the merchant lacks the permission (产品权限) for this API; enable it in 商户平台.',
  RESOURCE_NOT_EXISTS: 'check the ids in the path and the query.',
  FREQUENCY_LIMITED: 'slow down; idempotent calls are retried with backoff automatically.',
  SYSTEM_ERROR: 'a WeChat Pay fault; retry later with the same business request number.',
}

export interface ApiErrorOptions extends CallContext {
  /** WeChat Pay's error `code` (e.g. `PARAM_ERROR`), `HTTP_<status>` when the body had none. */
  code: string
  /** The HTTP status of the answer: an `ApiError` always comes from one. */
  status: number
  /** WeChat Pay's error `message`, as sent. */
  apiMessage?: string | undefined
  /** WeChat Pay's error `detail`, as sent. */
  detail?: unknown
  /** Whether the error response carried a valid WeChat Pay signature. */
  verified?: boolean
  cause?: unknown
}

/**
 * WeChat Pay answered with a non-2xx status (or a 2xx whose verified body is not JSON: code `MALFORMED_RESPONSE`).
 * `code`, `apiMessage` and `detail` come from the error body `{"code","message","detail"}`; codes are an open set.
 */
export class ApiError extends ClientError {
  override readonly name = 'ApiError' as const
  /** The HTTP status of the answer (always present: an `ApiError` comes from an HTTP answer). */
  declare readonly status: number
  /** WeChat Pay's message, unchanged (also part of `message`). */
  readonly apiMessage: string | undefined
  readonly detail: unknown
  /** True when the error response's signature was checked and valid; error bodies are not required to be signed. */
  readonly verified: boolean

  constructor(message: string, options: ApiErrorOptions) {
    super(message, options)
    this.apiMessage = options.apiMessage
    this.detail = options.detail
    this.verified = options.verified ?? false
  }

  /** Builds the error for a non-2xx answer, with a message that says what to do next. */
  static fromResponse(options: Omit<ApiErrorOptions, 'code'> & { code?: string | undefined; status: number }) {
    const code = options.code ?? `HTTP_${options.status}`
    const hint = API_ERROR_HINTS[code]
    const text = options.apiMessage === undefined || options.apiMessage === '' ? '' : `: ${options.apiMessage}`
    const id = options.requestId === undefined ? '' : ` (Request-ID ${options.requestId})`
    return new ApiError(
      `@core/client: WeChat Pay answered ${options.status} ${code}${text}${id}.${hint === undefined ? '' : ` ${hint[0]!.toUpperCase()}${hint.slice(1)}`}`,
      { ...options, code },
    )
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), apiMessage: this.apiMessage, detail: this.detail, verified: this.verified }
  }
}

export type TimeoutCode = 'CONNECT_TIMEOUT' | 'HEADERS_TIMEOUT' | 'BODY_TIMEOUT'

/** A phase of one attempt took longer than its timeout (see `timeouts`). Retried when the call is idempotent. */
export class TimeoutError extends ClientError {
  override readonly name = 'TimeoutError' as const
  declare readonly code: TimeoutCode
  /** The limit that was exceeded, in ms. */
  readonly timeoutMs: number | undefined

  constructor(message: string, options: CallContext & { code: TimeoutCode; timeoutMs?: number; cause?: unknown }) {
    super(message, options)
    this.timeoutMs = options.timeoutMs
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs }
  }
}

export type NetworkCode = 'NETWORK_ERROR' | 'CLIENT_CLOSED' | 'RESPONSE_TOO_LARGE'

/**
 * The connection failed, was refused or reset, or the client was closed; or (`RESPONSE_TOO_LARGE`) the answer was
 * larger than `maxResponseBytes` and the connection was closed without reading the rest (never retried).
 */
export class NetworkError extends ClientError {
  override readonly name = 'NetworkError' as const
  declare readonly code: NetworkCode
  /**
   * False when the failure happened before any byte of the request left (refused, DNS, connect timeout): such a call
   * is safe to repeat even when it is not idempotent.
   */
  readonly requestSent: boolean
  /** For `RESPONSE_TOO_LARGE`: the `maxResponseBytes` the answer exceeded. */
  readonly limitBytes: number | undefined

  constructor(
    message: string,
    options: CallContext & { code: NetworkCode; requestSent: boolean; limitBytes?: number; cause?: unknown },
  ) {
    super(message, options)
    this.requestSent = options.requestSent
    this.limitBytes = options.limitBytes
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), requestSent: this.requestSent, limitBytes: this.limitBytes }
  }
}

export type DigestAlgorithm = 'sha1' | 'sha256'

/**
 * A downloaded file whose digest is not the expected one (`download({ digest })`): the bytes were altered or
 * truncated on the way. Raised by the download stream as it ends; discard whatever was written from it.
 */
export class IntegrityError extends ClientError {
  override readonly name = 'IntegrityError' as const
  declare readonly code: 'DIGEST_MISMATCH'
  readonly algorithm: DigestAlgorithm
  /** The digest the caller expected (lower-case hex). */
  readonly expected: string
  /** The digest of the bytes that arrived (lower-case hex). */
  readonly actual: string

  constructor(
    message: string,
    options: CallContext & { algorithm: DigestAlgorithm; expected: string; actual: string; cause?: unknown },
  ) {
    super(message, { ...options, code: 'DIGEST_MISMATCH' })
    this.algorithm = options.algorithm
    this.expected = options.expected
    this.actual = options.actual
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), algorithm: this.algorithm, expected: this.expected, actual: this.actual }
  }
}

/** One problem with an input: where (`path` into the input) and what. */
export interface ValidationIssue {
  path: (string | number)[]
  message: string
}

/**
 * Input that cannot be sent: unknown or invalid options, a missing path parameter, an unsupported image, a field the
 * endpoint schema rejects (`@api/busifavor` throws this class). Nothing was sent.
 */
export class ValidationError extends ClientError {
  override readonly name = 'ValidationError' as const
  declare readonly code: 'VALIDATION_ERROR'
  readonly issues: ValidationIssue[]

  constructor(message: string, options: { issues: ValidationIssue[]; cause?: unknown }) {
    super(message, { code: 'VALIDATION_ERROR', cause: options.cause, attempts: 0 })
    this.issues = options.issues
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues }
  }
}

/** A `ValidationError` whose message lists the issues after `@core/client: <what>`. */
export function validationError(what: string, issues: ValidationIssue[]): ValidationError {
  const list = issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
  return new ValidationError(`@core/client: ${what}: ${list.join('; ')}`, { issues })
}

/** Throws {@link validationError}. */
export function invalid(what: string, issues: ValidationIssue[]): never {
  throw validationError(what, issues)
}

function hasName(error: unknown, name: string): boolean {
  return isWechatPayError(error) && error.name === name
}

export function isApiError(error: unknown): error is ApiError {
  return hasName(error, 'ApiError')
}
export function isTimeoutError(error: unknown): error is TimeoutError {
  return hasName(error, 'TimeoutError')
}
export function isNetworkError(error: unknown): error is NetworkError {
  return hasName(error, 'NetworkError')
}
export function isValidationError(error: unknown): error is ValidationError {
  return hasName(error, 'ValidationError')
}
export function isIntegrityError(error: unknown): error is IntegrityError {
  return hasName(error, 'IntegrityError')
}

/** A response signature failure from the client: the signer's error plus the call's status, Request-ID and attempts. */
export type ResponseSignatureError = SignatureVerificationError & Required<CallContext>

/**
 * Adds the call context to an error thrown by the signer (its class has no such fields), to its JSON form too, so
 * every error a call throws logs `status`, `requestId` and `attempts` alike.
 */
export function withContext<E extends Error>(error: E, context: CallContext): E {
  const target = error as unknown as Record<string, unknown>
  target.status = context.status
  target.requestId = context.requestId
  target.attempts = context.attempts
  if (!(error instanceof ClientError) && typeof target.toJSON === 'function') {
    const own = Object.getPrototypeOf(error).toJSON as (this: E) => Record<string, unknown>
    Object.defineProperty(error, 'toJSON', {
      value: () => ({
        ...own.call(error),
        status: target.status,
        requestId: target.requestId,
        attempts: target.attempts,
      }),
      configurable: true,
      writable: true,
    })
  }
  return error
}
