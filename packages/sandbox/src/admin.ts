import type { IncomingMessage, ServerResponse } from 'node:http'
import { ADMIN_PREFIX } from './constants.js'
import type { MountedFamily } from './engine/engine.js'
import { isSandboxError } from './errors.js'
import { AdminFile } from './family.js'
import type { FaultSettings } from './faults.js'
import type { Sandbox } from './sandbox-types.js'

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body instanceof AdminFile) {
    res.writeHead(status, { 'Content-Type': body.contentType, 'Content-Length': String(body.bytes.length) })
    res.end(body.bytes)
    return
  }
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'Content-Length': String(Buffer.byteLength(text)),
    ...(text === '' ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
  })
  res.end(text)
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? {} : JSON.parse(text)
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
 * - `GET|DELETE /__sandbox/requests` — the request log
 * - `GET /__sandbox/notifications`, `POST /__sandbox/notifications/probe` (`{ "url"?: … }`)
 * - each family's routes, e.g. busifavor's `POST /__sandbox/stocks`, `POST /__sandbox/coupons`, `GET /__sandbox/media/…`
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
      }
      const routed = await familyRoute(req, method, path)
      // A family route answers undefined for something it does not have (an unknown image, say): 404.
      if (routed.found && routed.body !== undefined) return send(res, 200, routed.body)
      return send(res, 404, { code: 'NOT_FOUND', message: `no admin route ${method} ${path}` })
    } catch (error) {
      if (isSandboxError(error)) return send(res, 400, { code: error.code, message: error.message })
      if (error instanceof SyntaxError) return send(res, 400, { code: 'INVALID_JSON', message: error.message })
      return send(res, 500, { code: 'SYSTEM_ERROR', message: (error as Error).message })
    }
  }
}
