import { defineEndpoint, exampleCode, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import {
  COMMON_ERRORS,
  length,
  NO_PAGE_NOTE,
  PASSED_THROUGH_NOTE,
  PRODUCT_INTRODUCTION,
  TRANSACTION_ID,
} from './shared.js'

const SEND_RESULT_SHAPE =
  'Go/Java wrap the result in send_coupon_result; wechatpay.im shows stock_id/coupon_code/out_request_no at top level ' +
  '(stock_id required)'

const OPENID = { description: '用户标识', en: 'OpenID of the user' }
const STOCK_ID = { description: '批次号', en: 'Stock ID' }
const COUPON_CODE = { description: '券code', en: 'Coupon code' }
const ISSUED_CODE = { description: '券code', en: 'Code of the issued coupon' }
const SEND_REQUEST_NO = { description: '发券凭证', en: 'Issuance request number' }
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

export const sendCoupon = defineEndpoint({
  id: 'send_coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/send',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    openid: z.string().min(1).meta(OPENID),
    appid: z.string().min(1).meta({ description: '发券方公众账号ID', en: 'AppID of the issuer' }),
    stock_id: z.string().min(1).meta(STOCK_ID),
    out_request_no: z.string().min(1).meta({
      description: '发券凭证（单批次单用户下唯一；可含字母数字|_*-）',
      en: 'Issuance request number (unique per stock and user; letters, digits and |_*-)',
    }),
    coupon_code: z
      .string()
      .optional()
      .meta({
        ...COUPON_CODE,
        constraints: '要求接口指定code发券的批次（MERCHANT_API）必传',
        constraintsEn: 'Required for stocks whose codes are given in the call (MERCHANT_API)',
      }),
  }),
  // The sources disagree on the shape (spec §6.2), so both are accepted: check `send_coupon_result` first, then the
  // top-level fields. `readSendCouponResult` reads either.
  response: z
    .union([
      z.looseObject({
        send_coupon_result: z
          .looseObject({
            stock_id: z.string().optional().meta(STOCK_ID),
            out_request_no: z.string().optional().meta(SEND_REQUEST_NO),
            coupon_code: z.string().optional().meta(ISSUED_CODE),
          })
          .optional()
          .meta({ description: '发券结果', en: 'The issued coupon', uncertain: SEND_RESULT_SHAPE }),
      }),
      z.looseObject({
        stock_id: z.string().meta({ ...STOCK_ID, uncertain: SEND_RESULT_SHAPE }),
        out_request_no: z
          .string()
          .optional()
          .meta({ ...SEND_REQUEST_NO, uncertain: SEND_RESULT_SHAPE }),
        coupon_code: z
          .string()
          .optional()
          .meta({ ...ISSUED_CODE, uncertain: SEND_RESULT_SHAPE }),
      }),
    ])
    .meta({
      description:
        '发出的券：字段可能包在 send_coupon_result 里，也可能位于应答顶层；用 readSendCouponResult(answer) 读取，两种结构都能读到',
      en: 'The issued coupon: its fields may come wrapped in send_coupon_result or at the top level of the answer; readSendCouponResult(answer) reads either shape.',
    }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: false },
  uncertain:
    'no public official page; Go/Java and wechatpay.im disagree on the response shape; wechatpay.im links only the ' +
    'product introduction page',
  docs: {
    zh: {
      title: '向用户发券',
      summary: '由商户后台直接向用户发放一张商家券，应答里带有发出的券 code',
      description: [
        '发出的券 code 用 `readSendCouponResult(answer)` 读取：它接受应答可能出现的两种结构（`send_coupon_result.coupon_code`，或位于顶层的 `coupon_code`），返回 `{ stock_id, out_request_no, coupon_code }`，缺失的字段为 `undefined`。',
      ],
      notes: [
        '常规发券渠道是前端的小程序发券插件与 H5 发券（以 APIv2 密钥 HMAC-SHA256 签名，见 signSendCouponParams 与 buildH5SendCouponUrl）',
        NO_PAGE_NOTE.zh,
      ],
    },
    en: {
      title: 'Send a coupon to a user',
      summary: 'Issue one coupon of a stock to a user from your server; the answer carries the issued coupon code.',
      description: [
        'Read the issued code with `readSendCouponResult(answer)`: it accepts both shapes the answer may take (`send_coupon_result.coupon_code`, or `coupon_code` at the top level) and returns `{ stock_id, out_request_no, coupon_code }`, with `undefined` for a field that is missing.',
      ],
      notes: [
        'The usual issuance channels are front-end ones: the Mini Program coupon plugin and H5 issuance (signed HMAC-SHA256 with the APIv2 key; see signSendCouponParams and buildH5SendCouponUrl).',
        NO_PAGE_NOTE.en,
      ],
    },
    example: {
      openid: 'xsd3434454567676',
      appid: 'wx1234567889999',
      stock_id: '100088',
      out_request_no: '1002600620019090123143254435',
      coupon_code: 'sxxe34343434',
    },
    errors: COMMON_ERRORS,
    links: [PRODUCT_INTRODUCTION],
  },
})

export const sendProductCoupon = defineEndpoint({
  id: 'send_product_coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/product-coupons/send',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    openid: z.string().min(1).meta(OPENID),
    appid: z.string().min(1).meta({ description: '公众账号ID', en: 'AppID' }),
    stock_id: z.string().min(1).meta(STOCK_ID),
    out_request_no: z.string().min(1).meta(SEND_REQUEST_NO),
    coupon_code: z.string().optional().meta({
      description: '券code（指定code发放；不填由系统分配）',
      en: 'Coupon code (to issue a code of your own; WeChat Pay assigns one when left out)',
    }),
    coupon_type: z.enum(['NORMAL', 'MEMBER']).meta({ description: '券类型', en: 'Coupon type' }),
    member_card_id: z.string().optional().meta({ description: '会员卡ID', en: 'Membership card ID' }),
  }),
  response: z.looseObject({
    stock_id: z.string().meta(STOCK_ID),
    coupon_code: z.string().meta(ISSUED_CODE),
    out_request_no: z.string().meta(SEND_REQUEST_NO),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: false },
  uncertain:
    'single source (wechatpay.im); official page exists but was not reachable; wechatpay.im 2025.07.15, no Go/Java ' +
    'SDK model',
  docs: {
    zh: {
      title: '向用户发放商品券',
      summary: '向用户发放关联了商品信息的商家券（商品券）',
      notes: ['仅用于关联了商品信息的商家券', PASSED_THROUGH_NOTE.zh],
    },
    en: {
      title: 'Send a product-linked coupon to a user',
      summary: 'Issue a merchant coupon linked to product information (a product coupon) to a user.',
      notes: ['Only for merchant coupons linked to product information.', PASSED_THROUGH_NOTE.en],
    },
    example: {
      openid: 'xsd3434454567676',
      appid: 'wx1234567889999',
      stock_id: '100088',
      out_request_no: '1002600620019090123143254435',
      coupon_type: 'NORMAL',
      coupon_code: 'sxxe34343435',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4015594964',
        zh: '直连商户：向用户发放商品券',
        en: 'Direct merchant: Send a product-linked coupon to a user',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4015595255',
        zh: '服务商：向用户发放商品券',
        en: 'Partner: Send a product-linked coupon to a user',
      },
    ],
  },
})

export const presendProductCoupon = defineEndpoint({
  id: 'presend_product_coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/product-coupons/pre-send',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    stock_id: z.string().min(1).meta({ description: '批次ID', en: 'Stock ID' }),
    coupon_code: z.string().optional().meta({ description: '用户商品券Code', en: 'Code of the user’s product coupon' }),
    appid: z.string().min(1).meta({ description: '公众账号AppID', en: 'AppID' }),
    openid: z.string().optional().meta({ description: '用户OpenID', en: 'OpenID of the user' }),
    send_request_no: z.string().min(1).meta({ description: '发券请求单号', en: 'Issuance request number' }),
  }),
  response: z.looseObject({
    token: z.string().meta({
      description: '预发券token（在小程序发券组件中使用）',
      en: 'Pre-send token (for the Mini Program coupon issuance component)',
    }),
  }),
  responseStatus: 200,
  idempotency: { field: 'send_request_no', generate: false },
  uncertain:
    'single source (wechatpay.im); official page exists but was not reachable; wechatpay.im 2025.12.08, whose YAML ' +
    'also lists brand_id and product_coupon_id as required without defining them — whether they must be sent is ' +
    'unconfirmed (the strict body refuses them)',
  docs: {
    zh: {
      title: '向用户预发放商品券',
      summary: '预发放商品券，取得在小程序发券组件中使用的 token',
      notes: [PASSED_THROUGH_NOTE.zh],
    },
    en: {
      title: 'Pre-send a product coupon (token for mini-program component)',
      summary: 'Get a token for the Mini Program coupon issuance component.',
      notes: [PASSED_THROUGH_NOTE.en],
    },
    example: {
      stock_id: '100088',
      appid: 'wx1234567889999',
      send_request_no: '1002600620019090123143254439',
      openid: 'xsd3434454567676',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/brand/4016797130',
        zh: '直连商户：向用户预发放商品券',
        en: 'Direct merchant: Pre-send a product coupon (token for mini-program component)',
      },
    ],
  },
})

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

export const sendGovCard = defineEndpoint({
  id: 'send_gov_card',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/{card_id}/send',
  encoding: 'json',
  pathParams: z.strictObject({
    card_id: z.string().min(1).meta({
      description: '消费卡ID（消费券通用卡卡包 card_id）',
      en: 'Consumption card ID (the card_id of the consumption-coupon card)',
    }),
  }),
  query: undefined,
  body: z.strictObject({
    appid: z.string().min(1).meta({
      description: '消费卡card_id创建方的AppID（与调用商户号有绑定关系）',
      en: 'AppID that created the card_id (bound to your merchant ID)',
    }),
    openid: z.string().min(1).meta({
      description: '用户openid（须为该AppID下的OpenID）',
      en: 'OpenID of the user (under that AppID)',
    }),
    out_request_no: z
      .string()
      .min(1)
      .meta({ description: '商户单据号（发放凭据号）', en: 'Your request number for the issuance' }),
    send_time: rfc3339.meta({
      description: '请求发卡时间（东八区，rfc3339）',
      en: 'Issuance time you report (UTC+8, RFC 3339)',
      constraints: '不支持早于当前时间24小时以上；同一请求 out_request_no+send_time 须唯一',
      constraintsEn: 'At most 24 hours in the past; out_request_no together with send_time must be unique per request',
    }),
  }),
  response: z.looseObject({
    card_code: z.string().meta({ description: '消费卡code', en: 'Code of the consumption card' }),
  }),
  responseStatus: 200,
  // WeChat Pay deduplicates on out_request_no + send_time: a retry must resend both unchanged.
  idempotency: { field: 'out_request_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '发放消费卡',
      summary: '向用户发放消费卡（政府消费券通用卡），领卡的同时领取一批代金券',
      description: ['微信支付按 `out_request_no` 与 `send_time` 一起去重：重试时两者都须原样重发。'],
      notes: ['用户领卡同时领取一批代金券，卡自动放入卡包'],
    },
    en: {
      title: 'Send a consumption card (政府消费卡)',
      summary: 'Issue a consumption card (with its coupons) to a user.',
      description: [
        'WeChat Pay deduplicates on `out_request_no` together with `send_time`: a retry must resend both unchanged.',
      ],
      notes: ['With the card the user receives a set of coupons too; the card goes into the card wallet by itself.'],
    },
    example: {
      card_id: 'pIJMr5MMiIkO_93VtPyIiEk2DZ4w',
      appid: 'wxd678efh567hg6787',
      openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      out_request_no: '1002600620019090123143254435',
      send_time: exampleCode('new Date().toISOString()'),
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4017164666',
        zh: '直连商户：发放消费卡',
        en: 'Direct merchant: Send a consumption card',
      },
    ],
  },
})
