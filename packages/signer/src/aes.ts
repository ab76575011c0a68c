import { createCipheriv, createDecipheriv } from 'node:crypto'
import { DecryptionError } from './errors.js'
import { createNonce } from './nonce.js'

export const AEAD_ALGORITHM = 'AEAD_AES_256_GCM'
const TAG_LENGTH = 16

/** The encrypted `resource` of a callback, or the `encrypt_certificate` of a certificate download. */
export interface EncryptedResource {
  algorithm?: string
  ciphertext: string
  nonce: string
  associated_data?: string
  original_type?: string
}

// The APIv3 key of a process rarely changes: keep the bytes of the last one instead of encoding it per callback.
let lastKeyText: string | undefined
let lastKeyBytes: Buffer | undefined

function keyBytes(apiv3Key: string | Uint8Array): Buffer {
  if (typeof apiv3Key === 'string' && apiv3Key === lastKeyText) return lastKeyBytes!
  const key =
    typeof apiv3Key === 'string'
      ? Buffer.from(apiv3Key, 'utf8')
      : apiv3Key instanceof Uint8Array
        ? Buffer.from(apiv3Key)
        : undefined
  if (key?.length !== 32) {
    throw new DecryptionError(
      `@core/signer: the APIv3 key must be 32 bytes (got ${key === undefined ? typeof apiv3Key : key.length}). Use the APIv3 密钥 set in 商户平台 > API安全, not the APIv2 key.`,
      { code: 'INVALID_APIV3_KEY' },
    )
  }
  if (typeof apiv3Key === 'string') {
    lastKeyText = apiv3Key
    lastKeyBytes = key
  }
  return key
}

/** Decrypts an AEAD_AES_256_GCM resource with the APIv3 key and returns the plaintext (usually JSON). */
export function decryptResource(resource: EncryptedResource, apiv3Key: string | Uint8Array): string {
  const key = keyBytes(apiv3Key)
  // Every field is checked by type before use: the resource comes from a message body (a callback, a certificate
  // download), and a field of the wrong type must be a DecryptionError, never a TypeError.
  const value = resource as unknown as Record<string, unknown> | null
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof value.ciphertext !== 'string' ||
    typeof value.nonce !== 'string' ||
    (value.associated_data !== undefined && value.associated_data !== null && typeof value.associated_data !== 'string')
  ) {
    throw new DecryptionError(
      '@core/signer: the resource needs string ciphertext and nonce fields (and a string associated_data when present).',
      { code: 'BAD_CIPHERTEXT' },
    )
  }
  const algorithm = value.algorithm
  if (algorithm !== undefined && algorithm !== AEAD_ALGORITHM) {
    const shown =
      typeof algorithm === 'string'
        ? JSON.stringify(algorithm.length > 40 ? `${algorithm.slice(0, 40)}…` : algorithm)
        : `of type ${algorithm === null ? 'null' : typeof algorithm}`
    throw new DecryptionError(`@core/signer: unsupported resource algorithm ${shown}; expected ${AEAD_ALGORITHM}.`, {
      code: 'UNSUPPORTED_ALGORITHM',
    })
  }
  const data = Buffer.from(resource.ciphertext, 'base64')
  if (data.length < TAG_LENGTH || resource.nonce === '') {
    throw new DecryptionError('@core/signer: the ciphertext is shorter than its 16-byte tag (truncated?).', {
      code: 'BAD_CIPHERTEXT',
    })
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(resource.nonce, 'utf8'), {
      authTagLength: TAG_LENGTH,
    })
    decipher.setAuthTag(data.subarray(data.length - TAG_LENGTH))
    decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'))
    const head = decipher.update(data.subarray(0, data.length - TAG_LENGTH))
    // GCM is a stream mode: update() returns every byte and final() only checks the tag, so the usual concat (a copy
    // of the whole plaintext) is skipped when final() adds nothing.
    const tail = decipher.final()
    return (tail.length === 0 ? head : Buffer.concat([head, tail])).toString('utf8')
  } catch (cause) {
    throw new DecryptionError(
      '@core/signer: AES-256-GCM authentication failed: wrong APIv3 key or tampered ciphertext (nonce, associated_data or tag).',
      { code: 'AUTH_TAG_MISMATCH', cause },
    )
  }
}

export interface EncryptResourceOptions {
  /** 12 characters; random by default. */
  nonce?: string
  associatedData?: string
  originalType?: string
}

/** Encrypts like WeChat Pay does for callbacks (for the sandbox and for users' tests). */
export function encryptResource(
  plaintext: string,
  apiv3Key: string | Uint8Array,
  options: EncryptResourceOptions = {},
): EncryptedResource & { algorithm: string; associated_data: string } {
  const key = keyBytes(apiv3Key)
  const nonce = options.nonce ?? createNonce(12)
  const associatedData = options.associatedData ?? ''
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(nonce, 'utf8'), { authTagLength: TAG_LENGTH })
  cipher.setAAD(Buffer.from(associatedData, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
  const resource: EncryptedResource & { algorithm: string; associated_data: string } = {
    algorithm: AEAD_ALGORITHM,
    ciphertext: body.toString('base64'),
    nonce,
    associated_data: associatedData,
  }
  if (options.originalType !== undefined) resource.original_type = options.originalType
  return resource
}
