import type { IncomingHttpHeaders } from 'node:http'
import { ApiError } from '../errors.js'
import type { WireResponse } from '../transport.js'
import { headerText } from './hooks.js'

/** What a call resolves to. */
export interface ApiResponse<T = unknown> {
  status: number
  /** Response headers, names in lower case. */
  headers: IncomingHttpHeaders
  /** The parsed JSON body, after its signature was verified; `undefined` for 204 and empty or non-JSON bodies. */
  data: T
  /** WeChat Pay's `Request-ID`. */
  requestId: string | undefined
  /** The body bytes exactly as received (and verified). */
  raw: Buffer
}

/**
 * Step 6, deserialize: parses a verified 2xx body, or turns an error answer into an `ApiError` with WeChat Pay's
 * `code`, `message` and `detail`.
 * @throws {ApiError} a non-2xx answer, or a signed 2xx body that is not JSON (`MALFORMED_RESPONSE`).
 */
export function deserialize<T>(response: WireResponse, verified: boolean): ApiResponse<T> {
  const { status, headers, raw } = response
  const requestId = headerText(headers['request-id'])
  const type = headerText(headers['content-type'])
  const isJson = raw.length > 0 && status !== 204 && (type === undefined || type.includes('json'))
  if (status >= 200 && status < 300) {
    let data: unknown
    if (isJson) {
      try {
        data = JSON.parse(raw.toString('utf8'))
      } catch (cause) {
        throw new ApiError(
          `@core/client: WeChat Pay answered ${status} with a signed body that is not JSON (Request-ID ${requestId ?? 'none'}); report it to WeChat Pay support.`,
          { code: 'MALFORMED_RESPONSE', status, requestId, verified, cause },
        )
      }
    }
    return { status, headers, data: data as T, requestId, raw }
  }
  let body: { code?: unknown; message?: unknown; detail?: unknown } | undefined
  if (isJson) {
    try {
      body = JSON.parse(raw.toString('utf8')) as typeof body
    } catch {
      body = undefined
    }
  }
  const code = typeof body?.code === 'string' && body.code !== '' ? body.code : undefined
  const apiMessage =
    typeof body?.message === 'string' ? body.message : body === undefined ? raw.toString('utf8', 0, 200) : undefined
  throw ApiError.fromResponse({ status, code, apiMessage, detail: body?.detail, requestId, verified })
}
