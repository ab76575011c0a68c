import { PlatformKeys, verifyResponse } from '@core/signer'
import { decryptCertificates } from './certificates.js'
import { CERTIFICATES_PATH } from './constants.js'
import { validationError } from './errors.js'
import type { ResolvedOptions } from './options.js'
import type { Pipeline } from './pipeline/pipeline.js'
import { plainGet } from './pipeline/prepared.js'

/** A certificate added by `refreshCertificates()`. */
export interface RefreshedCertificate {
  serial: string
  notBefore: Date
  notAfter: Date
}

/**
 * Certificate mode: downloads `GET /v3/certificates`, decrypts and checks each certificate, and adds them to the key
 * store — on demand, on a timer (`autoRefresh`), and once per unknown serial at most every `cooldownMs`. One download
 * at a time: callers during a download share it.
 */
export class CertificateRefresher {
  readonly #o: ResolvedOptions
  readonly #pipeline: Pipeline
  #refreshing: Promise<RefreshedCertificate[]> | undefined
  #lastMissRefresh = Number.NEGATIVE_INFINITY
  #timer: NodeJS.Timeout | undefined

  constructor(options: ResolvedOptions, pipeline: Pipeline) {
    this.#o = options
    this.#pipeline = pipeline
    if (options.autoRefresh !== undefined) {
      // Unref'd: a periodic refresh must never keep the process alive on its own.
      this.#timer = setInterval(() => {
        this.refresh().catch(() => undefined)
      }, options.autoRefresh.intervalMs).unref()
    }
  }

  refresh(): Promise<RefreshedCertificate[]> {
    if (this.#o.apiv3Key === undefined) {
      return Promise.reject(
        validationError('refreshCertificates needs the APIv3 key', [
          { path: ['apiv3Key'], message: 'is required to decrypt platform certificates' },
        ]),
      )
    }
    this.#refreshing ??= this.#download().finally(() => {
      this.#refreshing = undefined
    })
    return this.#refreshing
  }

  /** One refresh for an unknown serial, unless one ran within `cooldownMs`; resolves whether it refreshed. */
  async refreshOnMiss(miss: unknown): Promise<boolean> {
    const auto = this.#o.autoRefresh
    if (auto === undefined) return false
    if (this.#refreshing === undefined) {
      const now = this.#o.clock()
      if (now - this.#lastMissRefresh < auto.cooldownMs) return false
      this.#lastMissRefresh = now
    }
    try {
      await this.refresh()
      return true
    } catch (error) {
      // Keep why the refresh failed next to the unknown-serial error the caller gets.
      if (typeof miss === 'object' && miss !== null && (miss as { cause?: unknown }).cause === undefined) {
        Object.defineProperty(miss, 'cause', { value: error, configurable: true, writable: true })
      }
      return false
    }
  }

  stop(): void {
    clearInterval(this.#timer)
  }

  async #download(): Promise<RefreshedCertificate[]> {
    const o = this.#o
    const apiv3Key = o.apiv3Key!
    let downloaded: ReturnType<typeof decryptCertificates> = []
    const { retry, timeouts, maxResponseBytes } = o
    await this.#pipeline.send({
      ...plainGet(CERTIFICATES_PATH, { retry, timeouts, maxResponseBytes }, undefined),
      // The answer may be signed by a certificate it carries: decrypt first (the GCM tag proves WeChat Pay wrote it,
      // as only WeChat Pay and the merchant hold the APIv3 key), then verify against known plus new certificates.
      verify: (response) => {
        downloaded = decryptCertificates(response.raw, apiv3Key, new Date(o.clock()))
        const candidates = new PlatformKeys(o.platformKeys, { merchantSerial: o.serial })
        for (const entry of downloaded) candidates.add(entry.serial, entry.certificate)
        verifyResponse({
          headers: response.headers,
          body: response.raw,
          platformKeys: candidates,
          now: Math.floor(o.clock() / 1000),
          maxSkewSeconds: o.maxSkewSeconds,
        })
      },
    })
    for (const entry of downloaded) {
      o.platformKeys.add(entry.serial, entry.certificate, { notBefore: entry.notBefore, notAfter: entry.notAfter })
    }
    return downloaded.map(({ serial, notBefore, notAfter }) => ({ serial, notBefore, notAfter }))
  }
}
