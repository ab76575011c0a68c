import { createHash, createPublicKey, createVerify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  buildRequestMessage,
  buildV2Message,
  certificateSerial,
  decryptResource,
  encryptResource,
  isDecryptionError,
  loadPrivateKey,
  loadPublicKey,
  parseAuthorization,
  signRequest,
  signRequestAsync,
  signV2,
} from '../src/index.js'
import {
  aesVectors,
  apiV2Vector,
  keys,
  messageSignatureVectors,
  notAes256Vectors,
  requestSignatureVectors,
} from './fixtures.js'

describe('official vectors', () => {
  it('has every vector file loaded', () => {
    expect(messageSignatureVectors.length + requestSignatureVectors.length).toBeGreaterThanOrEqual(2)
    expect(aesVectors.length).toBeGreaterThanOrEqual(1)
  })

  describe.each(messageSignatureVectors)('SHA256withRSA $id', (v) => {
    it('loadPublicKey(public_key_pem) is the public half of private_key_pem', () => {
      const fromPrivate = createPublicKey(loadPrivateKey(v.private_key_pem)).export({ type: 'spki', format: 'der' })
      expect(loadPublicKey(v.public_key_pem).export({ type: 'spki', format: 'der' })).toEqual(fromPrivate)
    })
    it('the signature verifies and the negative message does not', () => {
      const key = loadPublicKey(v.public_key_pem)
      expect(createVerify('sha256').update(v.message).verify(key, v.signature_base64, 'base64')).toBe(true)
      expect(createVerify('sha256').update(v.negative.message).verify(key, v.signature_base64, 'base64')).toBe(false)
    })
  })

  describe.each(requestSignatureVectors)('request signature $id', (v) => {
    const input = {
      mchid: v.mchid,
      serial: v.serial_no,
      privateKey: loadPrivateKey(keys.merchantPrivateKeyPem),
      method: v.method,
      url: v.url,
      body: v.body,
      timestamp: v.timestamp,
      nonce: v.nonce_str,
    }

    it('buildRequestMessage reproduces the sign string byte for byte', () => {
      const message = buildRequestMessage({ ...input, timestamp: v.timestamp, nonce: v.nonce_str })
      expect(message).toBe(v.sign_string)
      expect(message.split('\n').slice(0, -1)).toEqual(v.sign_string_lines)
      expect(createHash('sha256').update(message).digest('hex')).toBe(v.sign_string_sha256_hex)
      expect(Buffer.byteLength(v.body)).toBe(v.body_utf8_length)
      expect(createHash('sha256').update(v.body).digest('hex')).toBe(v.body_sha256_hex)
    })

    it('signRequest reproduces the signature and the Authorization header', () => {
      const signed = signRequest(input)
      expect(signed.signature).toBe(v.signature_base64)
      expect(signed.authorization).toBe(v.authorization)
      expect(signed.message).toBe(v.sign_string)
    })

    it('signRequestAsync gives the same bytes as signRequest', async () => {
      expect((await signRequestAsync(input)).authorization).toBe(v.authorization)
    })

    it('signs the UTF-8 bytes of a Buffer body exactly like the string', () => {
      expect(signRequest({ ...input, body: Buffer.from(v.body) }).signature).toBe(v.signature_base64)
    })

    it('parseAuthorization(authorization) gives back the five fields', () => {
      expect(parseAuthorization(v.authorization)).toEqual({
        mchid: v.mchid,
        nonce_str: v.nonce_str,
        signature: v.signature_base64,
        timestamp: v.timestamp,
        serial_no: v.serial_no,
      })
    })

    it('certificateSerial(apiclient_cert.pem) is the serial in the header', () => {
      expect(certificateSerial(keys.merchantCertificatePem)).toBe(v.serial_no)
    })
  })

  describe.each(aesVectors)('AES-256-GCM $id', (v) => {
    const resource = { ciphertext: v.ciphertext_base64, nonce: v.nonce, associated_data: v.associated_data }
    it('decryptResource gives the plaintext', () => {
      expect(decryptResource(resource, v.key)).toBe(v.plaintext)
    })
    it('encryptResource reproduces the ciphertext', () => {
      const out = encryptResource(v.plaintext, v.key, { nonce: v.nonce, associatedData: v.associated_data })
      expect(out.ciphertext).toBe(v.ciphertext_base64)
    })
    it.each([
      ['associated_data', { ...resource, associated_data: `bad-${v.associated_data}` }],
      ['nonce', { ...resource, nonce: `bad-${v.nonce.slice(4)}` }],
    ])('a changed %s fails tag authentication', (_field, changed) => {
      expect(() => decryptResource(changed, v.key)).toThrow(expect.objectContaining({ code: 'AUTH_TAG_MISMATCH' }))
    })
  })

  describe.each(notAes256Vectors)('16-byte key $id', (v) => {
    it('is refused as an APIv3 key with INVALID_APIV3_KEY', () => {
      let error: unknown
      try {
        decryptResource({ ciphertext: v.ciphertext_base64, nonce: v.nonce, associated_data: v.associated_data }, v.key)
      } catch (e) {
        error = e
      }
      expect(isDecryptionError(error) && error.code).toBe('INVALID_APIV3_KEY')
      expect(String((error as Error).message)).not.toContain(v.key)
    })
  })

  describe('APIv2 signature', () => {
    const v = apiV2Vector
    it('buildV2Message gives string_a', () => expect(buildV2Message(v.params)).toBe(v.string_a))
    it('signV2 MD5', () => expect(signV2(v.params, v.key, 'MD5')).toBe(v.sign_md5))
    it('signV2 HMAC-SHA256 (the default) is keyed by the APIv2 key over string_sign_temp', () => {
      expect(signV2(v.params, v.key)).toBe(v.sign_hmac_sha256)
      expect(signV2(v.params, v.key)).not.toBe(v.wrong_hmac_over_string_a_only)
    })
    it('ignores empty values and an existing sign field', () => {
      expect(signV2({ ...v.params, sign: 'X', empty: '', nothing: undefined }, v.key)).toBe(v.sign_hmac_sha256)
    })
  })
})
