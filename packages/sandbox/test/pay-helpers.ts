// Shared by the pay tests: a real @core/client on the sandbox, and a merchant notify endpoint that keeps what arrives.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, type WechatPayClient } from '@core/client'
import type { AnySandboxFamily, Sandbox } from '../src/index.js'

export function clientFor(
  sb: Sandbox<readonly AnySandboxFamily[]>,
  extra: Partial<Parameters<typeof createClient>[0]> = {},
): WechatPayClient {
  return createClient({
    mchid: sb.merchant.mchid,
    serial: sb.merchant.serial,
    privateKey: sb.merchant.privateKeyPem,
    platformKeys: sb.platform.keys,
    apiv3Key: sb.apiv3Key,
    baseUrl: sb.url,
    retry: { retries: 2, minDelay: 5, maxDelay: 10 },
    ...extra,
  })
}

export interface Delivery {
  headers: IncomingHttpHeaders
  body: string
}

/** A merchant's notify endpoint: answers 204 (or 500 while `failures` lasts) and keeps every delivery, raw. */
export class NotifyReceiver {
  readonly server: Server
  url = ''
  readonly deliveries: Delivery[] = []
  failures = 0

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        this.deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
        if (this.failures > 0) {
          this.failures--
          res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"code":"FAIL","message":"busy"}')
        } else res.writeHead(204).end()
      })
    })
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/notify`
    return this
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

/** Resolves with the first failure of `promise` (and fails the test when it resolves). */
export function rejectionOf(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

/** The path and query of an absolute URL the sandbox handed out (what a client signs). */
export const pathOf = (url: string) => {
  const u = new URL(url)
  return `${u.pathname}${u.search}`
}
