import type { EndpointInput, EndpointOutput } from '@core/kit'
import { describe, expectTypeOf, test } from 'vitest'
import type { Busifavor, BusifavorInput, createStock, deactivateCoupon, modifyStock } from '../src/index.js'

describe('facade types', () => {
  test('deactivateCoupon(input) takes the four fields, deactivate_request_no required', () => {
    expectTypeOf<BusifavorInput<typeof deactivateCoupon>>().toEqualTypeOf<{
      coupon_code: string
      stock_id: string
      deactivate_request_no: string
      deactivate_reason?: string | undefined
    }>()
    type Call = Busifavor['deactivateCoupon']
    expectTypeOf<Parameters<Call>[0]>().toEqualTypeOf<BusifavorInput<typeof deactivateCoupon>>()
    // @ts-expect-error the caller owns deactivate_request_no: it is never optional
    const missing: Parameters<Call>[0] = { coupon_code: 'c', stock_id: 's' }
    void missing
    // @ts-expect-error unknown fields are type errors too
    const extra: Parameters<Call>[0] = { coupon_code: 'c', stock_id: 's', deactivate_request_no: 'n', reason: 'x' }
    void extra
  })

  test('deactivateCoupon(input) resolves with { wechatpay_deactivate_time: string } plus unknown fields kept', () => {
    type Output = Awaited<ReturnType<Busifavor['deactivateCoupon']>>
    expectTypeOf<Output>().toEqualTypeOf<EndpointOutput<typeof deactivateCoupon>>()
    expectTypeOf<Output['wechatpay_deactivate_time']>().toEqualTypeOf<string>()
    expectTypeOf<Output>().toHaveProperty('wechatpay_deactivate_time')
    // Loose response objects keep fields WeChat Pay adds later, typed as unknown.
    expectTypeOf<Output['added_later']>().toEqualTypeOf<unknown>()
  })

  test('createStock(input) is typed down to the nested rules', () => {
    type Input = EndpointInput<typeof createStock>
    expectTypeOf<Input['stock_type']>().toEqualTypeOf<'NORMAL' | 'DISCOUNT' | 'EXCHANGE'>()
    expectTypeOf<Input['coupon_use_rule']['coupon_available_time']['available_begin_time']>().toEqualTypeOf<string>()
    expectTypeOf<Input['coupon_use_rule']['use_method']>().toEqualTypeOf<
      'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE'
    >()
    expectTypeOf<NonNullable<Input['coupon_use_rule']['fixed_normal_coupon']>>().toEqualTypeOf<{
      discount_amount: number
      transaction_minimum: number
    }>()
    type Week = NonNullable<Input['coupon_use_rule']['coupon_available_time']['available_week']>
    expectTypeOf<NonNullable<Week['week_day']>>().toEqualTypeOf<(0 | 1 | 2 | 3 | 4 | 5 | 6)[]>()
    expectTypeOf<Input['stock_send_rule']['max_coupons']>().toEqualTypeOf<number>()
    expectTypeOf<Input['out_request_no']>().toEqualTypeOf<string>()
    type Output = Awaited<ReturnType<Busifavor['createStock']>>
    expectTypeOf<Output['stock_id']>().toEqualTypeOf<string>()
    expectTypeOf<Output['create_time']>().toEqualTypeOf<string>()
  })

  test('modifyStock(input) makes out_request_no optional and resolves with undefined (204)', () => {
    type Input = Parameters<Busifavor['modifyStock']>[0]
    expectTypeOf<Input['out_request_no']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Input['stock_id']>().toEqualTypeOf<string>()
    expectTypeOf<Awaited<ReturnType<Busifavor['modifyStock']>>>().toEqualTypeOf<undefined>()
    expectTypeOf<EndpointOutput<typeof modifyStock>>().toEqualTypeOf<undefined>()
  })

  test('getNotifyUrl() needs no input; listCouponCodes takes numbers for offset and limit', () => {
    expectTypeOf<Busifavor['getNotifyUrl']>().toBeCallableWith()
    expectTypeOf<Parameters<Busifavor['listCouponCodes']>[0]['offset']>().toEqualTypeOf<number | undefined>()
  })
})
