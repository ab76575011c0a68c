import { z } from 'zod'
import { defineEndpoint } from '../endpoint.js'
import { rfc3339 } from '../fields.js'
import { COMMON_ERRORS } from './shared.js'

const SEND_RESULT_SHAPE =
  'Go/Java wrap the result in send_coupon_result; wechatpay.im shows stock_id/coupon_code/out_request_no at top level ' +
  '(stock_id required)'

export const sendCoupon = defineEndpoint({
  id: 'send_coupon',
  name: 'sendCoupon',
  title: '向用户发券',
  titleEn: 'Send a coupon to a user',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/send',
  contentType: 'application/json',
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
  idempotencyKey: 'out_request_no',
  uncertain: 'no public official page; Go/Java and wechatpay.im disagree on the response shape',
  docs: {
    description: '由商户后台直接向用户发放一张商家券',
    notes: [
      '无公开的独立官方文档页（wechatpay.im 仅链接产品介绍页）；常规发券渠道为小程序发券插件 / H5 发券（前端，APIv2 密钥 HMAC-SHA256 签名）',
    ],
    links: ['https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html'],
    errors: COMMON_ERRORS,
  },
})

export const sendProductCoupon = defineEndpoint({
  id: 'send_product_coupon',
  name: 'sendProductCoupon',
  title: '向用户发放商品券',
  titleEn: 'Send a product-linked coupon to a user',
  method: 'POST',
  path: '/v3/marketing/busifavor/product-coupons/send',
  contentType: 'application/json',
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
  idempotencyKey: 'out_request_no',
  uncertain: 'single source (wechatpay.im); official page exists but was not reachable',
  docs: {
    description: '向用户发放关联了商品信息的商家券（商品券）',
    notes: ['仅用于关联了商品信息的商家券；单一来源（wechatpay.im，2025.07.15），Go/Java SDK 无此接口'],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4015594964',
      'https://pay.weixin.qq.com/doc/v3/partner/4015595255',
    ],
    errors: COMMON_ERRORS,
  },
})

export const presendProductCoupon = defineEndpoint({
  id: 'presend_product_coupon',
  name: 'presendProductCoupon',
  title: '向用户预发放商品券',
  titleEn: 'Pre-send a product coupon (token for mini-program component)',
  method: 'POST',
  path: '/v3/marketing/busifavor/product-coupons/pre-send',
  contentType: 'application/json',
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
  idempotencyKey: 'send_request_no',
  uncertain: 'single source (wechatpay.im); official page exists but was not reachable',
  docs: {
    description: '预发放商品券，取得在小程序发券组件中使用的 token',
    notes: [
      '单一来源（wechatpay.im，2025.12.08）；其 YAML 的 required 列表还含 brand_id、product_coupon_id，但未定义这两个属性——是否需要传入未确认',
    ],
    links: ['https://pay.weixin.qq.com/doc/brand/4016797130'],
    errors: COMMON_ERRORS,
  },
})

const WECHATPAY_IM_ONLY = 'only on wechatpay.im (2025.07.25); absent from Go/Java'

export const useCoupon = defineEndpoint({
  id: 'use_coupon',
  name: 'useCoupon',
  title: '核销用户券',
  titleEn: "Redeem (use) a user's coupon",
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/use',
  contentType: 'application/json',
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
  idempotencyKey: 'use_request_no',
  uncertain: undefined,
  docs: {
    description: '核销一张用户券：券状态由 SENDED 变为 USED',
    notes: [],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012465292',
      'https://pay.weixin.qq.com/doc/v3/partner/4012465359',
    ],
    errors: COMMON_ERRORS,
  },
})

export const associateTrade = defineEndpoint({
  id: 'associate_trade',
  name: 'associateTrade',
  title: '关联订单信息',
  titleEn: 'Associate a coupon with an order',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/associate',
  contentType: 'application/json',
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
  idempotencyKey: 'out_request_no',
  uncertain: undefined,
  docs: {
    description: '将一张有效的用户券与商户订单关联（用于对账与营销补差）',
    notes: ['支持幂等；仅对有效态（未核销）的券操作；前置：已发券并查到 coupon_code / stock_id'],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012465596',
      'https://pay.weixin.qq.com/doc/v3/partner/4012465640',
    ],
    errors: COMMON_ERRORS,
  },
})

export const disassociateTrade = defineEndpoint({
  id: 'disassociate_trade',
  name: 'disassociateTrade',
  title: '取消关联订单信息',
  titleEn: 'Disassociate a coupon from an order',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/disassociate',
  contentType: 'application/json',
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
  idempotencyKey: 'out_request_no',
  uncertain: undefined,
  docs: {
    description: '取消用户券与商户订单的关联',
    notes: ['支持幂等；out_trade_no 须已与该券关联过；建议先查询确认再取消'],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012465673',
      'https://pay.weixin.qq.com/doc/v3/partner/4012465703',
    ],
    errors: COMMON_ERRORS,
  },
})

export const returnCoupon = defineEndpoint({
  id: 'return_coupon',
  name: 'returnCoupon',
  title: '申请退券',
  titleEn: 'Return (un-use) a redeemed coupon',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/return',
  contentType: 'application/json',
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
  idempotencyKey: 'return_request_no',
  uncertain: undefined,
  docs: {
    description: '订单退款后把已核销的券退还给用户：券状态由 USED 变回 SENDED',
    notes: ['前置：券状态为 USED；退款后调用，券恢复在卡包内可用；券已过期时可不调'],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012465845',
      'https://pay.weixin.qq.com/doc/v3/partner/4012465865',
    ],
    errors: COMMON_ERRORS,
  },
})

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
  idempotencyKey: 'deactivate_request_no',
  uncertain: undefined,
  docs: {
    description: '商户可以通过该接口将可用券进行失效处理，券失效后无法再被核销',
    notes: [
      '前置：券状态为 SENDED（可用）；失效后无法再核销，券状态变为 DEACTIVATED',
      '2025.07.25 版官方页：deactivate_request_no string(128)，deactivate_reason string(64)',
    ],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012465890',
      'https://pay.weixin.qq.com/doc/v3/partner/4012465924',
      'https://pay.weixin.qq.com/doc/v3/merchant/4015716887',
      'https://pay.weixin.qq.com/doc/v3/merchant/4015717499',
    ],
    errors: [
      ...COMMON_ERRORS,
      {
        status: 404,
        code: 'RESOURCE_NOT_EXISTS',
        description: '券不存在',
        uncertain: 'spec §4.2: seen on other APIv3 products, not confirmed for busifavor (NOT_FOUND is also possible)',
      },
    ],
  },
})

export const sendGovCard = defineEndpoint({
  id: 'send_gov_card',
  name: 'sendGovCard',
  title: '发放消费卡',
  titleEn: 'Send a consumption card (政府消费卡)',
  method: 'POST',
  path: '/v3/marketing/busifavor/coupons/{card_id}/send',
  contentType: 'application/json',
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
  idempotencyKey: 'out_request_no',
  uncertain: undefined,
  docs: {
    description: '向用户发放消费卡（政府消费券通用卡），领卡的同时领取一批代金券',
    notes: [
      '用户领卡同时领取一批代金券，卡自动放入卡包',
      '幂等键为 out_request_no + send_time：重试时两者都须保持不变',
    ],
    links: ['https://pay.weixin.qq.com/doc/v3/merchant/4017164666'],
    errors: COMMON_ERRORS,
  },
})
