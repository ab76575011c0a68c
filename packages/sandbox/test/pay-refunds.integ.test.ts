// Refunds through the real facade: the refundable balance, PROCESSING → SUCCESS / ABNORMAL / CLOSED with their
// REFUND.* callbacks verified and parsed, the abnormal refund, settling by itself, and a fault on create_refund.
import { createPay, type Pay, parseRefundNotification } from '@api/pay'
import type { WechatPayClient } from '@core/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createPaySandbox, generateSandboxKeys, paySandbox, type Sandbox, startSandbox } from '../src/index.js'
import { clientFor, NotifyReceiver, rejectionOf } from './pay-helpers.js'

const keys = generateSandboxKeys()
// Refunds stay PROCESSING until a test settles them.
const families = [createPaySandbox({ refundSettleAfterMs: false })] as const
let sb: Sandbox<typeof families>
let client: WechatPayClient
let pay: Pay
let receiver: NotifyReceiver
let n = 0

beforeAll(async () => {
  sb = await startSandbox({ families, keys, callbackRetryDelaysMs: [10] })
  client = clientFor(sb)
  pay = createPay(client)
  receiver = await new NotifyReceiver().start()
})
afterAll(async () => {
  await client.close()
  await sb.close()
  await receiver.close()
})
afterEach(() => sb.faults.reset())

const refundNo = () => `RF${Date.now()}${++n}`
function paidOrder(total = 1000) {
  const order = sb.seed.placeOrder({ total })
  return sb.seed.payOrder(order.out_trade_no)
}
const refund = (out_trade_no: string, amount: number, more: Record<string, unknown> = {}) =>
  pay.createRefund({
    out_trade_no,
    out_refund_no: refundNo(),
    notify_url: receiver.url,
    amount: { refund: amount, total: 1000, currency: 'CNY' },
    ...more,
  })
const admin = (path: string) => fetch(`${sb.url}/__sandbox${path}`, { method: 'POST' })

/** The REFUND.* callback of a refund, as the merchant's endpoint received it, verified and parsed. */
async function refundEvent(outRefundNo: string, eventType: string) {
  const record = await sb.callbacks.waitFor({ eventType, resource: { out_refund_no: outRefundNo } })
  const delivery = receiver.deliveries.find((d) => d.body === record.body)!
  return parseRefundNotification(await client.verifyNotification(delivery))
}

describe('the refundable balance', () => {
  it('partial refunds move money back; more than what is left → 400 INVALID_REQUEST and nothing is refunded', async () => {
    const order = paidOrder()
    const first = await refund(order.out_trade_no, 600)
    expect(first).toMatchObject({ status: 'PROCESSING', channel: 'ORIGINAL', amount: { refund: 600, total: 1000 } })
    expect(sb.state.order(order.out_trade_no)).toMatchObject({ trade_state: 'REFUND', refundable: 400 })
    const error = await rejectionOf(refund(order.out_trade_no, 401))
    expect(error).toMatchObject({ status: 400, code: 'INVALID_REQUEST', detail: { refundable: 400 } })
    expect(sb.state.refunds({ out_trade_no: order.out_trade_no })).toHaveLength(1)
    await refund(order.out_trade_no, 400)
    expect(sb.state.order(order.out_trade_no)?.refundable).toBe(0)
  })

  it('a refund by transaction_id; the payer’s share follows a discount the order had', async () => {
    const placed = sb.seed.placeOrder({ total: 1000 })
    const order = sb.seed.payOrder(placed.out_trade_no, { payer_total: 800 })
    const answer = await pay.createRefund({
      transaction_id: order.transaction_id!,
      out_refund_no: refundNo(),
      amount: { refund: 500, total: 1000, currency: 'CNY' },
    })
    expect(answer).toMatchObject({
      out_trade_no: order.out_trade_no,
      amount: { refund: 500, payer_total: 800, payer_refund: 400, discount_refund: 100 },
    })
  })

  it('an unpaid order → 400 INVALID_REQUEST; an unknown one → 404 RESOURCE_NOT_EXISTS; a wrong total → 400', async () => {
    const unpaid = sb.seed.placeOrder({ total: 1000 })
    expect(await rejectionOf(refund(unpaid.out_trade_no, 1))).toMatchObject({ status: 400, code: 'INVALID_REQUEST' })
    expect(await rejectionOf(refund('NO_SUCH_ORDER', 1))).toMatchObject({ status: 404, code: 'RESOURCE_NOT_EXISTS' })
    const order = paidOrder(999)
    expect(await rejectionOf(refund(order.out_trade_no, 1))).toMatchObject({ status: 400, code: 'INVALID_REQUEST' })
  })

  it('the same out_refund_no again replays the first answer; with another amount it is refused', async () => {
    const order = paidOrder()
    const body = {
      out_trade_no: order.out_trade_no,
      out_refund_no: refundNo(),
      amount: { refund: 100, total: 1000, currency: 'CNY' },
    }
    const first = await pay.createRefund(body)
    expect(await pay.createRefund(body)).toEqual(first)
    const other = await rejectionOf(pay.createRefund({ ...body, amount: { ...body.amount, refund: 200 } }))
    expect(other).toMatchObject({ status: 400, code: 'INVALID_REQUEST' })
    expect(sb.state.order(order.out_trade_no)?.refundable).toBe(900)
  })
})

describe('settling a refund', () => {
  it('…/succeed → SUCCESS; REFUND.SUCCESS verifies and parses; the query agrees', async () => {
    const order = paidOrder()
    const { out_refund_no } = await refund(order.out_trade_no, 300)
    expect((await admin(`/refunds/${out_refund_no}/succeed`)).status).toBe(200)
    const event = await refundEvent(out_refund_no, 'REFUND.SUCCESS')
    expect(event.resource).toMatchObject({
      mchid: sb.merchant.mchid,
      out_trade_no: order.out_trade_no,
      transaction_id: order.transaction_id,
      refund_status: 'SUCCESS',
      amount: { total: 1000, refund: 300, payer_total: 1000, payer_refund: 300 },
    })
    const queried = await pay.queryRefund({ out_refund_no })
    expect(queried).toMatchObject({ status: 'SUCCESS', success_time: event.resource.success_time })
  })

  it('…/close → CLOSED, REFUND.CLOSED, and the money is refundable again', async () => {
    const order = paidOrder()
    const { out_refund_no } = await refund(order.out_trade_no, 1000)
    expect(sb.state.order(order.out_trade_no)?.refundable).toBe(0)
    await admin(`/refunds/${out_refund_no}/close`)
    expect((await refundEvent(out_refund_no, 'REFUND.CLOSED')).resource.refund_status).toBe('CLOSED')
    expect(sb.state.order(order.out_trade_no)?.refundable).toBe(1000)
    expect((await pay.queryRefund({ out_refund_no })).status).toBe('CLOSED')
  })

  it('…/abnormal → REFUND.ABNORMAL; applyAbnormalRefund sends it to a card (PROCESSING), then it succeeds', async () => {
    const order = paidOrder()
    const { out_refund_no, refund_id } = await refund(order.out_trade_no, 200)
    await admin(`/refunds/${out_refund_no}/abnormal`)
    expect((await refundEvent(out_refund_no, 'REFUND.ABNORMAL')).resource.refund_status).toBe('ABNORMAL')
    const applied = await pay.applyAbnormalRefund({
      refund_id,
      out_refund_no,
      type: 'USER_BANK_CARD',
      bank_type: 'ICBC_DEBIT',
      bank_account: 'ciphertext-of-the-card-number',
      real_name: 'ciphertext-of-the-name',
    })
    expect(applied).toMatchObject({ status: 'PROCESSING', channel: 'OTHER_BANKCARD' })
    sb.seed.succeedRefund(out_refund_no)
    expect((await refundEvent(out_refund_no, 'REFUND.SUCCESS')).resource.refund_status).toBe('SUCCESS')
    const again = await rejectionOf(
      pay.applyAbnormalRefund({ refund_id, out_refund_no: `${out_refund_no}X`, type: 'MERCHANT_BANK_CARD' }),
    )
    expect(again).toMatchObject({ status: 400, code: 'INVALID_REQUEST' })
  })

  it('an abnormal refund on a refund that is not ABNORMAL → 400; an unknown refund_id → 404', async () => {
    const order = paidOrder()
    const { out_refund_no, refund_id } = await refund(order.out_trade_no, 100)
    const input = { refund_id, out_refund_no, type: 'MERCHANT_BANK_CARD' } as const
    expect(await rejectionOf(pay.applyAbnormalRefund(input))).toMatchObject({ status: 400, code: 'INVALID_REQUEST' })
    const unknown = await rejectionOf(pay.applyAbnormalRefund({ ...input, refund_id: '50000' }))
    expect(unknown).toMatchObject({ status: 404, code: 'RESOURCE_NOT_EXISTS' })
    expect(sb.state.refund(out_refund_no)?.status).toBe('PROCESSING')
  })

  it('without a notify_url the refund callback goes to the platform’s refund URL, or is recorded as skipped', async () => {
    const order = paidOrder()
    const skipped = await refund(order.out_trade_no, 100, { notify_url: undefined })
    sb.seed.succeedRefund(skipped.out_refund_no)
    const record = await sb.callbacks.waitFor({
      eventType: 'REFUND.SUCCESS',
      resource: { out_refund_no: skipped.out_refund_no },
      state: 'skipped',
    })
    expect(record.skipReason).toMatch(/setRefundNotifyUrl/)
    sb.seed.setRefundNotifyUrl(receiver.url)
    const posted = await refund(order.out_trade_no, 100, { notify_url: undefined })
    sb.seed.succeedRefund(posted.out_refund_no)
    expect((await refundEvent(posted.out_refund_no, 'REFUND.SUCCESS')).resource.out_refund_no).toBe(
      posted.out_refund_no,
    )
    expect(sb.callbacks.url).toBe(receiver.url)
  })

  it('paySandbox settles a refund SUCCESS by itself after its short delay', async () => {
    const own = await startSandbox({ families: [paySandbox], keys })
    const ownClient = clientFor(own)
    try {
      const order = own.seed.payOrder(own.seed.placeOrder({ total: 100 }).out_trade_no)
      const answer = await createPay(ownClient).createRefund({
        out_trade_no: order.out_trade_no,
        out_refund_no: refundNo(),
        amount: { refund: 100, total: 100, currency: 'CNY' },
      })
      expect(answer.status).toBe('PROCESSING')
      await own.callbacks.waitFor({ eventType: 'REFUND.SUCCESS', state: 'settled' })
      expect(own.state.refund(answer.out_refund_no)?.status).toBe('SUCCESS')
    } finally {
      await ownClient.close()
      await own.close()
    }
  })
})

describe('faults apply to pay endpoints', () => {
  it('500 after commit on create_refund: the client retries with the same out_refund_no and gets the first answer', async () => {
    const order = paidOrder()
    sb.faults.set({ serverErrorRate: 1, serverErrorAfterCommit: true, times: 1, endpoints: ['create_refund'] })
    const answer = await refund(order.out_trade_no, 250)
    const calls = sb.requestLog.entries.filter((e) => e.endpoint === 'create_refund').slice(-2)
    expect(calls.map((e) => [e.status, e.faults, e.replayed])).toEqual([
      [500, ['server-error-after-commit'], false],
      [200, [], true],
    ])
    expect(answer).toEqual(calls[1]!.response)
    expect(sb.state.refunds({ out_trade_no: order.out_trade_no })).toHaveLength(1)
    expect(sb.state.order(order.out_trade_no)?.refundable).toBe(750)
  })
})
