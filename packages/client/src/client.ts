import type { HeadersInput, PlatformKeys, VerifiedNotification } from '@core/signer'
import type { RefreshedCertificate } from './certificate-refresher.js'
import { type ChainNode, chainNode } from './chain.js'
import { ClientCore } from './core.js'
import type { DownloadOptions, DownloadResponse } from './download.js'
import { invalid } from './errors.js'
import type { ClientOptions, RequestOptions, UploadImageOptions } from './options.js'
import type { ApiResponse } from './pipeline/deserialize.js'
import { resolveOptions } from './resolve-options.js'

export type { RefreshedCertificate } from './certificate-refresher.js'
export type { ApiResponse } from './pipeline/deserialize.js'

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
  /**
   * Signs `message` with the merchant API private key (SHA256withRSA, Base64) — what client-side payment parameters
   * are made of (`@api/pay`'s `buildJsapiInvokeParams(client, …)`). The key itself is never exposed.
   */
  signMessage(message: string): string
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
      return core.wechatpaySerial()
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
    signMessage: (message) => core.signMessage(message),
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
