import { type DocLink, type EndpointError, RESPONSE, rfc3339, type Style } from '@core/kit/define'
import { z } from 'zod'

// Structures that several endpoints share (the stock's rules and styles, the user-coupon entity, subsidy receipts).
// A structure that appears in requests and in responses is built by a function of its `Style`, so requests get strict
// objects (unknown keys are reported) and responses loose ones (fields WeChat Pay adds later are kept) from one text.

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

const FINDER_REQUIRED = 'Go/Java FinderInfo mark it optional; wechatpay.im marks required when finder_info is present'

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

const AMOUNT = { constraints: '1..10000000', constraintsEn: '1 to 10000000' }
const VALIDITY_RULE = { constraints: '有效期最长1年', constraintsEn: 'The validity period is at most one year' }

/** 券可核销时间 (`coupon_use_rule.coupon_available_time`). */
export function couponAvailableTime<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style.object({
    available_begin_time: rfc3339.meta({
      description: '开始时间',
      en: 'Start time',
      ...(style.request ? VALIDITY_RULE : {}),
    }),
    available_end_time: rfc3339.meta({
      description: '结束时间',
      en: 'End time',
      ...(style.request ? VALIDITY_RULE : {}),
    }),
    available_day_after_receive: z.int().optional().meta({
      description: '生效后N天内有效',
      en: 'Valid for N days after it takes effect',
      constraints: '可单独填写，或与 wait_days_after_receive 配合',
      constraintsEn: 'May be set alone or together with wait_days_after_receive',
    }),
    available_week: style
      .object({
        week_day: z
          .array(z.literal([0, 1, 2, 3, 4, 5, 6]))
          .optional()
          .meta({
            description: '可用星期数（0=周日，1=周一…6=周六）',
            en: 'Days of the week it can be used (0 = Sunday, 1 = Monday … 6 = Saturday)',
            constraints: '填写 available_day_time 时必填',
            constraintsEn: 'Required when available_day_time is set',
          }),
        available_day_time: z
          .array(
            style.object({
              begin_time: z.int().min(1).max(86399).optional().meta({
                description: '当天可用开始时间（秒，1=00:00:01）',
                en: 'Start of the range, in seconds after midnight (1 = 00:00:01)',
                constraints: '1..86399',
                constraintsEn: '1 to 86399',
              }),
              end_time: z.int().min(1).max(86399).optional().meta({
                description: '当天可用结束时间（秒，86399=23:59:59）',
                en: 'End of the range, in seconds after midnight (86399 = 23:59:59)',
                constraints: '1..86399',
                constraintsEn: '1 to 86399',
              }),
            }),
          )
          .max(2)
          .optional()
          .meta({
            description: '当天可用时间段',
            en: 'Time ranges within the day',
            constraints: '最多2个',
            constraintsEn: 'At most 2',
          }),
      })
      .optional()
      .meta({
        description: '固定周期有效时间段（如每周二10-18点）',
        en: 'Recurring weekly availability (e.g. Tuesdays 10:00 to 18:00)',
      }),
    irregulary_avaliable_time: z
      .array(
        style.object({
          begin_time: rfc3339.optional().meta({ description: '开始时间', en: 'Start time' }),
          end_time: rfc3339.optional().meta({ description: '结束时间', en: 'End time' }),
        }),
      )
      .optional()
      .meta({
        description: '无规律的有效时间段（字段名官方拼写如此）',
        en: 'Irregular availability periods (WeChat Pay spells the field name this way)',
      }),
    wait_days_after_receive: z.int().max(30).optional().meta({
      description: '领取后N天开始生效',
      en: 'Takes effect N days after the user receives it',
      constraints: '最大30；需与 available_day_after_receive 一同填写，不可单独填写',
      constraintsEn: 'At most 30; set it together with available_day_after_receive, never alone',
    }),
  })
}

function transactionMinimum() {
  return z
    .int()
    .min(1)
    .max(10000000)
    .meta({ description: '消费门槛（分）', en: 'Minimum spend (fen)', ...AMOUNT })
}

// The three amount rules: the spec marks their inner fields required whenever the parent object is sent.
function fixedNormalCoupon<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style.object({
    discount_amount: z
      .int()
      .min(1)
      .max(10000000)
      .meta({ description: '优惠金额（分）', en: 'Amount off (fen)', ...AMOUNT }),
    transaction_minimum: transactionMinimum(),
  })
}

function discountCoupon<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style.object({
    discount_percent: z.int().min(1).max(100).meta({
      description: '折扣比例（88 表示 88 折）',
      en: 'Discount rate (88: the user pays 88% of the price)',
      constraints: '1..100',
      constraintsEn: '1 to 100',
      uncertain: 'the range 1..100 is defined by wechatpay.im only',
    }),
    transaction_minimum: transactionMinimum(),
  })
}

function exchangeCoupon<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style.object({
    // Both readings accepted: the Go SDK allows 0, wechatpay.im says at least 1.
    exchange_price: z.int().min(0).max(10000000).meta({
      description: '单品换购价（分）',
      en: 'Exchange price of the item (fen)',
      constraints: '0..10000000',
      constraintsEn: '0 to 10000000',
      uncertain: '0..10000000 per the Go SDK; wechatpay.im defines a minimum of 1 (the SDK accepts 0)',
    }),
    transaction_minimum: transactionMinimum(),
  })
}

/**
 * 核销规则 of a stock. `availableTime` is passed in because creation accepts one more field than the answers show.
 */
export function couponUseRule<C extends z.core.$ZodObjectConfig, T extends z.ZodObject>(
  style: Style<C>,
  availableTime: T,
) {
  // Requests require the rule of the stock's type; answers return it.
  const when = (type: string) =>
    style.request
      ? { constraints: `stock_type=${type} 时必填`, constraintsEn: `Required when stock_type=${type}` }
      : { constraints: `stock_type=${type} 时返回`, constraintsEn: `Returned when stock_type=${type}` }
  return style.object({
    coupon_available_time: availableTime.meta({
      description: '券可核销时间（日期区间内可以使用优惠）',
      en: 'When the coupon can be redeemed (the discount applies within this period)',
    }),
    fixed_normal_coupon: fixedNormalCoupon(style)
      .optional()
      .meta({
        description: '固定面额满减券使用规则',
        en: 'Rule of a fixed-amount coupon (an amount off above a minimum spend)',
        ...(style.request
          ? {
              constraints: 'stock_type=NORMAL 时必填；三种规则三选一',
              constraintsEn: 'Required when stock_type=NORMAL; give exactly one of the three rules',
            }
          : when('NORMAL')),
      }),
    discount_coupon: discountCoupon(style)
      .optional()
      .meta({ description: '折扣券使用规则', en: 'Rule of a percentage-discount coupon', ...when('DISCOUNT') }),
    exchange_coupon: exchangeCoupon(style)
      .optional()
      .meta({ description: '换购券使用规则', en: 'Rule of an exchange coupon', ...when('EXCHANGE') }),
    use_method: useMethod.meta({ description: '核销方式', en: 'How the coupon is redeemed' }),
    mini_programs_appid: z.string().optional().meta({
      description: '小程序appid（核销方式为线上小程序时有效）',
      en: 'Mini Program AppID (applies when the coupon is redeemed in a Mini Program)',
    }),
    mini_programs_path: z.string().optional().meta({
      description: '小程序path（核销方式为线上小程序时有效）',
      en: 'Mini Program page path (applies when the coupon is redeemed in a Mini Program)',
    }),
  })
}

export const CUSTOM_ENTRANCE = {
  description: '自定义入口（卡详情页入口）',
  en: 'Custom entrance (on the coupon details page)',
}

/** 自定义入口 as created and as answered (modification has its own, smaller shape). */
export function customEntrance<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  const required = (schema: z.ZodString) => (style.request ? schema.min(1) : schema)
  return style.object({
    mini_programs_info: style
      .object({
        mini_programs_appid: required(z.string()).meta(MINI_PROGRAM_APPID),
        mini_programs_path: required(z.string()).meta(MINI_PROGRAM_PATH),
        entrance_words: required(z.string().max(5)).meta(ENTRANCE_WORDS),
        guiding_words: z.string().max(6).optional().meta(GUIDING_WORDS),
      })
      .optional()
      .meta(MINI_PROGRAMS_INFO),
    appid: z.string().optional().meta(ENTRANCE_APPID),
    hall_id: z.string().optional().meta(HALL_ID),
    store_id: z.string().optional().meta({ description: '可用门店id', en: 'ID of the store where it can be used' }),
    code_display_mode: codeDisplayMode.optional().meta(CODE_DISPLAY_MODE),
  })
}

// The texts of the entrance fields, shared with 修改商家券基本信息's own entrance shape.
export const MINI_PROGRAMS_INFO = { description: '小程序入口', en: 'Mini Program entrance' }
export const MINI_PROGRAM_APPID = {
  description: '商家小程序appid（须与归属商户号有绑定关系）',
  en: 'AppID of your Mini Program (it must be bound to the merchant the stock belongs to)',
}
export const MINI_PROGRAM_PATH = { description: '商家小程序path', en: 'Page path in your Mini Program' }
export const ENTRANCE_WORDS = {
  description: '入口文案',
  en: 'Entrance text',
  constraints: '最多5个字',
  constraintsEn: 'At most 5 characters',
}
export const GUIDING_WORDS = {
  description: '引导文案',
  en: 'Guiding text',
  constraints: '最多6个字',
  constraintsEn: 'At most 6 characters',
}
export const ENTRANCE_APPID = {
  description: '商户公众号appid（券详情可跳转公众号）',
  en: 'AppID of your Official Account (the coupon details can link to it)',
}
export const HALL_ID = { description: '营销馆id（更多优惠入口）', en: 'Marketing hall ID (the “more offers” entrance)' }
export const CODE_DISPLAY_MODE = { description: 'code展示模式', en: 'How the code is displayed' }

const IMAGE_URL_RULE = 'Must be a URL returned by the marketing image upload API'

/** 样式信息 (`display_pattern_info`). */
export function displayPatternInfo<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  const required = (schema: z.ZodString) => (style.request ? schema.min(1) : schema)
  return style.object({
    description: z.string().optional().meta({
      description: '使用须知（活动规则，展示在券详情页）',
      en: 'Terms of use (the campaign rules, shown on the coupon details page)',
    }),
    merchant_logo_url: z
      .string()
      .optional()
      .meta({
        description: '商户logo URL',
        en: 'Merchant logo URL',
        constraints: '须为（营销）图片上传API返回的URL；120x120像素，JPG/JPEG/PNG，<1M；暂不支持修改',
        constraintsEn: `${IMAGE_URL_RULE}; 120 × 120 px, JPG, JPEG or PNG, under 1 MB; cannot be changed yet`,
      }),
    merchant_name: z.string().optional().meta({
      description: '商户名称',
      en: 'Merchant name',
      constraints: '不支持自定义（取认证品牌名或商户简称），展示上限12字；暂不支持修改',
      constraintsEn:
        'Not customizable (the verified brand name or the merchant’s short name is used), at most 12 characters shown; cannot be changed yet',
    }),
    background_color: backgroundColor.optional().meta({ description: '背景颜色', en: 'Background color' }),
    coupon_image_url: z
      .string()
      .optional()
      .meta({
        description: '券详情图片URL',
        en: 'Image URL of the coupon details page',
        constraints: '须为（营销）图片上传API返回的URL；1074x603像素，JPG/PNG，≤2M',
        constraintsEn: `${IMAGE_URL_RULE}; 1074 × 603 px, JPG or PNG, at most 2 MB`,
      }),
    finder_info: style
      .object({
        finder_id: required(z.string()).meta({
          description: '视频号ID',
          en: 'WeChat Channels account ID',
          uncertain: FINDER_REQUIRED,
        }),
        finder_video_id: required(z.string()).meta({
          description: '视频号视频ID',
          en: 'WeChat Channels video ID',
          uncertain: FINDER_REQUIRED,
        }),
        finder_video_cover_image_url: required(z.string()).meta({
          description: '视频号封面图URL',
          en: 'Cover image URL of the video',
          constraints: '716x402像素，JPG/PNG，≤2M；须为图片上传API返回的URL',
          constraintsEn: '716 × 402 px, JPG or PNG, at most 2 MB; must be a URL returned by the image upload API',
          uncertain: FINDER_REQUIRED,
        }),
      })
      .optional()
      .meta({ description: '视频号相关信息', en: 'WeChat Channels video shown with the coupon' }),
  })
}

/** 事件通知配置 (`notify_config`). */
export function notifyConfig<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return style.object({
    notify_appid: z.string().optional().meta({
      description: '事件通知appid（用于计算回调中的 openid/unionid；不填则回调中二者为空）',
      en: 'AppID of the event notifications (the callbacks’ openid and unionid are computed under it; without it both are empty)',
    }),
  })
}

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

const PAY_RECEIPT_STATUS = [
  'PAY_RECEIPT_UNKNOWN',
  'PAY_RECEIPT_ACCEPTED',
  'PAY_RECEIPT_SUCCESS',
  'PAY_RECEIPT_FAIL',
  'PAY_RECEIPT_RETURNING',
  'PAY_RECEIPT_PARTIAL_RETURN',
  'PAY_RECEIPT_FULL_RETURN',
] as const
// The 2021 doc text used the same names without the prefix; the spec (§4.4, §6.8) says accept both.
const LEGACY_PAY_RECEIPT_STATUS = ['ACCEPTED', 'SUCCESS', 'FAIL', 'RETURNING', 'PARTIAL_RETURN', 'FULL_RETURN'] as const
const PAY_RECEIPT_FAIL_REASON = [
  'PAY_RECEIPT_INSUFFICIENT_BALANCE',
  'PAY_RECEIPT_NOT_INCOMESPLIT_ORDER',
  'PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA',
  'PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA',
  'PAY_RECEIPT_OTHER',
] as const
const LEGACY_PAY_RECEIPT_FAIL_REASON = [
  'INSUFFICIENT_BALANCE',
  'NOT_INCOMESPLIT_ORDER',
  'EXCEED_SUBSIDY_AMOUNT_QUOTA',
  'EXCEED_SUBSIDY_COUNT_QUOTA',
  'OTHER',
] as const

/** `a..b` characters, in both languages. */
export function length(min: number, max: number) {
  return { constraints: `${min}..${max}`, constraintsEn: `${min} to ${max} characters` }
}

// Texts several subsidy fields share.
export const SUBSIDY_STOCK_ID = { description: '商家券批次号', en: 'Stock ID' }
export const SUBSIDY_COUPON_CODE = { description: '商家券Code', en: 'Coupon code' }
export const TRANSACTION_ID = { description: '微信支付订单号', en: 'WeChat Pay transaction ID' }
export const REFUND_ID = { description: '微信支付退款单号', en: 'WeChat Pay refund ID' }
export const RETURN_PAYER = {
  description: '原营销补差扣款商户号（即回退资金收款商户号）',
  en: 'Merchant ID the subsidy was debited from (it receives the returned money)',
}
export const RETURN_PAYEE = {
  description: '原营销补差入账商户号（即回退资金扣款商户号）',
  en: 'Merchant ID the subsidy was credited to (the returned money is debited from it)',
}

/** 商家券Code and 微信支付订单号 as 营销补差付款 takes them and the receipts answer them. */
export const subsidyCouponCode = z
  .string()
  .min(1)
  .max(128)
  .meta({ ...SUBSIDY_COUPON_CODE, ...length(1, 128) })
export const subsidyTransactionId = z
  .string()
  .min(28)
  .max(32)
  .meta({ ...TRANSACTION_ID, ...length(28, 32) })

/** 补差付款单 as 营销补差付款 and both receipt queries answer it. */
export const subsidyPayReceipt = z.looseObject({
  subsidy_receipt_id: z
    .string()
    .min(28)
    .max(32)
    .meta({
      description: '补差付款单号（微信支付生成）',
      en: 'Subsidy payment receipt ID (made by WeChat Pay)',
      ...length(28, 32),
    }),
  stock_id: z
    .string()
    .min(1)
    .max(20)
    .meta({ ...SUBSIDY_STOCK_ID, ...length(1, 20) }),
  coupon_code: subsidyCouponCode,
  transaction_id: subsidyTransactionId,
  payer_merchant: z
    .string()
    .min(1)
    .max(32)
    .meta({ description: '营销补差扣款商户号', en: 'Merchant ID that pays the subsidy', ...length(1, 32) }),
  payee_merchant: z
    .string()
    .min(1)
    .max(32)
    .meta({ description: '营销补差入账商户号', en: 'Merchant ID that receives the subsidy', ...length(1, 32) }),
  amount: z.int().meta({ description: '补差付款金额（分）', en: 'Subsidy amount (fen)' }),
  description: z
    .string()
    .min(1)
    .max(1024)
    .meta({ description: '补差付款描述', en: 'Description of the subsidy payment', ...length(1, 1024) }),
  status: z.union([z.enum(PAY_RECEIPT_STATUS), z.enum(LEGACY_PAY_RECEIPT_STATUS)]).meta({
    description: '补差付款单据状态',
    en: 'State of the receipt',
    uncertain:
      'Go/Java enum (newer doc); the 2021 doc text used unprefixed ACCEPTED/SUCCESS/FAIL/RETURNING/PARTIAL_RETURN/' +
      'FULL_RETURN. Both readings are accepted.',
  }),
  fail_reason: z
    .union([z.enum(PAY_RECEIPT_FAIL_REASON), z.enum(LEGACY_PAY_RECEIPT_FAIL_REASON)])
    .optional()
    .meta({
      description: '补差付款失败原因（仅失败时）',
      en: 'Why the payment failed (on failure only)',
      uncertain:
        'Go/Java enum; the 2021 doc text used INSUFFICIENT_BALANCE/NOT_INCOMESPLIT_ORDER/EXCEED_SUBSIDY_AMOUNT_QUOTA/' +
        'EXCEED_SUBSIDY_COUNT_QUOTA/OTHER. Both readings are accepted.',
    }),
  success_time: rfc3339
    .optional()
    .meta({ description: '补差付款完成时间（仅成功时）', en: 'When the payment completed (on success only)' }),
  out_subsidy_no: z
    .string()
    .min(1)
    .max(128)
    .meta({ description: '业务请求唯一单号', en: 'Your unique request number', ...length(1, 128) }),
  create_time: rfc3339.optional().meta({ description: '补差付款发起时间', en: 'When the payment was requested' }),
})

/** 补差回退单 as 营销补差回退 and its query answer it. */
export const subsidyReturnReceipt = z.looseObject({
  subsidy_return_receipt_id: z.string().optional().meta({
    description: '补差回退单号（微信支付生成，成功后返回）',
    en: 'Subsidy return receipt ID (made by WeChat Pay, returned on success)',
  }),
  stock_id: z.string().meta(SUBSIDY_STOCK_ID),
  coupon_code: z.string().meta(SUBSIDY_COUPON_CODE),
  transaction_id: z.string().meta(TRANSACTION_ID),
  refund_id: z.string().meta(REFUND_ID),
  payer_merchant: z.string().meta(RETURN_PAYER),
  payee_merchant: z.string().meta(RETURN_PAYEE),
  amount: z.int().meta({ description: '补差回退金额（分）', en: 'Amount returned (fen)' }),
  description: z.string().meta({ description: '补差回退描述', en: 'Description of the return' }),
  status: z
    .enum(['RETURN_RECEIPT_UNKNOWN', 'RETURN_RECEIPT_ACCEPTED', 'RETURN_RECEIPT_SUCCESS', 'RETURN_RECEIPT_FAIL'])
    .meta({ description: '补差回退单据状态', en: 'State of the return receipt' }),
  fail_reason: z
    .enum(['RETURN_RECEIPT_INSUFFICIENT_BALANCE', 'RETURN_RECEIPT_OTHER'])
    .optional()
    .meta({ description: '补差回退失败原因（仅失败时）', en: 'Why the return failed (on failure only)' }),
  return_done_time: rfc3339
    .optional()
    .meta({ description: '补差回退完成时间（仅成功时）', en: 'When the return completed (on success only)' }),
  subsidy_receipt_id: z
    .string()
    .meta({ description: '对应的补差付款单号', en: 'The subsidy payment receipt this returns' }),
  out_subsidy_return_no: z.string().meta({ description: '业务请求唯一单号', en: 'Your unique request number' }),
  return_create_time: rfc3339.optional().meta({ description: '补差回退发起时间', en: 'When the return was requested' }),
})
