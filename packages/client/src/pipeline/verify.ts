import { isSignatureVerificationError } from '@core/signer'
import type { WireResponse } from '../transport.js'
import type { Prepared } from './prepared.js'

export function isUnknownSerial(error: unknown): boolean {
  return isSignatureVerificationError(error) && error.code === 'UNKNOWN_SERIAL'
}

/** How the verify step checks a signature, and what it may do about an unknown serial (certificate mode). */
export interface SignatureChecks {
  verify(response: WireResponse): void
  /** Refreshes the platform certificates once for an unknown serial; resolves whether a refresh happened. */
  refreshOnMiss(error: unknown): Promise<boolean>
}

/**
 * Step 5, verify: a 2xx must carry a valid WeChat Pay signature over the raw bytes (an unknown serial may trigger one
 * certificate refresh). Error answers are checked when signed, never required to be.
 * @returns whether the signature was verified; a promise only when an unknown serial needs a refresh.
 * @throws {SignatureVerificationError} a 2xx without a valid signature (the answer is treated as forged).
 */
export function verifyAttempt(
  request: Prepared,
  response: WireResponse,
  checks: SignatureChecks,
): boolean | Promise<boolean> {
  if (response.status < 200 || response.status >= 300) {
    if (response.headers['wechatpay-signature'] === undefined) return false
    try {
      checks.verify(response)
      return true
    } catch {
      return false
    }
  }
  if (request.verify === 'none') return false
  if (request.verify !== 'signature') {
    request.verify(response)
    return true
  }
  try {
    checks.verify(response)
  } catch (error) {
    if (!isUnknownSerial(error)) throw error
    return checks.refreshOnMiss(error).then((refreshed) => {
      if (!refreshed) throw error
      checks.verify(response)
      return true
    })
  }
  return true
}
