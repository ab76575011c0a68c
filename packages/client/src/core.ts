import {
  encryptSensitive,
  type HeadersInput,
  type PlatformKeys,
  signMessage,
  type VerifiedNotification,
  verifyNotification,
  verifyResponse,
} from '@core/signer'
import type { Dispatcher } from 'undici'
import { CertificateRefresher, type RefreshedCertificate } from './certificate-refresher.js'
import type { DownloadOptions, DownloadResponse } from './download.js'
import { invalid } from './errors.js'
import type { RequestOptions, ResolvedOptions, UploadImageOptions } from './options.js'
import type { OriginPools } from './origin-pools.js'
import type { ApiResponse } from './pipeline/deserialize.js'
import { PathResolver } from './pipeline/paths.js'
import { closedError, Pipeline, type PipelineHost } from './pipeline/pipeline.js'
import type { Prepared } from './pipeline/prepared.js'
import { serializeDownload, serializeRequest, serializeUpload } from './pipeline/serialize.js'
import { isUnknownSerial } from './pipeline/verify.js'
import type { Encrypted } from './routes.js'
import { createDefaultDispatcher, type WireResponse } from './transport.js'

/** The client behind `createClient`: each public operation serializes its call and hands it to the pipeline. */
export class ClientCore implements PipelineHost {
  readonly options: ResolvedOptions
  readonly #paths: PathResolver
  readonly #pipeline: Pipeline
  readonly #certificates: CertificateRefresher
  #pools: OriginPools | undefined
  #closed = false

  constructor(options: ResolvedOptions) {
    this.options = options
    this.#paths = new PathResolver([options.primary, options.backup])
    this.#pipeline = new Pipeline(this)
    this.#certificates = new CertificateRefresher(options, this.#pipeline)
  }

  get mchid(): string {
    return this.options.mchid
  }

  get platformKeys(): PlatformKeys {
    return this.options.platformKeys
  }

  // ───────────────────────────── what the pipeline needs ─────────────────────────────

  wechatpaySerial(): string | undefined {
    return this.options.wechatpaySerial ?? this.options.platformKeys.newest()
  }

  closed(): boolean {
    return this.#closed
  }

  dispatcher(): Dispatcher {
    if (this.options.dispatcher !== undefined) return this.options.dispatcher
    // A call still signing (or waiting for its turn) when close() ran must not create fresh pools: nothing is sent.
    if (this.#closed) throw closedError()
    this.#pools ??= createDefaultDispatcher(this.options.timeouts)
    return this.#pools
  }

  verify(response: WireResponse): void {
    verifyResponse({
      headers: response.headers,
      body: response.raw,
      platformKeys: this.options.platformKeys,
      now: Math.floor(this.options.clock() / 1000),
      // undefined means the signer's default: no spread of a fresh object per call.
      maxSkewSeconds: this.options.maxSkewSeconds,
    })
  }

  refreshOnMiss(error: unknown): Promise<boolean> {
    return this.#certificates.refreshOnMiss(error)
  }

  // ───────────────────────────── public operations ─────────────────────────────

  request<T>(options: RequestOptions): Promise<ApiResponse<T>> {
    return this.#run(() => serializeRequest(options, this.options, this.#paths))
  }

  download(options: DownloadOptions): Promise<DownloadResponse> {
    return this.#run(() => serializeDownload(options, this.options, this.#paths))
  }

  uploadImage(options: UploadImageOptions): Promise<ApiResponse<{ media_url: string }>> {
    return this.#run(() => serializeUpload(options, this.options, this.#paths))
  }

  encrypt(plaintext: string): Encrypted {
    const serial = this.wechatpaySerial()
    const key = serial === undefined ? undefined : this.options.platformKeys.get(serial)
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
    // The brand is a type only: typed routes take it where WeChat Pay decrypts a field.
    return encryptSensitive(plaintext, key) as Encrypted
  }

  signMessage(message: string): string {
    return signMessage(message, this.options.privateKey)
  }

  refreshCertificates(): Promise<RefreshedCertificate[]> {
    return this.#certificates.refresh()
  }

  async verifyNotification<R>(input: { headers: HeadersInput; body: string | Uint8Array }) {
    const o = this.options
    const apiv3Key = o.apiv3Key
    if (apiv3Key === undefined) {
      invalid('verifyNotification needs the APIv3 key', [
        { path: ['apiv3Key'], message: 'is required to decrypt callbacks' },
      ])
    }
    const check = (): VerifiedNotification<R> =>
      verifyNotification<R>({
        headers: input?.headers,
        body: input?.body,
        platformKeys: o.platformKeys,
        apiv3Key,
        now: Math.floor(o.clock() / 1000),
        maxSkewSeconds: o.maxSkewSeconds,
      })
    try {
      return check()
    } catch (error) {
      if (isUnknownSerial(error) && (await this.#certificates.refreshOnMiss(error))) return check()
      throw error
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#certificates.stop()
    const pools = this.#pools
    this.#pools = undefined
    // Waits for calls in flight, then frees the sockets; a user dispatcher is theirs to close.
    if (pools !== undefined) await pools.close()
  }

  /** Step 1 (serialize, throwing a ValidationError with nothing sent) then the pipeline. */
  #run<R>(serialize: () => Prepared): Promise<R> {
    let prepared: Prepared
    try {
      prepared = serialize()
    } catch (error) {
      return Promise.reject(error)
    }
    return this.#pipeline.send<R>(prepared)
  }
}
