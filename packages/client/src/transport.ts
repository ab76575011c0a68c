import type { IncomingHttpHeaders } from 'node:http'
import { Transform, type TransformCallback } from 'node:stream'
import type { Dispatcher } from 'undici'
import { DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS, DEFAULT_KEEP_ALIVE_TIMEOUT_MS, type Timeouts } from './constants.js'
import { AttemptSignal, BodyDeadline, HeadersDeadline } from './deadline.js'
import { type CallContext, NetworkError, TimeoutError } from './errors.js'
import { OriginPools } from './origin-pools.js'

/**
 * The dispatcher the client creates when the user gives no dispatcher. The client's default timeouts live here, once,
 * so a call that does not override them passes no timeout options to undici (see `WireRequest.timeoutOptions`).
 */
export function createDefaultDispatcher(timeouts: Timeouts): OriginPools {
  return new OriginPools({
    keepAliveTimeout: DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
    keepAliveMaxTimeout: DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS,
    connect: { timeout: timeouts.connect },
    headersTimeout: timeouts.headers,
    bodyTimeout: timeouts.body,
  })
}

/** A check run over a streamed body: every chunk, then once at its end (an error there fails the stream). */
export interface StreamCheck {
  update(chunk: Buffer): void
  end(context: CallContext): Error | undefined
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
  /** Largest body read into memory; a larger answer fails with `RESPONSE_TOO_LARGE` and its connection is closed. */
  maxResponseBytes: number
  /** Hand a 2xx body over as a stream (`download()`), uncapped; error answers are still read, within the cap. */
  stream: { check: StreamCheck | undefined } | undefined
  /** The attempt number, for errors raised by a stream after the call returned. */
  attempt: number
}

export interface WireResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The whole body; empty when it is streamed (`body`). */
  raw: Buffer
  /** The body as a stream (only for `WireRequest.stream` and a 2xx status). */
  body?: Transform
}

// Errors raised before any request byte left the machine: repeating such a call cannot apply it twice.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'])
const CLOSED = new Set(['UND_ERR_CLOSED', 'UND_ERR_DESTROYED'])
const EMPTY = Buffer.alloc(0)

/** The reason a body is destroyed when it grows past the cap. */
class TooLarge extends Error {
  constructor(readonly detail: string) {
    super(detail)
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

function requestIdOf(headers: IncomingHttpHeaders): string | undefined {
  const value = headers['request-id']
  return Array.isArray(value) ? value[0] : value
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
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || error instanceof HeadersDeadline) {
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
  if (error instanceof TooLarge) {
    return new NetworkError(
      `@core/client: the answer to ${where} (HTTP ${context.status}, Request-ID ${context.requestId ?? 'none'}) is larger than maxResponseBytes (${request.maxResponseBytes} bytes): it ${error.detail}; the connection was closed without reading the rest. If this answer is legitimately large, raise maxResponseBytes for this call; fetch bill files with client.download().`,
      { ...context, code: 'RESPONSE_TOO_LARGE', requestSent: true, limitBytes: request.maxResponseBytes },
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

/**
 * One HTTP exchange: send the exact bytes, then read the whole body within the body deadline and the size cap (or,
 * for a download, hand a 2xx body over as a stream), mapping every failure to a client error.
 */
export async function dispatch(dispatcher: Dispatcher, request: WireRequest): Promise<WireResponse> {
  const signal = new AttemptSignal(request.signal)
  const options: Dispatcher.RequestOptions = {
    origin: request.origin,
    path: request.path,
    method: request.method as Dispatcher.HttpMethod,
    headers: request.headers,
    body: request.body ?? null,
    signal,
  }
  if (request.timeoutOptions) {
    options.headersTimeout = request.timeouts.headers
    options.bodyTimeout = request.timeouts.body
  }
  signal.arm('headers', request.timeouts.headers)
  let response: Dispatcher.ResponseData
  try {
    response = await dispatcher.request(options)
  } catch (error) {
    signal.dispose()
    throw transportError(error, request, 'send')
  }
  const status = response.statusCode
  const context = { status, requestId: requestIdOf(response.headers), attempts: request.attempt }
  signal.arm('body', request.timeouts.body)
  const streamed = request.stream !== undefined && status >= 200 && status < 300
  const limit = streamed ? Number.POSITIVE_INFINITY : request.maxResponseBytes
  const declared = response.headers['content-length']
  // A HEAD answer declares the length of a body it does not carry.
  const bounded = request.method !== 'HEAD' && typeof declared === 'string' && /^\d+$/.test(declared)
  if (bounded && Number(declared) > limit) {
    // Refused before reading a byte: destroying the body closes the connection.
    signal.dispose()
    response.body.destroy()
    throw transportError(new TooLarge(`declares Content-Length ${declared}`), request, 'body', context)
  }
  if (streamed) {
    return {
      status,
      headers: response.headers,
      raw: EMPTY,
      body: streamBody(response.body, request, signal, context),
    }
  }
  try {
    // A declared length within the cap bounds the body already (undici reads exactly that many bytes and fails a
    // longer answer): undici's own collector reads it, without a stream event per chunk. Otherwise count as it comes.
    const raw = bounded ? await collect(response.body) : await readBody(response.body, limit)
    return { status, headers: response.headers, raw }
  } catch (error) {
    throw transportError(error, request, 'body', context)
  } finally {
    signal.dispose()
  }
}

async function collect(body: Dispatcher.ResponseData['body']): Promise<Buffer> {
  const bytes = await body.bytes()
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * Reads the whole body, counting bytes as they arrive: past `limit` the body is destroyed at once (which closes the
 * connection), so no more than one chunk beyond the cap is ever held. The deadline is the attempt signal's.
 */
function readBody(body: Dispatcher.ResponseData['body'], limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    let done = false
    body.on('data', (chunk: Buffer) => {
      length += chunk.length
      if (length > limit) {
        chunks.length = 0
        body.destroy(new TooLarge('sent more than that'))
        return
      }
      chunks.push(chunk)
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

/**
 * The body of a download as a stream of its own: errors become client errors (timeouts, resets, the end check), the
 * body deadline stays armed until the end, and destroying it early closes the connection.
 */
function streamBody(
  body: Dispatcher.ResponseData['body'],
  request: WireRequest,
  signal: AttemptSignal,
  context: CallContext,
): Transform {
  const check = request.stream?.check
  const out = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      check?.update(chunk)
      callback(null, chunk)
    },
    flush(callback: TransformCallback) {
      signal.dispose()
      callback(check?.end(context) ?? null)
    },
  })
  body.on('error', (error) => out.destroy(transportError(error, request, 'body', context) as Error))
  // A failure before the caller attached a listener (a deadline while it was busy elsewhere) must not crash the
  // process: the error stays on the stream, and pipeline() or for-await still throw it.
  out.on('error', () => undefined)
  out.on('close', () => {
    signal.dispose()
    if (!body.destroyed) body.destroy()
  })
  body.pipe(out)
  return out
}
