import type { IncomingMessage, ServerResponse } from 'node:http'
import { ADMIN_PREFIX, DEFAULT_ADMIN_MAX_BODY_BYTES, MAX_JSON_DEPTH } from './constants.js'
import { isSandboxError } from './errors.js'
import type { FaultSettings } from './faults.js'
import { jsonNestsDeeperThan } from './json.js'
import type { Sandbox } from './sandbox.js'

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'Content-Length': String(Buffer.byteLength(text)),
    ...(text === '' ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    ...headers,
  })
  res.end(text)
}

/** An admin request the sandbox refuses before acting on it, answered `{ code, message }`. */
class AdminRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Reads an admin body of at most {@link DEFAULT_ADMIN_MAX_BODY_BYTES}. Past that it stops reading (before the first
 * byte when Content-Length says so) and refuses with 413; the answer closes the connection, so the rest is never read.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new AdminRefusal(413, 'BODY_TOO_LARGE', `sandbox admin request bodies are at most ${limit} bytes`)
  if (Number(req.headers['content-length']) > limit) return Promise.reject(tooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      req.pause()
      reject(tooLarge())
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks, size)))
    req.on('error', reject)
  })
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, DEFAULT_ADMIN_MAX_BODY_BYTES)).toString('utf8')
  if (text === '') return {}
  if (jsonNestsDeeperThan(text)) {
    throw new AdminRefusal(400, 'INVALID_JSON', `sandbox admin JSON may nest at most ${MAX_JSON_DEPTH} levels`)
  }
  return JSON.parse(text)
}

/**
 * The admin API under `/__sandbox/` (unsigned, unlogged; for the CLI and for tests in other languages):
 *
 * - `GET /__sandbox` — connection info; `GET /__sandbox/state` — stocks, coupons, notify URLs, receipts
 * - `GET|PUT|DELETE /__sandbox/faults` — read, replace, clear faults (`PUT` body: the `FaultSettings`)
 * - `GET|DELETE /__sandbox/requests` — the request log
 * - `GET /__sandbox/notifications`, `POST /__sandbox/notifications/probe` (`{ "url"?: … }`)
 * - `POST /__sandbox/stocks`, `POST /__sandbox/coupons` — `sb.seed.createStock` / `sb.seed.sendCoupon`
 * - `GET /__sandbox/media/{sha256}.{ext}` — an uploaded image
 *
 * Bodies are JSON of at most {@link DEFAULT_ADMIN_MAX_BODY_BYTES} (larger: 413 `BODY_TOO_LARGE`, connection closed)
 * nesting at most {@link MAX_JSON_DEPTH} levels (deeper: 400 `INVALID_JSON`).
 */
export async function handleAdmin(sb: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox')
  const route = `${req.method} ${url.pathname.slice(ADMIN_PREFIX.length) || '/'}`
  try {
    switch (route) {
      case 'GET /':
        return send(res, 200, {
          url: sb.url,
          mode: sb.mode,
          mchid: sb.merchant.mchid,
          merchant_serial: sb.merchant.serial,
          platform_serial: sb.platform.serial,
          certificate_serial: sb.platform.certificateSerial,
          endpoints: sb.endpoints(),
        })
      case 'GET /faults':
        return send(res, 200, sb.faults.get())
      case 'PUT /faults':
      case 'POST /faults':
        sb.faults.set((await readJson(req)) as FaultSettings)
        return send(res, 200, sb.faults.get())
      case 'DELETE /faults':
        sb.faults.reset()
        return send(res, 204)
      case 'GET /state':
        return send(res, 200, {
          stocks: sb.state.stocks(),
          coupons: sb.state.coupons(),
          notify_url: sb.state.notifyUrl() ?? null,
          subsidy_pay_receipts: sb.state.subsidyPayReceipts(),
          subsidy_return_receipts: sb.state.subsidyReturnReceipts(),
        })
      case 'GET /requests':
        return send(res, 200, sb.requestLog.entries)
      case 'DELETE /requests':
        sb.requestLog.clear()
        return send(res, 204)
      case 'GET /notifications':
        return send(res, 200, sb.callbacks.notifications)
      case 'POST /notifications/probe': {
        const body = (await readJson(req)) as { url?: string }
        return send(res, 200, await sb.callbacks.probe(body.url))
      }
      case 'POST /stocks':
        return send(res, 200, sb.seed.createStock((await readJson(req)) as never))
      case 'POST /coupons':
        return send(res, 200, sb.seed.sendCoupon((await readJson(req)) as never))
    }
    const media = /^GET \/media\/([0-9a-f]{64})\.\w+$/.exec(route)
    const image = media ? sb.state.mediaBytes(media[1]!) : undefined
    if (image !== undefined) {
      res.writeHead(200, { 'Content-Type': image.contentType, 'Content-Length': String(image.bytes.length) })
      return void res.end(image.bytes)
    }
    return send(res, 404, { code: 'NOT_FOUND', message: `no admin route ${route}` })
  } catch (error) {
    if (error instanceof AdminRefusal) {
      // A refused body may still be arriving: close rather than read it to the end.
      const close = error.status === 413 ? { Connection: 'close' } : undefined
      return send(res, error.status, { code: error.code, message: error.message }, close)
    }
    if (isSandboxError(error)) return send(res, 400, { code: error.code, message: error.message })
    if (error instanceof SyntaxError) return send(res, 400, { code: 'INVALID_JSON', message: error.message })
    return send(res, 500, { code: 'SYSTEM_ERROR', message: (error as Error).message })
  }
}
