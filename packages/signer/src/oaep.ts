import { constants, privateDecrypt, publicEncrypt } from 'node:crypto'
import { DecryptionError, invalidArgument } from './errors.js'
import { type KeyInput, loadPrivateKey, loadPublicKey } from './keys.js'

const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' } as const

/**
 * Encrypts a sensitive field (name, phone, …) with WeChat Pay's public key or platform certificate: RSA-OAEP with
 * SHA-1/MGF1-SHA-1, base64. The request must then name that key in `Wechatpay-Serial`.
 */
export function encryptSensitive(plaintext: string, publicKey: KeyInput): string {
  if (typeof plaintext !== 'string') invalidArgument('encryptSensitive encrypts a string.')
  // RSA-2048 with OAEP-SHA1 holds at most 214 bytes.
  if (Buffer.byteLength(plaintext) > 214)
    invalidArgument('a sensitive field holds at most 214 UTF-8 bytes under RSA-OAEP.')
  return publicEncrypt({ key: loadPublicKey(publicKey), ...OAEP }, Buffer.from(plaintext, 'utf8')).toString('base64')
}

/** Decrypts a sensitive field WeChat Pay encrypted with the merchant's certificate. */
export function decryptSensitive(ciphertext: string, privateKey: KeyInput): string {
  try {
    return privateDecrypt({ key: loadPrivateKey(privateKey), ...OAEP }, Buffer.from(ciphertext, 'base64')).toString(
      'utf8',
    )
  } catch (cause) {
    if ((cause as { name?: string }).name === 'KeyFormatError') throw cause
    throw new DecryptionError('@core/signer: RSA-OAEP decryption failed: wrong private key or damaged ciphertext.', {
      code: 'OAEP_FAILED',
      cause,
    })
  }
}
