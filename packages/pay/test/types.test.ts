// Checked by `tsc` (npm run typecheck): the facade's inputs and outputs as callers see them.
import { describe, expectTypeOf, test } from 'vitest'
import type {
  closeOrder,
  createRefund,
  JsapiInvokeParams,
  jsapiPrepay,
  Pay,
  PayInput,
  RefundEvent,
  TransactionEvent,
} from '../src/index.js'
import { buildJsapiInvokeParams, type TRADE_STATES } from '../src/index.js'

describe('facade types', () => {
  test('jsapiPrepay(input): out_trade_no is a required string, amount.total a number, payer.openid required', () => {
    type Input = Parameters<Pay['jsapiPrepay']>[0]
    expectTypeOf<Input>().toEqualTypeOf<PayInput<typeof jsapiPrepay>>()
    expectTypeOf<Input['out_trade_no']>().toEqualTypeOf<string>()
    expectTypeOf<Input['amount']>().toEqualTypeOf<{ total: number; currency?: string | undefined }>()
    expectTypeOf<Input['payer']['openid']>().toEqualTypeOf<string>()
    expectTypeOf<NonNullable<Input['limit_pay']>>().toEqualTypeOf<
      ('no_balance' | 'no_credit' | 'no_debit' | 'balance_only')[]
    >()
    const order = {
      appid: 'wx1',
      mchid: '1900000001',
      description: 'd',
      notify_url: 'https://x',
      amount: { total: 1 },
      payer: { openid: 'o' },
    }
    // @ts-expect-error the caller owns out_trade_no: the facade never makes one up
    const missing: Input = order
    // @ts-expect-error amounts are numbers of 分, not strings of 元
    const yuan: Input = { ...order, out_trade_no: 'MCH_1', amount: { total: '0.01' } }
    // @ts-expect-error a JSAPI order names its payer
    const anonymous: Input = { ...order, out_trade_no: 'MCH_1', payer: undefined }
    void [missing, yuan, anonymous]
  })

  test('jsapiPrepay resolves with { prepay_id: string }, nativePrepay with code_url, h5Prepay with h5_url', () => {
    expectTypeOf<Awaited<ReturnType<Pay['jsapiPrepay']>>['prepay_id']>().toEqualTypeOf<string>()
    expectTypeOf<Awaited<ReturnType<Pay['nativePrepay']>>['code_url']>().toEqualTypeOf<string>()
    expectTypeOf<Awaited<ReturnType<Pay['h5Prepay']>>['h5_url']>().toEqualTypeOf<string>()
    // H5 orders need the scene (the payer's IP); the others do not.
    expectTypeOf<Parameters<Pay['h5Prepay']>[0]['scene_info']>().not.toBeUndefined()
    expectTypeOf<Parameters<Pay['nativePrepay']>[0]>().toHaveProperty('scene_info')
  })

  test('closeOrder takes { out_trade_no, mchid } and resolves with undefined (204)', () => {
    expectTypeOf<PayInput<typeof closeOrder>>().toEqualTypeOf<{ out_trade_no: string; mchid: string }>()
    expectTypeOf<Awaited<ReturnType<Pay['closeOrder']>>>().toEqualTypeOf<undefined>()
  })

  test('the order queries resolve with the typed order: trade_state from the known states, amounts as numbers', () => {
    type Order = Awaited<ReturnType<Pay['queryOrderByOutTradeNo']>>
    expectTypeOf<Order['trade_state']>().toEqualTypeOf<(typeof TRADE_STATES)[number] | undefined>()
    expectTypeOf<Order['amount']['total']>().toEqualTypeOf<number>()
    expectTypeOf<Order['out_trade_no']>().toEqualTypeOf<string>()
    expectTypeOf<Awaited<ReturnType<Pay['queryOrderByTransactionId']>>>().toEqualTypeOf<Order>()
    expectTypeOf<Parameters<Pay['queryOrderByTransactionId']>[0]>().toEqualTypeOf<{
      transaction_id: string
      mchid: string
    }>()
  })

  test('createRefund(input): out_refund_no required, amounts numbers, currency required; resolves with the refund', () => {
    type Input = PayInput<typeof createRefund>
    expectTypeOf<Input['out_refund_no']>().toEqualTypeOf<string>()
    expectTypeOf<Input['amount']['refund']>().toEqualTypeOf<number>()
    expectTypeOf<Input['amount']['total']>().toEqualTypeOf<number>()
    expectTypeOf<Input['amount']['currency']>().toEqualTypeOf<string>()
    expectTypeOf<Input['out_trade_no']>().toEqualTypeOf<string | undefined>()
    // @ts-expect-error out_refund_no is the caller's and never optional
    const missing: Input = { out_trade_no: 'MCH_1', amount: { refund: 1, total: 1, currency: 'CNY' } }
    void missing
    type Refund = Awaited<ReturnType<Pay['createRefund']>>
    expectTypeOf<Refund['status']>().toEqualTypeOf<'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL'>()
    expectTypeOf<Awaited<ReturnType<Pay['queryRefund']>>>().toEqualTypeOf<Refund>()
    expectTypeOf<Parameters<Pay['queryRefund']>[0]>().toEqualTypeOf<{ out_refund_no: string }>()
  })

  test('the bill requests resolve with download_url, hash_type and hash_value', () => {
    type Bill = Awaited<ReturnType<Pay['tradeBill']>>
    expectTypeOf<Bill['download_url']>().toEqualTypeOf<string>()
    expectTypeOf<Bill['hash_value']>().toEqualTypeOf<string>()
    expectTypeOf<Parameters<Pay['fundFlowBill']>[0]['account_type']>().toEqualTypeOf<
      'BASIC' | 'OPERATION' | 'FEES' | undefined
    >()
  })
})

describe('callback and invoke types', () => {
  test('TransactionEvent carries the order; RefundEvent the three refund outcomes', () => {
    expectTypeOf<TransactionEvent['event_type']>().toEqualTypeOf<'TRANSACTION.SUCCESS'>()
    expectTypeOf<TransactionEvent['resource']['amount']['total']>().toEqualTypeOf<number>()
    expectTypeOf<RefundEvent['event_type']>().toEqualTypeOf<'REFUND.SUCCESS' | 'REFUND.ABNORMAL' | 'REFUND.CLOSED'>()
    expectTypeOf<RefundEvent['resource']['amount']['refund']>().toEqualTypeOf<number>()
  })

  test('buildJsapiInvokeParams returns what wx.requestPayment takes', () => {
    expectTypeOf(buildJsapiInvokeParams).returns.toEqualTypeOf<JsapiInvokeParams>()
    expectTypeOf<JsapiInvokeParams['package']>().toEqualTypeOf<`prepay_id=${string}`>()
    expectTypeOf<JsapiInvokeParams['signType']>().toEqualTypeOf<'RSA'>()
  })
})
