import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  DecryptionError,
  isDecryptionError,
  isKeyFormatError,
  isSignatureVerificationError,
  isWechatPayError,
  KeyFormatError,
  type SignatureVerificationCode,
  SignatureVerificationError,
  WechatPayError,
} from './errors.js'

describe('errors', () => {
  const error = new SignatureVerificationError('@core/signer: bad', { code: 'BAD_SIGNATURE', serial: 'AB' })

  it('carry a literal name and code and are Errors', () => {
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('SignatureVerificationError')
    expect(error.code).toBe('BAD_SIGNATURE')
    expectTypeOf(error.name).toEqualTypeOf<'SignatureVerificationError'>()
    expectTypeOf(error.code).toEqualTypeOf<SignatureVerificationCode>()
  })

  it('guards recognize errors from another copy of the package (no instanceof)', () => {
    // A structurally identical error made by a different class, as a second installed copy would make.
    class Foreign extends Error {}
    const foreign = Object.assign(new Foreign('x'), { name: 'SignatureVerificationError', code: 'BAD_SIGNATURE' })
    Object.defineProperty(foreign, Symbol.for('wechatpay-ts.error'), { value: true })
    expect(isSignatureVerificationError(foreign)).toBe(true)
    expect(isWechatPayError(foreign)).toBe(true)
  })

  it('guards tell the kinds apart and reject look-alikes without the brand', () => {
    expect(isSignatureVerificationError(error)).toBe(true)
    expect(isDecryptionError(error)).toBe(false)
    expect(isKeyFormatError(new KeyFormatError('x', { code: 'INVALID_KEY' }))).toBe(true)
    expect(isDecryptionError(new DecryptionError('x', { code: 'AUTH_TAG_MISMATCH' }))).toBe(true)
    expect(isWechatPayError({ name: 'SignatureVerificationError', code: 'BAD_SIGNATURE' })).toBe(false)
    expect(isWechatPayError(null)).toBe(false)
    expect(isWechatPayError(new Error('x'))).toBe(false)
  })

  it('serialize to name, code and message only', () => {
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'SignatureVerificationError',
      code: 'BAD_SIGNATURE',
      message: '@core/signer: bad',
    })
    expect(new WechatPayError('m', { code: 'X', cause: new Error('c') }).cause).toBeInstanceOf(Error)
  })
})
