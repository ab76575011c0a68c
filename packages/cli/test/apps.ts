// The merchant apps `wxpay listen` forwards to: one on node:http that verifies and decrypts with node:crypto alone,
// and one on Express 5 with @adapters/express. Both bind 127.0.0.1:0 first, since listen needs their URL, and take
// the keys listen prints afterwards.
import { createDecipheriv, createPublicKey, verify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { wechatpayNotifications } from '@adapters/express'
import express, { type RequestHandler } from 'express'

export interface Received {
  headers: IncomingHttpHeaders
  body: Buffer
  verified: boolean
  resource?: Record<string, unknown>
  id: string
}

export interface ReceiverKeys {
  publicKeyId: string
  publicKeyPath: string
  apiv3Key: string
}

export interface App {
  url: string
  close(): Promise<void>
}

function listening(server: Server, path: string): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`)
    })
  })
}

const closing = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

/** Verifies with node:crypto alone; answers 500 to its first `failFirst` genuine deliveries, 204 after, 401 to a forgery. */
export async function startNodeApp(failFirst = 1): Promise<App & { received: Received[]; keys: ReceiverKeys }> {
  const received: Received[] = []
  const keys: ReceiverKeys = { publicKeyId: '', publicKeyPath: '', apiv3Key: '' }
  let failNext = failFirst
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const h = req.headers
      const message = `${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n${body.toString('utf8')}\n`
      const verified =
        h['wechatpay-serial'] === keys.publicKeyId &&
        verify(
          'RSA-SHA256',
          Buffer.from(message),
          createPublicKey(readFileSync(keys.publicKeyPath)),
          Buffer.from(String(h['wechatpay-signature']), 'base64'),
        )
      const parsed = JSON.parse(body.toString('utf8')) as {
        id: string
        resource: { ciphertext: string; nonce: string; associated_data: string }
      }
      let resource: Record<string, unknown> | undefined
      if (verified) {
        const data = Buffer.from(parsed.resource.ciphertext, 'base64')
        const decipher = createDecipheriv('aes-256-gcm', Buffer.from(keys.apiv3Key), parsed.resource.nonce)
        decipher.setAAD(Buffer.from(parsed.resource.associated_data))
        decipher.setAuthTag(data.subarray(-16))
        resource = JSON.parse(Buffer.concat([decipher.update(data.subarray(0, -16)), decipher.final()]).toString())
      }
      received.push({ headers: h, body, verified, resource, id: parsed.id })
      if (!verified) res.writeHead(401).end()
      else if (failNext-- > 0) res.writeHead(500).end('busy')
      else res.writeHead(204).end()
    })
  })
  return { url: await listening(server, '/wechatpay/notify'), received, keys, close: closing(server) }
}

export interface Handled {
  id: string
  eventType: string
  resource: Record<string, unknown>
}

/**
 * Express 5 with @adapters/express on /wechatpay/notify, mounted by `configure` with the keys listen prints:
 * `handled` holds what reached the handler (verified and decrypted by the adapter, once per id), `answers` every
 * status the route sent.
 */
export async function startExpressApp(): Promise<
  App & { handled: Handled[]; answers: number[]; configure(keys: ReceiverKeys): void }
> {
  const handled: Handled[] = []
  const answers: number[] = []
  const app = express()
  app.use((_req, res, next) => {
    res.on('finish', () => answers.push(res.statusCode))
    next()
  })
  // A delivery that arrives before the keys are known (listen --probe fires at once) waits for them.
  let configured: (handler: RequestHandler) => void = () => undefined
  const notifications = new Promise<RequestHandler>((resolve) => {
    configured = resolve
  })
  app.post('/wechatpay/notify', (req, res, next) => {
    void notifications.then((handler) => handler(req, res, next))
  })
  // After the notification route, as the adapter's README says; a JSON parser here must not break it.
  app.use(express.json())
  const server = createServer(app)
  const url = await listening(server, '/wechatpay/notify')
  return {
    url,
    handled,
    answers,
    close: closing(server),
    configure(keys) {
      configured(
        wechatpayNotifications<Record<string, unknown>>({
          platformKeys: { [keys.publicKeyId]: readFileSync(keys.publicKeyPath, 'utf8') },
          apiv3Key: keys.apiv3Key,
          onError: () => undefined,
          onNotification: (event) => {
            handled.push({ id: event.id, eventType: event.event_type, resource: event.resource })
          },
        }),
      )
    },
  }
}
