import { Dispatcher, errors, Pool } from 'undici'

/**
 * The client's default dispatcher: one keep-alive Pool per origin, kept until `close()`.
 *
 * Why not undici 7's Agent: it counts its Pool's connections and drops the Pool when the count reaches zero, looking
 * the Pool up by origin. A connection that closes while a replacement is still connecting (the server closed an idle
 * socket, a reset, a malformed answer) brings the count to zero with a request in flight; the Agent closes that Pool,
 * and the close later decrements the count of the Pool that replaced it, which closes that one too. From then on
 * every request opens a new connection — a TLS handshake per call against WeChat Pay — for as long as calls keep
 * coming. undici 8 checks the Pool's identity and state, but needs Node.js 22. A client talks to one or two origins
 * (primary and backup), so there is nothing to evict: each Pool closes its idle sockets on its own.
 */
export class OriginPools extends Dispatcher {
  readonly #options: Pool.Options
  readonly #pools = new Map<string, Pool>()
  #closed = false

  constructor(options: Pool.Options) {
    super()
    this.#options = options
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    if (this.#closed) throw new errors.ClientClosedError()
    const origin = String(options.origin)
    let pool = this.#pools.get(origin)
    if (pool === undefined) {
      pool = new Pool(origin, this.#options)
      this.#pools.set(origin, pool)
    }
    return pool.dispatch(options, handler)
  }

  override close(): Promise<void>
  override close(callback: () => void): void
  override close(callback?: () => void): Promise<void> | void {
    const done = this.#end((pool) => pool.close())
    if (callback === undefined) return done
    void done.then(callback, callback)
  }

  override destroy(): Promise<void>
  override destroy(err: Error | null): Promise<void>
  override destroy(callback: () => void): void
  override destroy(err: Error | null, callback: () => void): void
  override destroy(first?: Error | null | (() => void), second?: () => void): Promise<void> | void {
    const err = typeof first === 'function' ? null : (first ?? null)
    const callback = typeof first === 'function' ? first : second
    const done = this.#end((pool) => pool.destroy(err))
    if (callback === undefined) return done
    void done.then(callback, callback)
  }

  /** Waits for every Pool (calls in flight finish on close, fail on destroy). */
  async #end(end: (pool: Pool) => Promise<void>): Promise<void> {
    this.#closed = true
    const pools = [...this.#pools.values()]
    this.#pools.clear()
    await Promise.all(pools.map(end))
  }
}
