import { sign as rsaSign } from 'node:crypto'
import { type KeyInput, loadPublicKey } from './keys.js'
import { type Body, buildRequestMessageBytes, buildVerifyMessageBytes } from './messages.js'
import { createNonce, unixSeconds } from './nonce.js'
import { AUTHORIZATION_SCHEME, type ParsedAuthorization, privateKeyOf, verifySignatureBytes } from './sign.js'

// WeChat Pay's side of the protocol, for the sandbox and for users' own tests (`@core/signer/testing`): signing answers
// and callbacks, and checking a merchant's request signature. A merchant never needs these in production.

export interface SignResponseInput {
  /** The exact body bytes that will be sent. */
  body: Body
  /** The platform private key (WeChat Pay's side). */
  privateKey: KeyInput
  /** `Wechatpay-Serial`: a platform certificate serial or a `PUB_KEY_ID_…` id. */
  serial: string
  timestamp?: number | string
  nonce?: string
  /** Overrides the signature (e.g. a `WECHATPAY/SIGNTEST/…` probe). */
  signature?: string
}

/** The `Wechatpay-*` headers WeChat Pay puts on a response or callback. */
// A type alias, not an interface, so it is assignable to plain header records.
export type WechatPaySignatureHeaders = {
  'Wechatpay-Timestamp': string
  'Wechatpay-Nonce': string
  'Wechatpay-Signature': string
  'Wechatpay-Serial': string
  'Wechatpay-Signature-Type': typeof AUTHORIZATION_SCHEME
}

function headers(
  input: SignResponseInput,
  timestamp: string,
  nonce: string,
  signature: string,
): WechatPaySignatureHeaders {
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signature,
    'Wechatpay-Serial': input.serial,
    'Wechatpay-Signature-Type': AUTHORIZATION_SCHEME,
  }
}

/** Signs a response or callback body the way WeChat Pay does (SHA256withRSA over `timestamp\nnonce\nbody\n`). */
export function signResponse(input: SignResponseInput): WechatPaySignatureHeaders {
  const timestamp = String(input.timestamp ?? unixSeconds())
  const nonce = input.nonce ?? createNonce()
  const signature =
    input.signature ??
    rsaSign(
      'sha256',
      buildVerifyMessageBytes({ timestamp, nonce, body: input.body }),
      privateKeyOf(input.privateKey),
    ).toString('base64')
  return headers(input, timestamp, nonce, signature)
}

/**
 * Like {@link signResponse}, with the RSA work on the libuv thread pool: a server that signs every answer (the
 * sandbox) then signs on every core and its event loop keeps accepting requests.
 */
export function signResponseAsync(input: SignResponseInput): Promise<WechatPaySignatureHeaders> {
  const timestamp = String(input.timestamp ?? unixSeconds())
  const nonce = input.nonce ?? createNonce()
  if (input.signature !== undefined) return Promise.resolve(headers(input, timestamp, nonce, input.signature))
  let key: ReturnType<typeof privateKeyOf>
  try {
    key = privateKeyOf(input.privateKey)
  } catch (error) {
    return Promise.reject(error)
  }
  return new Promise((resolve, reject) => {
    rsaSign('sha256', buildVerifyMessageBytes({ timestamp, nonce, body: input.body }), key, (error, signature) => {
      if (error) reject(error)
      else resolve(headers(input, timestamp, nonce, signature.toString('base64')))
    })
  })
}

/** Checks a request signature with the merchant's public key (what the sandbox does on every call). */
export function verifyRequestSignature(input: {
  method: string
  url: string
  body: Body
  authorization: ParsedAuthorization
  publicKey: KeyInput
}): boolean {
  const bytes = buildRequestMessageBytes({
    method: input.method,
    url: input.url,
    timestamp: input.authorization.timestamp,
    nonce: input.authorization.nonce_str,
    body: input.body,
  })
  return verifySignatureBytes(bytes, input.authorization.signature, loadPublicKey(input.publicKey))
}
