// Node's timers take at most 2^31−1 ms; a longer delay would fire after 1 ms instead.
const MAX_TIMER_MS = 2 ** 31 - 1

/** The reason an attempt is aborted when no response headers arrived in time. */
export class HeadersDeadline extends Error {}
/** The reason an attempt is aborted when the whole body did not arrive in time. */
export class BodyDeadline extends Error {}

/**
 * The abort signal undici gets for one attempt, with the attempt's deadline on a native timer.
 *
 * Why not undici's own `headersTimeout`/`bodyTimeout`: for delays of 1 s and more undici uses its coarse "fast timers"
 * (a 500 ms tick), so a 1,500 ms timeout fired at up to ~2,000 ms. A native, unref'd timer per attempt fires within a
 * few ms; undici's timers stay armed as a backstop and never fire first. undici takes any object with `on`/`once`/
 * `removeListener` as a signal and adds exactly one listener, so this holds one listener instead of being an
 * EventEmitter (measured: about 1 µs per call less, bench/results/10-facade-overhead.md). The caller's own
 * `AbortSignal` is forwarded to it.
 */
export class AttemptSignal {
  aborted = false
  reason: unknown = undefined
  #listener: (() => void) | undefined = undefined
  #timer: NodeJS.Timeout | undefined
  #timerMs = 0
  #phase: 'headers' | 'body' = 'headers'
  readonly #user: AbortSignal | undefined
  readonly #onUserAbort: (() => void) | undefined
  readonly #fire = (): void => {
    this.#timer = undefined
    this.abort(this.#phase === 'headers' ? new HeadersDeadline() : new BodyDeadline())
  }

  constructor(user: AbortSignal | undefined) {
    if (user === undefined) return
    if (user.aborted) {
      this.aborted = true
      this.reason = user.reason
      return
    }
    this.#user = user
    this.#onUserAbort = () => this.abort(user.reason)
    user.addEventListener('abort', this.#onUserAbort, { once: true })
  }

  // The EventEmitter subset undici uses (`once` to listen, `removeListener` when the request is over; `on` is how it
  // recognises a signal). Only 'abort' is ever emitted, once.
  on(event: string, listener: () => void): this {
    if (event === 'abort') this.#listener = listener
    return this
  }

  once(event: string, listener: () => void): this {
    return this.on(event, listener)
  }

  removeListener(event: string, listener: () => void): this {
    if (event === 'abort' && this.#listener === listener) this.#listener = undefined
    return this
  }

  off(event: string, listener: () => void): this {
    return this.removeListener(event, listener)
  }

  /** Starts the deadline of a phase (replacing the previous one); `0` means no deadline, as with undici. */
  arm(phase: 'headers' | 'body', ms: number): void {
    this.#phase = phase
    if (this.aborted) return
    const delay = Math.min(ms, MAX_TIMER_MS)
    // The same duration again (the default: headers and body both 15 s) restarts the timer in place.
    if (this.#timer !== undefined && delay === this.#timerMs && delay > 0) {
      this.#timer.refresh()
      return
    }
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = delay > 0 ? setTimeout(this.#fire, delay).unref() : undefined
    this.#timerMs = delay
  }

  abort(reason: unknown): void {
    if (this.aborted) return
    this.aborted = true
    this.reason = reason
    this.dispose()
    const listener = this.#listener
    this.#listener = undefined
    listener?.()
  }

  /** Stops the timer and the forwarding from the caller's signal (the attempt is over). */
  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#onUserAbort !== undefined) this.#user!.removeEventListener('abort', this.#onUserAbort)
  }
}
