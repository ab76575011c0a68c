// seedExamples with busifavor and pay mounted: every pay docs example runs unchanged through the real facade, in the
// registry's order (the story: placed, paid, queried, refunded; the Native order closed; yesterday's bills).
import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { endpoints as busifavorEndpoints, createBusifavor } from '@api/busifavor'
import { createPay, PAY_EXAMPLES as X } from '@api/pay'
import { endpoints } from '@api/pay/schemas'
import type { WechatPayClient } from '@core/client'
import { isExampleCode } from '@core/kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { busifavorSandbox, generateSandboxKeys, paySandbox, type Sandbox, startSandbox } from '../src/index.js'
import { clientFor, pathOf } from './pay-helpers.js'

const families = [busifavorSandbox, paySandbox] as const
let sb: Sandbox<typeof families>
let client: WechatPayClient
const answers = new Map<string, any>()

/** A docs example with its code values evaluated (the bill date, relative to now), as a reader's snippet runs it. */
function evaluated(example: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(example).map(([key, value]) => [
      key,
      isExampleCode(value) ? (new Function(`return ${value.code}`)() as unknown) : value,
    ]),
  )
}

const camel = (id: string) => id.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())

beforeAll(async () => {
  sb = await startSandbox({ families, keys: generateSandboxKeys(), seedExamples: true, callbackRetryDelaysMs: [10] })
  client = clientFor(sb)
})
afterAll(async () => {
  await client.close()
  await sb.close()
})

describe('every pay docs example runs against startSandbox({ seedExamples: true })', () => {
  const definitions = Object.values(endpoints)
  it.each(definitions.map((d) => [d.id, d] as const))('%s: succeeds and answers its response schema', async (id, d) => {
    const pay = createPay(client) as unknown as Record<string, (input: unknown) => Promise<unknown>>
    const answer = await pay[camel(id)]!(evaluated(d.docs.example))
    answers.set(id, answer)
    if (d.response === undefined) expect(answer).toBeUndefined()
    else expect(d.response.safeParse(answer).error?.issues ?? []).toEqual([])
  })

  it('the answers tell the story of PAY_EXAMPLES', () => {
    expect(answers.get('jsapi_prepay')).toEqual({ prepay_id: X.order.prepay_id })
    expect(answers.get('app_prepay')).toEqual({ prepay_id: X.app.prepay_id })
    expect(answers.get('h5_prepay').h5_url).toMatch(/^https:\/\//)
    expect(answers.get('native_prepay').code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/)
    const order = answers.get('query_order_by_out_trade_no')
    expect(order).toMatchObject({
      out_trade_no: X.order.out_trade_no,
      transaction_id: X.order.transaction_id,
      trade_state: 'REFUND',
      trade_type: 'JSAPI',
      payer: { openid: X.openid },
      amount: { total: X.order.total, payer_total: X.order.total },
    })
    expect(answers.get('query_order_by_transaction_id')).toEqual(order)
    expect(answers.get('create_refund')).toMatchObject({ refund_id: X.refund.refund_id, amount: { refund: 300 } })
    expect(answers.get('query_refund')).toMatchObject({ out_refund_no: X.refund.out_refund_no, status: 'SUCCESS' })
    expect(answers.get('apply_abnormal_refund')).toMatchObject({
      refund_id: X.abnormal.refund_id,
      status: 'PROCESSING',
      channel: 'OTHER_BANKCARD',
    })
    expect(sb.state.order(X.native.out_trade_no)?.trade_state).toBe('CLOSED')
    // 10.00 元 less 3.00 and 2.00 refunded.
    expect(sb.state.order(X.order.out_trade_no)?.refundable).toBe(500)
  })

  it("yesterday's trade bill holds the payment and both refunds; its SHA1 is the uncompressed file's", async () => {
    const { download_url, hash_value, hash_type } = answers.get('trade_bill')
    expect(hash_type).toBe('SHA1')
    const file = await client.request({ method: 'GET', url: pathOf(download_url) })
    const text = gunzipSync(file.raw).toString('utf8')
    expect(createHash('sha1').update(text).digest('hex')).toBe(hash_value)
    console.log(text)
    const lines = text.trimEnd().split('\r\n')
    expect(lines[0]!.startsWith('交易时间,公众账号ID,商户号,特约商户号')).toBe(true)
    expect(lines.slice(1, -2).map((l) => l.split(',')[6])).toEqual([
      '`MCH_102233445',
      '`MCH_102233445',
      '`MCH_102233445',
    ])
    expect(text).toContain(`\`${X.refund.refund_id}`)
    expect(lines.at(-1)!.split(',').slice(0, 2)).toEqual(['`3', '`10.00'])
  })

  it("yesterday's fund flow: 10.00 in, fees and 5.00 of refunds out", async () => {
    const { download_url, hash_value } = answers.get('fund_flow_bill')
    const text = gunzipSync((await client.request({ method: 'GET', url: pathOf(download_url) })).raw).toString('utf8')
    expect(createHash('sha1').update(text).digest('hex')).toBe(hash_value)
    console.log(text)
    expect(text.startsWith('记账时间,微信支付业务单号,资金流水单号,业务名称')).toBe(true)
    expect(text).toMatch(/`交易,`交易,`收入,`10\.00,`10\.00,/)
    expect(text).toMatch(/`退款,`退款,`支出,`3\.00,/)
  })

  it('history sends no callbacks; the abnormal refund settled later is recorded but never posted to example.com', async () => {
    const record = await sb.callbacks.waitFor({ eventType: 'REFUND.SUCCESS', state: 'settled' })
    expect(record.resource).toMatchObject({ out_refund_no: X.abnormal.out_refund_no, refund_status: 'SUCCESS' })
    expect(record.state).toBe('skipped')
    expect(sb.callbacks.notifications.filter((n) => n.event_type === 'TRANSACTION.SUCCESS')).toEqual([])
  })

  it("busifavor's 关联订单 example names the pay example's order, which exists: it succeeds", async () => {
    const example = busifavorEndpoints.associate_trade.docs.example
    expect(example.out_trade_no).toBe(X.order.out_trade_no)
    const answer = await createBusifavor(client).associateTrade(example as never)
    expect(answer.wechatpay_associate_time).toMatch(/\+08:00$/)
  })
})
