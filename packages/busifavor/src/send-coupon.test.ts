import { createHmac } from 'node:crypto'
import { isValidationError, type ValidationError } from '@core/client'
import { describe, expect, test } from 'vitest'
import { buildH5SendCouponUrl, H5_SEND_COUPON_URL, signSendCouponParams } from './send-coupon.js'

const KEY = '192006250b4c09247ec02edce69f6a2d'

/** WeChat Pay's rule spelled out independently: HMAC-SHA256 keyed with the APIv2 key over `stringA&key=KEY`. */
const expected = (stringA: string) =>
  createHmac('sha256', KEY).update(`${stringA}&key=${KEY}`).digest('hex').toUpperCase()

function caught(fn: () => unknown): ValidationError {
  try {
    fn()
  } catch (error) {
    if (isValidationError(error)) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('signSendCouponParams (小程序发券插件)', () => {
  test('signSendCouponParams(one coupon) signs out_request_no0&send_coupon_merchant&stock_id0 as in the docs', () => {
    const signed = signSendCouponParams({
      send_coupon_merchant: '10016226',
      send_coupon_params: [{ stock_id: '1234567', out_request_no: 'abc123' }],
      apiv2Key: KEY,
    })
    expect(signed).toEqual({
      send_coupon_params: [{ stock_id: '1234567', out_request_no: 'abc123' }],
      send_coupon_merchant: '10016226',
      sign: expected('out_request_no0=abc123&send_coupon_merchant=10016226&stock_id0=1234567'),
    })
  })

  test('signSendCouponParams(two coupons with codes) flattens every field with its index', () => {
    const signed = signSendCouponParams({
      send_coupon_merchant: '10016226',
      send_coupon_params: [
        { stock_id: '1234567', out_request_no: 'abc123', coupon_code: 'asdsada' },
        { stock_id: '2345678', out_request_no: '123abc', coupon_code: 'asdsadb' },
      ],
      apiv2Key: KEY,
    })
    expect(signed.sign).toBe(
      expected(
        'coupon_code0=asdsada&coupon_code1=asdsadb&out_request_no0=abc123&out_request_no1=123abc' +
          '&send_coupon_merchant=10016226&stock_id0=1234567&stock_id1=2345678',
      ),
    )
  })

  test('signSendCouponParams(11 coupons, bad merchant, short key) lists each problem and never echoes the key', () => {
    const error = caught(() =>
      signSendCouponParams({
        send_coupon_merchant: '1001',
        send_coupon_params: Array.from({ length: 11 }, (_, i) => ({ stock_id: '1', out_request_no: `n${i}` })),
        apiv2Key: 'secret-but-short',
      }),
    )
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'apiv2Key',
      'send_coupon_merchant',
      'send_coupon_params',
    ])
    expect(JSON.stringify(error)).not.toContain('secret-but-short')
    expect(error.message).not.toContain('secret-but-short')
  })

  test('signSendCouponParams(out_request_no with a space, unknown field) is refused', () => {
    const error = caught(() =>
      signSendCouponParams({
        send_coupon_merchant: '10016226',
        send_coupon_params: [{ stock_id: '1', out_request_no: 'a b', extra: 1 } as never],
        apiv2Key: KEY,
      }),
    )
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'send_coupon_params.0',
      'send_coupon_params.0.out_request_no',
    ])
  })
})

describe('buildH5SendCouponUrl (H5 发券)', () => {
  test('buildH5SendCouponUrl(params) signs the plain field names and ends with #wechat_redirect', () => {
    const url = new URL(
      buildH5SendCouponUrl({
        stock_id: '1234567',
        out_request_no: 'abc123',
        send_coupon_merchant: '10016226',
        open_id: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        apiv2Key: KEY,
      }),
    )
    expect(`${url.origin}${url.pathname}`).toBe(H5_SEND_COUPON_URL)
    expect(url.hash).toBe('#wechat_redirect')
    expect(url.searchParams.get('sign')).toBe(
      expected(
        'open_id=oUpF8uMuAJO_M2pxb1Q9zNjWeS6o&out_request_no=abc123&send_coupon_merchant=10016226&stock_id=1234567',
      ),
    )
    expect(url.searchParams.has('apiv2Key')).toBe(false)
  })
})
