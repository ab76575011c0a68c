import { RESPONSE, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { codeStatus, couponState, stockType } from './shared.js'
import {
  CUSTOM_ENTRANCE,
  couponAvailableTime,
  couponUseRule,
  customEntrance,
  displayPatternInfo,
} from './stock-rules.js'

// The user-coupon entity, as the user-coupon queries answer it, and the pre-stored code information.

/** 商户上传code信息 (pre-stored code), as listed and as queried one by one. */
export const codeInformation = z.looseObject({
  code: z.string().meta({ description: '商户上传code', en: 'The uploaded code' }),
  code_status: codeStatus.meta({ description: '商户上传code分配状态', en: 'Whether the uploaded code is dispatched' }),
  upload_time: rfc3339.optional().meta({ description: '上传时间', en: 'Upload time' }),
  dispatched_time: rfc3339
    .optional()
    .meta({ description: '被分配时间（状态为 DISPATCHED 时）', en: 'Dispatch time (when DISPATCHED)' }),
  openid: z.string().optional().meta({ description: '领券用户的OpenID', en: 'OpenID of the user who received it' }),
  unionid: z.string().optional().meta({ description: '领券用户的UnionID', en: 'UnionID of the user who received it' }),
  coupon_code: z.string().optional().meta({ description: '用户券code', en: 'Code of the user coupon' }),
})

const SOURCES_DISAGREE_REQUIRED =
  'Go/Java CouponEntity mark it optional; 2020 doc text and wechatpay.im mark it required'
const GO_JAVA_NESTING =
  'wechatpay.im places available_week / irregulary_avaliable_time directly under coupon_use_rule for the two ' +
  'user-coupon endpoints; Go/Java models and the official response example nest them inside coupon_available_time ' +
  '(used here). The loose object keeps them wherever they arrive.'

/**
 * 用户券 (the Go/Java `CouponEntity`): one user's coupon as 查询用户单张券详情 answers it, as the items of
 * 根据过滤条件查询用户券, and as `coupon_information` of 查询预存code详情.
 */
export function couponEntity<State extends z.ZodType>(state: State) {
  return z.looseObject({
    belong_merchant: z.string().min(8).max(15).meta({
      description: '批次归属商户号',
      en: 'Merchant ID the stock belongs to',
      constraints: '8..15',
      constraintsEn: '8 to 15 characters',
    }),
    stock_name: z.string().max(21).meta({
      description: '商家券批次名称',
      en: 'Stock name',
      constraints: '最多21字',
      constraintsEn: 'At most 21 characters',
    }),
    comment: z.string().max(20).optional().meta({
      description: '批次备注',
      en: 'Stock comment',
      constraints: '最多20字',
      constraintsEn: 'At most 20 characters',
    }),
    goods_name: z.string().max(15).meta({
      description: '适用商品范围',
      en: 'Goods it applies to',
      constraints: '最多15字',
      constraintsEn: 'At most 15 characters',
    }),
    stock_type: stockType.meta({ description: '批次类型', en: 'Stock type' }),
    transferable: z
      .boolean()
      .optional()
      .meta({ description: '是否允许转赠（暂未开放）', en: 'Whether it can be given to someone else (not open yet)' }),
    shareable: z.boolean().optional().meta({
      description: '是否允许分享领券链接（暂未开放）',
      en: 'Whether the claim link can be shared (not open yet)',
    }),
    coupon_state: state,
    display_pattern_info: displayPatternInfo(RESPONSE).optional().meta({
      description: '样式信息',
      en: 'Display style',
      uncertain: 'wechatpay.im marks display_pattern_info required; Go/Java and the 2020 doc text mark it optional',
    }),
    coupon_use_rule: couponUseRule(RESPONSE, couponAvailableTime(RESPONSE)).meta({
      description: '核销规则',
      en: 'Redemption rule',
      uncertain: GO_JAVA_NESTING,
    }),
    custom_entrance: customEntrance(RESPONSE).optional().meta(CUSTOM_ENTRANCE),
    coupon_code: z.string().optional().meta({ description: '券code', en: 'Coupon code' }),
    stock_id: z.string().optional().meta({ description: '批次号', en: 'Stock ID' }),
    available_start_time: rfc3339.meta({
      description: '券可使用开始时间',
      en: 'When the coupon becomes usable',
      uncertain: SOURCES_DISAGREE_REQUIRED,
    }),
    expire_time: rfc3339.meta({
      description: '券过期时间',
      en: 'When the coupon expires',
      uncertain: SOURCES_DISAGREE_REQUIRED,
    }),
    receive_time: rfc3339.meta({
      description: '券领券时间',
      en: 'When the user received the coupon',
      uncertain: SOURCES_DISAGREE_REQUIRED,
    }),
    send_request_no: z.string().meta({
      description: '发券请求单号（发券时传入的唯一凭证）',
      en: 'Issuance request number (the unique number sent when the coupon was issued)',
      uncertain: SOURCES_DISAGREE_REQUIRED,
    }),
    use_request_no: z
      .string()
      .optional()
      .meta({ description: '核销请求单号（已核销时返回）', en: 'Redemption request number (once redeemed)' }),
    use_time: rfc3339
      .optional()
      .meta({ description: '券核销时间（已核销时返回）', en: 'Redemption time (once redeemed)' }),
    associate_out_trade_no: z.string().optional().meta({
      description: '已关联的商户订单号（关联过订单时返回）',
      en: 'Your order number the coupon is associated with (once associated)',
    }),
    return_request_no: z
      .string()
      .optional()
      .meta({ description: '退券请求单号（发生退券时返回）', en: 'Return request number (once returned)' }),
    return_time: rfc3339.optional().meta({ description: '券被退回的时间', en: 'When the coupon was returned' }),
    deactivate_request_no: z
      .string()
      .optional()
      .meta({ description: '失效请求单号（券已失效时返回）', en: 'Deactivation request number (once deactivated)' }),
    deactivate_time: rfc3339.optional().meta({ description: '券失效时间', en: 'When the coupon was deactivated' }),
    deactivate_reason: z.string().optional().meta({ description: '失效原因', en: 'Why the coupon was deactivated' }),
  })
}

/** The 券状态 field of the user-coupon lists and of 查询预存code详情. */
export const couponStateField = couponState.optional().meta({ description: '券状态', en: 'Coupon state' })
