import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isSignatureVerificationError } from './errors.js'
import type { KeyInput } from './keys.js'
import { signResponse } from './responses.js'
import { verifyResponse } from './verify.js'

const a = generateKeyPairSync('rsa', { modulusLength: 2048 })
const b = generateKeyPairSync('rsa', { modulusLength: 2048 })
const A = 'PUB_KEY_ID_0114232134912410000000000000'
const B = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1'
const NOW = 1_700_000_000
const body = '{"ok":true}'
const signedBy = (privateKey: typeof a.privateKey, serial: string) =>
  signResponse({ body, privateKey, serial, timestamp: NOW })

function outcome(record: Record<string, KeyInput>, headers: Record<string, string>): string {
  try {
    verifyResponse({ headers, body, platformKeys: record, now: NOW })
    return 'OK'
  } catch (error) {
    return isSignatureVerificationError(error) ? error.code : String(error)
  }
}

describe('verifyResponse with a plain record of platform keys (read live on every call)', () => {
  it('a deleted key stops verifying on the next call', () => {
    const record: Record<string, KeyInput> = { [A]: a.publicKey }
    expect(outcome(record, signedBy(a.privateKey, A))).toBe('OK')
    delete record[A]
    expect(outcome(record, signedBy(a.privateKey, A))).toBe('UNKNOWN_SERIAL')
  })

  it('a key added later verifies on the next call', () => {
    const record: Record<string, KeyInput> = { [A]: a.publicKey }
    expect(outcome(record, signedBy(b.privateKey, B))).toBe('UNKNOWN_SERIAL')
    record[B] = b.publicKey
    expect(outcome(record, signedBy(b.privateKey, B))).toBe('OK')
    expect(outcome(record, signedBy(a.privateKey, A))).toBe('OK')
  })

  it('a key replaced under the same serial is the one used from the next call', () => {
    const record: Record<string, KeyInput> = {
      [A]: a.publicKey.export({ type: 'spki', format: 'pem' }) as string,
    }
    expect(outcome(record, signedBy(a.privateKey, A))).toBe('OK')
    record[A] = b.publicKey.export({ type: 'spki', format: 'pem' }) as string
    expect(outcome(record, signedBy(a.privateKey, A))).toBe('BAD_SIGNATURE')
    expect(outcome(record, signedBy(b.privateKey, A))).toBe('OK')
  })

  it('a Map is read live too', () => {
    const map = new Map<string, KeyInput>([[A, a.publicKey]])
    const run = () => {
      try {
        verifyResponse({
          headers: signedBy(a.privateKey, A),
          body,
          platformKeys: map as unknown as Record<string, KeyInput>,
          now: NOW,
        })
        return 'OK'
      } catch (error) {
        return isSignatureVerificationError(error) ? error.code : String(error)
      }
    }
    expect(run()).toBe('OK')
    map.delete(A)
    expect(run()).toBe('UNKNOWN_SERIAL')
  })
})
