// What the sandbox records about a request whose signature it refused (401 SIGN_ERROR), for `wxpay logs` and
// `wxpay explain`: the checks it made and the sign string it built. The signature value itself is never kept — for a
// sandbox merchant it would be harmless, but the rule stays uniform so no log ever holds a real merchant's signature.
import { createHash, type KeyObject } from 'node:crypto'
import { buildRequestMessageBytes, normalizeSerial, type ParsedAuthorization, verifySignatureBytes } from '@core/signer'

/** Which of WeChat Pay's checks refused the request, in the order they run. */
export type RefusedCheck =
  | 'authorization-missing'
  | 'authorization-format'
  | 'mchid'
  | 'serial'
  | 'timestamp'
  | 'signature'
  | 'nonce-reused'

/** Body bytes as the sandbox received them (for an image upload: the `meta` part, which is what is signed). */
export interface RefusedBody {
  /** Bytes received. */
  length: number
  /** SHA-256 of all of them, hex: compare it with the digest of the bytes your client signed. */
  sha256: string
  /** The bytes as UTF-8 text when they are valid UTF-8 (cut at {@link REFUSAL_BODY_LIMIT} bytes). */
  text: string | undefined
  /** The bytes as base64 when they are not valid UTF-8 (cut likewise). */
  base64: string | undefined
  truncated: boolean
}

/** Why the sandbox refused a request's signature: every check it made, never the signature value. */
export interface SignatureRefusal {
  check: RefusedCheck
  /** The answer's message, worded as WeChat Pay words it. */
  reason: string
  /** The Authorization parameters received, `signature` replaced by `[redacted: N characters]`. */
  authorization: Record<string, string> | undefined
  /** The canonical sign string `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n` built from the request as received. */
  signString: string | undefined
  /** SHA-256 (hex) of the whole sign string's bytes, body included even when `signString` is cut. */
  signStringSha256: string | undefined
  mchid: { received: string | undefined; expected: string; matches: boolean }
  serial: { received: string | undefined; expected: string; matches: boolean }
  time: {
    /** Server time, unix seconds. */
    server: number
    request: number | undefined
    /** server − request, seconds. */
    skewSeconds: number | undefined
    maxSkewSeconds: number
    within: boolean | undefined
  }
  body: RefusedBody
  /** For a bad signature: the common client mistake whose sign string the signature does match, if one does. */
  signedInstead: string | undefined
}

/** Body bytes kept in a refusal (text or base64); the length and digest always cover everything received. */
export const REFUSAL_BODY_LIMIT = 16 * 1024

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

function describeBody(body: Uint8Array): RefusedBody {
  const kept = Buffer.from(body.subarray(0, REFUSAL_BODY_LIMIT))
  let text: string | undefined
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(kept)
  } catch {
    text = undefined
  }
  return {
    length: body.length,
    sha256: sha256(body),
    text,
    base64: text === undefined ? kept.toString('base64') : undefined,
    truncated: body.length > REFUSAL_BODY_LIMIT,
  }
}

/** The Authorization parameters, read leniently (an unparseable header still shows its fields), signature redacted. */
export function redactedAuthorization(header: string | undefined): Record<string, string> | undefined {
  if (header === undefined || header === '') return undefined
  const out: Record<string, string> = {}
  const scheme = /^\s*([\w-]{1,40})\s/.exec(header)?.[1]
  if (scheme !== undefined) out.scheme = scheme
  for (const [, name, quoted, bare] of header.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|([^,\s]*))/g)) {
    const value = quoted ?? bare ?? ''
    out[name!] = name!.toLowerCase() === 'signature' ? `[redacted: ${value.length} characters]` : value.slice(0, 128)
  }
  return out
}

export interface RefusalInput {
  check: RefusedCheck
  reason: string
  method: string
  url: string
  host: string | undefined
  body: Uint8Array
  header: string | undefined
  auth: ParsedAuthorization | undefined
  mchid: string
  serial: string
  now: number
  maxSkewSeconds: number
  /** The merchant's public key, to name a mistake the signature matches (for a bad signature only). */
  publicKey: KeyObject
}

function signStringOf(input: RefusalInput): { text: string; sha256: string } | undefined {
  const { auth } = input
  if (auth === undefined) return undefined
  const full = buildRequestMessageBytes({
    method: input.method,
    url: input.url,
    timestamp: auth.timestamp,
    nonce: auth.nonce_str,
    body: input.body,
  })
  const head = full.length - input.body.length - 1
  const bodyPart = describeBody(input.body)
  const bodyText = bodyPart.text ?? `[${input.body.length} bytes, not UTF-8; base64 in body.base64]`
  return {
    text: `${full.subarray(0, head).toString('utf8')}${bodyText}${bodyPart.truncated ? '…[cut]' : ''}\n`,
    sha256: sha256(full),
  }
}

/** Sign strings of the usual client mistakes, with what each mistake is. */
function mistakes(input: RefusalInput, auth: ParsedAuthorization): [string, Buffer][] {
  const { method, url, body } = input
  const line = (m: string, u: string, b: Uint8Array | string, end = '\n') =>
    Buffer.concat([Buffer.from(`${m}\n${u}\n${auth.timestamp}\n${auth.nonce_str}\n`), Buffer.from(b), Buffer.from(end)])
  const out: [string, Buffer][] = []
  const q = url.indexOf('?')
  if (q >= 0)
    out.push([
      'the path without its query string (sign the path and ?query exactly as sent)',
      line(method, url.slice(0, q), body),
    ])
  if (input.host !== undefined) {
    for (const scheme of ['https', 'http']) {
      out.push([
        `the full URL with scheme and host (sign only the path and query)`,
        line(method, `${scheme}://${input.host}${url}`, body),
      ])
    }
  }
  if (body.length > 0) out.push(['an empty body (the body bytes belong on the fifth line)', line(method, url, '')])
  out.push(['the sign string without its final newline', line(method, url, body, '')])
  out.push(['a lower-case method', line(method.toLowerCase(), url, body)])
  let decoded: string | undefined
  try {
    decoded = decodeURI(url)
  } catch {
    decoded = undefined
  }
  if (decoded !== undefined && decoded !== url) {
    out.push(['the percent-decoded URL (sign it exactly as sent, still encoded)', line(method, decoded, body)])
  }
  const text = Buffer.from(body).toString('utf8')
  try {
    const compact = JSON.stringify(JSON.parse(text))
    if (compact !== text) {
      out.push([
        'the body serialized again as compact JSON (sign the exact bytes you send)',
        line(method, url, compact),
      ])
    }
  } catch {
    // Not JSON: no re-serialization to try.
  }
  out.push([
    'CRLF line endings (each line ends with \\n only)',
    Buffer.from(line(method, url, body).toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  ])
  return out
}

/** The refusal record for a request the authenticator refused. */
export function describeRefusal(input: RefusalInput): SignatureRefusal {
  const { auth } = input
  const requestTime = auth === undefined ? undefined : Number(auth.timestamp)
  const skew = requestTime === undefined || !Number.isFinite(requestTime) ? undefined : input.now - requestTime
  const sign = signStringOf(input)
  let signedInstead: string | undefined
  if (input.check === 'signature' && auth !== undefined) {
    signedInstead = mistakes(input, auth).find(([, message]) =>
      verifySignatureBytes(message, auth.signature, input.publicKey),
    )?.[0]
  }
  return {
    check: input.check,
    reason: input.reason,
    authorization: redactedAuthorization(input.header),
    signString: sign?.text,
    signStringSha256: sign?.sha256,
    mchid: { received: auth?.mchid, expected: input.mchid, matches: auth?.mchid === input.mchid },
    serial: {
      received: auth?.serial_no,
      expected: input.serial,
      matches: auth !== undefined && normalizeSerial(auth.serial_no) === normalizeSerial(input.serial),
    },
    time: {
      server: input.now,
      request: requestTime,
      skewSeconds: skew,
      maxSkewSeconds: input.maxSkewSeconds,
      within: skew === undefined ? undefined : Math.abs(skew) <= input.maxSkewSeconds,
    },
    body: describeBody(input.body),
    signedInstead,
  }
}
