import type { CallSettings } from '../resolve-options.js'
import type { StreamCheck, WireResponse } from '../transport.js'

/** A call after the serialize step: the bytes to sign and send are fixed here, once, for every attempt. */
export interface Prepared {
  method: string
  /** API path plus query, without the base URL's path prefix. */
  path: string
  sendBody: Buffer | undefined
  /** The bytes of `sendBody` to sign: its text when the caller gave text (the signer hashes a string without a copy). */
  signBody: Buffer | string
  contentType: string | undefined
  headers: Record<string, string> | undefined
  idempotent: boolean
  signal: AbortSignal | undefined
  settings: CallSettings
  wechatpaySerial: string | undefined
  /** `signature`: every 2xx must be signed; `none`: an explicit unsigned download; a function: custom check. */
  verify: 'signature' | 'none' | ((response: WireResponse) => void)
  /** Set for `download()`: a 2xx body is handed over as a stream, through this check. */
  stream: { check: StreamCheck | undefined } | undefined
}

/** A GET without body or extra headers, verified against the signature (callers override what differs). */
export function plainGet(path: string, settings: CallSettings, signal: AbortSignal | undefined): Prepared {
  return {
    method: 'GET',
    path,
    sendBody: undefined,
    signBody: '',
    contentType: undefined,
    headers: undefined,
    idempotent: true,
    signal,
    settings,
    wechatpaySerial: undefined,
    verify: 'signature',
    stream: undefined,
  }
}
