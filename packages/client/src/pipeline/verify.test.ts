import { isSignatureVerificationError, SignatureVerificationError, verifyResponse } from '@core/signer'
import { signResponse } from '@core/signer/testing'
import { describe, expect, test } from 'vitest'
import type { WireResponse } from '../transport.js'
import { PUB_KEY_ID, platform, resolved } from './fixture.test-helpers.js'
import { plainGet } from './prepared.js'
import { type SignatureChecks, verifyAttempt } from './verify.js'

const o = resolved()
const settings = { retry: o.retry, timeouts: o.timeouts, maxResponseBytes: o.maxResponseBytes }

function answer(status: number, body: string, sign = true): WireResponse {
  const headers = sign
    ? signResponse({ body, privateKey: platform.privateKey, serial: PUB_KEY_ID, timestamp: 1_700_000_000 })
    : {}
  return {
    status,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)])),
    raw: Buffer.from(body),
  }
}

// The real signature check over the real key store (no stand-in), counting refresh requests.
function checks(): SignatureChecks & { misses: number } {
  const out = {
    misses: 0,
    verify: (response: WireResponse) =>
      verifyResponse({
        headers: response.headers,
        body: response.raw,
        platformKeys: o.platformKeys,
        now: 1_700_000_000,
      }),
    refreshOnMiss: async () => {
      out.misses++
      return false
    },
  }
  return out
}

describe('verifyAttempt (step 5)', () => {
  test('a signed 2xx verifies; its bytes changed by one character are a SignatureVerificationError', () => {
    const good = answer(200, '{"a":1}')
    expect(verifyAttempt(plainGet('/v3/a', settings, undefined), good, checks())).toBe(true)
    const tampered = { ...good, raw: Buffer.from('{"a":2}') }
    expect(() => verifyAttempt(plainGet('/v3/a', settings, undefined), tampered, checks())).toThrow(
      SignatureVerificationError,
    )
  })

  test('an unsigned 2xx is refused, except on an explicit unsigned download', () => {
    const unsigned = answer(200, 'file bytes', false)
    expect(() => verifyAttempt(plainGet('/v3/a', settings, undefined), unsigned, checks())).toThrow(/missing/)
    expect(
      verifyAttempt({ ...plainGet('/v3/billdownload/file', settings, undefined), verify: 'none' }, unsigned, checks()),
    ).toBe(false)
  })

  test('an error answer is never required to be signed: verified says whether it was', () => {
    expect(verifyAttempt(plainGet('/v3/a', settings, undefined), answer(400, '{"code":"X"}', false), checks())).toBe(
      false,
    )
    expect(verifyAttempt(plainGet('/v3/a', settings, undefined), answer(400, '{"code":"X"}'), checks())).toBe(true)
  })

  test('an unknown serial asks for one refresh, then fails with UNKNOWN_SERIAL when none happened', async () => {
    const other = answer(200, '{}')
    other.headers['wechatpay-serial'] = 'PUB_KEY_ID_0000000000000000000000000000000000'
    const c = checks()
    const result = verifyAttempt(plainGet('/v3/a', settings, undefined), other, c)
    expect(result).toBeInstanceOf(Promise)
    const error = await (result as Promise<boolean>).catch((caught: unknown) => caught)
    expect(isSignatureVerificationError(error) && error.code).toBe('UNKNOWN_SERIAL')
    expect(c.misses).toBe(1)
  })
})
