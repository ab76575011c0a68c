import { defineEndpoint, exampleCode, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { COUPON_CODE, OPENID, STOCK_ID } from './coupon-fields.js'
import { COMMON_ERRORS, NO_PAGE_NOTE, PASSED_THROUGH_NOTE, PRODUCT_INTRODUCTION } from './shared.js'

// Issuing coupons: the consumer card, coupons sent by API or from a Mini Program / H5 page, product coupons.

const SEND_RESULT_SHAPE =
  'Go/Java wrap the result in send_coupon_result; wechatpay.im shows stock_id/coupon_code/out_request_no at top level ' +
  '(stock_id required)'

const ISSUED_CODE = { description: '券code', en: 'Code of the issued coupon' }
const SEND_REQUEST_NO = { description: '发券凭证', en: 'Issuance request number' }
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
