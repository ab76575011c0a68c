import {
  defineNotification,
  NOTIFICATION_ACK,
  NOTIFICATION_HEADERS,
  notificationEnvelope,
  rfc3339,
} from '@core/kit/define'
import { z } from 'zod'

const SEND_CHANNELS = [
  'BUSICOUPON_SEND_CHANNEL_MINIAPP',
  'BUSICOUPON_SEND_CHANNEL_API',
  'BUSICOUPON_SEND_CHANNEL_PAYGIFT',
  'BUSICOUPON_SEND_CHANNEL_H5',
  'BUSICOUPON_SEND_CHANNEL_FTOF',
  'BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT',
  'BUSICOUPON_SEND_CHANNEL_HALL',
  'BUSICOUPON_SEND_CHANNEL_JSAPI',
  'JSAPI',
  'BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE',
  'BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH',
  'BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT',
  'BUSICOUPON_SEND_CHANNEL_WECHAT_AD',
  'BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM',
  'BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT',
  'BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT',
  'BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL',
  'BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM',
] as const

/** The decrypted `resource` (领券事件). Loose: real payloads carry undocumented fields such as `send_req_no`. */
const resource = z.looseObject({
  event_type: z
    .enum(['EVENT_TYPE_BUSICOUPON_SEND'])
    .optional()
    .meta({ description: '业务细分事件类型', en: 'Detailed event type' }),
  coupon_code: z.string().meta({ description: '券code', en: 'Coupon code' }),
  stock_id: z.string().meta({ description: '批次号', en: 'Stock ID' }),
  send_time: rfc3339.meta({ description: '发放时间', en: 'When the coupon was issued' }),
  openid: z.string().optional().meta({
    description: '用户在 notify_appid 下的 openid（未配置 notify_appid 时为空）',
    en: 'OpenID of the user under notify_appid (empty without a notify_appid)',
  }),
  unionid: z.string().optional().meta({ description: '用户 unionid', en: 'UnionID of the user' }),
  // The list is not closed (one source spells MEMBER_CARD_ACT, WeChat Pay adds channels): known values plus any text.
  send_channel: z.union([z.enum(SEND_CHANNELS), z.string()]).meta({
    description: '发放渠道',
    en: 'Issuance channel',
    uncertain:
      "list from wechatpay.im (incl. a bare 'JSAPI'); an older third-party model spells MEMBER_CARD_ACT — the enum " +
      'is treated as open: any string is accepted',
  }),
  send_merchant: z.string().meta({ description: '发券商户号', en: 'Merchant ID that issued the coupon' }),
  act_id: z.string().optional().meta({ description: '摇一摇活动ID', en: 'WeChat Shake campaign ID' }),
  attach_info: z
    .looseObject({
      transaction_id: z.string().optional().meta({
        description: '支付有礼：曝光支付订单号',
        en: 'Gift with payment: the transaction the coupon was offered with',
      }),
      act_code: z.string().optional().meta({
        description: '营销馆领券活动ID（不与支付有礼活动编码同时出现）',
        en: 'Marketing hall campaign ID (never together with a gift-with-payment campaign code)',
      }),
      hall_code: z.string().optional().meta({ description: '营销馆ID', en: 'Marketing hall ID' }),
      hall_belong_mch_id: z.number().optional().meta({
        description: '营销馆所属商户号（数字）',
        en: 'Merchant ID that owns the marketing hall (a number)',
      }),
      card_id: z
        .string()
        .optional()
        .meta({ description: '会员卡活动：会员卡 card_id', en: 'Membership card campaign: the card_id' }),
      code: z.string().optional().meta({
        description: '会员卡活动：用户卡包会员卡 code',
        en: 'Membership card campaign: the code of the user’s membership card',
      }),
      activity_id: z.string().optional().meta({
        description: '会员卡活动：会员有礼活动ID',
        en: 'Membership card campaign: the member gift campaign ID',
      }),
      phone_number: z.string().optional().meta({
        description: '领券手机号（接入摇一摇有优惠核销组件时）',
        en: 'Phone number that received the coupon (with the Shake-for-offers redemption component)',
      }),
      country_code: z
        .string()
        .optional()
        .meta({ description: '领券手机区号（同上）', en: 'Country calling code of that phone number' }),
    })
    .optional()
    .meta({
      description: '发券附加信息（仅支付有礼、扫码领券（营销馆）、会员有礼渠道）',
      en: 'More about the issuance (gift with payment, scan to claim in a marketing hall, and member gift channels only)',
    }),
})

/** The signed JSON body as it arrives, before decryption. */
const envelope = notificationEnvelope(['COUPON.SEND'], {
  originalType: 'coupon',
  associatedData: 'coupon',
  summary: { zh: '商家券领券通知', en: 'Coupon received' },
})

/**
 * 领券事件回调通知 (`COUPON.SEND`): WeChat Pay → the merchant's notify URL (set with `setNotifyUrl`). Received, not
 * called. Research notes: redelivery every 60 s for 11 attempts is from wechatpay.im's comments; an undocumented
 * `send_req_no` field was seen in a 2020 third-party test payload (the resource schema is loose, so it is kept).
 */
export const couponSendNotification = defineNotification({
  id: 'notify_coupon_send',
  eventTypes: ['COUPON.SEND'],
  originalType: 'coupon',
  headers: NOTIFICATION_HEADERS,
  envelope,
  resource,
  ack: NOTIFICATION_ACK,
  docs: {
    zh: {
      title: '领券事件回调通知（商家券事件通知）',
      summary: '用户领取商家券后，微信支付向商户设置的通知地址推送领券事件（需验签并用 APIv3 密钥解密 resource）',
      notes: [
        '应答 HTTP 200 或 204 表示接收成功；4XX/5XX 或超时视为失败，微信支付会稍后重新推送',
        '须对原始请求体验签（Wechatpay-Signature 覆盖 timestamp\\nnonce\\nbody\\n）并检查时间戳；签名探测请求（WECHATPAY/SIGNTEST/）必须验签失败',
        '同一通知 id 可能多次送达：按 id 去重，处理须幂等',
      ],
    },
    en: {
      title: 'Coupon received (COUPON.SEND)',
      summary:
        'After a user receives a coupon, WeChat Pay posts a COUPON.SEND event to the notify URL you set (verify it, then decrypt resource with the APIv3 key).',
      notes: [
        'Answering HTTP 200 or 204 means received; a 4XX/5XX or a timeout counts as failed and WeChat Pay delivers again later.',
        'Verify the signature over the raw body (Wechatpay-Signature covers timestamp\\nnonce\\nbody\\n) and check the timestamp; signature probes (WECHATPAY/SIGNTEST/) must fail verification.',
        'The same notification id can arrive more than once: deduplicate on id and handle it idempotently.',
      ],
    },
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012285279',
        zh: '直连商户：领券事件回调通知',
        en: 'Direct merchant: coupon received notification',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012285839',
        zh: '服务商：领券事件回调通知',
        en: 'Partner: coupon received notification',
      },
    ],
  },
  uncertain: 'redelivery schedule (60 s × 11) from wechatpay.im comments only',
})

/** The decrypted COUPON.SEND resource (领券事件) as the schema outputs it. */
export type CouponSendResource = z.output<typeof resource>
/** The COUPON.SEND envelope as it arrives (resource still encrypted). */
export type CouponSendEnvelope = z.output<typeof envelope>
