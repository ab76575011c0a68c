import { randomBytes } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { createNonce, SIGNATURE_PROBE_PREFIX } from '@core/signer'
import { signResponse, signResponseAsync } from '@core/signer/testing'
import type { FaultDecision } from '../faults.js'
import type { PlatformSigner } from '../keys.js'
import type { RequestLogEntry } from '../request-log.js'

/** An HTTP answer before signing. */
export interface Answer {
  status: number
  body: Record<string, unknown> | undefined
  headers?: Record<string, string>
  /** A file answered as raw bytes and NOT signed (a family's download route); `body` is then ignored. */
  file?: { contentType: string; bytes: Buffer }
}

/** The `Wechatpay-*` headers for `bytes`, or the faulty ones the decision asks for (missing, wrong, probe). */
async function signatureHeaders(
  bytes: Buffer,
  signer: PlatformSigner,
  decision: FaultDecision,
  now: number,
): Promise<Record<string, string>> {
  if (decision.signature === 'missing') return {}
  const input = { privateKey: signer.privateKey, serial: signer.serial, timestamp: Math.floor(now / 1000) }
  if (decision.signature === 'probe') {
    return signResponse({
      ...input,
      body: bytes,
      signature: `${SIGNATURE_PROBE_PREFIX}${randomBytes(192).toString('base64')}`,
    })
  }
  // A wrong signature is a real RSA signature over other bytes: well-formed, but it does not verify. Signed on the
  // thread pool, so answers are signed on every core and the event loop keeps accepting requests.
  const signed = decision.signature === 'wrong' ? Buffer.concat([bytes, Buffer.from(' ')]) : bytes
  return signResponseAsync({ ...input, body: signed, nonce: createNonce() })
}

/** Writes a signed answer (with the faults that apply to it: bad signatures, truncation). */
export async function sendAnswer(
  res: ServerResponse,
  answer: Answer,
  signer: PlatformSigner,
  decision: FaultDecision,
  entry: RequestLogEntry,
  now: number,
): Promise<void> {
  const { file } = answer
  const bytes = file?.bytes ?? Buffer.from(answer.body === undefined ? '' : JSON.stringify(answer.body), 'utf8')
  const headers: Record<string, string> = {
    'Request-ID': entry.requestId!,
    'Content-Length': String(bytes.length),
    ...answer.headers,
    // WeChat Pay streams downloads unsigned: the client checks the file's digest instead.
    ...(file === undefined ? await signatureHeaders(bytes, signer, decision, now) : {}),
  }
  if (file !== undefined) headers['Content-Type'] = file.contentType
  else if (bytes.length > 0) headers['Content-Type'] = 'application/json; charset=utf-8'
  if (file === undefined && decision.signature !== 'valid') entry.faults.push(`${decision.signature}-signature`)
  if (res.destroyed) return
  res.writeHead(answer.status, headers)
  if (decision.truncate && bytes.length > 1) {
    entry.faults.push('truncate')
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy())
    return
  }
  res.end(bytes)
}
