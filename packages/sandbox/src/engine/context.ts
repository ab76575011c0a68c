import type { IncomingHttpHeaders } from 'node:http'
import type { DownloadRoute } from '../family.js'
import type { FaultDecision } from '../faults.js'
import type { PlatformSigner } from '../keys.js'
import type { RequestLogEntry } from '../request-log.js'
import type { RouteResult } from './router.js'

/** One API request on its way through the engine: what arrived, where it routes, and what has been decided about it. */
export interface RequestContext {
  method: string
  /** Path and query exactly as received (what the merchant signed). */
  url: string
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  /** The body bytes as received (cut at the size limit: see `tooLarge`). */
  raw: Buffer
  tooLarge: boolean
  /** `undefined` for the certificate download and the families' downloads, which are not endpoints. */
  route: RouteResult | undefined
  certificates: boolean
  /** A family's download route (its answer is the file, unsigned). */
  download: { route: DownloadRoute<unknown>; mounted: { state: unknown } } | undefined
  decision: FaultDecision
  /** The answer is signed with the key the request's `Wechatpay-Serial` names (else the mode's default). */
  signer: PlatformSigner
  /** The request named a `Wechatpay-Serial` the sandbox does not have. */
  unknownSerial: boolean
  entry: RequestLogEntry
}

/** Splits `url` into its path and a record of its query (last value wins, as WeChat Pay reads it). */
export function splitUrl(url: string): { path: string; query: Record<string, string> } {
  const q = url.indexOf('?')
  if (q < 0) return { path: url, query: {} }
  const query: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(url.slice(q + 1))) query[key] = value
  return { path: url.slice(0, q), query }
}
