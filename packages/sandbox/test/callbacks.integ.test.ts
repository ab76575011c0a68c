// Conformance: COUPON.SEND callbacks — signed and AES-256-GCM encrypted like WeChat Pay, retried on failure, probes.
import { createDecipheriv, createPublicKey, verify } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { generateSandboxKeys, isSandboxError, type Sandbox, startSandbox } from '../src/index.js'
import { post } from './raw.js'

const keys = generateSandboxKeys()

interface Received {
  headers: IncomingHttpHeaders
  body: string
  verified: boolean
}

/** A merchant's notify endpoint: verifies like a merchant must, and fails the first `failures` deliveries. */
class Receiver {
  server: Server
  url = ''
  received: Received[] = []
  failures = 0
  hang = false
  constructor(private sb: () => Sandbox) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const verified = this.verify(req.headers, body)
        this.received.push({ headers: req.headers, body, verified })
        if (this.hang) return
        if (!verified) {
          res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"code":"FAIL","message":"bad signature"}')
        } else if (this.failures > 0) {
          this.failures--
          res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"code":"FAIL","message":"busy"}')
        } else res.writeHead(204).end()
      })
    })
  }
  verify(headers: IncomingHttpHeaders, body: string): boolean {
    const signature = String(headers['wechatpay-signature'] ?? '')
    if (signature.startsWith('WECHATPAY/SIGNTEST/')) return false
    const pem = this.sb().platform.keys[String(headers['wechatpay-serial'])]
    if (pem === undefined) return false
    const message = `${headers['wechatpay-timestamp']}\n${headers['wechatpay-nonce']}\n${body}\n`
    return verify('sha256', Buffer.from(message), createPublicKey(pem), Buffer.from(signature, 'base64'))
  }
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/notify`
  }
  reset() {
    this.received = []
    this.failures = 0
    this.hang = false
  }
}

function decrypt(resource: { ciphertext: string; nonce: string; associated_data: string }, key: string) {
  const data = Buffer.from(resource.ciphertext, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key), Buffer.from(resource.nonce))
  decipher.setAuthTag(data.subarray(data.length - 16))
  decipher.setAAD(Buffer.from(resource.associated_data))
  return JSON.parse(Buffer.concat([decipher.update(data.subarray(0, -16)), decipher.final()]).toString('utf8'))
}

let sb: Sandbox
const receiver = new Receiver(() => sb)

beforeAll(async () => {
  sb = await startSandbox({ keys, callbackRetryDelaysMs: [20, 20, 20], callbackTimeoutMs: 300 })
  await receiver.start()
})
afterAll(async () => {
  await sb.close()
  await new Promise((resolve) => receiver.server.close(resolve))
})
beforeEach(() => receiver.reset())

describe('COUPON.SEND delivery', () => {
  it('a coupon sent through the API is notified to the URL set via POST /callbacks, signed and encrypted', async () => {
    const set = await post(sb, '/v3/marketing/busifavor/callbacks', { notify_url: receiver.url })
    expect(set.status).toBe(200)
    const stock = sb.seed.createStock({
      coupon_code_mode: 'MERCHANT_API',
      notify_config: { notify_appid: 'wx-notify' },
    })
    const sent = await post(sb, '/v3/marketing/busifavor/coupons/send', {
      openid: 'o-cb',
      appid: 'wx-notify',
      stock_id: stock.stock_id,
      out_request_no: 'cb-1',
      coupon_code: 'CB-1',
    })
    expect(sent.status).toBe(200)
    const record = await sb.callbacks.waitFor({ couponCode: 'CB-1' })
    expect(record.state).toBe('delivered')
    expect(receiver.received).toHaveLength(1)
    const [delivery] = receiver.received
    expect(delivery!.verified).toBe(true)
    expect(delivery!.headers['wechatpay-serial']).toBe(sb.platform.serial)
    expect(delivery!.headers['wechatpay-signature-type']).toBe('WECHATPAY2-SHA256-RSA2048')
    expect(delivery!.headers['content-type']).toBe('application/json')
    expect(delivery!.headers['request-id']).toBeTruthy()
    const envelope = JSON.parse(delivery!.body)
    expect(envelope).toMatchObject({
      id: record.id,
      event_type: 'COUPON.SEND',
      resource_type: 'encrypt-resource',
      resource: { algorithm: 'AEAD_AES_256_GCM', associated_data: 'coupon', original_type: 'coupon' },
    })
    expect(envelope.create_time).toMatch(/\+08:00$/)
    expect(decrypt(envelope.resource, sb.apiv3Key)).toEqual({
      event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
      coupon_code: 'CB-1',
      stock_id: stock.stock_id,
      send_time: expect.stringMatching(/\+08:00$/),
      send_channel: 'BUSICOUPON_SEND_CHANNEL_API',
      send_merchant: sb.merchant.mchid,
      openid: 'o-cb',
    })
  })

  it('without notify_config.notify_appid the callback carries no openid', async () => {
    sb.seed.setNotifyUrl(receiver.url)
    const stock = sb.seed.createStock({ notify_config: {} })
    const c = sb.seed.sendCoupon({ stock_id: stock.stock_id })
    const record = await sb.callbacks.waitFor({ couponCode: c.coupon_code })
    expect(record.resource.openid).toBeUndefined()
    expect(decrypt(JSON.parse(receiver.received[0]!.body).resource, sb.apiv3Key).openid).toBeUndefined()
  })

  it('a receiver that fails twice is retried on the schedule until it answers 2xx, with the same body', async () => {
    sb.seed.setNotifyUrl(receiver.url)
    receiver.failures = 2
    const c = sb.seed.sendCoupon()
    const record = await sb.callbacks.waitFor({ couponCode: c.coupon_code })
    expect(record.attempts.map((a) => a.status)).toEqual([500, 500, 204])
    expect(record.attempts.map((a) => a.attempt)).toEqual([1, 2, 3])
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1)
    // Each attempt is signed afresh.
    expect(new Set(receiver.received.map((r) => r.headers['wechatpay-nonce'])).size).toBe(3)
    expect(sb.callbacks.deliveries.filter((d) => d.notificationId === record.id)).toHaveLength(3)
  })

  it('a receiver that never succeeds gets 1 + retries attempts, then the notification is failed', async () => {
    sb.seed.setNotifyUrl(receiver.url)
    receiver.failures = 100
    const c = sb.seed.sendCoupon()
    const record = await sb.callbacks.waitFor({ couponCode: c.coupon_code, state: 'failed' })
    expect(record.attempts).toHaveLength(4)
    expect(record.attempts.every((a) => !a.ok)).toBe(true)
  })

  it('a receiver that does not answer within callbackTimeoutMs counts as failed and is retried', async () => {
    sb.seed.setNotifyUrl(receiver.url)
    receiver.hang = true
    const c = sb.seed.sendCoupon()
    await new Promise((resolve) => setTimeout(resolve, 350))
    receiver.hang = false
    const record = await sb.callbacks.waitFor({ couponCode: c.coupon_code, state: 'settled' })
    expect(record.attempts[0]!.error).toMatch(/timeout/)
    expect(record.state).toBe('delivered')
  })

  it('no notify URL → the notification is recorded as skipped, nothing is posted', async () => {
    const quiet = await startSandbox({ keys })
    try {
      const c = quiet.seed.sendCoupon()
      const record = await quiet.callbacks.waitFor({ couponCode: c.coupon_code, state: 'skipped' })
      expect(record.skipReason).toMatch(/notify_url/)
      expect(record.attempts).toEqual([])
    } finally {
      await quiet.close()
    }
  })

  it("a WeChat Pay host from the docs' examples is never posted to", async () => {
    sb.seed.setNotifyUrl('https://pay.weixin.qq.com/notify')
    const c = sb.seed.sendCoupon()
    const record = await sb.callbacks.waitFor({ couponCode: c.coupon_code, state: 'skipped' })
    expect(record.skipReason).toMatch(/WeChat Pay/)
  })

  it('seed.sendCoupon({ notify: false }) sends no callback', async () => {
    sb.seed.setNotifyUrl(receiver.url)
    const before = sb.callbacks.notifications.length
    sb.seed.sendCoupon({ notify: false })
    expect(sb.callbacks.notifications).toHaveLength(before)
  })

  it('waitFor rejects with WAIT_TIMEOUT when nothing matches', async () => {
    const error = await sb.callbacks.waitFor({ couponCode: 'never' }, { timeoutMs: 30 }).catch((e: unknown) => e)
    expect(isSandboxError(error) && error.code).toBe('WAIT_TIMEOUT')
  })
})

describe('signature probes', () => {
  it('callbacks.probe() posts a WECHATPAY/SIGNTEST/ signature once; a verifying receiver refuses it', async () => {
    sb.seed.setNotifyUrl(receiver.url)
    const record = await sb.callbacks.probe()
    expect(record.kind).toBe('probe')
    expect(receiver.received).toHaveLength(1)
    expect(String(receiver.received[0]!.headers['wechatpay-signature'])).toMatch(/^WECHATPAY\/SIGNTEST\//)
    expect(record.attempts).toMatchObject([{ status: 401, ok: false, probe: true }])
    expect(record.state).toBe('failed')
  })

  it('the admin route POST /__sandbox/notifications/probe probes a given URL', async () => {
    const res = await fetch(`${sb.url}/__sandbox/notifications/probe`, {
      method: 'POST',
      body: JSON.stringify({ url: receiver.url }),
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { attempts: { status: number }[] }).attempts[0]!.status).toBe(401)
  })

  it('the callbackProbeRate fault precedes a real callback with a probe', async () => {
    sb.seed.setNotifyUrl(receiver.url)
    sb.faults.set({ callbackProbeRate: 1 })
    try {
      const c = sb.seed.sendCoupon()
      await sb.callbacks.waitFor({ couponCode: c.coupon_code })
      expect(receiver.received.map((r) => r.verified)).toEqual([false, true])
    } finally {
      sb.faults.reset()
    }
  })
})
