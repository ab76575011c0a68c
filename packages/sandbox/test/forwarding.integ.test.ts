// Forwarding (every callback to one URL, whatever its own), resends (same id and body, fresh signature) and the
// admin routes `wxpay listen`, `wxpay trigger` and `wxpay resend` are built on.
import { createPublicKey, verify } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type AnySandboxFamily,
  busifavorSandbox,
  generateSandboxKeys,
  isSandboxError,
  paySandbox,
  type Sandbox,
  startSandbox,
} from '../src/index.js'
import { type Delivery, NotifyReceiver, rejectionOf } from './pay-helpers.js'

const keys = generateSandboxKeys()
type Both = readonly [typeof busifavorSandbox, typeof paySandbox]
let sb: Sandbox<Both>
let receiver: NotifyReceiver

const admin = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${sb.url}/__sandbox${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  })
  const text = await res.text()
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) }
}

/** What a merchant checks: the platform signature over the raw body. */
function verified(delivery: Delivery, s: Sandbox<readonly AnySandboxFamily[]>): boolean {
  const h = delivery.headers
  const message = `${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n${delivery.body}\n`
  const pem = s.platform.keys[String(h['wechatpay-serial'])]!
  return verify(
    'sha256',
    Buffer.from(message),
    createPublicKey(pem),
    Buffer.from(String(h['wechatpay-signature']), 'base64'),
  )
}

beforeAll(async () => {
  receiver = await new NotifyReceiver().start()
  sb = await startSandbox({ keys, families: [busifavorSandbox, paySandbox], callbackRetryDelaysMs: [20, 20] })
})
afterAll(async () => {
  await sb.close()
  await receiver.close()
})
afterEach(() => {
  sb.callbacks.forwardTo(undefined)
  receiver.deliveries.length = 0
  receiver.failures = 0
})

describe('sb.callbacks.forwardTo(url)', () => {
  it('posts a notification that has no URL of its own (a seeded order) to the forwarding URL, signed', async () => {
    sb.callbacks.forwardTo(receiver.url)
    // A seeded order's notify_url is an example.com URL: without forwarding its callback is recorded as skipped.
    const order = sb.seed.placeOrder({ total: 1 })
    sb.seed.payOrder(order.out_trade_no)
    const record = await sb.callbacks.waitFor({
      eventType: 'TRANSACTION.SUCCESS',
      resource: { out_trade_no: order.out_trade_no },
    })
    expect(record).toMatchObject({
      url: receiver.url,
      forwarded: true,
      originalUrl: 'https://www.example.com/sandbox/notify',
    })
    expect(receiver.deliveries).toHaveLength(1)
    expect(verified(receiver.deliveries[0]!, sb)).toBe(true)
    expect(JSON.parse(receiver.deliveries[0]!.body).id).toBe(record.id)
  })

  it('follows the retry schedule while the app fails, keeping its answers, then stops on a 2xx', async () => {
    sb.callbacks.forwardTo(receiver.url)
    receiver.failures = 1
    const coupon = sb.seed.sendCoupon()
    const record = await sb.callbacks.waitFor({ couponCode: coupon.coupon_code })
    expect(record.attempts.map((a) => [a.status, a.ok, a.nextRetryMs, a.response])).toEqual([
      [500, false, 20, '{"code":"FAIL","message":"busy"}'],
      [204, true, undefined, undefined],
    ])
    const [first, second] = record.attempts
    expect(second!.seq).toBe(first!.seq + 1)
    expect(sb.callbacks.deliveriesAfter(first!.seq)).toEqual([second])
  })

  it('stops forwarding with undefined, and refuses a URL it would never post to', () => {
    sb.callbacks.forwardTo(receiver.url)
    sb.callbacks.forwardTo(undefined)
    expect(sb.callbacks.forwardingTo).toBeUndefined()
    expect(sb.seed.sendCoupon().coupon_code).toBeTruthy()
    expect(sb.callbacks.notifications.at(-1)).toMatchObject({ state: 'skipped', forwarded: false })
    for (const url of ['ftp://127.0.0.1/x', 'https://api.mch.weixin.qq.com/notify', 'not a url']) {
      let error: unknown
      try {
        sb.callbacks.forwardTo(url)
      } catch (e) {
        error = e
      }
      expect(isSandboxError(error) && error.code).toBe('INVALID_OPTION')
    }
  })

  it('forwardCallbacksTo forwards from the start', async () => {
    const other = await startSandbox({ keys, forwardCallbacksTo: receiver.url })
    try {
      other.seed.sendCoupon()
      expect((await other.callbacks.waitFor({ eventType: 'COUPON.SEND' })).url).toBe(receiver.url)
    } finally {
      await other.close()
    }
  })
})

describe('sb.callbacks.resend(id)', () => {
  it('posts the same id and body under a fresh signature, once, marked as a resend', async () => {
    sb.callbacks.forwardTo(receiver.url)
    const record = await sb.callbacks.waitFor({ couponCode: sb.seed.sendCoupon().coupon_code })
    const attempt = await sb.callbacks.resend(record.id)
    expect(attempt).toMatchObject({ notificationId: record.id, attempt: 2, resend: true, ok: true, status: 204 })
    const [original, replay] = receiver.deliveries
    expect(replay!.body).toBe(original!.body)
    expect(replay!.headers['wechatpay-nonce']).not.toBe(original!.headers['wechatpay-nonce'])
    expect(verified(replay!, sb)).toBe(true)
  })

  it('is not retried when the app fails; a successful resend settles a skipped notification', async () => {
    const record = sb.callbacks.notifications.find((n) => n.state === 'skipped')!
    expect(record).toBeDefined()
    await expect(rejectionOf(sb.callbacks.resend(record.id))).resolves.toMatchObject({ code: 'INVALID_OPTION' })
    sb.callbacks.forwardTo(receiver.url)
    receiver.failures = 1
    const failed = await sb.callbacks.resend(record.id)
    expect(failed).toMatchObject({ ok: false, status: 500, nextRetryMs: undefined })
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(receiver.deliveries).toHaveLength(1)
    await sb.callbacks.resend(record.id)
    expect(sb.callbacks.notification(record.id)?.state).toBe('delivered')
  })

  it('an unknown id is INVALID_OPTION', async () => {
    await expect(rejectionOf(sb.callbacks.resend('nope'))).resolves.toMatchObject({ code: 'INVALID_OPTION' })
  })
})

describe('admin routes', () => {
  it('PUT /callbacks forwards, GET /callbacks shows the keys a receiver needs', async () => {
    const put = await admin('PUT', '/callbacks', { forward_to: receiver.url })
    expect(put.status).toBe(200)
    expect(put.json).toMatchObject({
      forward_to: receiver.url,
      apiv3_key: sb.apiv3Key,
      platform: { serial: sb.platform.serial, public_key_pem: sb.platform.publicKeyPem, keys: sb.platform.keys },
    })
    expect(sb.callbacks.forwardingTo).toBe(receiver.url)
    expect((await admin('PUT', '/callbacks', { forward_to: 42 })).status).toBe(400)
    expect((await admin('PUT', '/callbacks', { forward_to: 'https://example.com/x' })).json.code).toBe('INVALID_OPTION')
    expect((await admin('PUT', '/callbacks', { forward_to: null })).json.forward_to).toBeNull()
  })

  it('GET /deliveries?after=N pages through attempts with their event types; resend and notification by id', async () => {
    const { json: before } = await admin('GET', '/deliveries?after=0')
    await admin('PUT', '/callbacks', { forward_to: receiver.url })
    const order = (await admin('POST', '/orders', { total: 1 })).json
    await admin('POST', `/orders/${order.out_trade_no}/pay`, {})
    const record = await sb.callbacks.waitFor({ resource: { out_trade_no: order.out_trade_no } })
    const { json: page } = await admin('GET', `/deliveries?after=${before.last}`)
    expect(page.deliveries).toMatchObject([
      { notificationId: record.id, event_type: 'TRANSACTION.SUCCESS', kind: 'event', state: 'delivered', ok: true },
    ])
    expect(page.last).toBe(page.deliveries[0].seq)
    expect((await admin('GET', `/deliveries?after=${page.last}`)).json).toEqual({ last: page.last, deliveries: [] })
    expect((await admin('GET', '/deliveries?after=-1')).status).toBe(400)
    expect((await admin('GET', `/notifications/${record.id}`)).json.body).toBe(record.body)
    const resent = await admin('POST', `/notifications/${record.id}/resend`)
    expect(resent.json).toMatchObject({ resend: true, ok: true })
    expect((await admin('GET', '/notifications/none')).status).toBe(404)
    expect((await admin('POST', '/notifications/none/resend')).status).toBe(404)
  })

  it('POST /orders/{no}/refund settles at once (abnormal), sending REFUND.ABNORMAL', async () => {
    await admin('PUT', '/callbacks', { forward_to: receiver.url })
    const order = (await admin('POST', '/orders', { total: 100 })).json
    await admin('POST', `/orders/${order.out_trade_no}/pay`, {})
    const refund = await admin('POST', `/orders/${order.out_trade_no}/refund`, { refund: 30, settle: 'abnormal' })
    expect(refund.json).toMatchObject({ status: 'ABNORMAL', amount: { refund: 30 } })
    const record = await sb.callbacks.waitFor({ eventType: 'REFUND.ABNORMAL' })
    expect(record.resource).toMatchObject({ out_refund_no: refund.json.out_refund_no, refund_status: 'ABNORMAL' })
    expect((await admin('POST', `/orders/${order.out_trade_no}/refund`, { settle: 'later' })).json.code).toBe(
      'INVALID_OPTION',
    )
  })
})
