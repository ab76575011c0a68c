import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto'
import { KeyFormatError } from './errors.js'

/** PEM text (or its bytes), or an already parsed key. */
export type KeyInput = string | Uint8Array | KeyObject

function isKeyObject(value: unknown): value is KeyObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KeyObject).export === 'function' &&
    typeof (value as KeyObject).type === 'string'
  )
}

function pemText(input: string | Uint8Array, what: string): string {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8')
  if (!text.includes('-----BEGIN ')) {
    throw new KeyFormatError(
      `@core/signer: the ${what} is not PEM text (no "-----BEGIN" line). Pass the file's contents, not its path.`,
      { code: 'INVALID_KEY' },
    )
  }
  return text
}

function requireRsa(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new KeyFormatError(
      `@core/signer: the ${what} is ${key.asymmetricKeyType ?? 'not asymmetric'}; WeChat Pay APIv3 uses RSA 2048.`,
      { code: 'NOT_RSA' },
    )
  }
  return key
}

/**
 * Parses the merchant API private key (`apiclient_key.pem`, PKCS#8 or PKCS#1) once into a `KeyObject`.
 * @throws {KeyFormatError} when the input is not an RSA private key; the message never echoes the key.
 */
export function loadPrivateKey(input: KeyInput): KeyObject {
  if (isKeyObject(input)) {
    if (input.type !== 'private') {
      throw new KeyFormatError(`@core/signer: expected a private key, got a ${input.type} key.`, {
        code: 'WRONG_KEY_TYPE',
      })
    }
    return requireRsa(input, 'private key')
  }
  const pem = pemText(input, 'private key')
  if (pem.includes('-----BEGIN CERTIFICATE-----') || /-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem)) {
    throw new KeyFormatError(
      '@core/signer: expected the merchant private key (apiclient_key.pem) but got a certificate or public key.',
      { code: 'WRONG_KEY_TYPE' },
    )
  }
  let key: KeyObject
  try {
    key = createPrivateKey(pem)
  } catch (cause) {
    // The cause from OpenSSL names no key bytes, but keep only its message to be sure nothing else leaks.
    throw new KeyFormatError(
      '@core/signer: the private key could not be parsed. Use the PEM of apiclient_key.pem (PKCS#8 or PKCS#1).',
      { code: 'INVALID_KEY', cause: new Error(String((cause as Error).message)) },
    )
  }
  return requireRsa(key, 'private key')
}

/**
 * Parses a platform public key: a WeChat Pay public key (SPKI `PUBLIC KEY` or PKCS#1 `RSA PUBLIC KEY`), a platform
 * certificate (X.509 PEM) or a `KeyObject` (a private `KeyObject` gives its public half).
 * @throws {KeyFormatError} when the input holds no RSA public key.
 */
export function loadPublicKey(input: KeyInput | X509Certificate): KeyObject {
  if (input instanceof X509Certificate) return requireRsa(input.publicKey, 'certificate key')
  if (isKeyObject(input)) {
    if (input.type === 'secret') {
      throw new KeyFormatError('@core/signer: expected a public key, got a secret key.', { code: 'WRONG_KEY_TYPE' })
    }
    return requireRsa(input.type === 'private' ? createPublicKey(input) : input, 'public key')
  }
  const pem = pemText(input, 'public key or certificate')
  if (pem.includes('-----BEGIN CERTIFICATE-----')) return requireRsa(parseCertificate(pem).publicKey, 'certificate key')
  if (/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(pem)) {
    throw new KeyFormatError(
      '@core/signer: expected a public key or certificate but got a private key; never configure private keys as platform keys.',
      { code: 'WRONG_KEY_TYPE' },
    )
  }
  try {
    return requireRsa(createPublicKey(pem), 'public key')
  } catch (cause) {
    if (cause instanceof KeyFormatError) throw cause
    throw new KeyFormatError(
      '@core/signer: the public key could not be parsed. Use the WeChat Pay public key PEM (pub_key.pem) or a platform certificate.',
      { code: 'INVALID_KEY', cause },
    )
  }
}

function parseCertificate(pem: string | Uint8Array): X509Certificate {
  try {
    return new X509Certificate(pem)
  } catch (cause) {
    throw new KeyFormatError('@core/signer: the certificate could not be parsed; expected an X.509 PEM.', {
      code: 'INVALID_CERTIFICATE',
      cause,
    })
  }
}

/**
 * The serial number of an X.509 certificate as WeChat Pay writes it: uppercase hex, whole bytes (a serial whose
 * first byte is below 0x10 keeps its leading `0`), without the sign byte DER adds before a high first byte.
 */
export function certificateSerial(certificate: string | Uint8Array | X509Certificate): string {
  const cert =
    certificate instanceof X509Certificate ? certificate : parseCertificate(pemText(certificate, 'certificate'))
  return normalizeSerial(cert.serialNumber)
}

const CANONICAL_HEX = /^(?:[0-9A-F]{2})+$/

/** Uppercases hex serials and drops a DER sign byte (`00898D…` → `898D…`); `PUB_KEY_ID_…` ids are kept as given. */
export function normalizeSerial(serial: string): string {
  // Fast path for what WeChat Pay sends: a public key id, or whole-byte uppercase hex without a sign byte.
  if (serial.startsWith('PUB_KEY_ID_') || (CANONICAL_HEX.test(serial) && !serial.startsWith('00'))) return serial
  const trimmed = serial.trim()
  if (trimmed.startsWith('PUB_KEY_ID_')) return trimmed
  let hex = trimmed.toUpperCase()
  if (hex.length % 2 === 1) hex = `0${hex}`
  // A 00 byte is only a sign byte when the next byte has its high bit set.
  if (hex.length > 2 && hex.startsWith('00') && /^[89A-F]/.test(hex.slice(2))) hex = hex.slice(2)
  return hex
}
