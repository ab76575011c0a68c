import { defineEndpoint, queryInt } from '@core/kit/define'
import { z } from 'zod'
import { couponEntity, couponStateField } from './coupon-entity.js'
import { COMMON_ERRORS, couponState, length } from './shared.js'

const OPENID = { description: '用户标识', en: 'OpenID of the user', ...length(1, 128) }
const APPID = { description: '公众账号ID', en: 'AppID', ...length(1, 32) }
const PAGE = { description: '分页页码', en: 'Page number' }
const PAGE_SIZE = { description: '分页大小', en: 'Page size' }

export const listUserCoupons = defineEndpoint({
  id: 'list_user_coupons',
  method: 'GET',
  path: '/v3/marketing/busifavor/users/{openid}/coupons',
  encoding: undefined,
  pathParams: z.strictObject({
    openid: z.string().min(1).max(128).meta(OPENID),
  }),
  query: z.strictObject({
    appid: z.string().min(1).max(32).meta(APPID),
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .meta({ description: '批次号', en: 'Stock ID', ...length(1, 20) }),
    coupon_state: couponState.optional().meta({ description: '券状态', en: 'Coupon state' }),
    creator_merchant: z.string().optional().meta({
      description: '创建批次的商户号（调用方为创建方时必传）',
      en: 'Merchant ID that created the stock (required when you call as its creator)',
    }),
    belong_merchant: z.string().optional().meta({
      description: '批次归属商户号（调用方为归属方时必传）',
      en: 'Merchant ID the stock belongs to (required when you call as its owner)',
    }),
    sender_merchant: z.string().optional().meta({
      description: '批次发放商户号（调用方为发放方时必传；委托营销填委托发券商户号）',
      en: 'Merchant ID that issues the stock (required when you call as its issuer; for delegated marketing, the delegated issuer)',
    }),
    offset: queryInt.optional().meta(PAGE),
    limit: queryInt.optional().meta(PAGE_SIZE),
  }),
  body: undefined,
  response: z.looseObject({
    total_count: z.int().meta({ description: '总数量', en: 'Total count' }),
    offset: z.int().meta(PAGE),
    limit: z.int().meta(PAGE_SIZE),
    data: z.array(couponEntity(couponStateField)).meta({ description: '结果集', en: 'The coupons' }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '根据过滤条件查询用户券',
      summary: '按批次、券状态等条件分页查询一个用户的商家券',
      notes: ['creator_merchant / belong_merchant / sender_merchant 三者按调用方身份条件必传'],
    },
    en: {
      title: "List a user's coupons by filter",
      summary: "Page through one user's coupons, filtered by stock or state.",
      notes: [
        'Which of creator_merchant, belong_merchant and sender_merchant is required depends on your role for the stock.',
      ],
    },
    example: {
      openid: '2323dfsdf342342',
      appid: 'wx233544546545989',
      limit: 20,
      offset: 0,
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012534963',
        zh: '直连商户：根据过滤条件查询用户券',
        en: "Direct merchant: List a user's coupons by filter",
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012693087',
        zh: '服务商：根据过滤条件查询用户券',
        en: "Partner: List a user's coupons by filter",
      },
    ],
  },
})

export const getUserCoupon = defineEndpoint({
  id: 'get_user_coupon',
  method: 'GET',
  path: '/v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}',
  encoding: undefined,
  pathParams: z.strictObject({
    openid: z.string().min(1).max(128).meta(OPENID),
    coupon_code: z
      .string()
      .min(1)
      .max(32)
      .meta({ description: '券code', en: 'Coupon code', ...length(1, 32) }),
    appid: z.string().min(1).max(32).meta(APPID),
  }),
  query: undefined,
  body: undefined,
  response: couponEntity(
    z
      .enum([...couponState.options, 'PENDING_REDEEM', 'REDEEM_CONFIRMING', 'REDEEM_FAILED', 'REDEEM_EXPIRED'])
      .optional()
      .meta({
        description: '券状态',
        en: 'Coupon state',
        uncertain:
          'the four REDEEM_* / PENDING_REDEEM values appear only on wechatpay.im for this endpoint; Go/Java ' +
          'CouponStatus has only the first five',
      }),
  ),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '查询用户单张券详情',
      summary: '查询一个用户的单张商家券详情，包括券状态、核销/退券/失效记录',
    },
    en: {
      title: 'Get one user coupon',
      summary: 'Read one user coupon: state, validity, and the use, return and deactivate records.',
    },
    example: {
      openid: '2323dfsdf342342',
      coupon_code: '123446565767',
      appid: 'wx233544546545989',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012535011',
        zh: '直连商户：查询用户单张券详情',
        en: 'Direct merchant: Get one user coupon',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012693103',
        zh: '服务商：查询用户单张券详情',
        en: 'Partner: Get one user coupon',
      },
    ],
  },
})
