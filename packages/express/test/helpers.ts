import { generateKeyPairSync } from 'node:crypto'
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { PlatformKeys } from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'

export const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const MERCHANT_SERIAL = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C'
export const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000'
export const OTHER_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1'
export const platformKeys = new PlatformKeys({ [SERIAL]: platform.publicKey, [OTHER_SERIAL]: other.publicKey })
export const APIV3_KEY = 'a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb'
export const NOW = 1_700_000_000
export const clock = () => NOW * 1000

export interface CouponSend {
  coupon_code: string
  stock_id: string
}

let counter = 0
/** A fresh notification id per call, so tests never collide in a shared dedupe store. */
export const nextId = (tag = 'EV') => `${tag}-${process.pid}-${++counter}`

export function delivery(
  id: string,
  options: { body?: string; timestamp?: number; privateKey?: typeof platform.privateKey; serial?: string } = {},
) {
  return signNotificationForTest({
    ...(options.body === undefined
      ? { event: { id, event_type: 'COUPON.SEND', resource: { coupon_code: `C-${id}`, stock_id: 'S-1' } } }
      : { body: options.body }),
    apiv3Key: APIV3_KEY,
    platformPrivateKey: options.privateKey ?? platform.privateKey,
    serial: options.serial ?? SERIAL,
    timestamp: options.timestamp ?? NOW,
  })
}

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json: unknown
}

/**
 * POSTs with node:http so oversize bodies and early answers are observable: the answer counts once it arrived, even
 * if the server then closes while we are still writing.
 */
export function post(
  url: string,
  headers: Record<string, string>,
  body: string | Buffer | Buffer[],
  options: { chunked?: boolean } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const outgoing: Record<string, string> = { ...headers }
    const parts = Array.isArray(body) ? body : [Buffer.from(body)]
    if (!options.chunked) outgoing['Content-Length'] = String(parts.reduce((n, p) => n + p.length, 0))
    let answered = false
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: outgoing,
        agent: false,
      },
      (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', () => {})
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: unknown
          try {
            json = text === '' ? undefined : JSON.parse(text)
          } catch {
            json = undefined
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
        })
      },
    )
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
    for (const part of parts) req.write(part)
    req.end()
  })
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

export function close(server: Server | undefined): Promise<void> {
  if (server === undefined) return Promise.resolve()
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}
