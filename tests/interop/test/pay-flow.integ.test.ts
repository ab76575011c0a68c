// "Done when": an independent client drives the sandbox. wechatpay-axios-plugin (another SDK, none of our code) places a
// JSAPI order and refunds it; the admin API (plain fetch) plays the payer; a plain node:http receiver verifies both
// callbacks with node:crypto only — RSA-SHA256 over `timestamp\nnonce\nbody\n` with the platform public key, then
// AES-256-GCM with the APIv3 key — as a merchant's own code would.
import { createDecipheriv, createPublicKey, verify } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { paySandbox, type Sandbox, startSandbox } from '@tools/sandbox'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Wechatpay } from 'wechatpay-axios-plugin'

interface Event {
  id: string
  event_type: string
  resource: Record<string, any>
}

const families = [paySandbox] as const
let sb: Sandbox<typeof families>
let server: Server
let notifyUrl = ''
const events: Event[] = []
const refused: string[] = []
const waiting: { eventType: string; resolve: (event: Event) => void }[] = []

/** The merchant's side, from the protocol alone: verify the raw body, then decrypt the resource. */
function verifyAndDecrypt(headers: IncomingHttpHeaders, body: string): Event | undefined {
  const serial = headers['wechatpay-serial']
  const signature = String(headers['wechatpay-signature'] ?? '')
  if (serial !== sb.platform.serial || signature.startsWith('WECHATPAY/SIGNTEST/')) return undefined
  if (Math.abs(Date.now() / 1000 - Number(headers['wechatpay-timestamp'])) > 300) return undefined
  const message = `${headers['wechatpay-timestamp']}\n${headers['wechatpay-nonce']}\n${body}\n`
  const key = createPublicKey(sb.platform.publicKeyPem)
  if (!verify('sha256', Buffer.from(message), key, Buffer.from(signature, 'base64'))) return undefined
  const envelope = JSON.parse(body)
  const { ciphertext, nonce, associated_data } = envelope.resource
  const data = Buffer.from(ciphertext, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(sb.apiv3Key), Buffer.from(nonce))
  decipher.setAuthTag(data.subarray(data.length - 16))
  decipher.setAAD(Buffer.from(associated_data))
  const plain = Buffer.concat([decipher.update(data.subarray(0, -16)), decipher.final()]).toString('utf8')
  return { id: envelope.id, event_type: envelope.event_type, resource: JSON.parse(plain) }
}

function nextEvent(eventType: string): Promise<Event> {
  const seen = events.find((e) => e.event_type === eventType)
  return seen ? Promise.resolve(seen) : new Promise((resolve) => waiting.push({ eventType, resolve }))
}

beforeAll(async () => {
  sb = await startSandbox({ families, callbackRetryDelaysMs: [20, 20] })
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const event = verifyAndDecrypt(req.headers, body)
      if (event === undefined) {
        refused.push(body)
        res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"code":"FAIL","message":"signature"}')
        return
      }
      events.push(event)
      for (const w of waiting.filter((x) => x.eventType === event.event_type)) w.resolve(event)
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  notifyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechatpay/notify`
})
afterAll(async () => {
  await sb.close()
  await new Promise((resolve) => server.close(resolve))
})

it('wechatpay-axios-plugin pays and refunds a JSAPI order; node:crypto verifies both callbacks', async () => {
  const wxpay = new Wechatpay({
    mchid: sb.merchant.mchid,
    serial: sb.merchant.serial,
    privateKey: sb.merchant.privateKeyPem,
    certs: { [sb.platform.serial]: sb.platform.publicKeyPem },
    baseURL: `${sb.url}/`,
  })
  const outTradeNo = `INTEROP${Date.now()}`

  // 1. Place the order (the plugin signs the request and verifies the sandbox's signed answer).
  const prepay = await wxpay.chain('v3/pay/transactions/jsapi').post<any>({
    appid: 'wx1234567889999',
    mchid: sb.merchant.mchid,
    description: '互通测试',
    out_trade_no: outTradeNo,
    notify_url: notifyUrl,
    amount: { total: 1000, currency: 'CNY' },
    payer: { openid: 'o-interop' },
  })
  expect(prepay.data.prepay_id).toMatch(/^wx/)

  // 2. The payer pays, through the admin API.
  const paid = await fetch(`${sb.url}/__sandbox/orders/${outTradeNo}/pay`, { method: 'POST' })
  expect(paid.status).toBe(200)

  // 3. TRANSACTION.SUCCESS, verified and decrypted with node:crypto alone.
  const payment = await nextEvent('TRANSACTION.SUCCESS')
  expect(payment.resource).toMatchObject({
    out_trade_no: outTradeNo,
    trade_state: 'SUCCESS',
    amount: { total: 1000 },
    payer: { openid: 'o-interop' },
  })
  const order = await wxpay.chain('v3/pay/transactions/out-trade-no/{out_trade_no}').get({
    params: { mchid: sb.merchant.mchid },
    out_trade_no: outTradeNo,
  })
  expect(order.data).toEqual(payment.resource)

  // 4. Refund part of it; the sandbox settles it and posts REFUND.SUCCESS.
  const refund = await wxpay.chain('v3/refund/domestic/refunds').post<any>({
    out_trade_no: outTradeNo,
    out_refund_no: `${outTradeNo}R1`,
    reason: '互通测试退款',
    notify_url: notifyUrl,
    amount: { refund: 300, total: 1000, currency: 'CNY' },
  })
  expect(refund.data).toMatchObject({ status: 'PROCESSING', transaction_id: payment.resource.transaction_id })
  const settled = await nextEvent('REFUND.SUCCESS')
  expect(settled.resource).toMatchObject({
    out_trade_no: outTradeNo,
    out_refund_no: `${outTradeNo}R1`,
    refund_id: refund.data.refund_id,
    refund_status: 'SUCCESS',
    amount: { total: 1000, refund: 300 },
  })

  // 5. The refund query agrees.
  const queried = await wxpay
    .chain('v3/refund/domestic/refunds/{out_refund_no}')
    .get({ out_refund_no: `${outTradeNo}R1` })
  expect(queried.data).toMatchObject({ status: 'SUCCESS', success_time: settled.resource.success_time })
  expect(refused).toEqual([])
})

it('the same receiver refuses a signature probe, as a merchant must', async () => {
  const probe = await sb.callbacks.probe(notifyUrl)
  expect(probe.attempts[0]).toMatchObject({ probe: true, status: 401, ok: false })
  expect(refused).toHaveLength(1)
})
