import { defineEndpoint, exampleCode, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { COMMON_ERRORS, PRODUCT_INTRODUCTION } from './shared.js'

const SEND_RESULT_SHAPE =
  'Go/Java wrap the result in send_coupon_result; wechatpay.im shows stock_id/coupon_code/out_request_no at top level ' +
  '(stock_id required)'

export const sendCoupon = defineEndpoint({
  id: 'send_coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/send',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    openid: z.string().min(1).meta({ description: '用户标识' }),
    appid: z.string().min(1).meta({ description: '发券方公众账号ID' }),
    stock_id: z.string().min(1).meta({ description: '批次号' }),
    out_request_no: z.string().min(1).meta({ description: '发券凭证（单批次单用户下唯一；可含字母数字|_*-）' }),
    coupon_code: z
      .string()
      .optional()
      .meta({ description: '券code', constraints: '要求接口指定code发券的批次（MERCHANT_API）必传' }),
  }),
  // The sources disagree on the shape (spec §6.2), so both are accepted: check `send_coupon_result` first, then the
  // top-level fields.
  response: z
    .union([
      z.looseObject({
        send_coupon_result: z
          .looseObject({
            stock_id: z.string().optional().meta({ description: '批次号' }),
            out_request_no: z.string().optional().meta({ description: '发券凭证' }),
            coupon_code: z.string().optional().meta({ description: '券code' }),
          })
          .optional()
          .meta({ description: '发券结果', uncertain: SEND_RESULT_SHAPE }),
      }),
      z.looseObject({
        stock_id: z.string().meta({ description: '批次号', uncertain: SEND_RESULT_SHAPE }),
        out_request_no: z.string().optional().meta({ description: '发券凭证', uncertain: SEND_RESULT_SHAPE }),
        coupon_code: z.string().optional().meta({ description: '券code', uncertain: SEND_RESULT_SHAPE }),
      }),
    ])
    .meta({ description: '发券结果（两种结构均接受：send_coupon_result 包裹，或字段位于顶层）' }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: false },
  uncertain: 'no public official page; Go/Java and wechatpay.im disagree on the response shape',
  docs: {
    zh: {
      title: '向用户发券',
      summary: '由商户后台直接向用户发放一张商家券',
      notes: [
        '无公开的独立官方文档页（wechatpay.im 仅链接产品介绍页）；常规发券渠道为小程序发券插件 / H5 发券（前端，APIv2 密钥 HMAC-SHA256 签名）',
      ],
    },
    en: {
      title: 'Send a coupon to a user',
      summary: 'Issue one coupon of a stock to a user from your server.',
      description: [
        'The issued code is read with `readSendCouponResult(answer)`, which accepts both shapes the answer may take (`send_coupon_result.coupon_code`, or `coupon_code` at the top level).',
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
    openid: z.string().min(1).meta({ description: '用户标识' }),
    appid: z.string().min(1).meta({ description: '公众账号ID' }),
    stock_id: z.string().min(1).meta({ description: '批次号' }),
    out_request_no: z.string().min(1).meta({ description: '发券凭证' }),
    coupon_code: z.string().optional().meta({ description: '券code（指定code发放；不填由系统分配）' }),
    coupon_type: z.enum(['NORMAL', 'MEMBER']).meta({ description: '券类型' }),
    member_card_id: z.string().optional().meta({ description: '会员卡ID' }),
  }),
  response: z.looseObject({
    stock_id: z.string().meta({ description: '批次号' }),
    coupon_code: z.string().meta({ description: '券code' }),
    out_request_no: z.string().meta({ description: '发券凭证' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: false },
  uncertain: 'single source (wechatpay.im); official page exists but was not reachable',
  docs: {
    zh: {
      title: '向用户发放商品券',
      summary: '向用户发放关联了商品信息的商家券（商品券）',
      notes: ['仅用于关联了商品信息的商家券；单一来源（wechatpay.im，2025.07.15），Go/Java SDK 无此接口'],
    },
    en: {
      title: 'Send a product-linked coupon to a user',
      summary: 'Issue a product-linked coupon (商品券) to a user.',
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
    stock_id: z.string().min(1).meta({ description: '批次ID' }),
    coupon_code: z.string().optional().meta({ description: '用户商品券Code' }),
    appid: z.string().min(1).meta({ description: '公众账号AppID' }),
    openid: z.string().optional().meta({ description: '用户OpenID' }),
    send_request_no: z.string().min(1).meta({ description: '发券请求单号' }),
  }),
  response: z.looseObject({
    token: z.string().meta({ description: '预发券token（在小程序发券组件中使用）' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'send_request_no', generate: false },
  uncertain: 'single source (wechatpay.im); official page exists but was not reachable',
  docs: {
    zh: {
      title: '向用户预发放商品券',
      summary: '预发放商品券，取得在小程序发券组件中使用的 token',
      notes: [
        '单一来源（wechatpay.im，2025.12.08）；其 YAML 的 required 列表还含 brand_id、product_coupon_id，但未定义这两个属性——是否需要传入未确认',
      ],
    },
    en: {
      title: 'Pre-send a product coupon (token for mini-program component)',
      summary: 'Get a token for the mini-program coupon issuance component.',
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
    coupon_code: z.string().min(1).max(32).meta({ description: '券code', constraints: '1..32' }),
    stock_id: z.string().min(1).max(20).optional().meta({
      description: '批次号',
      constraints: '1..20；coupon_code_mode 为 MERCHANT_API/MERCHANT_UPLOAD 时必传',
    }),
    appid: z
      .string()
      .min(1)
      .max(32)
      .meta({ description: '公众账号ID（返回的openid在此appid下计算）', constraints: '1..32' }),
    use_time: rfc3339.meta({ description: '请求核销时间' }),
    // The two editions disagree (≤32 in 2019, string(128) in 2023): the longer limit accepts both readings.
    use_request_no: z.string().min(1).max(128).meta({
      description: '核销请求单据号（商户侧唯一）',
      constraints: '2019 doc text 1..32；2023 官方页标 string(128)',
      uncertain: 'length: 1..32 in the 2019 doc text, string(128) on the 2023 page; up to 128 is accepted',
    }),
    openid: z
      .string()
      .min(1)
      .max(128)
      .optional()
      .meta({ description: '用户标识（做安全校验用）', constraints: '1..128' }),
    out_trade_no: z.string().optional().meta({ description: '商户订单号', uncertain: WECHATPAY_IM_ONLY }),
    mch_id: z.string().optional().meta({ description: '下单商户号', uncertain: WECHATPAY_IM_ONLY }),
    transaction_id: z.string().optional().meta({ description: '微信支付订单号', uncertain: WECHATPAY_IM_ONLY }),
  }),
  response: z.looseObject({
    stock_id: z.string().meta({ description: '批次号' }),
    openid: z.string().meta({ description: '用户标识' }),
    wechatpay_use_time: rfc3339.meta({ description: '系统核销券成功的时间' }),
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
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({ description: '批次号（商户自定义code的批次必须填写）', constraints: '1..20' }),
    coupon_code: z.string().min(1).max(32).meta({ description: '券code', constraints: '1..32' }),
    out_trade_no: z.string().min(1).max(128).meta({ description: '关联的商户订单号', constraints: '1..128' }),
    out_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '商户请求单号（商户侧唯一；可含字母数字|_*-）', constraints: '1..128' }),
  }),
  response: z.looseObject({
    wechatpay_associate_time: rfc3339.meta({ description: '关联成功时间' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '关联订单信息',
      summary: '将一张有效的用户券与商户订单关联（用于对账与营销补差）',
      notes: ['支持幂等；仅对有效态（未核销）的券操作；前置：已发券并查到 coupon_code / stock_id'],
    },
    en: {
      title: 'Associate a coupon with an order',
      summary: 'Link a usable coupon to one of your orders.',
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
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({ description: '批次号（商户自定义code的批次必须填写）', constraints: '1..20' }),
    coupon_code: z.string().min(1).max(32).meta({ description: '券code', constraints: '1..32' }),
    out_trade_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '关联的商户订单号（须已与该券关联）', constraints: '1..128' }),
    out_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '商户请求单号（商户侧唯一；可含字母数字|_*-）', constraints: '1..128' }),
  }),
  response: z.looseObject({
    wechatpay_disassociate_time: rfc3339.meta({ description: '取消关联成功时间' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_request_no', generate: true },
  uncertain: undefined,
  docs: {
    zh: {
      title: '取消关联订单信息',
      summary: '取消用户券与商户订单的关联',
      notes: ['支持幂等；out_trade_no 须已与该券关联过；建议先查询确认再取消'],
    },
    en: {
      title: 'Disassociate a coupon from an order',
      summary: 'Unlink a coupon from the order `associateTrade` linked it to.',
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
      .meta({ description: '券code', constraints: '1..32（2020 doc text 误写为 1..20）' }),
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({ description: '批次号', constraints: '1..20（2020 doc text 误写为 1..32）' }),
    return_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '退券请求单据号（商户侧唯一）', constraints: '1..128' }),
  }),
  response: z.looseObject({
    wechatpay_return_time: rfc3339.meta({ description: '微信退券成功的时间' }),
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
      .meta({ description: '券code（券的唯一标识）', constraints: '1..32（2020 doc text）' }),
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({ description: '批次号（券的所属批次号）', constraints: '1..20（2020 doc text）' }),
    // The caller owns this number: a retry after a timeout, a 5xx or a crash must send the same one again.
    deactivate_request_no: z
      .string()
      .min(1)
      .max(128)
      .meta({ description: '失效请求单据号（每次失效请求唯一，商户需保证唯一）', constraints: '1..128' }),
    deactivate_reason: z.string().min(1).max(64).optional().meta({ description: '失效原因', constraints: '1..64' }),
  }),
  response: z.looseObject({
    wechatpay_deactivate_time: rfc3339.meta({ description: '券成功失效的时间' }),
  }),
  responseStatus: 200,
  idempotency: { field: 'deactivate_request_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '使券失效',
      summary: '商户可以通过该接口将可用券进行失效处理，券失效后无法再被核销',
      notes: [
        '前置：券状态为 SENDED（可用）；失效后无法再核销，券状态变为 DEACTIVATED',
        '2025.07.25 版官方页：deactivate_request_no string(128)，deactivate_reason string(64)',
      ],
    },
    en: {
      title: 'Deactivate a coupon',
      summary: 'Make a usable coupon unusable for good (SENDED → DEACTIVATED); resolves with the time it took effect.',
      description: [
        'Create `deactivate_request_no` once (e.g. with `createRequestNo`), store it with your record, then call. If the call times out, the process crashes, or WeChat Pay answers 5xx, call again with the SAME number: WeChat Pay recognizes it and answers as for the first call, so the coupon is deactivated exactly once. A new number for the same coupon is a second request, answered with an error because the coupon is no longer SENDED.',
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
    card_id: z.string().min(1).meta({ description: '消费卡ID（消费券通用卡卡包 card_id）' }),
  }),
  query: undefined,
  body: z.strictObject({
    appid: z.string().min(1).meta({ description: '消费卡card_id创建方的AppID（与调用商户号有绑定关系）' }),
    openid: z.string().min(1).meta({ description: '用户openid（须为该AppID下的OpenID）' }),
    out_request_no: z.string().min(1).meta({ description: '商户单据号（发放凭据号）' }),
    send_time: rfc3339.meta({
      description: '请求发卡时间（东八区，rfc3339）',
      constraints: '不支持早于当前时间24小时以上；同一请求 out_request_no+send_time 须唯一',
    }),
  }),
  response: z.looseObject({
    card_code: z.string().meta({ description: '消费卡code' }),
  }),
  responseStatus: 200,
  // WeChat Pay deduplicates on out_request_no + send_time: a retry must resend both unchanged.
  idempotency: { field: 'out_request_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '发放消费卡',
      summary: '向用户发放消费卡（政府消费券通用卡），领卡的同时领取一批代金券',
      notes: [
        '用户领卡同时领取一批代金券，卡自动放入卡包',
        '幂等键为 out_request_no + send_time：重试时两者都须保持不变',
      ],
    },
    en: {
      title: 'Send a consumption card (政府消费卡)',
      summary: 'Issue a consumption card (with its coupons) to a user.',
      description: [
        'WeChat Pay deduplicates on `out_request_no` together with `send_time`: a retry must resend both unchanged.',
      ],
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
        en: 'Direct merchant: Send a consumption card (政府消费卡)',
      },
    ],
  },
})
