import type { HeadersInput, PlatformKeys, VerifiedNotification } from '@core/signer'
import type { RefreshedCertificate } from './certificate-refresher.js'
import { type ChainNode, chainNode } from './chain.js'
import { ClientCore } from './core.js'
import type { DownloadOptions, DownloadResponse } from './download.js'
import { invalid } from './errors.js'
import type { CallOptions, ClientOptions, RequestOptions, UploadImageOptions } from './options.js'
import type { ApiResponse } from './pipeline/deserialize.js'
import { resolveOptions } from './resolve-options.js'
import type {
  ChainCheck,
  ChainRoot,
  ChainTarget,
  Encrypted,
  EventNotification,
  RequireTypeArgument,
  RouteArgs,
  RouteCheck,
  RouteResponse,
  WechatPayEvents,
} from './routes.js'

export type { RefreshedCertificate } from './certificate-refresher.js'
export type { ApiResponse } from './pipeline/deserialize.js'

/** A callback as it arrived: the headers and the raw body bytes. */
export interface NotificationInput {
  headers: HeadersInput
  body: string | Uint8Array
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
   * Signs, sends, verifies and parses one call, named by its route: `client.request('POST /v3/pay/transactions/jsapi',
   * { json })` (`{name}` slots filled from `params`). With route types declared (importing `@api/catalog`) the route,
   * its options and its answer are typed, and an unknown route is a type error naming the nearest routes. The object
   * form takes any path, untyped (the escape hatch): `client.request<Answer>({ method, url, params, query, json })`.
   * Retries idempotent calls on network errors, 5xx and 429.
   * @throws {ValidationError} bad input (or a route that is not `METHOD /path`); nothing was sent.
   * @throws {ApiError} WeChat Pay answered with an error (`code`, `apiMessage`, `detail`, `status`, `requestId`).
   * @throws {SignatureVerificationError} a 2xx answer without a valid WeChat Pay signature (never retried).
   * @throws {TimeoutError} / {NetworkError} transport failures after the retries; `NetworkError` `RESPONSE_TOO_LARGE`
   * for an answer over `maxResponseBytes` (never retried).
   */
  // One signature for both forms (not overloads), so a mistake gets one error message, not one per overload.
  request<T = unknown, R extends string | RequestOptions = RequestOptions>(
    route: [R] extends [RequestOptions] ? RequestOptions : RouteCheck<R & string>,
    ...options: [R] extends [RequestOptions] ? [] : RouteArgs<R>
  ): Promise<ApiResponse<[R] extends [RequestOptions] ? T : RouteResponse<R>>>
  /**
   * A chain node for a path: `client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json })`. With route
   * types declared, the path must be one of theirs and the verbs are typed; `client.chain<unknown>('v3/…')` takes any
   * path, untyped (`.post<Answer>({ json })`): the escape hatch.
   */
  chain<Untyped = never, P extends string = string>(
    path: ChainCheck<Untyped, P>,
  ): [Untyped] extends [never] ? ChainTarget<P> : ChainNode
  /**
   * Streams a file from a download route (`UNSIGNED_RESPONSE_PATHS`, e.g. a bill's `download_url`): signed like any
   * request, not capped by `maxResponseBytes`, with an optional digest checked as the stream ends.
   * @throws {ValidationError} bad input or a url that is not a download route; nothing was sent.
   * @throws {ApiError} / {TimeoutError} / {NetworkError} as `request()`, before the stream is handed over.
   */
  download(options: DownloadOptions): Promise<DownloadResponse>
  /** Uploads a 商家券 image (`POST /v3/marketing/favor/media/image-upload`): jpg/png/bmp, ≤ 2 MB, checked first. */
  uploadImage(options: UploadImageOptions): Promise<ApiResponse<{ media_url: string }>>
  /**
   * Encrypts a sensitive field (RSA-OAEP) with the key of `wechatpaySerial`, which every request names in
   * `Wechatpay-Serial` (a call cannot override that header; `wechatpaySerial` per call can, explicitly).
   */
  encrypt(plaintext: string): Encrypted
  /**
   * Signs `message` with the merchant API private key (SHA256withRSA, Base64) — what client-side payment parameters
   * are made of (`@api/pay`'s `buildJsapiInvokeParams(client, …)`). The key itself is never exposed.
   */
  signMessage(message: string): string
  /** Downloads, decrypts and checks the platform certificates (certificate mode), adding them to `platformKeys`. */
  refreshCertificates(): Promise<RefreshedCertificate[]>
  /**
   * Verifies a callback (signature over the raw body, skew, then AES-256-GCM with the APIv3 key). With `autoRefresh`,
   * an unknown serial triggers one certificate refresh before failing. With event types declared (`@api/catalog`),
   * name the one you expect to get its resource typed: `verifyNotification<'REFUND.SUCCESS'>(input)` (a type
   * assertion: check `event_type` when one URL receives several).
   */
  verifyNotification<E extends keyof WechatPayEvents = never>(
    input: NotificationInput,
    ...typed: RequireTypeArgument<E>
  ): Promise<EventNotification<E>>
  /** Verifies a callback, the resource typed by the caller (`unknown` by default). */
  verifyNotification<Resource = unknown>(input: NotificationInput): Promise<VerifiedNotification<Resource>>
  /** Frees the Agent the client created (a user dispatcher is left open) and stops `autoRefresh`. */
  close(): Promise<void>
}

/**
 * The client: its methods, and chained properties from its root — any segment (`ChainNode`), or with route types
 * declared, the typed trie (`client.v3.pay.transactions.jsapi`) and operation paths (`client['v3/…']`).
 */
export type WechatPayClient = WechatPayClientMethods & ChainRoot

/** `'POST /v3/…'` + options → the object form. */
function routeOptions(route: string, options: CallOptions | undefined): RequestOptions {
  const space = route.indexOf(' ')
  if (space <= 0 || space === route.length - 1 || route.indexOf(' ', space + 1) !== -1) {
    invalid('request needs a route such as POST /v3/…', [{ path: ['route'], message: 'must be "METHOD /path"' }])
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    invalid('request takes an options object after the route', [{ path: [], message: 'not an object' }])
  }
  return { ...options, method: route.slice(0, space) as RequestOptions['method'], url: route.slice(space + 1) }
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
  const methods = {
    get mchid() {
      return core.mchid
    },
    get platformKeys() {
      return core.platformKeys
    },
    get wechatpaySerial() {
      return core.wechatpaySerial()
    },
    // The route form costs a typeof and a split; the object form goes straight through.
    request: (route: RequestOptions | string, options?: CallOptions) => {
      if (typeof route !== 'string') return core.request(route)
      try {
        return core.request(routeOptions(route, options))
      } catch (error) {
        // Like every call: a rejected promise, never a synchronous throw.
        return Promise.reject(error)
      }
    },
    chain: (path: string) => {
      if (typeof path !== 'string' || path === '')
        invalid('chain needs a path', [{ path: ['path'], message: 'must be a non-empty string such as v3/…' }])
      return chainNode(send, [path])
    },
    download: (download: DownloadOptions) => core.download(download),
    uploadImage: (upload: UploadImageOptions) => core.uploadImage(upload),
    encrypt: (plaintext: string) => core.encrypt(plaintext),
    signMessage: (message: string) => core.signMessage(message),
    refreshCertificates: () => core.refreshCertificates(),
    verifyNotification: (input: NotificationInput) => core.verifyNotification(input),
    close: () => core.close(),
  } as WechatPayClientMethods
  return new Proxy(methods, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target) return Reflect.get(target, property, receiver)
      // Not a thenable, so `await client` stays harmless.
      if (property === 'then') return undefined
      return chainNode(send, [property])
    },
  }) as WechatPayClient
}
