import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ApiProblem } from '../problem.js'
import { coerceQuery, describeField, validate } from './validation.js'

const schema = z.strictObject({
  coupon_code: z.string().min(1).max(4).meta({ description: '券code' }),
  rule: z
    .strictObject({ items: z.array(z.strictObject({ n: z.int().meta({ description: '数量' }) })) })
    .optional()
    .meta({ description: '规则' }),
  limit: z.coerce.number<number>().int().optional(),
  flag: z.boolean().optional(),
})

function problemOf(run: () => unknown): ApiProblem {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiProblem) return error
    throw error
  }
  throw new Error('expected an ApiProblem')
}

describe('validate', () => {
  it('validate(schema, bad length) → PARAM_ERROR naming the field, its 中文 description and the value', () => {
    const problem = problemOf(() => validate(schema, { coupon_code: 'toolong' }, 'body'))
    expect(problem.status).toBe(400)
    expect(problem.code).toBe('PARAM_ERROR')
    expect(problem.detail).toMatchObject({ location: 'body', field: '/coupon_code', value: 'toolong' })
    expect(problem.message).toContain('/coupon_code（券code）长度超过最大值 4')
  })

  it('validate(schema, missing field) says it is required', () => {
    expect(problemOf(() => validate(schema, {}, 'body')).message).toContain('缺失（必填字段）')
  })

  it('validate(schema, unknown key) names the unknown key as the field', () => {
    const problem = problemOf(() => validate(schema, { coupon_code: 'a', extra: 1 }, 'query'))
    expect(problem.detail).toMatchObject({ location: 'query', field: '/extra' })
  })

  it('validate(schema, nested array error) points into the array', () => {
    const problem = problemOf(() =>
      validate(schema, { coupon_code: 'a', rule: { items: [{ n: 1 }, { n: 'x' }] } }, 'body'),
    )
    expect(problem.detail).toMatchObject({ field: '/rule/items/1/n', value: 'x' })
    expect(problem.message).toContain('（数量）')
  })

  it('validate(schema, good input) returns the parsed data', () => {
    expect(validate(schema, { coupon_code: 'ab' }, 'body')).toEqual({ coupon_code: 'ab' })
  })
})

describe('describeField / coerceQuery', () => {
  it('describeField looks through optional and array wrappers', () => {
    expect(describeField(schema, ['rule'])).toBe('规则')
    expect(describeField(schema, ['rule', 'items', 0, 'n'])).toBe('数量')
    expect(describeField(schema, ['nope'])).toBeUndefined()
  })

  it('coerceQuery turns "true" into a boolean where the schema wants one and leaves text alone', () => {
    expect(coerceQuery(schema, { coupon_code: '12', flag: 'true', limit: '5' })).toEqual({
      coupon_code: '12',
      flag: true,
      limit: '5',
    })
    expect(coerceQuery(schema, { flag: 'yes' })).toEqual({ flag: 'yes' })
  })
})
