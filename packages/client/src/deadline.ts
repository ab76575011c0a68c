import { EventEmitter } from 'node:events'

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
 * (a 500 ms tick), so a 1,500 ms timeout fired at up to ~2,000 ms. A native, unref'd timer per phase fires within a
 * few ms; undici's timers stay armed as a backstop and never fire first. undici documents an EventEmitter as a signal,
 * which is cheaper than an AbortController; the caller's own `AbortSignal` is forwarded to it.
 */
export class AttemptSignal extends EventEmitter {
  aborted = false
  reason: unknown = undefined
  #timer: NodeJS.Timeout | undefined
  #phase: 'headers' | 'body' = 'headers'
  readonly #user: AbortSignal | undefined
  readonly #onUserAbort: (() => void) | undefined
  readonly #fire = (): void => {
    this.#timer = undefined
    this.abort(this.#phase === 'headers' ? new HeadersDeadline() : new BodyDeadline())
  }

  constructor(user: AbortSignal | undefined) {
    super()
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

  /** Starts the deadline of a phase (replacing the previous one); `0` means no deadline, as with undici. */
  arm(phase: 'headers' | 'body', ms: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
    this.#phase = phase
    if (ms > 0 && !this.aborted) this.#timer = setTimeout(this.#fire, Math.min(ms, MAX_TIMER_MS)).unref()
  }

  abort(reason: unknown): void {
    if (this.aborted) return
    this.aborted = true
    this.reason = reason
    this.dispose()
    this.emit('abort')
  }

  /** Stops the timer and the forwarding from the caller's signal (the attempt is over). */
  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#onUserAbort !== undefined) this.#user!.removeEventListener('abort', this.#onUserAbort)
  }
}
