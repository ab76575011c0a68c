import { createHash, type Hash } from 'node:crypto'
import { type CallContext, IntegrityError } from '@core/client'

const GZIP_MAGIC = [0x1f, 0x8b] as const

/**
 * The SHA1 of a bill as its (uncompressed) bytes stream by, checked against `hash_value` at the end; also turns a
 * broken gzip stream into the same `IntegrityError`, since the remedy is the same: download the bill again.
 */
export class BillDigest {
  readonly #hash: Hash = createHash('sha1')
  #actual: string | undefined
  #head: number[] = []
  bytes = 0

  constructor(
    readonly expected: string,
    readonly gunzipped: boolean,
  ) {}

  update(chunk: Buffer): void {
    this.#hash.update(chunk)
    this.bytes += chunk.length
    for (let i = 0; this.#head.length < 2 && i < chunk.length; i++) this.#head.push(chunk[i]!)
  }

  /** The digest of what went through (final once read). */
  value(): string {
    this.#actual ??= this.#hash.digest('hex')
    return this.#actual
  }

  /** `null` when the bill is the one `hash_value` names, else the error to end the stream with. */
  mismatch(context: CallContext): IntegrityError | null {
    const actual = this.value()
    if (actual === this.expected) return null
    // A gzip file digested as it came: WeChat Pay's hash_value is of the uncompressed bill.
    const hint =
      !this.gunzipped && this.#head[0] === GZIP_MAGIC[0] && this.#head[1] === GZIP_MAGIC[1]
        ? ' The file is gzip, yet it was not gunzipped: pass gunzip: true (a bill asked for with tar_type GZIP).'
        : ''
    return new IntegrityError(
      `@api/pay: the bill's SHA1 is ${actual}, not its hash_value ${this.expected} (Request-ID ${context.requestId ?? 'none'}): it was altered or cut short on the way, and nothing was kept. Ask for the bill again and download it again.${hint}`,
      { ...context, algorithm: 'sha1', expected: this.expected, actual },
    )
  }

  /** A failure of the download's pipeline as the caller should see it: zlib's errors become an `IntegrityError`. */
  explain(error: unknown, context: CallContext): unknown {
    const code = (error as { code?: unknown } | null)?.code
    if (!this.gunzipped || typeof code !== 'string' || !code.startsWith('Z_')) return error
    return new IntegrityError(
      `@api/pay: the bill is not a whole gzip file (${(error as Error).message}; Request-ID ${context.requestId ?? 'none'}): it was altered or cut short on the way, and nothing was kept. Ask for the bill again and download it again.`,
      { ...context, algorithm: 'sha1', expected: this.expected, actual: this.value(), cause: error },
    )
  }
}
