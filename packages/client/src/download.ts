import { createHash, type Hash } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'
import { type RetryOptions, type Timeouts, UNSIGNED_RESPONSE_PATHS } from './constants.js'
import { type CallContext, type DigestAlgorithm, IntegrityError, invalid, type ValidationIssue } from './errors.js'
import type { ResolvedOptions } from './options.js'
import type { PathParams, Query } from './path.js'
import { type CallSettings, callSettings, checkHeaders, unknownKeys } from './resolve-options.js'
import type { StreamCheck, WireResponse } from './transport.js'

export interface DownloadDigest {
  /** `sha1` for WeChat Pay's bills (`hash_type: "SHA1"`). */
  algorithm: DigestAlgorithm
  /** The expected digest, hex (either case). */
  value: string
}

export interface DownloadOptions {
  /**
   * The file: the `download_url` WeChat Pay answered (absolute, on the configured host) or a path under a download
   * route (`UNSIGNED_RESPONSE_PATHS`, e.g. `/v3/billdownload/file`). Any other route is refused: use `request()`.
   */
  url: string
  params?: PathParams
  query?: Query
  /** Extra headers, as for `request()`. */
  headers?: Readonly<Record<string, string>>
  /**
   * The digest of the bytes as they arrive, checked as the stream ends: a mismatch makes the stream error with an
   * `IntegrityError` instead of ending. A bill requested with `tar_type=GZIP` is digested after gunzip (WeChat Pay's
   * `hash_value` is the original file's): check that one on the decompressed stream instead.
   */
  digest?: DownloadDigest
  signal?: AbortSignal
  /** Retries happen only before the stream is handed over (connection failures, 5xx, 429). */
  retry?: Partial<RetryOptions> | false
  /** `body` is a deadline for the whole file, from the headers to the stream's end: raise it for large files. */
  timeouts?: Partial<Timeouts>
  /** Cap for the body of an error answer (the file itself is not capped). */
  maxResponseBytes?: number
}

/** An open download: the status and headers have arrived, the file follows on `body`. */
export interface DownloadResponse {
  status: number
  /** Response headers, names in lower case. */
  headers: IncomingHttpHeaders
  requestId: string | undefined
  /**
   * The file as a Node.js `Readable` stream of `Buffer` chunks: pipe it (`stream.pipeline(body, gunzip, file)`) or
   * iterate it (`for await`). It errors with a client error on a reset (`NetworkError`), when the body deadline passes
   * (`TimeoutError` `BODY_TIMEOUT`) or on a digest mismatch (`IntegrityError`); destroying it closes the connection.
   * Download answers are not signed by WeChat Pay: their integrity comes from the digest in the signed answer that
   * gave the URL.
   */
  body: Readable
}

const DOWNLOAD_KEYS = new Set<string>([
  'url',
  'params',
  'query',
  'headers',
  'digest',
  'signal',
  'retry',
  'timeouts',
  'maxResponseBytes',
])

/** One of the explicit unsigned file downloads (`UNSIGNED_RESPONSE_PATHS`)? `path` is the final API path. */
export function isUnsignedDownload(path: string): boolean {
  const query = path.indexOf('?')
  const bare = query === -1 ? path : path.slice(0, query)
  return UNSIGNED_RESPONSE_PATHS.some((prefix) => bare === prefix || bare.startsWith(`${prefix}/`))
}

const HEX_LENGTH: Readonly<Record<DigestAlgorithm, number>> = { sha1: 40, sha256: 64 }

class DigestCheck implements StreamCheck {
  readonly #hash: Hash
  constructor(
    readonly algorithm: DigestAlgorithm,
    readonly expected: string,
  ) {
    this.#hash = createHash(algorithm)
  }

  update(chunk: Buffer): void {
    this.#hash.update(chunk)
  }

  end(context: CallContext): Error | undefined {
    const actual = this.#hash.digest('hex')
    if (actual === this.expected) return undefined
    return new IntegrityError(
      `@core/client: the downloaded file's ${this.algorithm} is ${actual}, not the expected ${this.expected} (Request-ID ${context.requestId ?? 'none'}): it was altered or cut short on the way. Discard what was written from the stream and download it again.`,
      { ...context, algorithm: this.algorithm, expected: this.expected, actual },
    )
  }
}

/** Validates `digest` and returns its check (one per call: only one attempt ever hands a stream over). */
function digestCheck(digest: unknown, issues: ValidationIssue[]): StreamCheck | undefined {
  if (digest === undefined) return undefined
  const given = digest as Partial<DownloadDigest> | null
  const algorithm = typeof given === 'object' && given !== null ? given.algorithm : undefined
  if (algorithm !== 'sha1' && algorithm !== 'sha256') {
    issues.push({ path: ['digest', 'algorithm'], message: "must be 'sha1' or 'sha256'" })
    return undefined
  }
  const value = given!.value
  if (typeof value !== 'string' || value.length !== HEX_LENGTH[algorithm] || !/^[0-9A-Fa-f]+$/.test(value)) {
    issues.push({
      path: ['digest', 'value'],
      message: `must be the ${algorithm} as ${HEX_LENGTH[algorithm]} hex digits`,
    })
    return undefined
  }
  return new DigestCheck(algorithm, value.toLowerCase())
}

/** Validates the options of a `download()` call (the route itself is checked on the final path by the client). */
export function checkDownload(
  options: DownloadOptions,
  base: ResolvedOptions,
): { check: StreamCheck | undefined; headers: Record<string, string> | undefined; settings: CallSettings } {
  if (typeof options !== 'object' || options === null)
    invalid('download needs { url }', [{ path: [], message: 'not an object' }])
  const issues: ValidationIssue[] = []
  unknownKeys(options as unknown as Record<string, unknown>, DOWNLOAD_KEYS, [], issues)
  if (typeof options.url !== 'string' || options.url === '')
    issues.push({ path: ['url'], message: 'must be the download_url or a path such as /v3/billdownload/file' })
  const check = digestCheck(options.digest, issues)
  const headers = options.headers === undefined ? undefined : checkHeaders(options.headers, issues)
  const settings = callSettings(options, base, issues)
  if (issues.length) invalid('invalid download options', issues)
  return { check, headers, settings }
}

/** The result of a download once its headers arrived. */
export function downloadResponse(response: WireResponse): DownloadResponse {
  const id = response.headers['request-id']
  return {
    status: response.status,
    headers: response.headers,
    requestId: Array.isArray(id) ? id[0] : id,
    body: response.body!,
  }
}
