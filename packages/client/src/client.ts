import type { KeyObject } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  encryptSensitive,
  type HeadersInput,
  isSignatureVerificationError,
  isWechatPayError,
  PlatformKeys,
  type SignedRequest,
  type SignRequestInput,
  signRequest,
  signRequestAsync,
  type VerifiedNotification,
  verifyNotification,
  verifyResponse,
} from '@core/signer'
import type { Agent, Dispatcher } from 'undici'
import { decryptCertificates } from './certificates.js'
import { type ChainNode, chainNode } from './chain.js'
import { CERTIFICATES_PATH, IMAGE_UPLOAD_PATH } from './constants.js'
import {
  checkDownload,
  type DownloadOptions,
  type DownloadResponse,
  downloadResponse,
  isUnsignedDownload,
} from './download.js'
import { ApiError, invalid, NetworkError, type ValidationIssue, validationError, withContext } from './errors.js'
import { buildImageUpload } from './multipart.js'
import {
  type CallSettings,
  type ClientHooks,
  type ClientOptions,
  callSettings,
  checkHeaders,
  checkSerial,
  type Host,
  REQUEST_KEYS,
  type RequestOptions,
  type ResolvedOptions,
  resolveOptions,
  UPLOAD_KEYS,
  type UploadImageOptions,
  unknownKeys,
} from './options.js'
import { buildQuery, fillPath } from './path.js'
import { backoffDelay, isHostFailure, isRetryable, parseRetryAfter } from './retry.js'
import { createAgent, dispatch, type StreamCheck, type WireResponse } from './transport.js'
import { templateOf } from './url.js'

/** What a call resolves to. */
export interface ApiResponse<T = unknown> {
  status: number
  /** Response headers, names in lower case. */
  headers: IncomingHttpHeaders
  /** The parsed JSON body, after its signature was verified; `undefined` for 204 and empty or non-JSON bodies. */
  data: T
  /** WeChat Pay's `Request-ID`. */
  requestId: string | undefined
  /** The body bytes exactly as received (and verified). */
  raw: Buffer
}

/** A certificate added by `refreshCertificates()`. */
export interface RefreshedCertificate {
  serial: string
  notBefore: Date
  notAfter: Date
}

/** The client: explicit methods plus chainable paths (`client.v3.…`, `client['v3/…']`). */
export interface WechatPayClientMethods {
  /** 商户号 */
  readonly mchid: string
  /** The key store responses and callbacks are verified with (shared with the callback adapters). */
  readonly platformKeys: PlatformKeys
  /** The serial requests name in `Wechatpay-Serial` and `encrypt` uses; undefined while the store is empty. */
  readonly wechatpaySerial: string | undefined
  /**
   * Signs, sends, verifies and parses one call; retries idempotent calls on network errors, 5xx and 429.
   * @throws {ValidationError} bad input; nothing was sent.
   * @throws {ApiError} WeChat Pay answered with an error (`code`, `apiMessage`, `detail`, `status`, `requestId`).
   * @throws {SignatureVerificationError} a 2xx answer without a valid WeChat Pay signature (never retried).
   * @throws {TimeoutError} / {NetworkError} transport failures after the retries; `NetworkError` `RESPONSE_TOO_LARGE`
   * for an answer over `maxResponseBytes` (never retried).
   */
  request<T = unknown>(options: RequestOptions): Promise<ApiResponse<T>>
  /** A chain node for a declared path: `client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json })`. */
  chain(path: string): ChainNode
  /**
   * Streams a file from a download route (`UNSIGNED_RESPONSE_PATHS`, e.g. a bill's `download_url`): signed like any
   * request, not capped by `maxResponseBytes`, with an optional digest checked as the stream ends.
   * @throws {ValidationError} bad input or a url that is not a download route; nothing was sent.
   * @throws {ApiError} / {TimeoutError} / {NetworkError} as `request()`, before the stream is handed over.
   */
  download(options: DownloadOptions): Promise<DownloadResponse>
  /** Uploads a 商家券 image (`POST /v3/marketing/favor/media/image-upload`): jpg/png/bmp, ≤ 2 MB, checked first. */
  uploadImage(options: UploadImageOptions): Promise<ApiResponse<{ media_url: string }>>
  /** Encrypts a sensitive field (RSA-OAEP) with the key of `wechatpaySerial`, which every request names. */
  encrypt(plaintext: string): string
  /** Downloads, decrypts and checks the platform certificates (certificate mode), adding them to `platformKeys`. */
  refreshCertificates(): Promise<RefreshedCertificate[]>
  /**
   * Verifies a callback (signature over the raw body, skew, then AES-256-GCM with the APIv3 key). With `autoRefresh`,
   * an unknown serial triggers one certificate refresh before failing.
   */
  verifyNotification<Resource = unknown>(input: {
    headers: HeadersInput
    body: string | Uint8Array
  }): Promise<VerifiedNotification<Resource>>
  /** Frees the Agent the client created (a user dispatcher is left open) and stops `autoRefresh`. */
  close(): Promise<void>
}

export type WechatPayClient = WechatPayClientMethods & { readonly [segment: string]: ChainNode }

/**
 * What `#sign` hands to the signer. A class, not an object literal: on the thread pool it outlives many allocations,
 * and V8 would pretenure a literal's allocation site (see SignParts in @core/signer for the measured cost).
 */
class SignInput implements SignRequestInput {
  constructor(
    readonly mchid: string,
    readonly serial: string,
    readonly privateKey: KeyObject,
    readonly method: string,
    readonly url: string,
    readonly body: Buffer | string,
    readonly timestamp: number,
    readonly nonce: string | undefined,
  ) {}
}

/** A call after the serialize step: the bytes to sign and send are fixed here, once. */
interface Prepared {
  method: string
  /** API path plus query, without the base URL's path prefix. */
  path: string
  sendBody: Buffer | undefined
  /** The bytes of `sendBody` to sign: its text when the caller gave text (the signer hashes a string without a copy). */
  signBody: Buffer | string
  contentType: string | undefined
  headers: Record<string, string> | undefined
  idempotent: boolean
  signal: AbortSignal | undefined
  settings: CallSettings
  wechatpaySerial: string | undefined
  /** `signature`: every 2xx must be signed; `none`: an explicit unsigned download; a function: custom check. */
  verify: 'signature' | 'none' | ((response: WireResponse) => void)
  /** Set for `download()`: a 2xx body is handed over as a stream, through this check. */
  stream: { check: StreamCheck | undefined } | undefined
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'])
// The spellings `RequestOptions.method` allows, looked up without allocating an upper-cased copy per call.
const METHOD_NAMES = new Map<string, string>()
for (const name of METHODS) {
  METHOD_NAMES.set(name, name)
  METHOD_NAMES.set(name.toLowerCase(), name)
}
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'DELETE'])
const JSON_BYTES = 'application/json'

function isUnknownSerial(error: unknown): boolean {
  return isSignatureVerificationError(error) && error.code === 'UNKNOWN_SERIAL'
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** A `url` as given to `request`, resolved once: the API path template and, without params or query, the path. */
interface Route {
  /** The template relative to the base URL, starting with `/`. */
  template: string
  /** `template` filled with no params (validated), set on the first call that has neither params nor query. */
  plain: string | undefined
}

function closedError(): NetworkError {
  return new NetworkError('@core/client: the client is closed; create a new one with createClient().', {
    code: 'CLIENT_CLOSED',
    requestSent: false,
  })
}

// Calls repeat a few URLs (one per endpoint); the bound keeps URLs built from ids from piling up.
const ROUTE_CACHE_SIZE = 256

class ClientCore {
  readonly #o: ResolvedOptions
  #agent: Agent | undefined
  readonly #routes = new Map<string, Route>()
  #closed = false
  #inFlight = 0
  #refreshing: Promise<RefreshedCertificate[]> | undefined
  #lastMissRefresh = Number.NEGATIVE_INFINITY
  #timer: NodeJS.Timeout | undefined

  constructor(options: ResolvedOptions) {
    this.#o = options
    if (options.autoRefresh !== undefined) {
      // Unref'd: a periodic refresh must never keep the process alive on its own.
      this.#timer = setInterval(() => {
        this.refreshCertificates().catch(() => undefined)
      }, options.autoRefresh.intervalMs).unref()
    }
  }

  get mchid(): string {
    return this.#o.mchid
  }

  get platformKeys(): PlatformKeys {
    return this.#o.platformKeys
  }

  get wechatpaySerial(): string | undefined {
    return this.#o.wechatpaySerial ?? this.#o.platformKeys.newest()
  }

  // ───────────────────────────── public operations ─────────────────────────────

  request<T>(options: RequestOptions): Promise<ApiResponse<T>> {
    let prepared: Prepared
    try {
      prepared = this.#serialize(options)
    } catch (error) {
      return Promise.reject(error)
    }
    return this.#send<ApiResponse<T>>(prepared)
  }

  download(options: DownloadOptions): Promise<DownloadResponse> {
    let prepared: Prepared
    try {
      const { check, headers, settings } = checkDownload(options, this.#o)
      const path = this.#apiPath(options.url, options.params, options.query)
      // Decided on the final path, params filled and dot segments refused: what is checked is what goes on the wire.
      if (!isUnsignedDownload(path)) {
        invalid('invalid download options', [
          { path: ['url'], message: 'is not a file-download route (UNSIGNED_RESPONSE_PATHS); use request() for APIs' },
        ])
      }
      prepared = { ...this.#plainGet(path, settings, options.signal), headers, verify: 'none', stream: { check } }
    } catch (error) {
      return Promise.reject(error)
    }
    return this.#send<DownloadResponse>(prepared)
  }

  uploadImage(options: UploadImageOptions): Promise<ApiResponse<{ media_url: string }>> {
    let prepared: Prepared
    try {
      if (typeof options !== 'object' || options === null)
        invalid('uploadImage needs { file, filename }', [{ path: [], message: 'not an object' }])
      const issues: ValidationIssue[] = []
      unknownKeys(options as unknown as Record<string, unknown>, UPLOAD_KEYS, [], issues)
      if (options.url !== undefined && (typeof options.url !== 'string' || options.url === ''))
        issues.push({ path: ['url'], message: 'must be a path such as /v3/…' })
      const settings = callSettings(options, this.#o, issues)
      if (issues.length) invalid('invalid uploadImage options', issues)
      const image = buildImageUpload(options.file, options.filename)
      prepared = {
        method: 'POST',
        path: this.#apiPath(options.url ?? IMAGE_UPLOAD_PATH, undefined, undefined),
        sendBody: image.body,
        // WeChat Pay signs the meta JSON of an upload, not the multipart bytes.
        signBody: image.meta,
        contentType: image.contentType,
        headers: undefined,
        idempotent: options.idempotent ?? true,
        signal: options.signal,
        settings,
        wechatpaySerial: undefined,
        verify: 'signature',
        stream: undefined,
      }
    } catch (error) {
      return Promise.reject(error)
    }
    return this.#send<ApiResponse<{ media_url: string }>>(prepared)
  }

  encrypt(plaintext: string): string {
    const serial = this.wechatpaySerial
    const key = serial === undefined ? undefined : this.#o.platformKeys.get(serial)
    if (key === undefined) {
      invalid('no platform key to encrypt with', [
        {
          path: ['platformKeys'],
          message:
            serial === undefined
              ? 'is empty: add the WeChat Pay public key, or call refreshCertificates() first'
              : 'has no key for the configured wechatpaySerial',
        },
      ])
    }
    return encryptSensitive(plaintext, key)
  }

  refreshCertificates(): Promise<RefreshedCertificate[]> {
    if (this.#o.apiv3Key === undefined) {
      return Promise.reject(
        validationError('refreshCertificates needs the APIv3 key', [
          { path: ['apiv3Key'], message: 'is required to decrypt platform certificates' },
        ]),
      )
    }
    // Single flight: callers during a download share it.
    this.#refreshing ??= this.#downloadCertificates().finally(() => {
      this.#refreshing = undefined
    })
    return this.#refreshing
  }

  async verifyNotification<R>(input: { headers: HeadersInput; body: string | Uint8Array }) {
    const apiv3Key = this.#o.apiv3Key
    if (apiv3Key === undefined) {
      invalid('verifyNotification needs the APIv3 key', [
        { path: ['apiv3Key'], message: 'is required to decrypt callbacks' },
      ])
    }
    const check = () =>
      verifyNotification<R>({
        headers: input?.headers,
        body: input?.body,
        platformKeys: this.#o.platformKeys,
        apiv3Key,
        now: this.#now(),
        ...(this.#o.maxSkewSeconds === undefined ? {} : { maxSkewSeconds: this.#o.maxSkewSeconds }),
      })
    try {
      return check()
    } catch (error) {
      if (isUnknownSerial(error) && (await this.#refreshOnMiss(error))) return check()
      throw error
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    clearInterval(this.#timer)
    const agent = this.#agent
    this.#agent = undefined
    // Waits for calls in flight, then frees the sockets; a user dispatcher is theirs to close.
    if (agent !== undefined) await agent.close()
  }

  // ───────────────────────────── the pipeline ─────────────────────────────
  // serialize → retry loop → sign → dispatch → verify → deserialize. Each step is one method below, in that order.

  /** Step 1, serialize: validate the call and fix the exact bytes that are signed and sent (once, for all attempts). */
  #serialize(options: RequestOptions): Prepared {
    if (typeof options !== 'object' || options === null)
      invalid('request needs an options object', [{ path: [], message: 'not an object' }])
    const issues: ValidationIssue[] = []
    unknownKeys(options as unknown as Record<string, unknown>, REQUEST_KEYS, [], issues)
    const given = options.method
    const method = typeof given === 'string' ? (METHOD_NAMES.get(given) ?? (given as string).toUpperCase()) : ''
    if (!METHODS.has(method)) issues.push({ path: ['method'], message: `must be one of ${[...METHODS].join(', ')}` })
    if (typeof options.url !== 'string' || options.url === '')
      issues.push({ path: ['url'], message: 'must be a path such as /v3/…' })
    let sendBody: Buffer | undefined
    // The body as text when the caller gave text: signed as a string, the signer's cheaper path (same UTF-8 bytes).
    let signText: string | undefined
    if (options.json !== undefined && options.body !== undefined) {
      issues.push({ path: ['json'], message: 'give json or body, not both' })
    } else if (options.json !== undefined) {
      let text: string | undefined
      try {
        text = JSON.stringify(options.json)
      } catch (cause) {
        issues.push({ path: ['json'], message: `cannot be serialized: ${(cause as Error).message}` })
      }
      if (text !== undefined) {
        sendBody = Buffer.from(text, 'utf8')
        signText = text
      }
    } else if (options.body !== undefined) {
      if (typeof options.body === 'string') {
        sendBody = Buffer.from(options.body, 'utf8')
        signText = options.body
      } else if (options.body instanceof Uint8Array)
        sendBody = Buffer.from(options.body.buffer, options.body.byteOffset, options.body.byteLength)
      else issues.push({ path: ['body'], message: 'must be a string or Uint8Array (use json for objects)' })
    }
    if (sendBody !== undefined && (method === 'GET' || method === 'HEAD'))
      issues.push({ path: ['json'], message: `${method} requests carry no body` })
    const headers = options.headers === undefined ? undefined : checkHeaders(options.headers, issues)
    if (options.idempotent !== undefined && typeof options.idempotent !== 'boolean')
      issues.push({ path: ['idempotent'], message: 'must be a boolean' })
    const settings = callSettings(options, this.#o, issues)
    const wechatpaySerial = checkSerial(options.wechatpaySerial, issues)
    if (issues.length) invalid('invalid request options', issues)
    const path = this.#apiPath(options.url, options.params, options.query)
    const unsigned = method === 'GET' && isUnsignedDownload(path)
    return {
      method,
      path,
      sendBody,
      signBody: signText ?? sendBody ?? '',
      contentType: sendBody === undefined ? undefined : JSON_BYTES,
      headers,
      idempotent: options.idempotent ?? IDEMPOTENT_METHODS.has(method),
      signal: options.signal,
      settings,
      wechatpaySerial,
      verify: unsigned ? 'none' : 'signature',
      stream: undefined,
    }
  }

  /** Step 2, the retry loop: each attempt signs afresh, dispatches, verifies and deserializes. */
  async #send<R>(request: Prepared): Promise<R> {
    let host = this.#o.primary
    for (let attempt = 1; ; attempt++) {
      let response: WireResponse | undefined
      try {
        if (this.#closed) throw closedError()
        this.#inFlight++
        try {
          const signed = this.#sign(request, host)
          const headers = signed instanceof Promise ? await signed : signed
          // Under concurrency, dispatch from the check phase: a connection whose answer was just read is only handed
          // back to undici's pool later in the loop, and a request dispatched before that opens one more connection
          // (about 1.5× the concurrency otherwise; each one a TLS handshake against WeChat Pay).
          if (this.#inFlight > 1) await new Promise(setImmediate)
          response = await this.#dispatch(request, host, headers, attempt)
        } finally {
          this.#inFlight--
        }
        const verified = this.#verify(request, response)
        if (response.body !== undefined) return downloadResponse(response) as R
        return this.#deserialize(response, typeof verified === 'boolean' ? verified : await verified) as R
      } catch (thrown) {
        const error = this.#withContext(thrown, response, attempt)
        const delay = this.#retryDelay(error, request, response, attempt)
        const url = `${host.origin}${host.basePath}${request.path}`
        if (delay === undefined) {
          this.#hook('onError', { method: request.method, url, attempts: attempt, error })
          throw error
        }
        // Failover: a host that cannot be reached is left for the backup (never on an HTTP answer).
        if (this.#o.backup !== undefined && isHostFailure(error)) host = this.#o.backup
        this.#hook('onRetry', { method: request.method, url, attempt, delayMs: delay, error })
        try {
          await sleep(delay, undefined, request.signal ? { signal: request.signal } : undefined)
        } catch {
          throw request.signal?.reason ?? error
        }
      }
    }
  }

  /** Step 3, sign: fresh timestamp and nonce per attempt; on the thread pool when other calls are in flight. */
  #sign(request: Prepared, host: Host): Record<string, string> | Promise<Record<string, string>> {
    const o = this.#o
    const input = new SignInput(
      o.mchid,
      o.serial,
      o.privateKey,
      request.method,
      host.basePath + request.path,
      request.signBody,
      this.#now(),
      o.nonce?.(),
    )
    const mode = o.signing === 'auto' ? (this.#inFlight > 1 ? 'async' : 'sync') : o.signing
    // Sync signing returns the headers directly: no promise and no extra microtask per call.
    if (mode === 'sync') return this.#headers(request, signRequest(input))
    return signRequestAsync(input).then((signed) => this.#headers(request, signed))
  }

  #headers(request: Prepared, signed: SignedRequest): Record<string, string> {
    const headers: Record<string, string> = {
      accept: JSON_BYTES,
      'user-agent': this.#o.userAgent,
      authorization: signed.authorization,
    }
    if (request.contentType !== undefined) headers['content-type'] = request.contentType
    const serial = request.wechatpaySerial ?? this.wechatpaySerial
    if (serial !== undefined) headers['wechatpay-serial'] = serial
    if (request.headers !== undefined) Object.assign(headers, request.headers)
    return headers
  }

  /** Step 4, dispatch: one HTTP exchange through undici (hook events are built only when a hook is set). */
  #dispatch(request: Prepared, host: Host, headers: Record<string, string>, attempt: number): Promise<WireResponse> {
    const path = host.basePath + request.path
    const hooks = this.#o.hooks
    if (hooks?.onRequest !== undefined) {
      this.#hook('onRequest', {
        method: request.method,
        url: host.origin + path,
        attempt,
        headers: { ...headers, authorization: '[REDACTED]' },
        idempotent: request.idempotent,
      })
    }
    const { timeouts, maxResponseBytes } = request.settings
    const sent = dispatch(this.#dispatcher(), {
      origin: host.origin,
      path,
      method: request.method,
      headers,
      body: request.sendBody,
      timeouts,
      // The client's Agent holds the default timeouts; pass them only when this call or the dispatcher differs.
      timeoutOptions: this.#o.dispatcher !== undefined || timeouts !== this.#o.timeouts,
      signal: request.signal,
      maxResponseBytes,
      stream: request.stream,
      attempt,
    })
    if (hooks?.onResponse === undefined) return sent
    return sent.then((response) => {
      this.#hook('onResponse', {
        method: request.method,
        url: host.origin + path,
        attempt,
        status: response.status,
        requestId: headerText(response.headers['request-id']),
        headers: response.headers,
      })
      return response
    })
  }

  /**
   * Step 5, verify: a 2xx must carry a valid WeChat Pay signature over the raw bytes (an unknown serial may trigger one
   * certificate refresh in certificate mode). Error answers are checked when signed, never required to be.
   * @returns whether the signature was verified; a promise only when an unknown serial needs a refresh.
   */
  #verify(request: Prepared, response: WireResponse): boolean | Promise<boolean> {
    if (response.status < 200 || response.status >= 300) {
      if (response.headers['wechatpay-signature'] === undefined) return false
      try {
        this.#verifySignature(response)
        return true
      } catch {
        return false
      }
    }
    if (request.verify === 'none') return false
    if (request.verify !== 'signature') {
      request.verify(response)
      return true
    }
    try {
      this.#verifySignature(response)
    } catch (error) {
      if (!isUnknownSerial(error)) throw error
      return this.#refreshOnMiss(error).then((refreshed) => {
        if (!refreshed) throw error
        this.#verifySignature(response)
        return true
      })
    }
    return true
  }

  /** Step 6, deserialize: parse the verified body, or turn an error answer into an `ApiError`. */
  #deserialize<T>(response: WireResponse, verified: boolean): ApiResponse<T> {
    const { status, headers, raw } = response
    const requestId = headerText(headers['request-id'])
    const type = headerText(headers['content-type'])
    const isJson = raw.length > 0 && status !== 204 && (type === undefined || type.includes('json'))
    if (status >= 200 && status < 300) {
      let data: unknown
      if (isJson) {
        try {
          data = JSON.parse(raw.toString('utf8'))
        } catch (cause) {
          throw new ApiError(
            `@core/client: WeChat Pay answered ${status} with a signed body that is not JSON (Request-ID ${requestId ?? 'none'}); report it to WeChat Pay support.`,
            { code: 'MALFORMED_RESPONSE', status, requestId, verified, cause },
          )
        }
      }
      return { status, headers, data: data as T, requestId, raw }
    }
    let body: { code?: unknown; message?: unknown; detail?: unknown } | undefined
    if (isJson) {
      try {
        body = JSON.parse(raw.toString('utf8')) as typeof body
      } catch {
        body = undefined
      }
    }
    const code = typeof body?.code === 'string' && body.code !== '' ? body.code : undefined
    const apiMessage =
      typeof body?.message === 'string' ? body.message : body === undefined ? raw.toString('utf8', 0, 200) : undefined
    throw ApiError.fromResponse({ status, code, apiMessage, detail: body?.detail, requestId, verified })
  }

  // ───────────────────────────── helpers ─────────────────────────────

  /** A GET without body or extra headers, verified against the signature (callers override what differs). */
  #plainGet(path: string, settings: CallSettings, signal: AbortSignal | undefined): Prepared {
    return {
      method: 'GET',
      path,
      sendBody: undefined,
      signBody: '',
      contentType: undefined,
      headers: undefined,
      idempotent: true,
      signal,
      settings,
      wechatpaySerial: undefined,
      verify: 'signature',
      stream: undefined,
    }
  }

  #now(): number {
    return Math.floor(this.#o.clock() / 1000)
  }

  #dispatcher(): Dispatcher {
    if (this.#o.dispatcher !== undefined) return this.#o.dispatcher
    // A call still signing (or waiting for its turn) when close() ran must not create a fresh Agent: nothing is sent.
    if (this.#closed) throw closedError()
    this.#agent ??= createAgent(this.#o.timeouts)
    return this.#agent
  }

  #verifySignature(response: WireResponse): void {
    verifyResponse({
      headers: response.headers,
      body: response.raw,
      platformKeys: this.#o.platformKeys,
      now: this.#now(),
      // undefined means the signer's default: no spread of a fresh object per call.
      maxSkewSeconds: this.#o.maxSkewSeconds,
    })
  }

  /** The API path plus query for a url or template; each url is resolved once (see `Route`). */
  #apiPath(url: string, params: RequestOptions['params'], query: RequestOptions['query']): string {
    let route = this.#routes.get(url)
    if (route === undefined) {
      route = { template: templateOf(url, [this.#o.primary, this.#o.backup]), plain: undefined }
      if (this.#routes.size >= ROUTE_CACHE_SIZE) this.#routes.clear()
      this.#routes.set(url, route)
    }
    if (params === undefined && query === undefined) {
      route.plain ??= fillPath(route.template, undefined)
      return route.plain
    }
    const filled = fillPath(route.template, params)
    const search = buildQuery(query)
    if (search === '') return filled
    return `${filled}${filled.includes('?') ? '&' : '?'}${search}`
  }

  /** Adds status, Request-ID and attempts to the package's errors (a user's abort reason is left untouched). */
  #withContext(error: unknown, response: WireResponse | undefined, attempt: number): unknown {
    if (!isWechatPayError(error)) return error
    const known = error as { status?: number; requestId?: string }
    const status = response?.status ?? known.status
    const requestId = response === undefined ? known.requestId : headerText(response.headers['request-id'])
    return withContext(error, { status, requestId, attempts: attempt })
  }

  #retryDelay(
    error: unknown,
    request: Prepared,
    response: WireResponse | undefined,
    attempt: number,
  ): number | undefined {
    const retry = request.settings.retry
    if (retry === false || attempt > retry.retries || request.signal?.aborted) return undefined
    if (!isRetryable(error, request.idempotent)) return undefined
    const delay = backoffDelay(attempt, retry)
    const after = response === undefined ? undefined : parseRetryAfter(response.headers['retry-after'], this.#o.clock())
    if (after === undefined) return delay
    // Honour Retry-After; one longer than maxDelay ends the retries rather than stalling the caller.
    return after > retry.maxDelay ? undefined : Math.max(after, delay)
  }

  #hook<K extends keyof ClientHooks>(name: K, event: Parameters<NonNullable<ClientHooks[K]>>[0]): void {
    const hook = this.#o.hooks?.[name] as ((event: unknown) => void) | undefined
    if (hook === undefined) return
    try {
      hook(event)
    } catch {
      // Observers must not change the outcome of a call.
    }
  }

  /** Certificate mode: one refresh per unknown serial at most every `cooldownMs`, shared by concurrent misses. */
  async #refreshOnMiss(miss: unknown): Promise<boolean> {
    const auto = this.#o.autoRefresh
    if (auto === undefined) return false
    if (this.#refreshing === undefined) {
      const now = this.#o.clock()
      if (now - this.#lastMissRefresh < auto.cooldownMs) return false
      this.#lastMissRefresh = now
    }
    try {
      await this.refreshCertificates()
      return true
    } catch (error) {
      // Keep why the refresh failed next to the unknown-serial error the caller gets.
      if (typeof miss === 'object' && miss !== null && (miss as { cause?: unknown }).cause === undefined) {
        Object.defineProperty(miss, 'cause', { value: error, configurable: true, writable: true })
      }
      return false
    }
  }

  async #downloadCertificates(): Promise<RefreshedCertificate[]> {
    const apiv3Key = this.#o.apiv3Key!
    let downloaded: ReturnType<typeof decryptCertificates> = []
    const { retry, timeouts, maxResponseBytes } = this.#o
    await this.#send({
      ...this.#plainGet(CERTIFICATES_PATH, { retry, timeouts, maxResponseBytes }, undefined),
      // The answer may be signed by a certificate it carries: decrypt first (the GCM tag proves WeChat Pay wrote it,
      // as only WeChat Pay and the merchant hold the APIv3 key), then verify against known plus new certificates.
      verify: (response) => {
        downloaded = decryptCertificates(response.raw, apiv3Key, new Date(this.#o.clock()))
        const candidates = new PlatformKeys(this.#o.platformKeys, { merchantSerial: this.#o.serial })
        for (const entry of downloaded) candidates.add(entry.serial, entry.certificate)
        verifyResponse({
          headers: response.headers,
          body: response.raw,
          platformKeys: candidates,
          now: this.#now(),
          ...(this.#o.maxSkewSeconds === undefined ? {} : { maxSkewSeconds: this.#o.maxSkewSeconds }),
        })
      },
    })
    for (const entry of downloaded) {
      this.#o.platformKeys.add(entry.serial, entry.certificate, {
        notBefore: entry.notBefore,
        notAfter: entry.notAfter,
      })
    }
    return downloaded.map(({ serial, notBefore, notAfter }) => ({ serial, notBefore, notAfter }))
  }
}

/**
 * Creates a WeChat Pay APIv3 client. Options are validated up front (unknown keys are a `ValidationError`); the
 * private key is parsed once; the undici Agent is created on the first call.
 * @example
 * const client = createClient({ mchid, serial, privateKey, platformKeys: { [pubKeyId]: pubKeyPem } })
 * const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].get({ params: { stock_id } })
 */
export function createClient(options: ClientOptions): WechatPayClient {
  const core = new ClientCore(resolveOptions(options))
  const send = (request: RequestOptions) => core.request(request)
  // Closures, not a class instance: the target holds no key, so inspecting or serializing the client shows no secret.
  const methods: WechatPayClientMethods = {
    get mchid() {
      return core.mchid
    },
    get platformKeys() {
      return core.platformKeys
    },
    get wechatpaySerial() {
      return core.wechatpaySerial
    },
    request: <T>(request: RequestOptions) => core.request<T>(request),
    chain: (path: string) => {
      if (typeof path !== 'string' || path === '')
        invalid('chain needs a path', [{ path: ['path'], message: 'must be a non-empty string such as v3/…' }])
      return chainNode(send, [path])
    },
    download: (download) => core.download(download),
    uploadImage: (upload) => core.uploadImage(upload),
    encrypt: (plaintext) => core.encrypt(plaintext),
    refreshCertificates: () => core.refreshCertificates(),
    verifyNotification: <R>(input: { headers: HeadersInput; body: string | Uint8Array }) =>
      core.verifyNotification<R>(input),
    close: () => core.close(),
  }
  return new Proxy(methods, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target) return Reflect.get(target, property, receiver)
      // Not a thenable, so `await client` stays harmless.
      if (property === 'then') return undefined
      return chainNode(send, [property])
    },
  }) as WechatPayClient
}
