import { describe, expect, test } from 'vitest'
import { readSendCouponResult } from './facade.js'

describe('readSendCouponResult', () => {
  const result = { stock_id: '1', out_request_no: 'R1', coupon_code: 'C1' }

  test('readSendCouponResult({ send_coupon_result }) reads the wrapped shape (Go/Java)', () => {
    expect(readSendCouponResult({ send_coupon_result: result })).toEqual(result)
  })

  test('readSendCouponResult({ stock_id, coupon_code, … }) reads the top-level shape (wechatpay.im)', () => {
    expect(readSendCouponResult(result)).toEqual(result)
  })

  test('readSendCouponResult(answer without the fields) gives undefined fields, never throws', () => {
    expect(readSendCouponResult({} as never)).toEqual({
      stock_id: undefined,
      out_request_no: undefined,
      coupon_code: undefined,
    })
  })
})
