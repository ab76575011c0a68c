// An undici dispatcher that remembers what each attempt put on the wire — method, path, timestamp and nonce from the
// Authorization actually sent, body bytes — so `--verbose` shows the exact sign string. The Authorization itself
// (its signature) is never kept.
import { buildRequestMessage, parseAuthorization } from '@core/signer'
import { Agent, type Dispatcher } from 'undici'

export interface SentAttempt {
  method: string
  origin: string
  /** Path and query as sent (what was signed). */
  path: string
  /** Request headers, `authorization` shown with its signature redacted. */
  headers: Record<string, string>
  /** The canonical sign string of this attempt. */
  signString: string | undefined
}

function headerRecord(headers: Dispatcher.DispatchOptions['headers']): Record<string, string> {
  const out: Record<string, string> = {}
  if (headers === undefined || headers === null) return out
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1])
    return out
  }
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return out
}

function bodyText(body: Dispatcher.DispatchOptions['body']): string {
  if (body === undefined || body === null) return ''
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8')
  return '[stream]'
}

export class RecordingDispatcher {
  readonly agent = new Agent()
  readonly sent: SentAttempt[] = []
  readonly dispatcher: Dispatcher

  constructor() {
    this.dispatcher = this.agent.compose((dispatch) => (options, handler) => {
      const headers = headerRecord(options.headers)
      let signString: string | undefined
      if (headers.authorization !== undefined) {
        try {
          const auth = parseAuthorization(headers.authorization)
          signString = buildRequestMessage({
            method: options.method,
            url: options.path,
            timestamp: auth.timestamp,
            nonce: auth.nonce_str,
            body: bodyText(options.body),
          })
          headers.authorization = `WECHATPAY2-SHA256-RSA2048 mchid="${auth.mchid}",nonce_str="${auth.nonce_str}",signature="[redacted]",timestamp="${auth.timestamp}",serial_no="${auth.serial_no}"`
        } catch {
          headers.authorization = '[redacted]'
        }
      }
      this.sent.push({
        method: options.method,
        origin: String(options.origin ?? ''),
        path: options.path,
        headers,
        signString,
      })
      return dispatch(options, handler)
    })
  }

  close(): Promise<void> {
    return this.agent.close()
  }
}
