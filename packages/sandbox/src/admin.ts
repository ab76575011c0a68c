import type { IncomingMessage, ServerResponse } from 'node:http'
import { ADMIN_PREFIX, DEFAULT_ADMIN_MAX_BODY_BYTES, MAX_JSON_DEPTH } from './constants.js'
import type { MountedFamily } from './engine/engine.js'
import { isSandboxError } from './errors.js'
import { AdminFile } from './family.js'
import type { FaultSettings } from './faults.js'
import { jsonNestsDeeperThan } from './json.js'
import type { Sandbox } from './sandbox-types.js'

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body instanceof AdminFile) {
    res.writeHead(status, { 'Content-Type': body.contentType, 'Content-Length': String(body.bytes.length) })
    res.end(body.bytes)
    return
  }
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

/** `?after=N` as a non-negative integer, `undefined` when absent. */
function afterParam(url: URL): number | undefined {
  const value = url.searchParams.get('after')
  if (value === null) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new AdminRefusal(400, 'INVALID_OPTION', 'after must be an integer ≥ 0')
  return n
}

/** What a callback receiver needs (sandbox keys only), and where callbacks are forwarded. */
function callbackSettings(sb: Sandbox<any>) {
  return {
    forward_to: sb.callbacks.forwardingTo ?? null,
    apiv3_key: sb.apiv3Key,
    platform: {
      serial: sb.platform.serial,
      public_key_pem: sb.platform.publicKeyPem,
      certificate_serial: sb.platform.certificateSerial ?? null,
      certificate_pem: sb.platform.certificatePem ?? null,
      keys: sb.platform.keys,
    },
  }
}

interface CompiledRoute {
  method: string
  pattern: RegExp
  names: string[]
  mounted: MountedFamily
  handle: NonNullable<MountedFamily['definition']['admin']>[number]['handle']
}

function compileRoutes(families: readonly MountedFamily[]): CompiledRoute[] {
  return families.flatMap((mounted) =>
    (mounted.definition.admin ?? []).map((route) => {
      const names: string[] = []
      const source = route.path
        .split('/')
        .map((segment) => {
          const slot = /^\{(\w+)\}$/.exec(segment)
          if (slot === null) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          names.push(slot[1]!)
          return '([^/]+)'
        })
        .join('/')
      return { method: route.method, pattern: new RegExp(`^${source}$`), names, mounted, handle: route.handle }
    }),
  )
}

/**
 * The admin API under `/__sandbox/` (unsigned, unlogged; for the CLI and for tests in other languages):
 *
 * - `GET /__sandbox` — connection info; `GET /__sandbox/state` — every family's data
 * - `GET|PUT|DELETE /__sandbox/faults` — read, replace, clear faults (`PUT` body: the `FaultSettings`)
 * - `GET|DELETE /__sandbox/requests` — the request log (`?after=SEQ`: only the entries after that `seq`)
 * - `GET /__sandbox/notifications`, `GET /__sandbox/notifications/{id}`, `POST /__sandbox/notifications/probe`
 *   (`{ "url"?: … }`), `POST /__sandbox/notifications/{id}/resend` (same id and body, fresh signature)
 * - `GET /__sandbox/deliveries?after=SEQ` — `{ last, deliveries }`: the attempts finished after `SEQ`, each with its
 *   notification's `event_type`, `kind` and `state`
 * - `GET|PUT /__sandbox/callbacks` — `{ forward_to, apiv3_key, platform }`: where every callback is forwarded
 *   (`PUT { "forward_to": url | null }`) and the keys a receiver verifies and decrypts them with
 * - each family's routes, e.g. busifavor's `POST /__sandbox/stocks`, `POST /__sandbox/coupons`, `GET /__sandbox/media/…`,
 *   pay's `POST /__sandbox/orders/{out_trade_no}/pay`, `POST /__sandbox/refunds/{out_refund_no}/succeed`…
 *
 * Bodies are JSON of at most {@link DEFAULT_ADMIN_MAX_BODY_BYTES} (larger: 413 `BODY_TOO_LARGE`, connection closed)
 * nesting at most {@link MAX_JSON_DEPTH} levels (deeper: 400 `INVALID_JSON`).
 */
export function createAdmin(sb: Sandbox<any>, families: readonly MountedFamily[]) {
  const routes = compileRoutes(families)

  async function familyRoute(
    req: IncomingMessage,
    method: string,
    path: string,
  ): Promise<{ found: boolean; body?: unknown }> {
    for (const route of routes) {
      if (route.method !== method) continue
      const match = route.pattern.exec(path)
      if (match === null) continue
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]))
      const body = method === 'GET' || method === 'DELETE' ? undefined : await readJson(req)
      const { state, seed } = route.mounted
      return { found: true, body: await route.handle({ body, params, state, seed }) }
    }
    return { found: false }
  }

  return async function handleAdmin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox')
    const method = req.method ?? 'GET'
    const path = url.pathname.slice(ADMIN_PREFIX.length) || '/'
    try {
      switch (`${method} ${path}`) {
        case 'GET /':
          return send(res, 200, {
            url: sb.url,
            mode: sb.mode,
            mchid: sb.merchant.mchid,
            merchant_serial: sb.merchant.serial,
            platform_serial: sb.platform.serial,
            certificate_serial: sb.platform.certificateSerial,
            families: families.map((f) => f.definition.family.name),
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
          return send(res, 200, sb.snapshot())
        case 'GET /requests': {
          const after = afterParam(url)
          return send(res, 200, after === undefined ? sb.requestLog.entries : sb.requestLog.after(after))
        }
        case 'GET /deliveries': {
          const deliveries = sb.callbacks.deliveriesAfter(afterParam(url) ?? 0).map((attempt) => {
            const record = sb.callbacks.notification(attempt.notificationId)
            return { ...attempt, event_type: record?.event_type, kind: record?.kind, state: record?.state }
          })
          return send(res, 200, { last: deliveries.at(-1)?.seq ?? afterParam(url) ?? 0, deliveries })
        }
        case 'GET /callbacks':
          return send(res, 200, callbackSettings(sb))
        case 'PUT /callbacks': {
          const body = (await readJson(req)) as { forward_to?: unknown }
          if (body.forward_to !== null && typeof body.forward_to !== 'string') {
            throw new AdminRefusal(400, 'INVALID_OPTION', 'PUT /__sandbox/callbacks takes { "forward_to": url | null }')
          }
          sb.callbacks.forwardTo(body.forward_to ?? undefined)
          return send(res, 200, callbackSettings(sb))
        }
        case 'DELETE /requests':
          sb.requestLog.clear()
          return send(res, 204)
        case 'GET /notifications':
          return send(res, 200, sb.callbacks.notifications)
        case 'POST /notifications/probe': {
          const body = (await readJson(req)) as { url?: string }
          return send(res, 200, await sb.callbacks.probe(body.url))
        }
      }
      const notification = /^\/notifications\/([^/]+)(\/resend)?$/.exec(path)
      if (notification !== null && notification[1] !== 'probe') {
        const id = decodeURIComponent(notification[1]!)
        const record = sb.callbacks.notification(id)
        if (record === undefined) return send(res, 404, { code: 'NOT_FOUND', message: `no notification ${id}` })
        if (method === 'GET' && notification[2] === undefined) return send(res, 200, record)
        if (method === 'POST' && notification[2] !== undefined) return send(res, 200, await sb.callbacks.resend(id))
      }
      const routed = await familyRoute(req, method, path)
      // A family route answers undefined for something it does not have (an unknown image, say): 404.
      if (routed.found && routed.body !== undefined) return send(res, 200, routed.body)
      return send(res, 404, { code: 'NOT_FOUND', message: `no admin route ${method} ${path}` })
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
}
