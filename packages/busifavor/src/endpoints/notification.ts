import { z } from 'zod'
import { rfc3339 } from '../fields.js'

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

/** The HTTP headers WeChat Pay sends with the callback (names as documented; HTTP itself is case-insensitive). */
const headers = z.looseObject({
  'Request-ID': z.string().meta({ description: '通知的唯一标识' }),
  'Wechatpay-Nonce': z.string().meta({ description: '签名随机串' }),
  'Wechatpay-Serial': z.string().meta({ description: '微信支付公钥ID / 平台证书序列号' }),
  'Wechatpay-Signature': z.string().meta({ description: '签名串' }),
  'Wechatpay-Signature-Type': z.enum(['WECHATPAY2-SHA256-RSA2048']).meta({ description: '签名算法' }),
  'Wechatpay-Timestamp': z.string().meta({ description: '时间戳' }),
})

/** The signed JSON body as it arrives, before decryption. */
const envelope = z.looseObject({
  id: z.string().min(1).max(36).meta({ description: '通知的唯一ID', constraints: '1..36' }),
  create_time: rfc3339.meta({ description: '通知创建时间' }),
  event_type: z.enum(['COUPON.SEND']).meta({ description: '通知的类型' }),
  resource_type: z.enum(['encrypt-resource']).meta({ description: '通知的资源数据类型' }),
  summary: z.string().meta({ description: '回调摘要（如「商家券领券通知」）' }),
  resource: z
    .looseObject({
      original_type: z.enum(['coupon']).meta({ description: '原始回调类型' }),
      algorithm: z.enum(['AEAD_AES_256_GCM']).meta({ description: '加密算法' }),
      associated_data: z.string().optional().meta({ description: '附加数据（示例 coupon，可能为空串）' }),
      nonce: z.string().meta({ description: '加密使用的随机串' }),
      ciphertext: z.string().meta({ description: 'Base64 密文（APIv3 密钥 AES-256-GCM 加密）' }),
    })
    .meta({ description: '通知资源数据' }),
})

/** The decrypted `resource` (领券事件). Loose: real payloads carry undocumented fields such as `send_req_no`. */
const resource = z.looseObject({
  event_type: z.enum(['EVENT_TYPE_BUSICOUPON_SEND']).optional().meta({ description: '业务细分事件类型' }),
  coupon_code: z.string().meta({ description: '券code' }),
  stock_id: z.string().meta({ description: '批次号' }),
  send_time: rfc3339.meta({ description: '发放时间' }),
  openid: z.string().optional().meta({ description: '用户在 notify_appid 下的 openid（未配置 notify_appid 时为空）' }),
  unionid: z.string().optional().meta({ description: '用户 unionid' }),
  // The list is not closed (one source spells MEMBER_CARD_ACT, WeChat Pay adds channels): known values plus any text.
  send_channel: z.union([z.enum(SEND_CHANNELS), z.string()]).meta({
    description: '发放渠道',
    uncertain:
      "list from wechatpay.im (incl. a bare 'JSAPI'); an older third-party model spells MEMBER_CARD_ACT — the enum " +
      'is treated as open: any string is accepted',
  }),
  send_merchant: z.string().meta({ description: '发券商户号' }),
  act_id: z.string().optional().meta({ description: '摇一摇活动ID' }),
  attach_info: z
    .looseObject({
      transaction_id: z.string().optional().meta({ description: '支付有礼：曝光支付订单号' }),
      act_code: z.string().optional().meta({ description: '营销馆领券活动ID（不与支付有礼活动编码同时出现）' }),
      hall_code: z.string().optional().meta({ description: '营销馆ID' }),
      hall_belong_mch_id: z.number().optional().meta({ description: '营销馆所属商户号（数字）' }),
      card_id: z.string().optional().meta({ description: '会员卡活动：会员卡 card_id' }),
      code: z.string().optional().meta({ description: '会员卡活动：用户卡包会员卡 code' }),
      activity_id: z.string().optional().meta({ description: '会员卡活动：会员有礼活动ID' }),
      phone_number: z.string().optional().meta({ description: '领券手机号（接入摇一摇有优惠核销组件时）' }),
      country_code: z.string().optional().meta({ description: '领券手机区号（同上）' }),
    })
    .optional()
    .meta({ description: '发券附加信息（仅支付有礼、扫码领券（营销馆）、会员有礼渠道）' }),
})

/** The optional answer body; `{"code":"FAIL","message":"…"}` with a 4xx/5xx makes WeChat Pay deliver again. */
const ack = z.looseObject({
  code: z.enum(['SUCCESS', 'FAIL']).optional().meta({ description: '处理结果（失败时返回 FAIL）' }),
  message: z.string().optional().meta({ description: '附加信息（失败原因）' }),
})

/**
 * 领券事件回调通知 (`COUPON.SEND`): WeChat Pay → the merchant's `notify_url`. Not an HTTP endpoint of the SDK (it is
 * received, not called), so it is kept out of `endpoints`.
 */
export const couponSendNotification = {
  id: 'notify_coupon_send',
  title: '领券事件回调通知（商家券事件通知）',
  titleEn: 'Coupon-received event notification (COUPON.SEND)',
  eventType: 'COUPON.SEND',
  method: 'POST',
  contentType: 'application/json',
  headers,
  envelope,
  resource,
  ack,
  /** Handlers must deduplicate on the notification `id`: the same notification can be delivered several times. */
  idempotencyKey: 'id',
  docs: {
    description: '用户领取商家券后，微信支付向商户设置的通知地址推送领券事件（需验签并用 APIv3 密钥解密 resource）',
    notes: [
      '应答 HTTP 200/204 表示接收成功；4XX/5XX 或超时视为失败，按 60s/次 总计 11 次重投（wechatpay.im 注释）',
      '须验签（Wechatpay-Signature 覆盖 timestamp\\nnonce\\nbody\\n）并检查时间戳偏移；解密失败可能是平台探测流量',
      '真实样例中还出现过未文档化字段 send_req_no（2020 年第三方测试代码）',
    ],
    links: [
      'https://pay.weixin.qq.com/doc/v3/merchant/4012285279',
      'https://pay.weixin.qq.com/doc/v3/partner/4012285839',
    ],
  },
} as const

/** The decrypted COUPON.SEND resource (领券事件) as the schema outputs it. */
export type CouponSendResource = z.output<typeof resource>
/** The COUPON.SEND envelope as it arrives (resource still encrypted). */
export type CouponSendEnvelope = z.output<typeof envelope>
