import type { IncomingHttpHeaders } from 'node:http'
import { Agent, type Dispatcher } from 'undici'
import { DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS, DEFAULT_KEEP_ALIVE_TIMEOUT_MS, type Timeouts } from './constants.js'
import { type CallContext, NetworkError, TimeoutError } from './errors.js'

/**
 * The Agent the client creates when the user gives no dispatcher. The client's default timeouts live here, once, so a
 * call that does not override them passes no timeout options to undici (see `WireRequest.timeoutOptions`).
 */
export function createAgent(timeouts: Timeouts): Agent {
  return new Agent({
    keepAliveTimeout: DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
    keepAliveMaxTimeout: DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS,
    connect: { timeout: timeouts.connect },
    headersTimeout: timeouts.headers,
    bodyTimeout: timeouts.body,
  })
}

export interface WireRequest {
  origin: string
  /** Path plus query exactly as signed. */
  path: string
  method: string
  headers: Record<string, string>
  body: Buffer | undefined
  timeouts: Timeouts
  /**
   * Pass `timeouts.headers`/`.body` to undici with this request: needed when the call overrides them or the dispatcher
   * is the user's (its defaults are not ours); otherwise the client's Agent already has them.
   */
  timeoutOptions: boolean
  signal: AbortSignal | undefined
}

export interface WireResponse {
  status: number
  headers: IncomingHttpHeaders
  raw: Buffer
}

// Errors raised before any request byte left the machine: repeating such a call cannot apply it twice.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'])
const CLOSED = new Set(['UND_ERR_CLOSED', 'UND_ERR_DESTROYED'])

class BodyDeadline extends Error {}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** Turns an undici/socket error into a client error; the cause is kept (it holds no request headers). */
function transportError(
  error: unknown,
  request: WireRequest,
  phase: 'send' | 'body',
  context: CallContext = {},
): unknown {
  if (request.signal?.aborted) return request.signal.reason
  const code = errorCode(error) ?? errorCode((error as { cause?: unknown }).cause)
  const where = `${request.method} ${request.origin}${request.path.split('?')[0]}`
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new TimeoutError(
      `@core/client: connecting for ${where} took over ${request.timeouts.connect} ms; check the network or raise timeouts.connect.`,
      { ...context, code: 'CONNECT_TIMEOUT', timeoutMs: request.timeouts.connect, cause: error },
    )
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT') {
    return new TimeoutError(
      `@core/client: no response headers for ${where} within ${request.timeouts.headers} ms; raise timeouts.headers if the endpoint is slow.`,
      { ...context, code: 'HEADERS_TIMEOUT', timeoutMs: request.timeouts.headers, cause: error },
    )
  }
  if (code === 'UND_ERR_BODY_TIMEOUT' || error instanceof BodyDeadline) {
    return new TimeoutError(
      `@core/client: the response body for ${where} did not arrive within ${request.timeouts.body} ms; raise timeouts.body if it is large.`,
      { ...context, code: 'BODY_TIMEOUT', timeoutMs: request.timeouts.body, cause: error },
    )
  }
  if (code !== undefined && CLOSED.has(code)) {
    return new NetworkError(`@core/client: the dispatcher is closed; create a new client (${where}).`, {
      code: 'CLIENT_CLOSED',
      requestSent: false,
      cause: error,
    })
  }
  const notSent = code !== undefined && NOT_SENT.has(code)
  const detail = error instanceof Error ? error.message : String(error)
  return new NetworkError(
    `@core/client: ${where} failed ${phase === 'body' ? 'while reading the response body' : notSent ? 'before sending' : 'in transit'}: ${detail}${code ? ` (${code})` : ''}.`,
    { ...context, code: 'NETWORK_ERROR', requestSent: !notSent, cause: error },
  )
}

/** One HTTP exchange: send the exact bytes, read the whole body (within the body deadline), map failures. */
export async function dispatch(dispatcher: Dispatcher, request: WireRequest): Promise<WireResponse> {
  const options: Dispatcher.RequestOptions = {
    origin: request.origin,
    path: request.path,
    method: request.method as Dispatcher.HttpMethod,
    headers: request.headers,
    body: request.body ?? null,
    signal: request.signal ?? null,
  }
  if (request.timeoutOptions) {
    options.headersTimeout = request.timeouts.headers
    options.bodyTimeout = request.timeouts.body
  }
  let response: Dispatcher.ResponseData
  try {
    response = await dispatcher.request(options)
  } catch (error) {
    throw transportError(error, request, 'send')
  }
  try {
    const raw = await readBody(response.body, performance.now() + request.timeouts.body)
    return { status: response.statusCode, headers: response.headers, raw }
  } catch (error) {
    const requestId = response.headers['request-id']
    throw transportError(error, request, 'body', {
      status: response.statusCode,
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    })
  }
}

/**
 * Reads the whole body, failing with `BodyDeadline` when a chunk arrives after `deadline` (a `performance.now()`
 * time). undici's `bodyTimeout` is an idle timeout between chunks, so together they stop a body that stalls and one
 * that trickles forever, without arming a timer per request.
 */
function readBody(body: Dispatcher.ResponseData['body'], deadline: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    let done = false
    body.on('data', (chunk: Buffer) => {
      if (performance.now() > deadline) {
        body.destroy(new BodyDeadline())
        return
      }
      chunks.push(chunk)
      length += chunk.length
    })
    body.on('end', () => {
      done = true
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length))
    })
    body.on('error', (error) => {
      done = true
      reject(error)
    })
    body.on('close', () => {
      // Destroyed without an error (e.g. the request was aborted): never leave the call hanging.
      if (!done) reject(new Error('the response body was closed before it ended'))
    })
  })
}
