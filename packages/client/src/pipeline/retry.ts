import { isSignatureVerificationError } from '@core/signer'
import type { RetryOptions } from '../constants.js'
import { isApiError, isNetworkError, isTimeoutError } from '../errors.js'

/**
 * Backoff before retry number `retry` (1-based): `minDelay · 2^(retry−1)` capped at `maxDelay`, then "equal jitter"
 * (a random point in its upper half) so many clients failing together do not come back in lockstep.
 */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelay, options.minDelay * 2 ** (retry - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/** `Retry-After` as ms: delta-seconds or an HTTP date (relative to `now`, in ms). Undefined when absent or garbage. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined) return undefined
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/**
 * Whether an attempt's error may be retried. Only transport failures, 5xx and 429 qualify, and only for idempotent
 * calls — except a failure before any byte was sent (refused, DNS, connect timeout), which is safe for any call.
 * A signature failure is never retried: the answer is treated as forged. Nor is an answer over `maxResponseBytes`: a
 * second attempt would get the same answer.
 */
export function isRetryable(error: unknown, idempotent: boolean): boolean {
  if (isSignatureVerificationError(error)) return false
  if (isNetworkError(error)) {
    if (error.code === 'CLIENT_CLOSED' || error.code === 'RESPONSE_TOO_LARGE') return false
    return idempotent || !error.requestSent
  }
  if (isTimeoutError(error)) return idempotent || error.code === 'CONNECT_TIMEOUT'
  if (isApiError(error)) {
    const status = error.status ?? 0
    return idempotent && (status >= 500 || status === 429)
  }
  return false
}

/** Whether the failure means the host itself is unreachable (worth switching to the backup host). */
export function isHostFailure(error: unknown): boolean {
  return (isNetworkError(error) && error.code !== 'RESPONSE_TOO_LARGE') || isTimeoutError(error)
}

/** What the retry step needs to know about the call. */
export interface RetryPolicy {
  retry: RetryOptions | false
  idempotent: boolean
  signal: AbortSignal | undefined
}

/**
 * The wait before the next attempt, or undefined when the error ends the call: only retryable errors of calls that may
 * repeat, within the policy's count; `Retry-After` honoured, but one longer than `maxDelay` ends the retries rather
 * than stalling the caller.
 */
export function retryDelay(
  error: unknown,
  policy: RetryPolicy,
  retryAfter: string | string[] | undefined,
  attempt: number,
  now: number,
): number | undefined {
  const retry = policy.retry
  if (retry === false || attempt > retry.retries || policy.signal?.aborted) return undefined
  if (!isRetryable(error, policy.idempotent)) return undefined
  const delay = backoffDelay(attempt, retry)
  const after = parseRetryAfter(retryAfter, now)
  if (after === undefined) return delay
  return after > retry.maxDelay ? undefined : Math.max(after, delay)
}
