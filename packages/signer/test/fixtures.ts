// Typed views of the official vectors in ./vectors (copied byte for byte from the project's shared/vectors).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(import.meta.dirname, 'vectors')
const json = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T

/** A SHA256withRSA signature over an opaque message. */
export interface MessageSignatureVector {
  id: string
  private_key_pem: string
  public_key_pem: string
  message: string
  signature_base64: string
  negative: { message: string; expected: string }
}

/** A complete APIv3 request signature. */
export interface RequestSignatureVector {
  id: string
  method: string
  url: string
  mchid: string
  serial_no: string
  timestamp: string
  nonce_str: string
  body: string
  body_utf8_length: number
  body_sha256_hex: string
  sign_string: string
  sign_string_lines: string[]
  sign_string_sha256_hex: string
  signature_base64: string
  authorization: string
}

export interface AesVector {
  id: string
  key: string
  nonce: string
  associated_data: string
  ciphertext_base64: string
  plaintext: string
}

export interface ApiV2Vector {
  params: Record<string, string>
  key: string
  string_a: string
  string_sign_temp: string
  sign_md5: string
  sign_hmac_sha256: string
  wrong_hmac_over_string_a_only: string
}

const signing = json<{ vectors: (MessageSignatureVector | RequestSignatureVector)[] }>('sign-request.json')
export const messageSignatureVectors = signing.vectors.filter((v): v is MessageSignatureVector => 'message' in v)
export const requestSignatureVectors = signing.vectors.filter((v): v is RequestSignatureVector => 'sign_string' in v)

const aes = json<{ vectors: AesVector[]; not_aes_256: AesVector[] }>('aes-256-gcm.json')
export const aesVectors = aes.vectors
/** A 16-byte "APIv3 key" vector: the SDK must refuse it, since APIv3 keys are 32 bytes. */
export const notAes256Vectors = aes.not_aes_256

export const apiV2Vector = json<ApiV2Vector>('apiv2-sign.json')

export const keys = {
  merchantPrivateKeyPem: readFileSync(join(dir, 'keys/apiclient_key.pem'), 'utf8'),
  merchantCertificatePem: readFileSync(join(dir, 'keys/apiclient_cert.pem'), 'utf8'),
  platformCertificatePem: readFileSync(join(dir, 'keys/apiserver_cert.pem'), 'utf8'),
  merchantSerial: '898DBAD30F416EC7',
  platformSerial: 'BE2A2344B984167B',
}
