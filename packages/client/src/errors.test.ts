import { isWechatPayError, SignatureVerificationError } from '@core/signer'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ApiError,
  isApiError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
  NetworkError,
  TimeoutError,
  ValidationError,
  withContext,
} from './errors.js'

describe('errors', () => {
  const api = ApiError.fromResponse({
    status: 429,
    code: 'FREQUENCY_LIMITED',
    apiMessage: '请求过于频繁',
    requestId: 'r-1',
    detail: { x: 1 },
    attempts: 3,
  })
  const timeout = new TimeoutError('t', { code: 'HEADERS_TIMEOUT', timeoutMs: 5 })
  const network = new NetworkError('n', { code: 'NETWORK_ERROR', requestSent: true })
  const validation = new ValidationError('@api/busifavor: bad input', {
    issues: [{ path: ['coupon_code'], message: 'too long' }],
  })

  it('each error has a literal name, a code and a guard that accepts only it', () => {
    const all = [api, timeout, network, validation]
    const guards = [isApiError, isTimeoutError, isNetworkError, isValidationError]
    expect(all.map((e) => e.name)).toEqual(['ApiError', 'TimeoutError', 'NetworkError', 'ValidationError'])
    expect(all.map((e) => e.code)).toEqual([
      'FREQUENCY_LIMITED',
      'HEADERS_TIMEOUT',
      'NETWORK_ERROR',
      'VALIDATION_ERROR',
    ])
    guards.forEach((guard, i) => {
      expect(all.map((e) => guard(e))).toEqual(all.map((_, j) => i === j))
      expect(guard(new Error('plain'))).toBe(false)
      expect(guard({ name: all[i]!.name })).toBe(false)
    })
    expect(all.every((e) => isWechatPayError(e) && e instanceof Error)).toBe(true)
  })

  it('ApiError.fromResponse builds a message that starts with the package and says what to do', () => {
    expect(api.message).toBe(
      '@core/client: WeChat Pay answered 429 FREQUENCY_LIMITED: 请求过于频繁 (Request-ID r-1). Slow down; idempotent calls are retried with backoff automatically.',
    )
    expect(api).toMatchObject({
      status: 429,
      requestId: 'r-1',
      attempts: 3,
      apiMessage: '请求过于频繁',
      detail: { x: 1 },
    })
    expect(ApiError.fromResponse({ status: 502 }).code).toBe('HTTP_502')
  })

  it('an ApiError always has its HTTP status (typed number, not number | undefined)', () => {
    const error = ApiError.fromResponse({ status: 409 })
    expectTypeOf(error.status).toEqualTypeOf<number>()
    expect(error.status).toBe(409)
    // @ts-expect-error: an ApiError cannot be built without the status of the answer it comes from
    expect(new ApiError('x', { code: 'X' }).code).toBe('X')
  })

  it('toJSON carries the context but no stack', () => {
    expect(JSON.parse(JSON.stringify(api))).toEqual({
      name: 'ApiError',
      code: 'FREQUENCY_LIMITED',
      message: api.message,
      status: 429,
      requestId: 'r-1',
      attempts: 3,
      apiMessage: '请求过于频繁',
      detail: { x: 1 },
      verified: false,
    })
    expect(JSON.parse(JSON.stringify(validation))).toMatchObject({ issues: [{ path: ['coupon_code'] }], attempts: 0 })
  })

  it('withContext(signer error) adds status, requestId and attempts', () => {
    const error = withContext(new SignatureVerificationError('s', { code: 'BAD_SIGNATURE' }), {
      status: 200,
      requestId: 'r-2',
      attempts: 1,
    })
    expect(error).toMatchObject({ name: 'SignatureVerificationError', status: 200, requestId: 'r-2', attempts: 1 })
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'SignatureVerificationError',
      code: 'BAD_SIGNATURE',
      message: 's',
      status: 200,
      requestId: 'r-2',
      attempts: 1,
    })
    // Applied again (a later attempt), the JSON form follows.
    withContext(error, { status: 502, requestId: 'r-3', attempts: 2 })
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ status: 502, requestId: 'r-3', attempts: 2 })
  })
})
