import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isKeyFormatError, type KeyFormatCode } from './errors.js'
import { certificateSerial, loadPrivateKey, loadPublicKey, normalizeSerial } from './keys.js'
import { createCertificate } from './x509.js'

const vectors = join(import.meta.dirname, '../test/vectors/keys')
const pkcs8 = readFileSync(join(vectors, 'apiclient_key.pem'), 'utf8')
const cert = readFileSync(join(vectors, 'apiclient_cert.pem'), 'utf8')
const pkcs1 = createPrivateKey(pkcs8).export({ type: 'pkcs1', format: 'pem' }) as string
const spki = createPrivateKey(pkcs8)
const der = (k: ReturnType<typeof loadPublicKey>) => k.export({ type: 'spki', format: 'der' })

function codeOf(fn: () => unknown): KeyFormatCode | 'OK' | string {
  try {
    fn()
    return 'OK'
  } catch (error) {
    return isKeyFormatError(error) ? error.code : `other:${(error as Error).message}`
  }
}

describe('loadPrivateKey', () => {
  it('loads PKCS#8 and PKCS#1 PEM, Buffers and KeyObjects to the same key', () => {
    const a = loadPrivateKey(pkcs8)
    expect(a.type).toBe('private')
    expect(loadPrivateKey(pkcs1).equals(a)).toBe(true)
    expect(loadPrivateKey(Buffer.from(pkcs8)).equals(a)).toBe(true)
    expect(loadPrivateKey(a)).toBe(a)
  })
  it.each([
    ['garbage text', 'INVALID_KEY', 'hello'],
    ['a file path', 'INVALID_KEY', '/etc/apiclient_key.pem'],
    ['a truncated PEM', 'INVALID_KEY', `${pkcs8.slice(0, 400)}\n-----END PRIVATE KEY-----\n`],
    ['a certificate', 'WRONG_KEY_TYPE', cert],
    ['a public KeyObject', 'WRONG_KEY_TYPE', loadPublicKey(cert)],
    ['an EC key', 'NOT_RSA', generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey],
  ] as const)('refuses %s with KeyFormatError %s', (_what, code, input) => {
    expect(codeOf(() => loadPrivateKey(input))).toBe(code)
  })
  it('never echoes key material in the error', () => {
    const broken = `${pkcs8.slice(0, 400)}\n-----END PRIVATE KEY-----\n`
    try {
      loadPrivateKey(broken)
    } catch (error) {
      const text = `${(error as Error).message}${JSON.stringify(error)}${(error as Error).stack}`
      expect(text).not.toContain(pkcs8.split('\n')[2])
      return
    }
    throw new Error('expected a failure')
  })
})

describe('loadPublicKey', () => {
  const expected = der(loadPublicKey(spki))
  it('accepts a certificate, SPKI and PKCS#1 public PEM, X509Certificate and KeyObjects', () => {
    const spkiPem = loadPublicKey(spki).export({ type: 'spki', format: 'pem' }) as string
    const pkcs1Pem = loadPublicKey(spki).export({ type: 'pkcs1', format: 'pem' }) as string
    expect(pkcs1Pem).toContain('BEGIN RSA PUBLIC KEY')
    for (const input of [cert, spkiPem, pkcs1Pem, new X509Certificate(cert), spki, loadPublicKey(cert)]) {
      expect(der(loadPublicKey(input))).toEqual(expected)
    }
  })
  it.each([
    ['garbage', 'INVALID_KEY', 'nope'],
    ['a private key PEM', 'WRONG_KEY_TYPE', pkcs8],
    ['a broken certificate', 'INVALID_CERTIFICATE', cert.replace('MII', 'MIX')],
  ] as const)('refuses %s with %s', (_what, code, input) => {
    expect(codeOf(() => loadPublicKey(input))).toBe(code)
  })
})

describe('certificateSerial', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const issue = (serial: string) =>
    createCertificate({
      subjectKey: publicKey,
      issuerKey: privateKey,
      serial,
      subject: { CN: 'test' },
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2300-01-01T00:00:00Z'),
    })
  it('gives the vector certificate serial', () => expect(certificateSerial(cert)).toBe('898DBAD30F416EC7'))
  it('keeps a leading zero digit of the first byte', () =>
    expect(certificateSerial(issue('0A1B2C3D4E5F'))).toBe('0A1B2C3D4E5F'))
  it('drops the DER sign byte (a serial stored as 00FF…)', () => expect(certificateSerial(issue('FF01'))).toBe('FF01'))
  it('gives a 40-digit WeChat-style serial unchanged', () => {
    expect(certificateSerial(issue('05157F09EFDC096DE15EBE81A47057A7232F1B8E'))).toBe(
      '05157F09EFDC096DE15EBE81A47057A7232F1B8E',
    )
  })
  it('creates certificates that node:crypto verifies, with the right dates', () => {
    const x = new X509Certificate(issue('01'))
    expect(x.verify(publicKey)).toBe(true)
    expect(new Date(x.validTo).getUTCFullYear()).toBe(2300)
    expect(new Date(x.validFrom).toISOString()).toBe('2020-01-01T00:00:00.000Z')
  })
})

describe('normalizeSerial', () => {
  it.each([
    ['898dbad30f416ec7', '898DBAD30F416EC7'],
    ['00898DBAD30F416EC7', '898DBAD30F416EC7'],
    ['0A1B', '0A1B'],
    ['A1B', '0A1B'],
    ['PUB_KEY_ID_0114232134912410000000000000', 'PUB_KEY_ID_0114232134912410000000000000'],
  ])('%s → %s', (input, output) => expect(normalizeSerial(input)).toBe(output))
})
