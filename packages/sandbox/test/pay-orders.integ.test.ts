// Pay orders end to end through @core/client and the real facade: prepay answers and replays, the shared out_trade_no
// space, queries, close, the simulated payer (admin API and seed), time_expire on the sandbox clock, auto-pay, and
// TRANSACTION.SUCCESS verified and parsed as a merchant would.
import { createBusifavor } from '@api/busifavor'
import { createPay, type Pay, parseTransactionNotification } from '@api/pay'
import type { WechatPayClient } from '@core/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  busifavorSandbox,
  createPaySandbox,
  DEFAULT_CALLBACK_RETRY_DELAYS_MS,
  generateSandboxKeys,
  PAY_CALLBACK_RETRY_DELAYS_MS,
  paySandbox,
  type Sandbox,
  startSandbox,
} from '../src/index.js'
import { clientFor, NotifyReceiver, rejectionOf } from './pay-helpers.js'

const keys = generateSandboxKeys()
const families = [busifavorSandbox, paySandbox] as const
let sb: Sandbox<typeof families>
let client: WechatPayClient
let pay: Pay
let receiver: NotifyReceiver
let n = 0

beforeAll(async () => {
  sb = await startSandbox({ families, keys, callbackRetryDelaysMs: [10, 10] })
  client = clientFor(sb)
  pay = createPay(client)
  receiver = await new NotifyReceiver().start()
})
afterAll(async () => {
  await client.close()
  await sb.close()
  await receiver.close()
})

/** Beijing time as WeChat Pay writes it. */
const rfc3339 = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
const no = (prefix = 'T') => `${prefix}${Date.now()}${++n}`
function jsapiOrder(outTradeNo = no(), more: Record<string, unknown> = {}) {
  return {
    appid: 'wx1234567889999',
    mchid: sb.merchant.mchid,
    description: '测试订单',
    out_trade_no: outTradeNo,
    notify_url: receiver.url,
    amount: { total: 1000, currency: 'CNY' },
    payer: { openid: 'o-payer' },
    ...more,
  }
}
const admin = async (path: string, body?: unknown) => {
  const res = await fetch(`${sb.url}/__sandbox${path}`, {
    method: 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json()) as any }
}

describe('prepay', () => {
  it('each trade type answers what its client needs: prepay_id, h5_url, code_url; the order is NOTPAY', async () => {
    const base = jsapiOrder()
    const { payer: _, ...unpaid } = base
    expect((await pay.jsapiPrepay(base)).prepay_id).toMatch(/^wx\d{8}[0-9a-f]{26}$/)
    expect((await pay.appPrepay({ ...unpaid, out_trade_no: no('A') })).prepay_id).toMatch(/^wx/)
    const h5No = no('H')
    const h5 = await pay.h5Prepay({
      ...unpaid,
      out_trade_no: h5No,
      scene_info: { payer_client_ip: '1.2.3.4', h5_info: { type: 'Wap' } },
    })
    expect(h5.h5_url).toMatch(/^https:\/\/wx\.tenpay\.com\/.*prepay_id=wx/)
    const native = await pay.nativePrepay({ ...unpaid, out_trade_no: no('N') })
    expect(native.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/)
    const order = await pay.queryOrderByOutTradeNo({ out_trade_no: base.out_trade_no, mchid: sb.merchant.mchid })
    expect(order).toMatchObject({ trade_state: 'NOTPAY', trade_type: 'JSAPI', trade_state_desc: '未支付' })
    expect(order.transaction_id).toBeUndefined()
    expect(order.payer).toBeUndefined()
    const h5Order = await pay.queryOrderByOutTradeNo({ out_trade_no: h5No, mchid: sb.merchant.mchid })
    expect(h5Order).toMatchObject({ trade_type: 'MWEB', scene_info: { payer_client_ip: '1.2.3.4' } })
  })

  it('the same out_trade_no with the same parameters replays the first answer: one order', async () => {
    const body = jsapiOrder()
    const first = await pay.jsapiPrepay(body)
    const again = await pay.jsapiPrepay(body)
    expect(again).toEqual(first)
    expect(sb.requestLog.last()?.replayed).toBe(true)
    expect(sb.state.orders().filter((o) => o.out_trade_no === body.out_trade_no)).toHaveLength(1)
  })

  it('the same out_trade_no with other parameters → 403 OUT_TRADE_NO_USED, and nothing changes', async () => {
    const body = jsapiOrder()
    await pay.jsapiPrepay(body)
    const error = await rejectionOf(pay.jsapiPrepay({ ...body, amount: { total: 999, currency: 'CNY' } }))
    expect(error).toMatchObject({ name: 'ApiError', status: 403, code: 'OUT_TRADE_NO_USED' })
    expect(sb.state.order(body.out_trade_no)?.amount.total).toBe(1000)
  })

  it('an out_trade_no reused by another trade type, even with an identical body → 403 OUT_TRADE_NO_USED', async () => {
    const { payer: _, ...body } = jsapiOrder()
    await pay.appPrepay(body)
    const error = await rejectionOf(pay.nativePrepay(body))
    expect(error).toMatchObject({ status: 403, code: 'OUT_TRADE_NO_USED' })
    expect(sb.state.order(body.out_trade_no)?.trade_type).toBe('APP')
  })

  it('another merchant id, a foreign currency or a past time_expire → 400 PARAM_ERROR, no order', async () => {
    for (const more of [
      { mchid: '1900000002' },
      { amount: { total: 1, currency: 'USD' } },
      { time_expire: '2020-01-01T00:00:00+08:00' },
    ]) {
      const body = jsapiOrder(no(), more)
      expect(await rejectionOf(pay.jsapiPrepay(body))).toMatchObject({ status: 400, code: 'PARAM_ERROR' })
      expect(sb.state.order(body.out_trade_no)).toBeUndefined()
    }
  })
})

describe('the simulated payer', () => {
  it('POST /__sandbox/orders/{no}/pay: SUCCESS; both queries answer the paid order; TRANSACTION.SUCCESS verifies and parses', async () => {
    const body = jsapiOrder()
    await pay.jsapiPrepay(body)
    const paid = await admin(`/orders/${body.out_trade_no}/pay`)
    expect(paid.status).toBe(200)
    expect(paid.json).toMatchObject({ trade_state: 'SUCCESS', payer: { openid: 'o-payer' }, bank_type: 'OTHERS' })
    const byNo = await pay.queryOrderByOutTradeNo({ out_trade_no: body.out_trade_no, mchid: sb.merchant.mchid })
    const byId = await pay.queryOrderByTransactionId({
      transaction_id: paid.json.transaction_id,
      mchid: sb.merchant.mchid,
    })
    expect(byId).toEqual(byNo)
    expect(byNo).toMatchObject({
      trade_state: 'SUCCESS',
      transaction_id: expect.stringMatching(/^4200\d{24}$/),
      success_time: expect.stringMatching(/\+08:00$/),
      amount: { total: 1000, payer_total: 1000, currency: 'CNY', payer_currency: 'CNY' },
    })
    const record = await sb.callbacks.waitFor({
      eventType: 'TRANSACTION.SUCCESS',
      resource: { out_trade_no: body.out_trade_no },
    })
    const delivery = receiver.deliveries.find((d) => d.body === record.body)!
    const event = parseTransactionNotification(await client.verifyNotification(delivery))
    expect(event.event_type).toBe('TRANSACTION.SUCCESS')
    expect(event.resource).toEqual(byNo)
  })

  it("an order without a transaction_id cannot be queried by one: 404 ORDER_NOT_EXIST; another mchid's query neither", async () => {
    const body = jsapiOrder()
    await pay.jsapiPrepay(body)
    const error = await rejectionOf(
      pay.queryOrderByTransactionId({ transaction_id: '4200000000', mchid: sb.merchant.mchid }),
    )
    expect(error).toMatchObject({ status: 404, code: 'ORDER_NOT_EXIST' })
    const other = await rejectionOf(
      pay.queryOrderByOutTradeNo({ out_trade_no: body.out_trade_no, mchid: '1900000002' }),
    )
    expect(other).toMatchObject({ status: 404, code: 'ORDER_NOT_EXIST' })
  })

  it('…/fail → PAYERROR; …/expire → CLOSED; …/revoke → REVOKED; a closed order cannot be paid (ORDER_CLOSED)', async () => {
    const [a, b, c] = [sb.seed.placeOrder(), sb.seed.placeOrder(), sb.seed.placeOrder()]
    expect((await admin(`/orders/${a.out_trade_no}/fail`)).json.trade_state).toBe('PAYERROR')
    expect((await admin(`/orders/${b.out_trade_no}/expire`)).json.trade_state).toBe('CLOSED')
    expect((await admin(`/orders/${c.out_trade_no}/revoke`)).json.trade_state).toBe('REVOKED')
    const refused = await admin(`/orders/${b.out_trade_no}/pay`)
    expect(refused.status).toBe(400)
    expect(refused.json).toMatchObject({ code: 'SEED_CONFLICT', message: expect.stringContaining('ORDER_CLOSED') })
    expect(sb.state.order(a.out_trade_no)?.trade_state_desc).toMatch(/支付失败/)
  })

  it('a JSAPI order is paid by its payer.openid only; sb.seed.payOrder takes payer_total for a discount', () => {
    const order = sb.seed.placeOrder({ openid: 'o-owner', total: 500 })
    expect(() => sb.seed.payOrder(order.out_trade_no, { openid: 'o-stranger' })).toThrow(/SEED_CONFLICT|payer\.openid/)
    const paid = sb.seed.payOrder(order.out_trade_no, { payer_total: 400 })
    expect(paid.amount).toMatchObject({ total: 500, payer_total: 400 })
    expect(paid.payer?.openid).toBe('o-owner')
  })
})

describe('close', () => {
  it('closes an unpaid order (204), again (204, replayed); it can then not be paid', async () => {
    const body = jsapiOrder()
    await pay.jsapiPrepay(body)
    expect(await pay.closeOrder({ out_trade_no: body.out_trade_no, mchid: sb.merchant.mchid })).toBeUndefined()
    expect(await pay.closeOrder({ out_trade_no: body.out_trade_no, mchid: sb.merchant.mchid })).toBeUndefined()
    expect(sb.requestLog.last()).toMatchObject({ status: 204, replayed: true })
    expect(sb.state.order(body.out_trade_no)?.trade_state).toBe('CLOSED')
    expect(() => sb.seed.payOrder(body.out_trade_no)).toThrow(/ORDER_CLOSED/)
  })

  it('a paid order → 400 ORDERPAID; an unknown one → 404 ORDER_NOT_EXIST', async () => {
    const order = sb.seed.placeOrder()
    sb.seed.payOrder(order.out_trade_no)
    const paid = await rejectionOf(pay.closeOrder({ out_trade_no: order.out_trade_no, mchid: sb.merchant.mchid }))
    expect(paid).toMatchObject({ status: 400, code: 'ORDERPAID' })
    const unknown = await rejectionOf(pay.closeOrder({ out_trade_no: 'NO_SUCH_ORDER', mchid: sb.merchant.mchid }))
    expect(unknown).toMatchObject({ status: 404, code: 'ORDER_NOT_EXIST' })
  })
})

describe('callback schedules', () => {
  it("a pay callback follows WeChat Pay's payment schedule unless callbackRetryDelaysMs is given; busifavor keeps its own", async () => {
    const own = await startSandbox({ families, keys })
    try {
      own.seed.payOrder(own.seed.placeOrder().out_trade_no)
      own.seed.sendCoupon()
      const [coupon] = own.callbacks.notifications.filter((r) => r.event_type === 'COUPON.SEND')
      const [payment] = own.callbacks.notifications.filter((r) => r.event_type === 'TRANSACTION.SUCCESS')
      expect(payment!.retryDelaysMs).toEqual(PAY_CALLBACK_RETRY_DELAYS_MS)
      expect(PAY_CALLBACK_RETRY_DELAYS_MS.slice(0, 4)).toEqual([15_000, 15_000, 30_000, 180_000])
      expect(coupon!.retryDelaysMs).toEqual(DEFAULT_CALLBACK_RETRY_DELAYS_MS)
    } finally {
      await own.close()
    }
    // This file's sandbox overrides both: a failed delivery is retried after 10 ms.
    receiver.failures = 1
    const order = sb.seed.placeOrder({ notify_url: receiver.url })
    sb.seed.payOrder(order.out_trade_no)
    const record = await sb.callbacks.waitFor({
      eventType: 'TRANSACTION.SUCCESS',
      resource: { out_trade_no: order.out_trade_no },
    })
    expect(record.retryDelaysMs).toEqual([10, 10])
    expect(record.attempts.map((a) => a.status)).toEqual([500, 204])
  })

  it('a probe before a pay callback imitates a TRANSACTION.SUCCESS and must be refused; the event follows', async () => {
    sb.faults.set({ callbackProbeRate: 1 })
    try {
      const order = sb.seed.placeOrder({ notify_url: receiver.url })
      sb.seed.payOrder(order.out_trade_no)
      await sb.callbacks.waitFor({ eventType: 'TRANSACTION.SUCCESS', resource: { out_trade_no: order.out_trade_no } })
      const probe = sb.callbacks.notifications.filter((r) => r.kind === 'probe').at(-1)!
      expect(probe.event_type).toBe('TRANSACTION.SUCCESS')
      const delivery = receiver.deliveries.find((d) => d.body === probe.body)!
      expect(await rejectionOf(client.verifyNotification(delivery))).toMatchObject({
        name: 'SignatureVerificationError',
      })
    } finally {
      sb.faults.reset()
    }
  })
})

describe('time_expire on the sandbox clock, and auto-pay', () => {
  it('past time_expire an unpaid order is CLOSED on query and cannot be paid', async () => {
    let now = Date.now()
    const clock = () => now
    const own = await startSandbox({ families, keys, clock })
    const ownClient = clientFor(own)
    try {
      const ownPay = createPay(ownClient)
      const body = { ...jsapiOrder(), mchid: own.merchant.mchid, time_expire: rfc3339(now + 60_000) }
      await ownPay.jsapiPrepay(body)
      expect(own.state.order(body.out_trade_no)?.trade_state).toBe('NOTPAY')
      now += 61_000
      const order = await ownPay.queryOrderByOutTradeNo({ out_trade_no: body.out_trade_no, mchid: own.merchant.mchid })
      expect(order).toMatchObject({ trade_state: 'CLOSED', time_expire: body.time_expire })
      expect(() => own.seed.payOrder(body.out_trade_no)).toThrow(/ORDER_CLOSED/)
    } finally {
      await ownClient.close()
      await own.close()
    }
  })

  it('createPaySandbox({ autoPayAfterMs }) pays a NOTPAY order by itself; timestamps read the (frozen) sandbox clock', async () => {
    const frozen = Date.parse('2024-05-20T13:14:00+08:00')
    const own = await startSandbox({ families: [createPaySandbox({ autoPayAfterMs: 5 })], keys, clock: () => frozen })
    try {
      const order = own.seed.placeOrder()
      const record = await own.callbacks.waitFor({ eventType: 'TRANSACTION.SUCCESS', state: 'settled' })
      expect(record.resource).toMatchObject({
        out_trade_no: order.out_trade_no,
        success_time: '2024-05-20T13:14:00+08:00',
      })
      expect(own.state.order(order.out_trade_no)?.trade_state).toBe('SUCCESS')
    } finally {
      await own.close()
    }
  })

  it('createPaySandbox refuses unknown or negative options', () => {
    expect(() => createPaySandbox({ autoPayMs: 5 } as never)).toThrow(/unknown option "autoPayMs"/)
    expect(() => createPaySandbox({ refundSettleAfterMs: -1 })).toThrow(/refundSettleAfterMs/)
  })
})

describe('the family contract', () => {
  it('an idempotency scope or a download route that does not fit is refused at start (INVALID_OPTION)', async () => {
    const scope = { ...paySandbox, idempotency: [{ endpoints: ['no_such_endpoint'] }] } as never
    await expect(startSandbox({ families: [scope], keys })).rejects.toMatchObject({ code: 'INVALID_OPTION' })
    const twice = { ...paySandbox, downloads: [...paySandbox.downloads!, ...paySandbox.downloads!] }
    await expect(startSandbox({ families: [twice], keys })).rejects.toMatchObject({ code: 'INVALID_OPTION' })
  })
})

describe('busifavor and pay share one merchant', () => {
  it('关联订单 must name an order of the pay family when it is mounted (404 otherwise), any order without it', async () => {
    const busifavor = createBusifavor(client)
    const coupon = sb.seed.sendCoupon()
    const input = { stock_id: coupon.stock_id, coupon_code: coupon.coupon_code, out_request_no: no('R') }
    const error = await rejectionOf(busifavor.associateTrade({ ...input, out_trade_no: 'NOT_AN_ORDER' }))
    expect(error).toMatchObject({ status: 404, code: 'RESOURCE_NOT_EXISTS' })
    const order = sb.seed.placeOrder()
    const ok = await busifavor.associateTrade({ ...input, out_trade_no: order.out_trade_no, out_request_no: no('R') })
    expect(ok.wechatpay_associate_time).toMatch(/\+08:00$/)

    const alone = await startSandbox({ keys })
    const aloneClient = clientFor(alone)
    try {
      const c = alone.seed.sendCoupon()
      const answer = await createBusifavor(aloneClient).associateTrade({
        stock_id: c.stock_id,
        coupon_code: c.coupon_code,
        out_request_no: no('R'),
        out_trade_no: 'NOT_AN_ORDER',
      })
      expect(answer.wechatpay_associate_time).toMatch(/\+08:00$/)
    } finally {
      await aloneClient.close()
      await alone.close()
    }
  })
})
