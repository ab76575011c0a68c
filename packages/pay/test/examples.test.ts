// The docs' examples run against the sandbox later, which pre-loads PAY_EXAMPLES: each example must pass its
// endpoint's validation, and together they must tell one story (the queried and refunded order is the one placed).
import { isExampleCode } from '@core/kit'
import { describe, expect, test } from 'vitest'
import type { z } from 'zod'
import { endpoints, PAY_EXAMPLES as X } from '../src/schemas.js'

/** An example with its code values evaluated (e.g. the bill date relative to now). */
function evaluated(example: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(example).map(([key, value]) => [
      key,
      isExampleCode(value) ? (new Function(`return ${value.code}`)() as unknown) : value,
    ]),
  )
}

describe('docs examples', () => {
  test.each(Object.values(endpoints).map((definition) => [definition.id, definition] as const))(
    '%s: the example passes the endpoint’s validation',
    (_, definition) => {
      const example = evaluated(definition.docs.example)
      const parts = [definition.pathParams, definition.query, definition.body] as (z.ZodObject | undefined)[]
      const known = new Set(parts.flatMap((schema) => Object.keys(schema?.shape ?? {})))
      expect(Object.keys(example).filter((key) => !known.has(key))).toEqual([])
      for (const schema of parts) {
        if (schema === undefined) continue
        const part = Object.fromEntries(Object.entries(example).filter(([key]) => key in schema.shape))
        const result = schema.safeParse(part)
        expect(result.error?.issues ?? [], definition.id).toEqual([])
      }
    },
  )

  test('the examples follow one order: placed, queried both ways, refunded, the refund queried; Native closed', () => {
    const e = Object.fromEntries(Object.values(endpoints).map((d) => [d.id, d.docs.example as Record<string, any>]))
    expect(e.jsapi_prepay!.out_trade_no).toBe(X.order.out_trade_no)
    expect(e.jsapi_prepay!.payer.openid).toBe(X.openid)
    expect(e.query_order_by_out_trade_no!.out_trade_no).toBe(e.jsapi_prepay!.out_trade_no)
    expect(e.query_order_by_transaction_id!.transaction_id).toBe(X.order.transaction_id)
    expect(e.create_refund!.out_trade_no).toBe(e.jsapi_prepay!.out_trade_no)
    expect(e.create_refund!.amount.total).toBe(e.jsapi_prepay!.amount.total)
    expect(e.query_refund!.out_refund_no).toBe(e.create_refund!.out_refund_no)
    expect(e.close_order!.out_trade_no).toBe(e.native_prepay!.out_trade_no)
    const numbers = ['jsapi_prepay', 'app_prepay', 'h5_prepay', 'native_prepay'].map((id) => e[id]!.out_trade_no)
    expect(new Set(numbers).size).toBe(4)
    for (const id of Object.keys(e)) if ('mchid' in e[id]!) expect(e[id]!.mchid, id).toBe(X.mchid)
  })
})
