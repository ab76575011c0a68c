import { defineEndpoint, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { COUPON_CODE, STOCK_ID } from './coupon-fields.js'
import { COMMON_ERRORS, length } from './shared.js'

// Ending a coupon: returning it and deactivating it.

// The 2020 doc text swaps the two lengths; every other source agrees with the ones used here.
const RETURN_LENGTHS = 'the 2020 doc text swaps the lengths (coupon_code 1..20, stock_id 1..32), evidently a typo'

export const returnCoupon = defineEndpoint({
  id: 'return_coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/return',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    coupon_code: z
      .string()
      .min(1)
      .max(32)
      .meta({ ...COUPON_CODE, ...length(1, 32), uncertain: RETURN_LENGTHS }),
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({ ...STOCK_ID, ...length(1, 20), uncertain: RETURN_LENGTHS }),
    return_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '退券请求单据号（商户侧唯一）',
        en: 'Return request number (unique on your side)',
        ...length(1, 128),
      }),
  }),
  response: z.looseObject({
    wechatpay_return_time: rfc3339.meta({
      description: '微信退券成功的时间',
      en: 'When WeChat Pay returned the coupon',
    }),
  }),
  responseStatus: 200,
  idempotency: { field: 'return_request_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '申请退券',
      summary: '订单退款后把已核销的券退还给用户：券状态由 USED 变回 SENDED',
      notes: ['前置：券状态为 USED；退款后调用，券恢复在卡包内可用；券已过期时可不调'],
    },
    en: {
      title: 'Return (un-use) a redeemed coupon',
      summary: 'After a refund, give a redeemed coupon back to the user (USED → SENDED).',
      notes: [
        'The coupon must be USED; call it after the refund and the coupon is usable again in the card wallet; an expired coupon needs no return.',
      ],
    },
    example: {
      coupon_code: 'ABCD12345678',
      stock_id: '128888000000001',
      return_request_no: '1002600620019090123143254438',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465845',
        zh: '直连商户：申请退券',
        en: 'Direct merchant: Return (un-use) a redeemed coupon',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465865',
        zh: '服务商：申请退券',
        en: 'Partner: Return (un-use) a redeemed coupon',
      },
    ],
  },
})

const DEACTIVATE_LENGTHS = 'length from the 2020 doc text'

export const deactivateCoupon = defineEndpoint({
  id: 'deactivate_coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/deactivate',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    coupon_code: z
      .string()
      .min(1)
      .max(32)
      .meta({
        description: '券code（券的唯一标识）',
        en: 'Coupon code (identifies the coupon)',
        ...length(1, 32),
        uncertain: DEACTIVATE_LENGTHS,
      }),
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({
        description: '批次号（券的所属批次号）',
        en: 'Stock ID (the stock the coupon belongs to)',
        ...length(1, 20),
        uncertain: DEACTIVATE_LENGTHS,
      }),
    // The caller owns this number: a retry after a timeout, a 5xx or a crash must send the same one again.
    deactivate_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '失效请求单据号（每次失效请求唯一，商户需保证唯一）',
        en: 'Deactivation request number (one per deactivation request; keeping it unique is up to you)',
        ...length(1, 128),
      }),
    deactivate_reason: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .meta({ description: '失效原因', en: 'Why the coupon is deactivated', ...length(1, 64) }),
  }),
  response: z.looseObject({
    wechatpay_deactivate_time: rfc3339.meta({ description: '券成功失效的时间', en: 'When the coupon was deactivated' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'deactivate_request_no', generate: false },
  uncertain:
    'the 2025.07.25 official page gives deactivate_request_no string(128) and deactivate_reason string(64), the ' +
    'lengths used here',
  docs: {
    zh: {
      title: '使券失效',
      summary: '商户可以通过该接口将可用券进行失效处理，券失效后无法再被核销',
      description: [
        '`deactivate_request_no` 只生成一次（例如用 `createRequestNo`），先与业务记录一起保存，再调用。调用超时、进程崩溃或微信支付应答 5xx 时，用**同一个**单号再调：微信支付认出这个单号，按第一次的结果应答，券只失效一次。同一张券换一个新单号就是第二个请求，会因为券已不是 SENDED 状态而得到错误。',
      ],
      notes: ['前置：券状态为 SENDED（可用）；失效后无法再核销，券状态变为 DEACTIVATED'],
    },
    en: {
      title: 'Deactivate a coupon',
      summary: 'Make a usable coupon unusable for good (SENDED → DEACTIVATED); resolves with the time it took effect.',
      description: [
        'Create `deactivate_request_no` once (e.g. with `createRequestNo`), store it with your record, then call. If the call times out, the process crashes, or WeChat Pay answers 5xx, call again with the SAME number: WeChat Pay recognizes it and answers as for the first call, so the coupon is deactivated exactly once. A new number for the same coupon is a second request, answered with an error because the coupon is no longer SENDED.',
      ],
      notes: [
        'The coupon must be SENDED (usable); once deactivated it can never be redeemed, and its state is DEACTIVATED.',
      ],
    },
    example: {
      coupon_code: 'sxxe34343434',
      stock_id: '1234567891',
      deactivate_request_no: '1002600620019090123143254436',
      deactivate_reason: '此券使用时间设置错误',
    },
    errors: [
      ...COMMON_ERRORS,
      {
        status: 404,
        code: 'RESOURCE_NOT_EXISTS',
        zh: '券不存在',
        en: 'The coupon does not exist',
        uncertain: 'spec §4.2: seen on other APIv3 products, not confirmed for busifavor (NOT_FOUND is also possible)',
      },
    ],
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465890',
        zh: '直连商户：使券失效（1）',
        en: 'Direct merchant: Deactivate a coupon (1)',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465924',
        zh: '服务商：使券失效',
        en: 'Partner: Deactivate a coupon',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4015716887',
        zh: '直连商户：使券失效（2）',
        en: 'Direct merchant: Deactivate a coupon (2)',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4015717499',
        zh: '直连商户：使券失效（3）',
        en: 'Direct merchant: Deactivate a coupon (3)',
      },
    ],
  },
})
