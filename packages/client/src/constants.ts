import packageJson from '../package.json' with { type: 'json' }
import { IMAGE_UPLOAD_RULES } from './image.js'

// Every default the client uses, named and exported so users can read (and docs can quote) them.

/** WeChat Pay's API host. */
export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com'
/** WeChat Pay's backup host, for the optional failover (`backupBaseUrl`). */
export const BACKUP_BASE_URL = 'https://api2.mch.weixin.qq.com'

/** Per-attempt timeouts in milliseconds. */
export interface Timeouts {
  /** Establishing the TCP/TLS connection (only for the Agent the client creates; a user `dispatcher` brings its own). */
  connect: number
  /** From sending the request until the response headers have arrived. */
  headers: number
  /** From the headers until the whole body has arrived (a deadline, so a trickling body cannot stall the call). */
  body: number
}

export const DEFAULT_TIMEOUTS: Readonly<Timeouts> = Object.freeze({ connect: 5_000, headers: 15_000, body: 15_000 })

/**
 * Largest answer body `request()` reads: WeChat Pay's API answers are a few KB, so 2 MiB leaves a wide margin while a
 * hostile or broken answer cannot fill memory. Files are fetched with `download()`, which streams and has no cap.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 2 * 1024 * 1024

export interface RetryOptions {
  /** Retries after the first attempt (so `retries: 2` means at most 3 attempts). */
  retries: number
  /** Backoff before the first retry, in ms; it doubles per retry, with jitter. */
  minDelay: number
  /** Cap on one backoff, in ms. A `Retry-After` longer than this ends the retries instead of waiting. */
  maxDelay: number
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = Object.freeze({ retries: 2, minDelay: 250, maxDelay: 4_000 })

/** Idle keep-alive of the client's Agent: WeChat Pay closes idle connections after about 8 s, so stay well below. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 4_000
/** Upper bound for a server `Keep-Alive: timeout=` hint, still under WeChat Pay's 8 s. */
export const DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS = 7_000

/**
 * How requests are signed. `sync` signs on the calling thread (fastest alone, least CPU per request: the choice when
 * every core already runs a Node process, e.g. `cluster`); `async` signs on the libuv thread pool (uses every core
 * under concurrency, at some CPU per hand-off); `auto` signs synchronously when no other request of this client is in
 * flight and on the thread pool otherwise.
 */
export type SigningMode = 'auto' | 'sync' | 'async'
export const DEFAULT_SIGNING_MODE: SigningMode = 'auto'

/** Platform certificate download (certificate mode). */
export const CERTIFICATES_PATH = '/v3/certificates'
/** How often `autoRefresh` downloads the platform certificates. */
export const DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS = 12 * 60 * 60 * 1000
/**
 * The least time between two refreshes triggered by an unknown serial, so forged messages naming random serials
 * cannot make the client download certificates in a loop.
 */
export const DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS = 60_000

/** 商家券 image upload (图片上传). */
export const IMAGE_UPLOAD_PATH = '/v3/marketing/favor/media/image-upload'
/** The image upload's size limit: 2 MB. */
export const MAX_IMAGE_BYTES: number = IMAGE_UPLOAD_RULES.maxBytes

/**
 * The only responses accepted without a WeChat Pay signature: file downloads that WeChat Pay streams unsigned (their
 * integrity comes from a hash in the signed answer that gave the download URL). Path prefixes, matched on GET.
 */
export const UNSIGNED_RESPONSE_PATHS: readonly string[] = Object.freeze(['/v3/billdownload/file'])

/** The package version, sent in the User-Agent. */
export const VERSION: string = packageJson.version
