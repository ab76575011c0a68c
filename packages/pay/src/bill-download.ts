import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { PassThrough, Transform, type TransformCallback, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import type { DownloadOptions, DownloadResponse, RetryOptions, Timeouts, ValidationIssue } from '@core/client'
import { invalid } from '@core/kit'
import { BillDigest } from './bill-digest.js'

// A bill request (tradeBill / fundFlowBill) answers { download_url, hash_type, hash_value }; the file behind the URL
// comes unsigned, so the SHA1 is what proves it. WeChat Pay's hash_value is the digest of the original bill — for a
// bill requested with tar_type=GZIP, of the file after gunzip (protocol.md §6; wechatpay-java digests the decompressed
// stream, and the sandbox does the same): the digest is taken after gunzip, as the bytes stream through.

/** What `tradeBill` and `fundFlowBill` answer: where the bill is and its digest. */
export interface BillLink {
  /** Valid for 30 seconds: download right after asking. */
  download_url: string
  /** `SHA1`. */
  hash_type: string
  /** The SHA1 of the uncompressed bill, hex. */
  hash_value: string
}

/** The part of `@core/client`'s client that {@link downloadBill} uses (a `WechatPayClient` fits). */
export interface BillClient {
  download(options: DownloadOptions): Promise<DownloadResponse>
}

export interface DownloadBillOptions {
  /**
   * Where the bill goes. A path: written to a temporary file beside it and renamed into place once the digest matched,
   * so the path only ever holds a verified bill (an existing file there is replaced then, and kept on failure). A
   * `Writable` (an HTTP response, an upload stream, a `PassThrough` you read from): ended once the bill is verified,
   * destroyed with the error otherwise — whatever it received must then be thrown away.
   */
  to: string | Writable
  /**
   * `'auto'` (default): gunzip when the `download_url` carries `tartype=GZIP`, as WeChat Pay's does for a bill
   * requested with `tar_type: 'GZIP'`. `true` / `false` force it. Either way the bill is written uncompressed.
   */
  gunzip?: boolean | 'auto'
  signal?: AbortSignal
  /** `body` is a deadline for the whole file (default 15 s): raise it for a large bill on a slow line. */
  timeouts?: Partial<Timeouts>
  /** Retries happen only before the file starts (connection failures, 5xx, 429): the URL is a GET. */
  retry?: Partial<RetryOptions> | false
}

/** A bill written and verified. */
export interface DownloadedBill {
  /** Bytes of the bill as written (uncompressed). */
  bytes: number
  /** Its SHA1, lower-case hex: equal to the `hash_value` it was checked against. */
  sha1: string
  /** Whether the download was gunzipped on the way. */
  gunzipped: boolean
  /** WeChat Pay's `Request-ID` of the download. */
  requestId: string | undefined
  /** The file written, when `to` was a path. */
  path?: string
}

/** How much of the download is drawn ahead of the writer (see the pipeline below). */
const INTAKE_BYTES = 1024 * 1024
/** What the intake hands on ahead of the next stage: one socket read. */
const AHEAD_BYTES = 64 * 1024
/**
 * gunzip's output buffer. zlib allocates a fresh one each time the last is full and hands out slices of it, so its size
 * sets how many buffers (and hash updates, and file writes) 200 MiB of bill takes: 64 KiB, as a socket read, instead of
 * the default 16 KiB makes 3,200 of them instead of 12,800. The bytes allocated are the same; the per-chunk work is not.
 */
const GUNZIP_CHUNK_BYTES = 64 * 1024
const OPTION_KEYS = new Set(['to', 'gunzip', 'signal', 'timeouts', 'retry'])
const SOURCE = '@api/pay'
const WHAT = 'downloadBill() was not sent'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isWritable = (value: unknown): value is Writable =>
  isRecord(value) && typeof value.write === 'function' && typeof value.end === 'function'

function checkInput(bill: unknown, options: unknown): { bill: BillLink; options: DownloadBillOptions } {
  const issues: ValidationIssue[] = []
  if (!isRecord(bill)) {
    issues.push({ path: ['bill'], message: 'must be the answer of tradeBill() or fundFlowBill()' })
  } else {
    if (typeof bill.download_url !== 'string' || bill.download_url === '')
      issues.push({ path: ['bill', 'download_url'], message: 'must be the download_url WeChat Pay answered' })
    if (typeof bill.hash_type !== 'string' || bill.hash_type.toUpperCase() !== 'SHA1')
      issues.push({ path: ['bill', 'hash_type'], message: 'must be SHA1 (the only digest WeChat Pay gives bills)' })
    if (typeof bill.hash_value !== 'string' || !/^[0-9A-Fa-f]{40}$/.test(bill.hash_value))
      issues.push({ path: ['bill', 'hash_value'], message: 'must be the SHA1 as 40 hex digits' })
  }
  if (!isRecord(options)) {
    issues.push({ path: ['options'], message: "must be an object such as { to: 'bill.csv' }" })
  } else {
    for (const key of Object.keys(options)) {
      if (!OPTION_KEYS.has(key))
        issues.push({ path: [key], message: `unknown option (known: ${[...OPTION_KEYS].join(', ')})` })
    }
    const { to, gunzip } = options
    if (!(typeof to === 'string' && to !== '') && !isWritable(to))
      issues.push({ path: ['to'], message: 'must be a file path or a Writable stream' })
    if (gunzip !== undefined && gunzip !== 'auto' && typeof gunzip !== 'boolean')
      issues.push({ path: ['gunzip'], message: "must be 'auto', true or false" })
  }
  if (issues.length) invalid(SOURCE, WHAT, issues)
  return { bill: bill as unknown as BillLink, options: options as unknown as DownloadBillOptions }
}

/** WeChat Pay's download_url names the compression in its query (`tartype=GZIP`), as the sandbox's does. */
function urlSaysGzip(url: string): boolean {
  try {
    return new URL(url, 'https://api.mch.weixin.qq.com').searchParams.get('tartype')?.toUpperCase() === 'GZIP'
  } catch {
    return false
  }
}

/**
 * Downloads a bill from the answer of `tradeBill` / `fundFlowBill` and writes it, streamed (at most about 1.5 MiB of it
 * in memory at once): gunzipped when it was requested with `tar_type: 'GZIP'`, its SHA1 computed as it streams and checked against
 * `hash_value`. A bill that does not match is never left behind as if it were good: a path is not written (the
 * temporary file is deleted), a `Writable` is destroyed.
 * @throws {ValidationError} a bad answer or options (`to` missing, a `hash_type` other than SHA1…); nothing was sent.
 * @throws {IntegrityError} the bill's SHA1 is not `hash_value`, or its gzip is broken: it was altered or cut short on
 *   the way. Ask for the bill again (the URL is valid for 30 s) and download it again.
 * @throws {ApiError} WeChat Pay refused the download (an expired URL: ask for the bill again).
 * @throws {NetworkError | TimeoutError} the connection failed or the `body` deadline passed mid-file.
 * @example
 * ```ts
 * const bill = await pay.tradeBill({ bill_date: '2025-05-20', tar_type: 'GZIP' })
 * const { bytes, path } = await downloadBill(client, bill, { to: './bills/2025-05-20.csv' })
 * ```
 */
export async function downloadBill(
  client: BillClient,
  bill: BillLink,
  options: DownloadBillOptions,
): Promise<DownloadedBill> {
  const checked = checkInput(bill, options)
  if (!isRecord(client) || typeof client.download !== 'function') {
    invalid(SOURCE, WHAT, [{ path: ['client'], message: 'must be a client from @core/client createClient()' }])
  }
  const { to, gunzip = 'auto', signal, timeouts, retry } = checked.options
  const url = checked.bill.download_url
  const gunzipped = gunzip === 'auto' ? urlSaysGzip(url) : gunzip
  const digest = new BillDigest(checked.bill.hash_value.toLowerCase(), gunzipped)

  // A path is opened before anything is sent: a missing directory fails here, with no download started.
  const file = typeof to === 'string' ? await openTemporary(to) : undefined
  let response: DownloadResponse
  try {
    response = await client.download({
      url,
      ...(signal && { signal }),
      ...(timeouts && { timeouts }),
      ...(retry !== undefined && { retry }),
    })
  } catch (error) {
    if (file) await file.discard()
    throw error
  }
  const context = { status: response.status, requestId: response.requestId }
  const hasher = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      digest.update(chunk)
      callback(null, chunk)
    },
    flush(callback: TransformCallback) {
      callback(digest.mismatch(context))
    },
  })
  const sink = file?.stream ?? (to as Writable)
  try {
    const streaming = signal ? { signal } : {}
    // The client's body is fed by undici, and undici pays for every pause: when its body stream is full it stops the
    // parser mid-socket-read, puts the rest back on the socket, and on resuming reads it all again as one new buffer.
    // With a chunked answer that is once per HTTP chunk, so a consumer that pushes back chunk by chunk (a disk, gunzip)
    // makes the copies grow with the square of what is waiting (a 20 MiB bill piped from undici straight to a file was read
    // 1–2 GiB over). A 1 MiB intake
    // keeps undici from pausing unless the writer is really behind, and then only once per drained chunk. PassThrough
    // hands the same buffers on (no copy); the SHA1 is updated on them as they pass, and the file writes them as is.
    // The intake is its writable side; its readable side holds one chunk ahead (a PassThrough holds both: with one
    // highWaterMark for the two it held 2 MiB).
    const gulp = new PassThrough({ writableHighWaterMark: INTAKE_BYTES, readableHighWaterMark: AHEAD_BYTES })
    const gunzip = () => createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES })
    if (gunzipped) await pipeline(response.body, gulp, gunzip(), hasher, sink, streaming)
    else await pipeline(response.body, gulp, hasher, sink, streaming)
  } catch (error) {
    if (file) await file.discard()
    throw digest.explain(error, context)
  }
  if (file) await rename(file.path, to as string)
  return {
    bytes: digest.bytes,
    sha1: digest.value(),
    gunzipped,
    requestId: response.requestId,
    ...(file && { path: to as string }),
  }
}

interface Temporary {
  path: string
  stream: Writable
  discard(): Promise<void>
}

/** A new file beside `target` (same directory, so the final rename is atomic), open for writing. */
async function openTemporary(target: string): Promise<Temporary> {
  const path = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`)
  const stream = createWriteStream(path, { flags: 'wx' })
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', reject)
  })
  return {
    path,
    stream,
    async discard() {
      stream.destroy()
      await rm(path, { force: true })
    },
  }
}
