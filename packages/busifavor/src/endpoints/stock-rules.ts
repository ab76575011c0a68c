import { rfc3339, type Style } from '@core/kit/define'
import { z } from 'zod'
import { backgroundColor, codeDisplayMode, useMethod } from './shared.js'

// The stock's rules and styles. A structure that appears in requests and in responses is built by a function of its
// `Style`, so requests get strict objects (unknown keys are reported) and responses loose ones (fields WeChat Pay adds
// later are kept) from one text.

const FINDER_REQUIRED = 'Go/Java FinderInfo mark it optional; wechatpay.im marks required when finder_info is present'

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
