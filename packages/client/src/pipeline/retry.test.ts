import { SignatureVerificationError } from '@core/signer'
import { describe, expect, it } from 'vitest'
import { DEFAULT_RETRY } from '../constants.js'
import { ApiError, NetworkError, TimeoutError, ValidationError } from '../errors.js'
import { backoffDelay, isHostFailure, isRetryable, parseRetryAfter, retryDelay } from './retry.js'

describe('backoffDelay', () => {
  const options = { retries: 5, minDelay: 100, maxDelay: 1_000 }

  it('backoffDelay doubles per retry within the upper half of the ceiling', () => {
    expect(backoffDelay(1, options, () => 0)).toBe(50)
    expect(backoffDelay(1, options, () => 1)).toBe(100)
    expect(backoffDelay(2, options, () => 0)).toBe(100)
    expect(backoffDelay(3, options, () => 1)).toBe(400)
  })

  it('backoffDelay is capped at maxDelay', () => {
    expect(backoffDelay(10, options, () => 1)).toBe(1_000)
    expect(backoffDelay(10, options, () => 0)).toBe(500)
  })

  it('backoffDelay with Math.random stays within [ceiling/2, ceiling]', () => {
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(2, DEFAULT_RETRY)
      expect(delay).toBeGreaterThanOrEqual(DEFAULT_RETRY.minDelay)
      expect(delay).toBeLessThanOrEqual(DEFAULT_RETRY.minDelay * 2)
    }
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z')

  it('parseRetryAfter reads delta-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2_000)
    expect(parseRetryAfter(['0'], now)).toBe(0)
  })

  it('parseRetryAfter reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:03 GMT', now)).toBe(3_000)
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0)
  })

  it('parseRetryAfter returns undefined when absent or garbage', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })
})

describe('isRetryable', () => {
  const api = (status: number) => new ApiError('x', { code: 'C', status })
  const network = (requestSent: boolean) => new NetworkError('x', { code: 'NETWORK_ERROR', requestSent })

  it('isRetryable(5xx or 429, idempotent) is true; 4xx is false', () => {
    expect(isRetryable(api(500), true)).toBe(true)
    expect(isRetryable(api(503), true)).toBe(true)
    expect(isRetryable(api(429), true)).toBe(true)
    expect(isRetryable(api(400), true)).toBe(false)
    expect(isRetryable(api(404), true)).toBe(false)
  })

  it('isRetryable(anything sent, not idempotent) is false', () => {
    expect(isRetryable(api(500), false)).toBe(false)
    expect(isRetryable(network(true), false)).toBe(false)
    expect(isRetryable(new TimeoutError('x', { code: 'HEADERS_TIMEOUT' }), false)).toBe(false)
  })

  it('isRetryable(failure before sending) is true even when not idempotent', () => {
    expect(isRetryable(network(false), false)).toBe(true)
    expect(isRetryable(new TimeoutError('x', { code: 'CONNECT_TIMEOUT' }), false)).toBe(true)
  })

  it('isRetryable never retries signature failures, validation errors, a closed client or foreign errors', () => {
    expect(isRetryable(new SignatureVerificationError('x', { code: 'BAD_SIGNATURE' }), true)).toBe(false)
    expect(isRetryable(new ValidationError('x', { issues: [] }), true)).toBe(false)
    expect(isRetryable(new NetworkError('x', { code: 'CLIENT_CLOSED', requestSent: false }), true)).toBe(false)
    expect(isRetryable(new Error('boom'), true)).toBe(false)
  })

  it('isRetryable(RESPONSE_TOO_LARGE) is false, and it is no reason to fail over', () => {
    const tooLarge = new NetworkError('x', { code: 'RESPONSE_TOO_LARGE', requestSent: true, limitBytes: 1 })
    expect(isRetryable(tooLarge, true)).toBe(false)
    expect(isHostFailure(tooLarge)).toBe(false)
    expect(isHostFailure(network(true))).toBe(true)
  })
})

describe('retryDelay (step 2: the retry loop asks it after each failed attempt)', () => {
  const policy = { retry: { retries: 2, minDelay: 100, maxDelay: 1000 }, idempotent: true, signal: undefined }
  const serverError = new ApiError('x', { code: 'SYSTEM_ERROR', status: 500 })

  it('retryDelay(5xx of an idempotent call) backs off within [min/2, min] on the first retry, and stops after retries', () => {
    const first = retryDelay(serverError, policy, undefined, 1, 0)!
    expect(first).toBeGreaterThanOrEqual(50)
    expect(first).toBeLessThanOrEqual(100)
    expect(retryDelay(serverError, policy, undefined, 3, 0)).toBeUndefined()
  })

  it('retryDelay(5xx of a non-idempotent call) is undefined: a POST without a business number is never repeated', () => {
    expect(retryDelay(serverError, { ...policy, idempotent: false }, undefined, 1, 0)).toBeUndefined()
  })

  it('retryDelay honours Retry-After, and gives up when it is longer than maxDelay', () => {
    const limited = new ApiError('x', { code: 'FREQUENCY_LIMITED', status: 429 })
    expect(retryDelay(limited, policy, '1', 1, 0)).toBe(1000)
    expect(retryDelay(limited, policy, '2', 1, 0)).toBeUndefined()
  })
})
