import { defineEndpoint, exampleCode, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { COUPON_CODE, OPENID, STOCK_ID } from './coupon-fields.js'
import { COMMON_ERRORS, length } from './shared.js'
import { TRANSACTION_ID } from './subsidy-receipts.js'

// Using coupons: redeeming one and tying it to an order (associate / disassociate).

const OWN_REQUEST_NO = {
  description: '商户请求单号（商户侧唯一；可含字母数字|_*-）',
  en: 'Your request number (unique on your side; letters, digits and |_*-)',
  ...length(1, 128),
}
const MERCHANT_CODE_STOCK_ID = {
  description: '批次号（商户自定义code的批次必须填写）',
  en: 'Stock ID (required for stocks whose codes are yours)',
  ...length(1, 20),
}
const IDEMPOTENT = { zh: '支持幂等', en: 'Idempotent' }

const WECHATPAY_IM_ONLY = 'only on wechatpay.im (2025.07.25); absent from Go/Java'

export const useCoupon = defineEndpoint({
  id: 'use_coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/use',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    coupon_code: z
      .string()
      .min(1)
      .max(32)
      .meta({ ...COUPON_CODE, ...length(1, 32) }),
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .meta({
        ...STOCK_ID,
        constraints: '1..20；coupon_code_mode 为 MERCHANT_API/MERCHANT_UPLOAD 时必传',
        constraintsEn: '1 to 20 characters; required when coupon_code_mode is MERCHANT_API or MERCHANT_UPLOAD',
      }),
    appid: z
      .string()
      .min(1)
      .max(32)
      .meta({
        description: '公众账号ID（返回的openid在此appid下计算）',
        en: 'AppID (the openid in the answer is computed under it)',
        ...length(1, 32),
      }),
    use_time: rfc3339.meta({ description: '请求核销时间', en: 'Redemption time you report' }),
    // The two editions disagree (≤32 in 2019, string(128) in 2023): the longer limit accepts both readings.
    use_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '核销请求单据号（商户侧唯一）',
        en: 'Redemption request number (unique on your side)',
        ...length(1, 128),
        uncertain: 'length: 1..32 in the 2019 doc text, string(128) on the 2023 page; up to 128 is accepted',
      }),
    openid: z
      .string()
      .min(1)
      .max(128)
      .optional()
      .meta({
        description: '用户标识（做安全校验用）',
        en: 'OpenID of the user (for a security check)',
        ...length(1, 128),
      }),
    out_trade_no: z
      .string()
      .optional()
      .meta({ description: '商户订单号', en: 'Your order number', uncertain: WECHATPAY_IM_ONLY }),
    mch_id: z
      .string()
      .optional()
      .meta({ description: '下单商户号', en: 'Merchant ID that placed the order', uncertain: WECHATPAY_IM_ONLY }),
    transaction_id: z
      .string()
      .optional()
      .meta({ ...TRANSACTION_ID, uncertain: WECHATPAY_IM_ONLY }),
  }),
  response: z.looseObject({
    stock_id: z.string().meta(STOCK_ID),
    openid: z.string().meta(OPENID),
    wechatpay_use_time: rfc3339.meta({
      description: '系统核销券成功的时间',
      en: 'When WeChat Pay redeemed the coupon',
    }),
  }),
  responseStatus: 200,
  idempotency: { field: 'use_request_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '核销用户券',
      summary: '核销一张用户券：券状态由 SENDED 变为 USED',
    },
    en: {
      title: "Redeem (use) a user's coupon",
      summary: 'Redeem a coupon (SENDED → USED).',
    },
    example: {
      coupon_code: 'sxxe34343434',
      appid: 'wx1234567889999',
      use_time: exampleCode('new Date().toISOString()'),
      use_request_no: '1002600620019090123143254437',
      stock_id: '100088',
      openid: 'xsd3434454567676',
      out_trade_no: 'MCH_102233445',
      mch_id: '1900000001',
      transaction_id: '4200000913202101152566792388',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465292',
        zh: '直连商户：核销用户券',
        en: "Direct merchant: Redeem (use) a user's coupon",
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465359',
        zh: '服务商：核销用户券',
        en: "Partner: Redeem (use) a user's coupon",
      },
    ],
  },
})

export const associateTrade = defineEndpoint({
  id: 'associate_trade',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/associate',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    stock_id: z.string().min(1).max(20).meta(MERCHANT_CODE_STOCK_ID),
    coupon_code: z
      .string()
      .min(1)
      .max(32)
      .meta({ ...COUPON_CODE, ...length(1, 32) }),
    out_trade_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '关联的商户订单号', en: 'Your order number to associate', ...length(1, 128) }),
    out_request_no: z.string().min(1).max(128).meta(OWN_REQUEST_NO),
  }),
  response: z.looseObject({
    wechatpay_associate_time: rfc3339.meta({ description: '关联成功时间', en: 'When the association took effect' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '关联订单信息',
      summary: '将一张有效的用户券与商户订单关联（用于对账与营销补差）',
      notes: [`${IDEMPOTENT.zh}；仅对有效态（未核销）的券操作；前置：已发券并查到 coupon_code / stock_id`],
    },
    en: {
      title: 'Associate a coupon with an order',
      summary: 'Link a usable coupon to one of your orders.',
      notes: [
        `${IDEMPOTENT.en}; only a usable (not yet redeemed) coupon can be associated; the coupon must be issued and its coupon_code and stock_id known.`,
      ],
    },
    example: {
      stock_id: '100088',
      coupon_code: 'sxxe34343434',
      out_trade_no: 'MCH_102233445',
      out_request_no: '1002600620019090123143254435',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465596',
        zh: '直连商户：关联订单信息',
        en: 'Direct merchant: Associate a coupon with an order',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465640',
        zh: '服务商：关联订单信息',
        en: 'Partner: Associate a coupon with an order',
      },
    ],
  },
})

export const disassociateTrade = defineEndpoint({
  id: 'disassociate_trade',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/disassociate',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    stock_id: z.string().min(1).max(20).meta(MERCHANT_CODE_STOCK_ID),
    coupon_code: z
      .string()
      .min(1)
      .max(32)
      .meta({ ...COUPON_CODE, ...length(1, 32) }),
    out_trade_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '关联的商户订单号（须已与该券关联）',
        en: 'The associated order number (it must be associated with this coupon)',
        ...length(1, 128),
      }),
    out_request_no: z.string().min(1).max(128).meta(OWN_REQUEST_NO),
  }),
  response: z.looseObject({
    wechatpay_disassociate_time: rfc3339.meta({
      description: '取消关联成功时间',
      en: 'When the association was removed',
    }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '取消关联订单信息',
      summary: '取消用户券与商户订单的关联',
      notes: [`${IDEMPOTENT.zh}；out_trade_no 须已与该券关联过；建议先查询确认再取消`],
    },
    en: {
      title: 'Disassociate a coupon from an order',
      summary: 'Unlink a coupon from the order `associateTrade` linked it to.',
      notes: [
        `${IDEMPOTENT.en}; out_trade_no must have been associated with the coupon; query first to make sure before you disassociate.`,
      ],
    },
    example: {
      stock_id: '100088',
      coupon_code: 'sxxe34343434',
      out_trade_no: 'MCH_102233445',
      out_request_no: '1002600620019090123143254435',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465673',
        zh: '直连商户：取消关联订单信息',
        en: 'Direct merchant: Disassociate a coupon from an order',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465703',
        zh: '服务商：取消关联订单信息',
        en: 'Partner: Disassociate a coupon from an order',
      },
    ],
  },
})
