// COUPON.SEND end to end: the sandbox issues a coupon and posts the signed, encrypted callback to a real local
// receiver; the client verifies and decrypts it and parseCouponSendNotification types it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEFAULT_APPID, DEFAULT_OPENID } from '@tools/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { parseCouponSendNotification, readSendCouponResult } from '../src/index.js'
import { type Harness, requestNo, startHarness } from './helpers.js'

let h: Harness
let receiver: Server
let notifyUrl: string
const received: { headers: IncomingHttpHeaders; body: Buffer }[] = []

beforeAll(async () => {
  h = await startHarness({ callbackRetryDelaysMs: [20, 20] })
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  notifyUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wechatpay/busifavor`
})
afterAll(async () => {
  await h.close()
  await new Promise((resolve) => receiver.close(resolve))
})

test('setNotifyUrl → sendCoupon → the COUPON.SEND callback verifies, decrypts and parses into the coupon sent', async () => {
  await h.busifavor.setNotifyUrl({ notify_url: notifyUrl })
  expect((await h.busifavor.getNotifyUrl()).notify_url).toBe(notifyUrl)
  const { stock_id } = h.sb.seed.createStock()
  const sent = await h.busifavor.sendCoupon({
    openid: DEFAULT_OPENID,
    appid: DEFAULT_APPID,
    stock_id,
    out_request_no: requestNo(),
  })
  const couponCode = readSendCouponResult(sent).coupon_code
  expect(couponCode).toMatch(/^\d+$/)

  await h.sb.callbacks.waitFor()
  expect(received).toHaveLength(1)
  const { headers, body } = received[0]!
  const event = parseCouponSendNotification(await h.client.verifyNotification({ headers, body }))
  expect(event.event_type).toBe('COUPON.SEND')
  expect(event.resource).toMatchObject({
    event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
    coupon_code: couponCode,
    stock_id,
    openid: DEFAULT_OPENID,
    send_merchant: h.sb.merchant.mchid,
  })
  expect(event.id).toBe(JSON.parse(body.toString('utf8')).id)
})
