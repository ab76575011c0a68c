import type { Server } from 'node:http'
import { createClient, type WechatPayClient } from '@core/client'
import type { VerifiedNotification } from '@core/signer'
import { type Sandbox, startSandbox } from '@tools/sandbox'
import express5 from 'express'
import express4 from 'express4'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wechatpay, wechatpayNotifications } from '../src/index.js'
import { close, listen } from './helpers.js'

interface CouponSendResource {
  event_type: string
  coupon_code: string
  stock_id: string
  send_time: string
  openid?: string
}

// End to end: the sandbox plays WeChat Pay (signed, encrypted COUPON.SEND callbacks with its retry schedule), the
// real @core/client holds the keys, and the middleware answers.
describe.each([
  ['Express 5', express5],
  ['Express 4', express4],
] as const)('sandbox COUPON.SEND → %s', (_name, express) => {
  let sb: Sandbox
  let client: WechatPayClient
  let server: Server
  let notifyUrl: string
  const applied = new Map<string, VerifiedNotification<CouponSendResource>>()
  const attempts = new Map<string, number>()
  /** Stocks whose next delivery the handler fails (a stock is known before its coupon's code is). */
  const failNextOfStock = new Set<string>()

  beforeAll(async () => {
    // Short retry delays: WeChat Pay's real schedule (15 s, 15 s, 30 s, 3 min, …) would make the suite slow.
    sb = await startSandbox({ callbackRetryDelaysMs: [30, 30, 30] })
    client = createClient({
      mchid: sb.merchant.mchid,
      serial: sb.merchant.serial,
      privateKey: sb.merchant.privateKeyPem,
      platformKeys: sb.platform.keys,
      apiv3Key: sb.apiv3Key,
      baseUrl: sb.url,
    })
    const app = express()
    app.use(wechatpay({ client }))
    app.post(
      '/wechatpay/notify',
      wechatpayNotifications<CouponSendResource>({
        client,
        onError: () => {},
        onNotification: async (event) => {
          const code = event.resource.coupon_code
          attempts.set(code, (attempts.get(code) ?? 0) + 1)
          if (failNextOfStock.delete(event.resource.stock_id)) throw new Error('inventory service unavailable')
          applied.set(code, event)
        },
      }),
    )
    server = app.listen(0, '127.0.0.1')
    notifyUrl = `${await listen(server)}/wechatpay/notify`
    // Set the notify URL the way a merchant does: a signed API call, verified answer.
    const answer = await client.request<{ notify_url: string }>({
      method: 'POST',
      url: '/v3/marketing/busifavor/callbacks',
      json: { mchid: sb.merchant.mchid, notify_url: notifyUrl },
    })
    expect(answer.data.notify_url).toBe(notifyUrl)
  })

  afterAll(async () => {
    await sb?.close()
    await client?.close()
    await close(server)
  })

  it('a coupon sent in the sandbox reaches onNotification decrypted, and the sandbox records a 204', async () => {
    const coupon = sb.seed.sendCoupon()
    const record = await sb.callbacks.waitFor({ couponCode: coupon.coupon_code })
    expect(record.state).toBe('delivered')
    expect(record.attempts.map((a) => a.status)).toEqual([204])
    const event = applied.get(coupon.coupon_code)
    expect(event?.id).toBe(record.id)
    expect(event?.event_type).toBe('COUPON.SEND')
    expect(event?.resource).toMatchObject({ coupon_code: coupon.coupon_code, stock_id: coupon.stock_id })
    expect(event?.resource).toEqual(record.resource)
  })

  it('a handler failure answers 500; the sandbox retries and the retry is applied once', async () => {
    const stock = sb.seed.createStock()
    failNextOfStock.add(stock.stock_id)
    const armed = sb.seed.sendCoupon({ stock_id: stock.stock_id })
    const record = await sb.callbacks.waitFor({ couponCode: armed.coupon_code })
    expect(record.attempts.map((a) => a.status)).toEqual([500, 204])
    expect(attempts.get(armed.coupon_code)).toBe(2)
    expect(applied.get(armed.coupon_code)?.id).toBe(record.id)
  })

  it('many coupons at once are each applied exactly once', async () => {
    const coupons = sb.seed.sendCoupons(20)
    await sb.callbacks.idle()
    for (const coupon of coupons) {
      expect(attempts.get(coupon.coupon_code)).toBe(1)
      expect(applied.has(coupon.coupon_code)).toBe(true)
    }
  })

  it("the sandbox's signature probe is refused with 401 and never reaches the handler", async () => {
    const before = applied.size
    const record = await sb.callbacks.probe(notifyUrl)
    expect(record.attempts.map((a) => [a.status, a.ok])).toEqual([[401, false]])
    expect(applied.size).toBe(before)
  })
})
