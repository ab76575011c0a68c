import { setTimeout as sleep } from 'node:timers/promises'
import { isWechatPayError } from '@core/signer'
import type { Dispatcher } from 'undici'
import { downloadResponse } from '../download.js'
import { NetworkError, withContext } from '../errors.js'
import type { Host, ResolvedOptions } from '../options.js'
import type { WireResponse } from '../transport.js'
import { deserialize } from './deserialize.js'
import { dispatchAttempt } from './dispatch.js'
import { callHook, headerText } from './hooks.js'
import type { Prepared } from './prepared.js'
import { isHostFailure, retryDelay } from './retry.js'
import { signAttempt } from './sign.js'
import { type SignatureChecks, verifyAttempt } from './verify.js'

export function closedError(): NetworkError {
  return new NetworkError('@core/client: the client is closed; create a new one with createClient().', {
    code: 'CLIENT_CLOSED',
    requestSent: false,
  })
}

/** What the pipeline needs from the client that runs it. */
export interface PipelineHost extends SignatureChecks {
  readonly options: ResolvedOptions
  /** The undici dispatcher (created lazily); throws `CLIENT_CLOSED` once the client is closed. */
  dispatcher(): Dispatcher
  closed(): boolean
  /** The serial requests name in `Wechatpay-Serial` when the call names none. */
  wechatpaySerial(): string | undefined
}

/** Adds status, Request-ID and attempts to the package's errors (a user's abort reason is left untouched). */
function inContext(error: unknown, response: WireResponse | undefined, attempt: number): unknown {
  if (!isWechatPayError(error)) return error
  const known = error as { status?: number; requestId?: string }
  const status = response?.status ?? known.status
  const requestId = response === undefined ? known.requestId : headerText(response.headers['request-id'])
  return withContext(error, { status, requestId, attempts: attempt })
}

/**
 * The client pipeline, in the order every call takes (serialize happened before `send`):
 * retry loop → sign (fresh nonce) → dispatch (timeouts, size cap) → verify (raw bytes) → deserialize.
 */
export class Pipeline {
  readonly #host: PipelineHost
  #inFlight = 0

  constructor(host: PipelineHost) {
    this.#host = host
  }

  /** Step 2, the retry loop: each attempt signs afresh, dispatches, verifies and deserializes. */
  async send<R>(request: Prepared): Promise<R> {
    const o = this.#host.options
    let host: Host = o.primary
    for (let attempt = 1; ; attempt++) {
      let response: WireResponse | undefined
      try {
        response = await this.#exchange(request, host, attempt)
        const verified = verifyAttempt(request, response, this.#host)
        if (response.body !== undefined) return downloadResponse(response) as R
        return deserialize(response, typeof verified === 'boolean' ? verified : await verified) as R
      } catch (thrown) {
        const error = inContext(thrown, response, attempt)
        const policy = { retry: request.settings.retry, idempotent: request.idempotent, signal: request.signal }
        const delay = retryDelay(error, policy, response?.headers['retry-after'], attempt, o.clock())
        const url = `${host.origin}${host.basePath}${request.path}`
        if (delay === undefined) {
          callHook(o.hooks, 'onError', { method: request.method, url, attempts: attempt, error })
          throw error
        }
        // Failover: a host that cannot be reached is left for the backup (never on an HTTP answer).
        if (o.backup !== undefined && isHostFailure(error)) host = o.backup
        callHook(o.hooks, 'onRetry', { method: request.method, url, attempt, delayMs: delay, error })
        try {
          await sleep(delay, undefined, request.signal ? { signal: request.signal } : undefined)
        } catch {
          throw request.signal?.reason ?? error
        }
      }
    }
  }

  /** Sign then dispatch one attempt, counting it as in flight (which picks thread-pool signing under concurrency). */
  async #exchange(request: Prepared, host: Host, attempt: number): Promise<WireResponse> {
    const { options: o } = this.#host
    if (this.#host.closed()) throw closedError()
    this.#inFlight++
    try {
      const async = o.signing === 'auto' ? this.#inFlight > 1 : o.signing === 'async'
      const signed = signAttempt(request, host, o, this.#host.wechatpaySerial(), async)
      const headers = signed instanceof Promise ? await signed : signed
      // Under concurrency, dispatch from the check phase: a connection whose answer was just read is only handed back
      // to undici's pool later in the loop, and a request dispatched before that opens one more connection (about
      // 1.5× the concurrency otherwise; each one a TLS handshake against WeChat Pay).
      if (this.#inFlight > 1) await new Promise(setImmediate)
      return await dispatchAttempt(this.#host.dispatcher(), o, request, host, headers, attempt)
    } finally {
      this.#inFlight--
    }
  }
}
