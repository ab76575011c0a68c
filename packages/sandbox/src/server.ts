import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ADMIN_PREFIX, CONNECTIONS_CHECK_INTERVAL_MS } from './constants.js'
import type { Engine } from './engine/engine.js'

export interface ServerInit {
  engine: Engine
  admin: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  maxBodyBytes: number
  keepAliveTimeoutMs: number
  headersTimeoutMs: number
  requestTimeoutMs: number
}

/** Reads a request body up to `limit` bytes; beyond it the rest is drained and `tooLarge` is set. */
function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge }))
    req.on('error', reject)
  })
}

function isAdmin(url: string): boolean {
  return url === ADMIN_PREFIX || url.startsWith(`${ADMIN_PREFIX}/`) || url.startsWith(`${ADMIN_PREFIX}?`)
}

/** The sandbox's HTTP I/O: admin routes under `/__sandbox`, every other request through the engine. */
export function createSandboxServer(init: ServerInit): Server {
  const options = {
    headersTimeout: init.headersTimeoutMs,
    requestTimeout: init.requestTimeoutMs,
    // Node checks both timeouts on this period (30 s by default): short enough that they fire near the setting.
    connectionsCheckingInterval: Math.min(CONNECTIONS_CHECK_INTERVAL_MS, init.headersTimeoutMs),
  }
  const server = createServer(options, (req, res) => {
    const work = isAdmin(req.url ?? '/')
      ? init.admin(req, res)
      : readBody(req, init.maxBodyBytes).then(({ body, tooLarge }) => init.engine.handle(req, res, body, tooLarge))
    work.catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ code: 'SYSTEM_ERROR', message: `sandbox: ${(error as Error).message}` }))
      } else res.destroy()
    })
  })
  server.keepAliveTimeout = init.keepAliveTimeoutMs
  return server
}

export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}
