import { z } from 'zod'
import { defineEndpoint } from '../endpoint.js'
import { rfc3339 } from '../fields.js'

export const deactivateCoupon = defineEndpoint({
  id: 'deactivate_coupon',
  name: 'deactivateCoupon',
  title: '使券失效',
  titleEn: 'Deactivate a coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/deactivate',
  contentType: 'application/json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    coupon_code: z.string().min(1).max(32).meta({ description: '券code（券的唯一标识）' }),
    stock_id: z.string().min(1).max(20).meta({ description: '批次号（券的所属批次号）' }),
    deactivate_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '失效请求单据号（每次失效请求唯一，商户需保证唯一；重试时沿用同一单号）' }),
    deactivate_reason: z.string().min(1).max(64).optional().meta({ description: '失效原因' }),
  }),
  response: z.looseObject({
    wechatpay_deactivate_time: rfc3339.meta({ description: '券成功失效的时间' }),
  }),
  responseStatus: 200,
  idempotencyKey: 'deactivate_request_no',
  uncertain: undefined,
  docs: {
    description: '商户可以通过该接口将可用券进行失效处理，券失效后无法再被核销',
    notes: ['前置：券状态为 SENDED（可用）；失效后无法再核销，券状态变为 DEACTIVATED'],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012465890',
      'https://pay.weixin.qq.com/doc/v3/partner/4012465924',
    ],
    errors: [
      { status: 400, code: 'PARAM_ERROR', description: '参数错误' },
      {
        status: 400,
        code: 'INVALID_REQUEST',
        description: 'HTTP 请求不符合微信支付 APIv3 接口规则（如券不是可用状态）',
      },
      { status: 401, code: 'SIGN_ERROR', description: '验证不通过（签名错误）' },
      { status: 404, code: 'RESOURCE_NOT_EXISTS', description: '券不存在' },
      { status: 500, code: 'SYSTEM_ERROR', description: '系统异常，请稍后重试' },
    ],
  },
})
