import { ValidationError } from '@core/client'
import { createNonce } from '@core/signer'

/** Random characters in a generated request-no (62²⁴ ≈ 2¹⁴³: collisions are not a concern). */
export const REQUEST_NO_RANDOM_LENGTH = 24

// Request-nos may hold letters, digits and | _ * - (the most restrictive rule of the families); a prefix must fit too.
const PREFIX = /^[0-9A-Za-z|_*-]{0,64}$/

export interface CreateRequestNoOptions {
  /** Put in front, e.g. your merchant id or a business tag (letters, digits, `|_*-`; at most 64 characters). */
  prefix?: string
  /** The time whose date goes into the number (default: now); the date is written in China time (UTC+8). */
  date?: Date
}

/**
 * A fresh business request-no: `prefix + yyyyMMdd (UTC+8) + 24 random letters/digits`, e.g.
 * `1900000109202405201aB3…`, within the length and character rules of WeChat Pay's request numbers.
 *
 * Store it with your own record BEFORE the call that uses it: a retry after a timeout or a crash must send the same
 * number again, which is what makes the retry safe.
 * @throws {ValidationError} a prefix with other characters or over 64 characters.
 */
export function createRequestNo(options: CreateRequestNoOptions = {}): string {
  const prefix = options.prefix ?? ''
  if (!PREFIX.test(prefix)) {
    const issue = { path: ['prefix'], message: 'may hold only letters, digits and |_*- (at most 64 characters)' }
    throw new ValidationError(`@core/kit: createRequestNo: prefix ${issue.message}`, { issues: [issue] })
  }
  const china = new Date((options.date ?? new Date()).getTime() + 8 * 3_600_000)
  const day = china.toISOString().slice(0, 10).replaceAll('-', '')
  return `${prefix}${day}${createNonce(REQUEST_NO_RANDOM_LENGTH)}`
}
