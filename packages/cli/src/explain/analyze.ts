// Why a WeChat Pay callback or response does or does not verify, step by step: the headers, the key the serial
// selects, the timestamp window, the exact message bytes, the signature (and, when it fails, which re-serialized body
// or which other key it does match), and for a callback whether the APIv3 key decrypts the resource.
import { createHash, type KeyObject } from 'node:crypto'
import { buildVerifyMessageBytes, decryptResource, SIGNATURE_PROBE_PREFIX, verifySignatureBytes } from '@core/signer'
import { detectStyle, differences, keyOrder, orderings, serialize, styles } from './reserialize.js'

export type CauseCode =
  | 'MISSING_HEADER'
  | 'UNSUPPORTED_SIGNATURE_TYPE'
  | 'SIGNATURE_PROBE'
  | 'TIMESTAMP_SKEW'
  | 'UNKNOWN_SERIAL'
  | 'RESERIALIZED_BODY'
  | 'WRONG_PLATFORM_KEY'
  | 'INVALID_APIV3_KEY'
  | 'WRONG_APIV3_KEY'
  | 'NOT_DECRYPTED'

export interface Cause {
  code: CauseCode
  message: string
  fix: string
}

export interface Step {
  title: string
  status: 'ok' | 'fail' | 'info' | 'skip'
  lines: string[]
}

export interface ConfiguredKey {
  serial: string
  key: KeyObject
  file: string
  /** The file holds a private key: never WeChat Pay's (it keeps its own), so it is the merchant's. */
  privateKey?: boolean
}

export interface ExplainInput {
  headers: Record<string, string>
  body: Buffer
  keys: ConfiguredKey[]
  apiv3Key: string | undefined
  /** Unix seconds. */
  now: number
  maxSkewSeconds: number
  /** The merchant's own public key (from its private key or certificate), to spot it configured as a platform key. */
  merchantKey: KeyObject | undefined
}

export interface Explanation {
  kind: 'callback' | 'response'
  verified: boolean
  causes: Cause[]
  steps: Step[]
  /** The decrypted resource of a callback, when it decrypted. */
  resource: unknown
}

const REQUIRED = ['wechatpay-timestamp', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-serial']
const NAMES: Record<string, string> = {
  'wechatpay-timestamp': 'Wechatpay-Timestamp',
  'wechatpay-nonce': 'Wechatpay-Nonce',
  'wechatpay-signature': 'Wechatpay-Signature',
  'wechatpay-serial': 'Wechatpay-Serial',
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('hex')

/** The verify message with its line breaks visible. */
export function visibleMessage(bytes: Buffer): string[] {
  const text = bytes.toString('utf8')
  const parts = text.split('\n')
  parts.pop()
  return parts.map((p) => `${p.length > 400 ? `${p.slice(0, 400)}…(${Buffer.byteLength(p)} bytes)` : p}\\n`)
}

interface Envelope {
  resource?: { ciphertext?: unknown; nonce?: unknown; associated_data?: unknown; algorithm?: unknown }
}

export function explain(input: ExplainInput): Explanation {
  const { headers, body } = input
  const steps: Step[] = []
  const causes: Cause[] = []
  let parsed: unknown
  let json = false
  try {
    parsed = JSON.parse(body.toString('utf8'))
    json = true
  } catch {
    parsed = undefined
  }
  const envelope = (json ? parsed : {}) as Envelope
  const callback =
    typeof envelope?.resource === 'object' && envelope.resource !== null && 'ciphertext' in envelope.resource
  const kind = callback ? 'callback' : 'response'

  // 1. The headers.
  const missing = REQUIRED.filter((name) => headers[name] === undefined || headers[name] === '')
  steps.push({
    title: 'signature headers',
    status: missing.length ? 'fail' : 'ok',
    lines: REQUIRED.map(
      (name) => `${NAMES[name]}: ${headers[name] === undefined ? 'MISSING' : shown(name, headers[name]!)}`,
    ),
  })
  if (missing.length) {
    causes.push({
      code: 'MISSING_HEADER',
      message: `missing ${missing.map((n) => NAMES[n]).join(', ')}: nothing can be verified without ${missing.length > 1 ? 'them' : 'it'}`,
      fix: 'pass every request header through to the verifier (a proxy or gateway may drop them; read names case-insensitively: Node lower-cases them)',
    })
  }
  const type = headers['wechatpay-signature-type']
  if (type !== undefined && type !== 'WECHATPAY2-SHA256-RSA2048') {
    causes.push({
      code: 'UNSUPPORTED_SIGNATURE_TYPE',
      message: `Wechatpay-Signature-Type is ${type}; APIv3 defines only WECHATPAY2-SHA256-RSA2048`,
      fix: 'this is not an APIv3 signature (an SM2 merchant, or not from WeChat Pay)',
    })
  }
  const signature = headers['wechatpay-signature'] ?? ''
  const probe = signature.startsWith(SIGNATURE_PROBE_PREFIX)
  if (probe) {
    causes.push({
      code: 'SIGNATURE_PROBE',
      message: `the signature starts with ${SIGNATURE_PROBE_PREFIX}: a probe WeChat Pay sends on purpose to check that you verify`,
      fix: 'nothing to fix: refuse it (answer 4xx/5xx, do not process it). Accepting it would mean you do not verify signatures',
    })
  }

  // 2. The timestamp window.
  const ts = Number(headers['wechatpay-timestamp'])
  if (headers['wechatpay-timestamp'] !== undefined) {
    const skew = input.now - ts
    const within = Number.isFinite(ts) && Math.abs(skew) <= input.maxSkewSeconds
    steps.push({
      title: 'timestamp window',
      status: within ? 'ok' : 'fail',
      lines: [
        `Wechatpay-Timestamp ${headers['wechatpay-timestamp']} = ${Number.isFinite(ts) ? new Date(ts * 1000).toISOString() : 'not a number'}`,
        `now ${input.now} = ${new Date(input.now * 1000).toISOString()}: now − timestamp = ${Number.isFinite(skew) ? `${skew}s` : '?'}, allowed ±${input.maxSkewSeconds}s`,
      ],
    })
    if (!within) {
      causes.push({
        code: 'TIMESTAMP_SKEW',
        message: `the timestamp is ${Number.isFinite(skew) ? `${Math.abs(skew)}s ${skew > 0 ? 'old' : 'in the future'}` : 'not a number'}; more than ${input.maxSkewSeconds}s from now`,
        fix: 'sync this machine’s clock (NTP); when replaying a recorded message, verify with its time (--now)',
      })
    }
  }

  // 3. The key the serial selects.
  const serial = headers['wechatpay-serial']
  const selected =
    serial === undefined ? undefined : input.keys.find((k) => k.serial.toUpperCase() === serial.toUpperCase())
  if (serial !== undefined) {
    const what = serial.startsWith('PUB_KEY_ID_')
      ? 'a WeChat Pay public key id (微信支付公钥)'
      : 'a platform certificate serial (平台证书)'
    steps.push({
      title: 'the key the serial selects',
      status: selected ? 'ok' : 'fail',
      lines: [
        `Wechatpay-Serial ${serial}: ${what}`,
        selected
          ? `→ ${selected.file}`
          : `→ no configured key has this serial (configured: ${input.keys.map((k) => k.serial).join(', ') || 'none'})`,
      ],
    })
    if (!selected) {
      causes.push({
        code: 'UNKNOWN_SERIAL',
        message: `no key is configured for ${serial}`,
        fix: serial.startsWith('PUB_KEY_ID_')
          ? 'configure the WeChat Pay public key with this id (merchant platform → API安全 → 微信支付公钥): WECHATPAY_PUBLIC_KEY_ID and _PATH'
          : 'download the current platform certificates (wxpay certificates download) and configure this one; they rotate',
      })
    }
  }

  // 4. The message and the signature.
  let authentic = false
  if (missing.length === 0 && !probe) {
    const message = (b: Uint8Array | string) =>
      buildVerifyMessageBytes({
        timestamp: headers['wechatpay-timestamp']!,
        nonce: headers['wechatpay-nonce']!,
        body: b,
      })
    const exact = message(body)
    steps.push({
      title: 'the message that was signed: TIMESTAMP\\nNONCE\\nBODY\\n over the raw body bytes',
      status: 'info',
      lines: [
        ...visibleMessage(exact),
        `(${exact.length} bytes, sha256 ${sha256(exact)}; body ${body.length} bytes, sha256 ${sha256(body)})`,
      ],
    })
    const candidates = selected ? [selected] : input.keys
    const verifies = (k: ConfiguredKey, m: Buffer) => verifySignatureBytes(m, signature, k.key)
    const direct = candidates.find((k) => verifies(k, exact))
    if (direct !== undefined) {
      authentic = true
      steps.push({ title: 'signature (SHA256withRSA)', status: 'ok', lines: [`verifies with ${direct.file}`] })
      if (!selected)
        causes.at(-1)!.fix = `it verifies with the key in ${direct.file}: configure that file under ${serial}`
    } else {
      const found = json ? findReserialized(parsed, body, candidates, (m) => message(m), signature) : undefined
      if (found !== undefined) {
        authentic = true
        steps.push({
          title: 'signature (SHA256withRSA)',
          status: 'fail',
          lines: [
            'does not verify over these bytes, but does over this serialization of the same JSON:',
            shorten(found.text, 300),
          ],
        })
        causes.push({
          code: 'RESERIALIZED_BODY',
          message: `the body was serialized again after it arrived: ${found.changes.join('; ')}`,
          fix: 'verify the raw bytes as received, before any JSON parser (express.raw(), NestJS rawBody: true, or @adapters/express which reads the stream itself)',
        })
      } else {
        const other = input.keys.find((k) => k !== selected && verifies(k, exact))
        const merchant =
          selected !== undefined &&
          (selected.privateKey === true ||
            (input.merchantKey !== undefined && spki(selected.key) === spki(input.merchantKey)))
        const tried = json
          ? `, nor over ${styles().length * orderings(parsed).length} common re-serializations of its JSON`
          : ''
        steps.push({
          title: 'signature (SHA256withRSA)',
          status: 'fail',
          lines: [`does not verify with ${selected?.file ?? 'any configured key'} over the exact bytes${tried}`],
        })
        if (selected !== undefined) {
          causes.push({
            code: 'WRONG_PLATFORM_KEY',
            message: other
              ? `it verifies with ${other.file} (configured as ${other.serial}), not with ${selected.file}: the files are swapped`
              : merchant
                ? `${selected.file} is your own merchant certificate/key, not WeChat Pay's${selected.privateKey ? ' (a private key: WeChat Pay never hands out its own)' : ''}`
                : `${selected.file} is not the key WeChat Pay signed with (another merchant's, another environment's, an old one) — or the message was altered on the way`,
            fix: 'configure the WeChat Pay public key or platform certificate of this merchant under this serial (wxpay keys inspect <file>)',
          })
        }
      }
    }
  }

  // 5. The resource of a callback.
  let resource: unknown
  if (callback) {
    const key = input.apiv3Key
    if (key === undefined) {
      steps.push({
        title: 'decrypt resource (AES-256-GCM)',
        status: 'skip',
        lines: ['no APIv3 key given (WECHATPAY_APIV3_KEY, --apiv3-key-file)'],
      })
    } else if (Buffer.byteLength(key) !== 32) {
      steps.push({
        title: 'decrypt resource (AES-256-GCM)',
        status: 'fail',
        lines: [`the APIv3 key is ${Buffer.byteLength(key)} bytes, not 32`],
      })
      causes.push({
        code: 'INVALID_APIV3_KEY',
        message: `the APIv3 key is ${Buffer.byteLength(key)} bytes; APIv3 keys are 32 characters`,
        fix: 'use the APIv3 密钥 (32 characters, merchant platform → API安全), not the APIv2 key or the certificate password',
      })
    } else {
      try {
        const plaintext = decryptResource(envelope.resource as never, key)
        resource = JSON.parse(plaintext)
        steps.push({
          title: 'decrypt resource (AES-256-GCM)',
          status: 'ok',
          lines: ['the APIv3 key decrypts it and the GCM tag checks', shorten(plaintext, 300)],
        })
      } catch (error) {
        steps.push({
          title: 'decrypt resource (AES-256-GCM)',
          status: 'fail',
          lines: [(error as Error).message.replace(/^@core\/signer: /, '')],
        })
        causes.push(
          authentic
            ? {
                code: 'WRONG_APIV3_KEY',
                message:
                  'the signature is WeChat Pay’s, yet the GCM tag fails: the APIv3 key is not the one WeChat Pay encrypted with',
                fix: 'use this merchant’s current APIv3 密钥 (it may have been reset on the merchant platform)',
              }
            : {
                code: 'NOT_DECRYPTED',
                message:
                  'the resource does not decrypt (GCM tag fails) and the signature does not verify: a wrong APIv3 key or a tampered body',
                fix: 'fix the signature check first; then a failing tag means the APIv3 key is wrong',
              },
        )
      }
    }
  }
  return { kind, verified: causes.length === 0, causes, steps, resource }
}

/** A header as shown: the signature by its length only (and a probe's prefix), so no signature reaches a log. */
function shown(name: string, value: string): string {
  if (name !== 'wechatpay-signature') return shorten(value)
  const prefix = value.startsWith(SIGNATURE_PROBE_PREFIX) ? `${SIGNATURE_PROBE_PREFIX}… ` : ''
  return `${prefix}[${value.length} characters, not shown]`
}

function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** The serialization of `value` the signature verifies over, and what differs from the body received. */
function findReserialized(
  value: unknown,
  body: Buffer,
  keys: ConfiguredKey[],
  message: (text: string) => Buffer,
  signature: string,
): { text: string; changes: string[] } | undefined {
  const received = body.toString('utf8')
  const receivedStyle = detectStyle(received, value)
  for (const { value: v, reordered } of orderings(value)) {
    for (const style of styles()) {
      const text = serialize(v, style)
      if (text === received) continue
      if (!keys.some((k) => verifySignatureBytes(message(text), signature, k.key))) continue
      const orderChanged = reordered || (style.sortKeys && keyOrder(JSON.parse(text)) !== keyOrder(value))
      const changes = differences(style, receivedStyle, orderChanged && !(style.sortKeys && receivedStyle.sortKeys))
      return { text, changes: changes.length ? changes : ['the bytes differ'] }
    }
  }
  return undefined
}
