import { describe, expect, it } from 'vitest'
import { decryptResource, type EncryptedResource, encryptResource } from './aes.js'
import { isDecryptionError } from './errors.js'

const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
const good = encryptResource('{"a":1}', APIV3_KEY, { associatedData: 'coupon', originalType: 'coupon' })

function codeOf(resource: unknown): string {
  try {
    decryptResource(resource as EncryptedResource, APIV3_KEY)
    return 'OK'
  } catch (error) {
    return isDecryptionError(error) ? error.code : `untyped ${(error as Error).name}`
  }
}

describe('decryptResource checks every field by type before use', () => {
  it('decrypts the genuine resource', () => expect(codeOf(good)).toBe('OK'))

  it.each<[string, unknown, string]>([
    ['algorithm an object whose toString is not callable', { toString: 0 }, 'UNSUPPORTED_ALGORITHM'],
    ['algorithm a number', 1, 'UNSUPPORTED_ALGORITHM'],
    ['algorithm null', null, 'UNSUPPORTED_ALGORITHM'],
    ['algorithm another string', 'AEAD_AES_128_GCM', 'UNSUPPORTED_ALGORITHM'],
  ])('%s → DecryptionError %s', (_what, algorithm, code) => expect(codeOf({ ...good, algorithm })).toBe(code))

  it.each<[string, Record<string, unknown>]>([
    ['ciphertext an object', { ciphertext: { toString: 0 } }],
    ['nonce an array', { nonce: ['abcdefghijkl'] }],
    ['associated_data an object', { associated_data: { toString: 0 } }],
    ['associated_data a number', { associated_data: 7 }],
  ])('%s → DecryptionError BAD_CIPHERTEXT', (_what, change) =>
    expect(codeOf({ ...good, ...change })).toBe('BAD_CIPHERTEXT'),
  )

  it('a resource that is not an object → BAD_CIPHERTEXT', () => {
    for (const value of [null, undefined, 'text', 1, []]) expect(codeOf(value)).toBe('BAD_CIPHERTEXT')
  })

  it('quotes an unsupported algorithm escaped and bounded, so a log line cannot be forged', () => {
    try {
      decryptResource({ ...good, algorithm: `X\n${'y'.repeat(500)}` }, APIV3_KEY)
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
      expect((error as Error).message.length).toBeLessThan(250)
      return
    }
    throw new Error('expected a DecryptionError')
  })
})
