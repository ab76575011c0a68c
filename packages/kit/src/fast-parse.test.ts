import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fen, REQUEST } from './define.js'
import { fastParser, fastParserGap, UNSURE } from './fast-parse.js'

// The compiled parser must return what zod returns, key order included (the body is serialized from it), or UNSURE.
// tests/family-kit/test/fast-parse.test.ts checks every endpoint schema of the families against zod with generated
// input; these are the rules one by one.

const order = REQUEST.object({
  appid: z.string().min(1),
  out_trade_no: z.string().regex(/^[0-9A-Za-z_\-|*]{6,32}$/),
  amount: REQUEST.object({ total: fen, currency: z.string().min(1).optional() }),
  payer: REQUEST.object({ openid: z.string().min(1) }).optional(),
  limit_pay: z
    .array(z.enum(['no_balance', 'no_credit']))
    .max(2)
    .optional(),
  support_fapiao: z.boolean().optional(),
  installments: z.literal([3, 6, 12]).optional(),
  page: z.coerce.number<number>().int().min(0).optional(),
})

const valid = {
  payer: { openid: 'o1' },
  out_trade_no: 'T20260101',
  appid: 'wx1',
  amount: { currency: 'CNY', total: 100 },
  limit_pay: ['no_credit'],
}

function agrees(schema: z.ZodType, input: unknown): unknown {
  expect(fastParserGap(schema)).toBeUndefined()
  const parse = fastParser(schema)!
  const fast = parse(input)
  const zod = schema.safeParse(input)
  if (fast === UNSURE) {
    expect(zod.success).toBe(false)
    return fast
  }
  expect(zod.success).toBe(true)
  expect(fast).toStrictEqual(zod.data)
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data))
  return fast
}

describe('fastParser', () => {
  it('returns zod’s data for valid input, in the schema’s key order', () => {
    const out = agrees(order, valid) as Record<string, unknown>
    expect(Object.keys(out)).toEqual(['appid', 'out_trade_no', 'amount', 'payer', 'limit_pay'])
    expect(Object.keys(out.amount as object)).toEqual(['total', 'currency'])
    // A new object, never the caller's.
    expect(out).not.toBe(valid)
    expect(out.amount).not.toBe(valid.amount)
    expect(out.limit_pay).not.toBe(valid.limit_pay)
  })

  it('keeps an optional key given as undefined, as zod does', () => {
    const out = agrees(order, { ...valid, support_fapiao: undefined }) as object
    expect(Object.keys(out)).toContain('support_fapiao')
  })

  it('coerces like zod', () => {
    expect((agrees(order, { ...valid, page: '7' }) as { page: number }).page).toBe(7)
    expect(agrees(order, { ...valid, page: 'x' })).toBe(UNSURE)
  })

  it.each([
    ['a float amount', { ...valid, amount: { total: 1.5 } }],
    ['a negative amount', { ...valid, amount: { total: -1 } }],
    ['an unsafe integer', { ...valid, amount: { total: 2 ** 53 } }],
    ['Infinity', { ...valid, amount: { total: Number.POSITIVE_INFINITY } }],
    ['NaN', { ...valid, amount: { total: Number.NaN } }],
    ['a numeric string amount', { ...valid, amount: { total: '100' } }],
    ['a missing required field', { appid: 'wx1', amount: { total: 1 } }],
    ['a required field given as undefined', { ...valid, appid: undefined }],
    ['an empty string under min(1)', { ...valid, appid: '' }],
    ['a regex mismatch', { ...valid, out_trade_no: 'short' }],
    ['an unknown key', { ...valid, extra: 1 }],
    ['an unknown nested key', { ...valid, amount: { total: 1, extra: 1 } }],
    ['an enum value not listed', { ...valid, limit_pay: ['balance_only'] }],
    ['an array past its max', { ...valid, limit_pay: ['no_credit', 'no_credit', 'no_credit'] }],
    ['an array holding a bad item', { ...valid, limit_pay: ['no_credit', 1] }],
    ['an array where an object belongs', { ...valid, payer: [] }],
    ['null where an object belongs', { ...valid, payer: null }],
    ['a literal not listed', { ...valid, installments: 4 }],
    ['a string boolean', { ...valid, support_fapiao: 'true' }],
    ['no object at all', 'order'],
  ])('leaves %s to zod (UNSURE, and zod refuses it)', (_what, input) => {
    expect(agrees(order, input)).toBe(UNSURE)
  })

  it('counts inherited enumerable keys as unknown, as zod’s for…in does', () => {
    const input = Object.create({ inherited: 1 }) as Record<string, unknown>
    Object.assign(input, valid)
    expect(agrees(order, input)).toBe(UNSURE)
  })

  it.each([
    ['a loose object', z.looseObject({ a: z.string() })],
    ['a stripping object', z.object({ a: z.string() })],
    ['a field refinement', z.strictObject({ a: z.string().refine((s) => s !== 'x') })],
    ['a transform', z.strictObject({ a: z.string().transform((s) => s.length) })],
    ['a default', z.strictObject({ a: z.string().default('x') })],
    ['a string format', z.strictObject({ a: z.email() })],
    ['a union', z.strictObject({ a: z.union([z.string(), z.number()]) })],
    ['a nullable', z.strictObject({ a: z.string().nullable() })],
    ['a global regex', z.strictObject({ a: z.string().regex(/a/g) })],
    ['a multipleOf', z.strictObject({ a: z.number().multipleOf(5) })],
  ])('leaves a schema with %s to zod entirely', (_what, schema) => {
    expect(fastParser(schema)).toBeUndefined()
  })

  it('runs an object’s refinements on the parsed object, as zod does', () => {
    const refund = REQUEST.object({ refund: fen, total: fen })
      .refine((b) => b.total > 0, { message: 'no total' })
      .superRefine((b, ctx) => {
        if (b.refund > b.total) ctx.addIssue({ code: 'custom', path: ['refund'], message: 'too much' })
      })
    expect(agrees(refund, { total: 100, refund: 40 })).toEqual({ refund: 40, total: 100 })
    expect(agrees(refund, { total: 100, refund: 101 })).toBe(UNSURE)
    expect(agrees(refund, { total: 0, refund: 0 })).toBe(UNSURE)
    // A field that fails first never reaches the refinement (which would read a float as if valid).
    expect(agrees(refund, { total: 1.5, refund: 0 })).toBe(UNSURE)
  })

  it('leaves an async refinement to zod (which refuses it in a synchronous parse)', () => {
    const schema = z.strictObject({ a: z.string() }).refine(async () => true)
    expect(fastParser(schema)!({ a: 'x' })).toBe(UNSURE)
    expect(() => schema.safeParse({ a: 'x' })).toThrow()
  })

  it('compiles once per schema', () => {
    expect(fastParser(order)).toBe(fastParser(order))
  })
})
