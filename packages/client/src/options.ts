import type { KeyObject } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { KeyInput, PlatformKeys, PlatformKeysInit } from '@core/signer'
import type { Dispatcher } from 'undici'
import type { RetryOptions, SigningMode, Timeouts } from './constants.js'
import type { PathParams, Query } from './path.js'
import type { UploadFile } from './routes.js'

// The client's options as types; their validation and defaults are in resolve-options.ts.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD'

/** What `onRequest` sees: the signed request with `Authorization` redacted. */
export interface RequestEvent {
  method: string
  /** Full URL as sent. */
  url: string
  /** 1 for the first attempt. */
  attempt: number
  /** Request headers; `authorization` is `[REDACTED]`. */
  headers: Record<string, string>
  idempotent: boolean
}

/** What `onResponse` sees, before verification. */
export interface ResponseEvent {
  method: string
  url: string
  attempt: number
  status: number
  requestId: string | undefined
  headers: IncomingHttpHeaders
}

/** What `onRetry` sees: the failed attempt, its error and the wait before the next one. */
export interface RetryEvent {
  method: string
  url: string
  attempt: number
  delayMs: number
  error: unknown
}

/** What `onError` sees: the error the call is about to throw. */
export interface ErrorEvent {
  method: string
  url: string
  attempts: number
  error: unknown
}

/** Observers of every call. They receive redacted copies; a hook that throws is ignored so it cannot break a call. */
export interface ClientHooks {
  onRequest?: (event: RequestEvent) => void
  onResponse?: (event: ResponseEvent) => void
  onRetry?: (event: RetryEvent) => void
  onError?: (event: ErrorEvent) => void
}

export interface AutoRefreshOptions {
  /** How often to download the platform certificates (default `DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS`, 12 h). */
  intervalMs?: number
  /** Least time between refreshes caused by an unknown serial (default `DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS`). */
  cooldownMs?: number
}

export interface ClientOptions {
  /** 商户号 */
  mchid: string
  /** 商户API证书序列号: the serial of the merchant API certificate (uppercase hex). */
  serial: string
  /** 商户API私钥 (`apiclient_key.pem` contents or a `KeyObject`). Parsed once, never exposed. */
  privateKey: KeyInput
  /**
   * WeChat Pay's verification keys: a `PlatformKeys` store (shared, so rotation done elsewhere is seen) or a record
   * `serial → PEM/KeyObject` holding `PUB_KEY_ID_…` public keys and/or platform certificates. May be empty in
   * certificate mode when `apiv3Key` is given (then call `refreshCertificates()` or set `autoRefresh`).
   */
  platformKeys?: PlatformKeysInit
  /** APIv3 密钥 (32 bytes): needed for certificate downloads and callbacks. Never exposed. */
  apiv3Key?: string | Uint8Array
  /** Default `DEFAULT_BASE_URL`; point it at the sandbox in tests. */
  baseUrl?: string
  /**
   * Failover: when the base host is unreachable (connection or timeout failures), retries go to this host. Off by
   * default; `BACKUP_BASE_URL` is WeChat Pay's backup host.
   */
  backupBaseUrl?: string
  /**
   * The serial every request names in `Wechatpay-Serial` (and whose key `encrypt` uses). Default: the newest key in
   * `platformKeys` (a `PUB_KEY_ID_` key first).
   */
  wechatpaySerial?: string
  /** An undici `Dispatcher` you own (not closed by `close()`); otherwise the client creates its own keep-alive pools lazily. */
  dispatcher?: Dispatcher
  /** Per-attempt timeouts in ms; defaults in `DEFAULT_TIMEOUTS`. */
  timeouts?: Partial<Timeouts>
  /** Retry policy for idempotent calls; defaults in `DEFAULT_RETRY`; `false` turns retries off. */
  retry?: Partial<RetryOptions> | false
  /** Milliseconds since the epoch (the shape of `Date.now`): used for signing timestamps and skew checks. */
  clock?: () => number
  /** Nonce source for request signatures (default: 32 characters from the CSPRNG). */
  nonce?: () => string
  /** Default `@core/client/<version> (node <version>; <platform>)`. */
  userAgent?: string
  hooks?: ClientHooks
  /** Certificate mode: download platform certificates periodically and once on an unknown serial (needs `apiv3Key`). */
  autoRefresh?: boolean | AutoRefreshOptions
  /** Sync or thread-pool signing; default `DEFAULT_SIGNING_MODE` (`auto`). */
  signing?: SigningMode
  /** Allowed |now − Wechatpay-Timestamp| in seconds (default 300). */
  maxSkewSeconds?: number
  /**
   * Largest answer body read into memory, in bytes (default `DEFAULT_MAX_RESPONSE_BYTES`, 2 MiB). A larger answer fails
   * with `NetworkError` `RESPONSE_TOO_LARGE` and its connection is closed. Files: `download()`.
   */
  maxResponseBytes?: number
}

export interface RequestOptions {
  /** HTTP method (case-insensitive). */
  method: HttpMethod | Lowercase<HttpMethod>
  /** Path (template) such as `/v3/marketing/busifavor/stocks/{stock_id}`, relative to `baseUrl`. */
  url: string
  /** Values for `{name}` slots, percent-encoded. */
  params?: PathParams
  /** Query parameters, percent-encoded; `undefined`/`null` values are left out. */
  query?: Query
  /** A JSON body: serialized once; those exact bytes are signed and sent. */
  json?: unknown
  /** A pre-serialized body, signed and sent as is (use `json` unless you need exact control). */
  body?: string | Uint8Array
  /**
   * A `multipart/form-data` upload: `meta` (the object the endpoint documents; its JSON text is what is signed) and
   * the file parts by name, e.g. `{ meta: { filename, sha256 }, file: { filename: 'a.png', data } }`.
   */
  multipart?: MultipartParts
  /** Extra headers. `Authorization`, `Host` and `Content-Length` are the client's. */
  headers?: Readonly<Record<string, string>>
  /** Safe to repeat (e.g. the body carries a business request-no)? Default: true for GET, HEAD and DELETE. */
  idempotent?: boolean
  signal?: AbortSignal
  /** Override the client's retry policy for this call. */
  retry?: Partial<RetryOptions> | false
  /** Override the client's timeouts for this call. */
  timeouts?: Partial<Timeouts>
  /** Override `Wechatpay-Serial` for this call. */
  wechatpaySerial?: string
  /** Override the client's `maxResponseBytes` for this call (an answer you know to be large). */
  maxResponseBytes?: number
}

/** The parts of a multipart upload: `meta` and the files (`UploadFile`) by part name. */
export type MultipartParts = Readonly<Record<string, UploadFile | Readonly<Record<string, unknown>>>>

/** Options of a chained verb call: a `RequestOptions` without method and url. */
export type CallOptions = Omit<RequestOptions, 'method' | 'url'>

export interface UploadImageOptions {
  /** The image bytes: JPG, PNG or BMP, at most 2 MB. */
  file: Uint8Array
  /** File name with a matching extension, e.g. `logo.png`. */
  filename: string
  /** Upload endpoint; default `IMAGE_UPLOAD_PATH`. */
  url?: string
  /** Default true: uploading the same image twice has no business effect. */
  idempotent?: boolean
  signal?: AbortSignal
  retry?: Partial<RetryOptions> | false
  timeouts?: Partial<Timeouts>
  maxResponseBytes?: number
}

/** A parsed base URL: origin for undici, path prefix for signing. */
export interface Host {
  origin: string
  basePath: string
}

/** Options after validation, with every default filled in. */
export interface ResolvedOptions {
  mchid: string
  serial: string
  privateKey: KeyObject
  platformKeys: PlatformKeys
  apiv3Key: Buffer | undefined
  primary: Host
  backup: Host | undefined
  wechatpaySerial: string | undefined
  dispatcher: Dispatcher | undefined
  timeouts: Timeouts
  retry: RetryOptions | false
  clock: () => number
  nonce: (() => string) | undefined
  userAgent: string
  hooks: ClientHooks | undefined
  autoRefresh: { intervalMs: number; cooldownMs: number } | undefined
  signing: SigningMode
  maxSkewSeconds: number | undefined
  maxResponseBytes: number
}
