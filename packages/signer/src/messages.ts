import { invalidArgument } from './errors.js'

/** What gets signed: the exact bytes sent, or their UTF-8 text. */
export type Body = string | Uint8Array

export interface RequestMessageInput {
  /** HTTP method, e.g. `POST`. Upper-cased before signing. */
  method: string
  /** Absolute path plus `?query` exactly as sent on the wire (already percent-encoded), without scheme and host. */
  url: string
  timestamp: number | string
  nonce: string
  /** The exact body bytes sent; empty for GET and DELETE. For a multipart upload, the `meta` JSON. */
  body?: Body
}

export interface VerifyMessageInput {
  timestamp: number | string
  nonce: string
  /** The raw body bytes as received; `''` for an empty (204) body. */
  body: Body
}

function bodyText(body: Body | undefined): string {
  if (body === undefined) return ''
  return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
}

/**
 * The request sign string: `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`.
 * A `Uint8Array` body is read as UTF-8; pass binary bodies through {@link buildRequestMessageBytes}.
 */
export function buildRequestMessage(input: RequestMessageInput): string {
  if (typeof input.url !== 'string' || !input.url.startsWith('/'))
    invalidArgument('url must be the path (and query) as sent, starting with "/".')
  return `${input.method.toUpperCase()}\n${input.url}\n${input.timestamp}\n${input.nonce}\n${bodyText(input.body)}\n`
}

/** The response/callback verify string: `TIMESTAMP\nNONCE\nBODY\n`. */
export function buildVerifyMessage(input: VerifyMessageInput): string {
  return `${input.timestamp}\n${input.nonce}\n${bodyText(input.body)}\n`
}

const LF = Buffer.from('\n')

/** The verify string as bytes, built without decoding the body so that any byte sequence is verified exactly. */
export function buildVerifyMessageBytes(input: VerifyMessageInput): Buffer {
  if (typeof input.body === 'string') return Buffer.from(buildVerifyMessage(input), 'utf8')
  return Buffer.concat([Buffer.from(`${input.timestamp}\n${input.nonce}\n`), input.body, LF])
}

/** The request sign string as bytes (binary-safe twin of {@link buildRequestMessage}). */
export function buildRequestMessageBytes(input: RequestMessageInput): Buffer {
  if (input.body === undefined || typeof input.body === 'string') return Buffer.from(buildRequestMessage(input), 'utf8')
  const head = buildRequestMessage({ ...input, body: '' }).slice(0, -1)
  return Buffer.concat([Buffer.from(head), input.body, LF])
}
