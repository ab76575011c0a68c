// A deliberately independent WeChat Pay client for the conformance suite: node:crypto + fetch only, no @core/*.
import { createPrivateKey, createPublicKey, randomBytes, sign, verify, X509Certificate } from 'node:crypto'
import type { Sandbox } from '../src/index.js'

export interface RawCall {
  method: string
  /** Path plus query exactly as sent. */
  path: string
  /** An object is JSON-encoded; a string or Buffer is sent as is. */
  body?: unknown
  headers?: Record<string, string>
  timestamp?: number
  nonce?: string
  mchid?: string
  serial?: string
  /** Sign with another private key (PEM). */
  privateKeyPem?: string
  /** Replace the computed signature. */
  signature?: string
  /** Send no Authorization header. */
  unsigned?: boolean
  /** The bytes to sign when they differ from the body (multipart: the meta JSON). */
  signedBody?: string | Buffer
  /** Override the whole Authorization header. */
  authorization?: string
}

export interface RawAnswer {
  status: number
  headers: Headers
  text: string
  json: any
  /** `true` when the answer's signature verifies with the sandbox's platform keys, else why not. */
  signature: true | 'missing' | 'unknown-serial' | 'probe' | 'bad'
}

export const nonce = () => randomBytes(16).toString('hex').toUpperCase()

export function authorization(sb: Sandbox, call: RawCall, bytes: Buffer): string {
  const timestamp = String(call.timestamp ?? Math.floor(Date.now() / 1000))
  const n = call.nonce ?? nonce()
  const message = Buffer.concat([
    Buffer.from(`${call.method}\n${call.path}\n${timestamp}\n${n}\n`),
    call.signedBody === undefined ? bytes : Buffer.from(call.signedBody),
    Buffer.from('\n'),
  ])
  const key = createPrivateKey(call.privateKeyPem ?? sb.merchant.privateKeyPem)
  const signature = call.signature ?? sign('sha256', message, key).toString('base64')
  return `WECHATPAY2-SHA256-RSA2048 mchid="${call.mchid ?? sb.merchant.mchid}",nonce_str="${n}",signature="${signature}",timestamp="${timestamp}",serial_no="${call.serial ?? sb.merchant.serial}"`
}

export function verifyAnswer(sb: Sandbox, headers: Headers, text: string): RawAnswer['signature'] {
  const signature = headers.get('wechatpay-signature')
  const serial = headers.get('wechatpay-serial')
  const timestamp = headers.get('wechatpay-timestamp')
  const n = headers.get('wechatpay-nonce')
  if (!signature || !serial || !timestamp || !n) return 'missing'
  if (signature.startsWith('WECHATPAY/SIGNTEST/')) return 'probe'
  const pem = sb.platform.keys[serial]
  if (pem === undefined) return 'unknown-serial'
  const key = pem.includes('CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem)
  const ok = verify('sha256', Buffer.from(`${timestamp}\n${n}\n${text}\n`), key, Buffer.from(signature, 'base64'))
  return ok ? true : 'bad'
}

export async function raw(sb: Sandbox, call: RawCall): Promise<RawAnswer> {
  const bytes =
    call.body === undefined
      ? Buffer.alloc(0)
      : Buffer.isBuffer(call.body)
        ? call.body
        : Buffer.from(typeof call.body === 'string' ? call.body : JSON.stringify(call.body))
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'raw-conformance/1.0' }
  if (bytes.length > 0) headers['Content-Type'] = 'application/json'
  Object.assign(headers, call.headers)
  if (call.authorization !== undefined) headers.Authorization = call.authorization
  else if (!call.unsigned) headers.Authorization = authorization(sb, call, bytes)
  const res = await fetch(`${sb.url}${call.path}`, {
    method: call.method,
    headers,
    ...(bytes.length > 0 ? { body: bytes } : {}),
  })
  const text = await res.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, text, json, signature: verifyAnswer(sb, res.headers, text) }
}

/** Shorthands. */
export const post = (sb: Sandbox, path: string, body: unknown, extra: Partial<RawCall> = {}) =>
  raw(sb, { method: 'POST', path, body, ...extra })
export const get = (sb: Sandbox, path: string, extra: Partial<RawCall> = {}) =>
  raw(sb, { method: 'GET', path, ...extra })
