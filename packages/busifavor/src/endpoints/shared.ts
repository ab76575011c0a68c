import type { DocLink, EndpointError } from '@core/kit/define'
import { z } from 'zod'

// What every busifavor endpoint file draws on: the common errors and notes, the enums, the length texts.

/** The APIv3 common errors printed on the busifavor pages (spec §4.1); business codes were not published. */
export const COMMON_ERRORS = [
  { status: 400, code: 'PARAM_ERROR', zh: '参数错误', en: 'A parameter is invalid: fix the field named in detail' },
  {
    status: 400,
    code: 'INVALID_REQUEST',
    zh: 'HTTP 请求不符合微信支付 APIv3 接口规则',
    en: 'The request breaks an APIv3 rule or the current state does not allow it',
  },
  { status: 401, code: 'SIGN_ERROR', zh: '验证不通过（签名错误）', en: 'Signature verification failed' },
  {
    status: 500,
    code: 'SYSTEM_ERROR',
    zh: '系统异常，请稍后重试',
    en: 'WeChat Pay system error: retry later with the same request number',
  },
] as const satisfies readonly EndpointError[]

/** The product page, for the endpoints WeChat Pay gives no page of their own. */
export const PRODUCT_INTRODUCTION = {
  url: 'https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html',
  zh: '商家券产品介绍',
  en: 'Merchant coupons: product introduction',
} as const satisfies DocLink

/** Note shared by the endpoints whose fields come from the Go/Java models only (spec §6.10). */
export const NO_OFFICIAL_PAGE = 'no public official page; fields from Go/Java models (+ wechatpay.im rendering)'

/**
 * The one sentence a user page says about an endpoint WeChat Pay documents on no page of its own (the sources are in
 * the definition's `uncertain`).
 */
export const NO_PAGE_NOTE = {
  zh: '微信支付未公开此接口的独立文档页：应答字段以实际返回为准，SDK 原样透传',
  en: 'WeChat Pay publishes no page of its own for this endpoint: response fields are passed through as WeChat Pay returns them.',
} as const

/** The sentence for an endpoint whose official page could not be checked field by field yet. */
export const PASSED_THROUGH_NOTE = {
  zh: '字段尚未与微信支付官方文档页逐项核对：应答字段以实际返回为准，SDK 原样透传',
  en: 'The fields are not yet checked one by one against WeChat Pay’s page: response fields are passed through as WeChat Pay returns them.',
} as const

export const stockType = z.enum(['NORMAL', 'DISCOUNT', 'EXCHANGE'])
export const useMethod = z.enum(['OFF_LINE', 'MINI_PROGRAMS', 'SELF_CONSUME', 'PAYMENT_CODE'])
export const codeDisplayMode = z.enum(['NOT_SHOW', 'BARCODE', 'QRCODE'])
export const backgroundColor = z.enum([
  'Color010',
  'Color020',
  'Color030',
  'Color040',
  'Color050',
  'Color060',
  'Color070',
  'Color080',
  'Color090',
  'Color100',
])
/** 券状态 as every source lists it. */
export const couponState = z.enum(['SENDED', 'USED', 'EXPIRED', 'DELETED', 'DEACTIVATED'])
/** 商户上传code分配状态. */
export const codeStatus = z.enum(['AVAILABLE', 'DISPATCHED'])

/** `a..b` characters, in both languages. */
export function length(min: number, max: number) {
  return { constraints: `${min}..${max}`, constraintsEn: `${min} to ${max} characters` }
}
