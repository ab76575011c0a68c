// A tiny WeChat Pay stand-in for the integration tests: a real node:http server on 127.0.0.1 that checks every
// request signature with the merchant public key (like WeChat Pay) and signs its answers with a platform key.
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type ClientOptions, createClient, type WechatPayClient } from '@core/client'
import { type ParsedAuthorization, parseAuthorization } from '@core/signer'
import { signResponse, verifyRequestSignature } from '@core/signer/testing'

// One key pair per role, generated once per test file.
export const merchantKeys = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const platformKeys = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const merchantPem = merchantKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
export const platformPublicPem = platformKeys.publicKey.export({ type: 'spki', format: 'pem' }) as string

export const MCHID = '1900000001'
export const MERCHANT_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1'
export const PUB_KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000000000'
export const APIV3_KEY = 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6'

export interface Recorded {
  method: string
  /** Path plus query exactly as received. */
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
  authorization: ParsedAuthorization | undefined
  /** Did the request signature verify with the merchant public key (over `meta` for multipart)? */
  signatureValid: boolean
  /** The client's port: equal across calls when a keep-alive connection is reused. */
  remotePort: number | undefined
}

export type Handler = (request: Recorded, res: ServerResponse, index: number) => void | Promise<void>

export interface TestServer {
  url: string
  port: number
  requests: Recorded[]
  close(): Promise<void>
}

/** The `meta` part of a multipart body (what WeChat Pay signs for uploads). */
export function multipartPart(body: Buffer, contentType: string, name: string): { headers: string; data: Buffer } {
  const boundary = /boundary=(.+)$/.exec(contentType)![1]!
  const parts = body.toString('latin1').split(`--${boundary}`)
  for (const part of parts) {
    const split = part.indexOf('\r\n\r\n')
    if (split < 0) continue
    const headers = part.slice(0, split)
    if (!headers.includes(`name="${name}"`)) continue
    return { headers, data: Buffer.from(part.slice(split + 4, part.length - 2), 'latin1') }
  }
  throw new Error(`no part ${name}`)
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    let authorization: ParsedAuthorization | undefined
    let signatureValid = false
    try {
      authorization = parseAuthorization(req.headers.authorization)
      const type = req.headers['content-type'] ?? ''
      const signed = type.startsWith('multipart/') ? multipartPart(body, type, 'meta').data : body
      signatureValid = verifyRequestSignature({
        method: req.method!,
        url: req.url!,
        body: signed,
        authorization,
        publicKey: merchantKeys.publicKey,
      })
    } catch {
      signatureValid = false
    }
    const recorded = {
      method: req.method!,
      url: req.url!,
      headers: req.headers,
      body,
      authorization,
      signatureValid,
      remotePort: req.socket.remotePort,
    }
    requests.push(recorded)
    try {
      await handler(recorded, res, requests.length - 1)
    } catch (error) {
      res.destroy(error as Error)
    }
  })
  // Tests that reset sockets make the server see errors; they are expected.
  server.on('clientError', (_error, socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface ReplyOptions {
  /** Serial named in Wechatpay-Serial (default PUB_KEY_ID). */
  serial?: string
  /** Key that signs (default the platform key). */
  privateKey?: KeyObject
  timestamp?: number
  /** A chosen signature (e.g. a probe). */
  signature?: string
  /** Send no Wechatpay-* headers at all. */
  unsigned?: boolean
  headers?: Record<string, string>
}

/** Answers like WeChat Pay: JSON body (or none), signed over the exact bytes, with a Request-ID. */
export function reply(res: ServerResponse, status: number, body?: unknown, options: ReplyOptions = {}): void {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
  const headers: Record<string, string> = { 'Request-ID': `req-${status}-${Date.now()}` }
  if (text !== '') headers['Content-Type'] = 'application/json; charset=utf-8'
  Object.assign(headers, options.headers)
  if (!options.unsigned) {
    Object.assign(
      headers,
      signResponse({
        body: text,
        privateKey: options.privateKey ?? platformKeys.privateKey,
        serial: options.serial ?? PUB_KEY_ID,
        ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
        ...(options.signature === undefined ? {} : { signature: options.signature }),
      }),
    )
  }
  res.writeHead(status, headers)
  res.end(text)
}

/** A client for `server` in public-key mode, with tiny retry delays so retry tests run fast. */
export function testClient(server: { url: string }, options: Partial<ClientOptions> = {}): WechatPayClient {
  return createClient({
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: merchantPem,
    platformKeys: { [PUB_KEY_ID]: platformPublicPem },
    baseUrl: server.url,
    retry: { retries: 2, minDelay: 1, maxDelay: 20 },
    ...options,
  })
}

/** Awaits a promise expected to reject and returns the rejection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}

/** A port on 127.0.0.1 with nothing listening (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
