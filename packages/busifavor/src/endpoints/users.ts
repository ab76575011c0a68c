import { z } from 'zod'
import { defineEndpoint } from '../endpoint.js'
import { queryInt } from '../fields.js'
import { COMMON_ERRORS, couponEntity, couponState, couponStateField } from './shared.js'

export const listUserCoupons = defineEndpoint({
  id: 'list_user_coupons',
  name: 'listUserCoupons',
  title: '根据过滤条件查询用户券',
  titleEn: "List a user's coupons by filter",
  method: 'GET',
  path: '/v3/marketing/busifavor/users/{openid}/coupons',
  contentType: undefined,
  pathParams: z.strictObject({
    openid: z.string().min(1).max(128).meta({ description: '用户标识', constraints: '1..128' }),
  }),
  query: z.strictObject({
    appid: z.string().min(1).max(32).meta({ description: '公众账号ID', constraints: '1..32' }),
    stock_id: z.string().min(1).max(20).optional().meta({ description: '批次号', constraints: '1..20' }),
    coupon_state: couponState.optional().meta({ description: '券状态' }),
    creator_merchant: z.string().optional().meta({ description: '创建批次的商户号（调用方为创建方时必传）' }),
    belong_merchant: z.string().optional().meta({ description: '批次归属商户号（调用方为归属方时必传）' }),
    sender_merchant: z
      .string()
      .optional()
      .meta({ description: '批次发放商户号（调用方为发放方时必传；委托营销填委托发券商户号）' }),
    offset: queryInt.optional().meta({ description: '分页页码' }),
    limit: queryInt.optional().meta({ description: '分页大小' }),
  }),
  body: undefined,
  response: z.looseObject({
    total_count: z.int().meta({ description: '总数量' }),
    offset: z.int().meta({ description: '分页页码' }),
    limit: z.int().meta({ description: '分页大小' }),
    data: z.array(couponEntity(couponStateField)).meta({ description: '结果集' }),
  }),
  responseStatus: 200,
  idempotencyKey: undefined,
  uncertain: undefined,
  docs: {
    description: '按批次、券状态等条件分页查询一个用户的商家券',
    notes: ['creator_merchant / belong_merchant / sender_merchant 三者按调用方身份条件必传'],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012534963',
      'https://pay.weixin.qq.com/doc/v3/partner/4012693087',
    ],
    errors: COMMON_ERRORS,
  },
})

export const getUserCoupon = defineEndpoint({
  id: 'get_user_coupon',
  name: 'getUserCoupon',
  title: '查询用户单张券详情',
  titleEn: 'Get one user coupon',
  method: 'GET',
  path: '/v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}',
  contentType: undefined,
  pathParams: z.strictObject({
    openid: z.string().min(1).max(128).meta({ description: '用户标识', constraints: '1..128' }),
    coupon_code: z.string().min(1).max(32).meta({ description: '券code', constraints: '1..32' }),
    appid: z.string().min(1).max(32).meta({ description: '公众账号ID', constraints: '1..32' }),
  }),
  query: undefined,
  body: undefined,
  response: couponEntity(
    z
      .enum([...couponState.options, 'PENDING_REDEEM', 'REDEEM_CONFIRMING', 'REDEEM_FAILED', 'REDEEM_EXPIRED'])
      .optional()
      .meta({
        description: '券状态',
        uncertain:
          'the four REDEEM_* / PENDING_REDEEM values appear only on wechatpay.im for this endpoint; Go/Java ' +
          'CouponStatus has only the first five',
      }),
  ),
  responseStatus: 200,
  idempotencyKey: undefined,
  uncertain: undefined,
  docs: {
    description: '查询一个用户的单张商家券详情，包括券状态、核销/退券/失效记录',
    notes: [],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012535011',
      'https://pay.weixin.qq.com/doc/v3/partner/4012693103',
    ],
    errors: COMMON_ERRORS,
  },
})
