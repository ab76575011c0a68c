import type { SignatureRefusal } from './engine/refusal.js'
import { serializableOrMarker } from './json.js'

/**
 * One API request the sandbox received (admin routes under `/__sandbox/` are not logged). Never holds secrets: no
 * Authorization header and no signature value, for any merchant.
 */
export interface RequestLogEntry {
  /** 1, 2, … in arrival order, never reused (also after `clear()`): `GET /__sandbox/requests?after=N` pages by it. */
  seq: number
  /** The `Request-ID` the answer carried (absent when the connection was reset before answering). */
  requestId: string | undefined
  /** Epoch ms (sandbox clock) when the request arrived. */
  time: number
  method: string
  /** Path and query exactly as received. */
  url: string
  /** The endpoint id the request routed to (`certificates` for the certificate download), if any. */
  endpoint: string | undefined
  /** HTTP status answered; 0 when the connection was reset on purpose. */
  status: number
  /**
   * The parsed JSON body (for an image upload: `{ meta }`), `undefined` when empty or not JSON. A value that could not
   * be written back as JSON (nested too deep, say) is kept as a `[not logged: …]` string instead.
   */
  body: unknown
  /** The parsed JSON answer, `undefined` for 204 or a reset (same rule as `body`). */
  response: unknown
  /** The WeChat error code of a non-2xx answer. */
  code: string | undefined
  /** Faults applied to this request, e.g. `['latency', 'truncate']`. */
  faults: string[]
  /** True when an idempotent request-no replayed an earlier answer. */
  replayed: boolean
  /**
   * For a 401 SIGN_ERROR: every check the sandbox made — the sign string it built from the request as received, the
   * Authorization fields (signature redacted), serial, mchid, clock skew, the body's length and SHA-256, and the common
   * mistake the signature matches when one does.
   */
  refusal: SignatureRefusal | undefined
}

/** Every API request received, oldest first, capped at `limit` entries: `sb.requestLog`. */
export class RequestLog {
  readonly #entries: RequestLogEntry[] = []
  readonly #limit: number
  #seq = 0

  constructor(limit: number) {
    this.#limit = limit
  }

  /** @internal */
  add(entry: RequestLogEntry): void {
    // Whatever a request carried, the log must stay serializable: `GET /__sandbox/requests` writes it as JSON.
    entry.body = serializableOrMarker(entry.body)
    entry.response = serializableOrMarker(entry.response)
    entry.seq = ++this.#seq
    this.#entries.push(entry)
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit)
  }

  /** The entries, oldest first (a copy: later requests do not change it). */
  get entries(): RequestLogEntry[] {
    return [...this.#entries]
  }

  get size(): number {
    return this.#entries.length
  }

  /** The most recent entry. */
  last(): RequestLogEntry | undefined {
    return this.#entries[this.#entries.length - 1]
  }

  /** The entries after the one numbered `seq`, oldest first (entries dropped past the limit are gone). */
  after(seq: number): RequestLogEntry[] {
    return this.#entries.filter((entry) => entry.seq > seq)
  }

  /** Entries for one endpoint id (e.g. `deactivate_coupon`). */
  forEndpoint(endpoint: string): RequestLogEntry[] {
    return this.#entries.filter((entry) => entry.endpoint === endpoint)
  }

  clear(): void {
    this.#entries.length = 0
  }
}
