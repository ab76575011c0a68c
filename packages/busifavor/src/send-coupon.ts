import { ValidationError, type ValidationIssue } from '@core/client'
import { signV2, type V2Params } from '@core/signer'
import { z } from 'zod'

/** Most coupons one 小程序发券插件 call may issue. */
export const MAX_SEND_COUPON_PARAMS = 10

/** Where H5 发券 sends the user (the signed parameters go in its query string). */
export const H5_SEND_COUPON_URL = 'https://action.weixin.qq.com/busifavor/getcouponinfo'

const REQUEST_NO = /^[0-9A-Za-z|_*-]+$/

const coupon = z.strictObject({
  stock_id: z.string().min(1).max(20).meta({ description: '批次号' }),
  out_request_no: z
    .string()
    .min(1)
    .max(128)
    .regex(REQUEST_NO, 'may hold only letters, digits and |_*-')
    .meta({ description: '发券凭证（单批次单用户下唯一）' }),
  coupon_code: z.string().min(1).max(32).optional().meta({ description: '券code（发券时指定code的批次必填）' }),
})
const merchant = z.string().min(8).max(15).regex(/^\d+$/, 'must be digits').meta({ description: '发券商户号' })
// The value is never echoed: only its shape is reported.
const apiv2Key = z.string().length(32, 'must be the 32-character APIv2 密钥').meta({ description: 'APIv2 密钥' })

const miniProgramInput = z.strictObject({
  send_coupon_merchant: merchant,
  send_coupon_params: z
    .array(coupon)
    .min(1)
    .max(MAX_SEND_COUPON_PARAMS)
    .meta({ description: '发券参数，一次最多10张' }),
  apiv2Key,
})

const h5Input = z.strictObject({
  ...coupon.shape,
  send_coupon_merchant: merchant,
  open_id: z.string().min(1).max(128).meta({ description: '用户在发券 appid 下的 openid' }),
  apiv2Key,
})

export type SendCouponParam = z.input<typeof coupon>
export type SignSendCouponParamsInput = z.input<typeof miniProgramInput>
export type H5SendCouponInput = z.input<typeof h5Input>

/** The attributes of the mini-program `<send-coupon>` component, signed. */
export interface SendCouponComponentParams {
  send_coupon_params: SendCouponParam[]
  send_coupon_merchant: string
  sign: string
}

function parse<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    message: issue.message,
  }))
  const list = issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
  throw new ValidationError(`@api/busifavor: ${what}: ${list}`, { issues })
}

/**
 * 小程序发券插件 parameters with their APIv2 signature: each coupon's fields are flattened with its index
 * (`stock_id0`, `out_request_no0`, `coupon_code0`, `stock_id1`, …), `send_coupon_merchant` is added, and the set is
 * signed HMAC-SHA256 with the APIv2 key (`signV2`). Sign on your server only — the APIv2 key must never reach the
 * mini program. Each `out_request_no` must be unique per stock and user, and stored: it is the issuance's
 * idempotency key.
 * @throws {ValidationError} no coupon or more than 10, a bad stock id, request-no or merchant id, or a key that is
 *   not 32 characters (its value never appears in the error).
 * @example
 * ```ts
 * const attrs = signSendCouponParams({
 *   send_coupon_merchant: '10016226',
 *   send_coupon_params: [{ stock_id: '1234567', out_request_no: createRequestNo() }],
 *   apiv2Key: process.env.WECHATPAY_APIV2_KEY!,
 * })
 * // → { send_coupon_params, send_coupon_merchant, sign }: bind them to <send-coupon> in the mini program
 * ```
 */
export function signSendCouponParams(input: SignSendCouponParamsInput): SendCouponComponentParams {
  const {
    send_coupon_merchant,
    send_coupon_params,
    apiv2Key: key,
  } = parse(miniProgramInput, input, 'signSendCouponParams')
  const flat: V2Params = { send_coupon_merchant }
  send_coupon_params.forEach((entry, index) => {
    for (const [name, value] of Object.entries(entry)) flat[`${name}${index}`] = value
  })
  return { send_coupon_params, send_coupon_merchant, sign: signV2(flat, key, 'HMAC-SHA256') }
}

/**
 * H5 发券: the signed URL to send the user to (`https://action.weixin.qq.com/busifavor/getcouponinfo?…#wechat_redirect`).
 * Signed HMAC-SHA256 with the APIv2 key over `stock_id`, `out_request_no`, `send_coupon_merchant`, `open_id` and
 * `coupon_code` (when given).
 * @throws {ValidationError} a bad field or a key that is not 32 characters (never echoed).
 * @example
 * ```ts
 * res.redirect(buildH5SendCouponUrl({
 *   stock_id, out_request_no, send_coupon_merchant: '10016226', open_id: openid, apiv2Key }))
 * ```
 */
export function buildH5SendCouponUrl(input: H5SendCouponInput): string {
  const { apiv2Key: key, ...params } = parse(h5Input, input, 'buildH5SendCouponUrl')
  const sign = signV2(params, key, 'HMAC-SHA256')
  const query = new URLSearchParams({ ...params, sign })
  return `${H5_SEND_COUPON_URL}?${query}#wechat_redirect`
}
