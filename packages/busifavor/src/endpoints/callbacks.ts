import { defineEndpoint, rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { COMMON_ERRORS, length } from './shared.js'

const MCHID = { description: '商户号（不填默认调用方商户号）', en: 'Merchant ID (default: yours, the caller’s)' }
const NOTIFY_URL = { description: '通知URL地址', en: 'Notification URL' }

export const setNotifyUrl = defineEndpoint({
  id: 'set_notify_url',
  method: 'POST',
  path: '/v3/marketing/busifavor/callbacks',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    mchid: z
      .string()
      .min(8)
      .max(15)
      .optional()
      .meta({ ...MCHID, ...length(8, 15) }),
    notify_url: z
      .string()
      .min(10)
      .max(256)
      .meta({ description: '通知URL地址（必须 https）', en: 'Notification URL (must be https)', ...length(10, 256) }),
  }),
  response: z.looseObject({
    update_time: rfc3339.optional().meta({ description: '修改时间', en: 'When it was set' }),
    notify_url: z.string().meta(NOTIFY_URL),
    mchid: z.string().meta({ description: '商户号', en: 'Merchant ID' }),
  }),
  responseStatus: 200,
  // Setting the same URL twice is harmless, so there is no request-no.
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '设置商家券事件通知地址',
      summary: '设置接收商家券事件通知（领券 COUPON.SEND）的 HTTPS 地址',
      notes: [
        '需在商户平台开通「营销事件推送」且设置 APIv3 密钥才能收到回调；仅能收到本商户创建的批次的通知；回调要带 openid 需创券时传 notify_config.notify_appid',
        '微信支付要求 notify_url 使用 https；SDK 不检查协议，本地沙箱（@tools/sandbox）也接受 http://127.0.0.1:3000/wechatpay/notify 这样的本机地址，开发时回调可以直接送到你的机器',
      ],
    },
    en: {
      title: 'Set event notification URL',
      summary: 'Set the https URL that receives the COUPON.SEND callbacks (a user received a coupon).',
      notes: [
        'Callbacks arrive only once “营销事件推送” (marketing event push) is turned on in the merchant platform and an APIv3 key is set; you receive them only for stocks your merchant created; for a callback to carry the openid, pass notify_config.notify_appid when creating the stock.',
        'WeChat Pay requires an https notify_url; the SDK does not check the scheme, and the local sandbox (@tools/sandbox) also accepts a local address such as http://127.0.0.1:3000/wechatpay/notify, so callbacks reach your machine during development.',
      ],
    },
    example: {
      notify_url: 'https://pay.weixin.qq.com',
      mchid: '1900000001',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465431',
        zh: '直连商户：设置商家券事件通知地址',
        en: 'Direct merchant: Set event notification URL',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465425',
        zh: '服务商：设置商家券事件通知地址',
        en: 'Partner: Set event notification URL',
      },
    ],
  },
})

export const getNotifyUrl = defineEndpoint({
  id: 'get_notify_url',
  method: 'GET',
  path: '/v3/marketing/busifavor/callbacks',
  encoding: undefined,
  pathParams: undefined,
  query: z.strictObject({
    mchid: z
      .string()
      .min(8)
      .max(15)
      .optional()
      .meta({
        ...MCHID,
        ...length(8, 15),
        uncertain: 'wechatpay.im marks required; Go/Java (sent only when set) and the 2019 doc text (否) optional',
      }),
  }),
  body: undefined,
  response: z.looseObject({
    notify_url: z.string().meta(NOTIFY_URL),
    mchid: z.string().meta({ description: '商户号', en: 'Merchant ID' }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '查询商家券事件通知地址',
      summary: '查询当前设置的商家券事件通知地址',
      notes: ['仅可查询由请求商户号设置的通知URL'],
    },
    en: {
      title: 'Get event notification URL',
      summary: 'Read the callback URL currently set.',
      notes: ['You can read only a URL your own merchant ID set.'],
    },
    example: {},
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4012465507',
        zh: '直连商户：查询商家券事件通知地址',
        en: 'Direct merchant: Get event notification URL',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4012465557',
        zh: '服务商：查询商家券事件通知地址',
        en: 'Partner: Get event notification URL',
      },
    ],
  },
})
