import { encryptResource, isWechatPayError } from '@core/signer'
import { describe, expect, it } from 'vitest'
import { decryptCertificates } from './certificates.js'

const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
const encrypted = encryptResource('not a certificate', APIV3_KEY, { associatedData: 'certificate' })

function errorOf(payload: unknown): unknown {
  try {
    decryptCertificates(Buffer.from(JSON.stringify(payload)), APIV3_KEY, new Date())
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

describe('decryptCertificates refuses odd answers with typed errors', () => {
  it.each<[string, unknown, string]>([
    ['data not an array', { data: 'x' }, 'KeyFormatError'],
    ['an entry that is null', { data: [null] }, 'KeyFormatError'],
    ['serial_no a number', { data: [{ serial_no: 1, encrypt_certificate: encrypted }] }, 'KeyFormatError'],
    ['encrypt_certificate missing', { data: [{ serial_no: 'AB' }] }, 'DecryptionError'],
    [
      'encrypt_certificate.algorithm an object',
      { data: [{ serial_no: 'AB', encrypt_certificate: { ...encrypted, algorithm: { toString: 0 } } }] },
      'DecryptionError',
    ],
    [
      'encrypt_certificate.associated_data an object',
      { data: [{ serial_no: 'AB', encrypt_certificate: { ...encrypted, associated_data: {} } }] },
      'DecryptionError',
    ],
    [
      'a plaintext that is no certificate',
      { data: [{ serial_no: 'AB', encrypt_certificate: encrypted }] },
      'KeyFormatError',
    ],
  ])('%s → %s', (_what, payload, name) => {
    const error = errorOf(payload)
    expect(isWechatPayError(error)).toBe(true)
    expect((error as Error).name).toBe(name)
  })

  it('quotes a serial_no from the unverified answer escaped and bounded', () => {
    const error = errorOf({ data: [{ serial_no: `AB\n${'C'.repeat(200)}`, encrypt_certificate: encrypted }] })
    expect((error as Error).message).not.toContain('\n')
    expect((error as Error).message.length).toBeLessThan(300)
  })
})
