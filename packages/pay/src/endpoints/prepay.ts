import { defineEndpoint } from '@core/kit/define'
import { z } from 'zod'
import { PAY_EXAMPLES as X } from '../examples.js'
import { appPrepayBody, h5PrepayBody, jsapiPrepayBody, nativePrepayBody } from './order.js'
import { errorsOf, GLOBAL_LIST, merchantLink } from './shared.js'

// The four ways to place an order (下单). Each answers with what the payer's client needs next: a prepay_id to sign
// into invoke parameters (JSAPI / 小程序, APP), a URL to open (H5), or a QR-code link (Native).

const PREPAY_ERRORS = errorsOf(
  'APPID_MCHID_NOT_MATCH',
  'MCH_NOT_EXISTS',
  'NO_AUTH',
  'OUT_TRADE_NO_USED',
  ['ORDERPAID', GLOBAL_LIST],
  ['ORDER_CLOSED', GLOBAL_LIST],
  'FREQUENCY_LIMITED',
)

const REPEAT = {
  zh: '同一 out_trade_no 在支付结束时间前以原参数重新下单，得到该订单最新的预支付信息；参数不同则返回 OUT_TRADE_NO_USED',
  en: 'Placing the same out_trade_no again with the same parameters before its deadline returns that order’s current prepay data; other parameters are refused with OUT_TRADE_NO_USED.',
}
const TIME_EXPIRE = {
  zh: 'time_expire 只能在首次下单时设置，之后不能修改',
  en: 'time_expire can only be set when the order is first placed.',
}
const RESULT = {
  zh: '支付结果以支付成功回调（TRANSACTION.SUCCESS）或查询订单为准，前端调起支付的返回不能作为支付成功的依据',
  en: 'The payment result is the TRANSACTION.SUCCESS callback or an order query; what the client-side invoke returns is not proof of payment.',
}
const PREPAY_ID = {
  zh: 'prepay_id 有效期为 2 小时，过期后需重新下单获取',
  en: 'A prepay_id is valid for 2 hours; place the order again for a new one.',
}

const prepayId = z.looseObject({
  prepay_id: z.string().meta({
    description: '预支付交易会话标识（调起支付时使用）',
    en: 'Prepay session id (used to invoke the payment)',
  }),
})

/** An example order of the family's merchant, in the fields' order. */
function example(appid: string, out_trade_no: string, more: Record<string, unknown> = {}) {
  return {
    appid,
    mchid: X.mchid,
    description: X.order.description,
    out_trade_no,
    notify_url: X.notify_url,
    amount: { total: X.order.total, currency: 'CNY' },
    ...more,
  }
}

export const jsapiPrepay = defineEndpoint({
  id: 'jsapi_prepay',
  method: 'POST',
  path: '/v3/pay/transactions/jsapi',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: jsapiPrepayBody,
  response: prepayId,
  responseStatus: 200,
  idempotency: { field: 'out_trade_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: 'JSAPI/小程序下单',
      summary: '在微信支付下单，取得公众号 JSAPI 或小程序调起支付所需的预支付交易会话标识 prepay_id',
      description: [
        "用 `buildJsapiInvokeParams(signer, { appid, prepay_id })` 以商户 API 私钥签出前端 `wx.requestPayment` / `WeixinJSBridge.invoke('getBrandWCPayRequest')` 的参数。",
      ],
      notes: [PREPAY_ID.zh, REPEAT.zh, TIME_EXPIRE.zh, RESULT.zh],
    },
    en: {
      title: 'JSAPI / Mini Program prepay',
      summary:
        'Place an order with WeChat Pay and get the prepay_id an Official Account (JSAPI) page or a Mini Program invokes the payment with.',
      description: [
        "Sign it into the parameters of `wx.requestPayment` / `WeixinJSBridge.invoke('getBrandWCPayRequest')` with `buildJsapiInvokeParams(signer, { appid, prepay_id })` (the merchant API private key).",
      ],
      notes: [PREPAY_ID.en, REPEAT.en, TIME_EXPIRE.en, RESULT.en],
    },
    example: example(X.appid, X.order.out_trade_no, { payer: { openid: X.openid } }),
    errors: PREPAY_ERRORS,
    links: [
      merchantLink('4012791856', 'JSAPI下单', 'JSAPI prepay'),
      merchantLink('4012791897', '小程序下单', 'Mini Program prepay'),
    ],
  },
})

export const appPrepay = defineEndpoint({
  id: 'app_prepay',
  method: 'POST',
  path: '/v3/pay/transactions/app',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: appPrepayBody,
  response: prepayId,
  responseStatus: 200,
  idempotency: { field: 'out_trade_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: 'APP下单',
      summary: '在微信支付下单，取得移动应用调起支付所需的预支付交易会话标识 prepay_id',
      description: [
        '用 `buildAppInvokeParams(signer, { appid, mchid, prepay_id })` 签出 APP 端 OpenSDK `PayReq` 的参数。',
      ],
      notes: [PREPAY_ID.zh, REPEAT.zh, TIME_EXPIRE.zh, RESULT.zh],
    },
    en: {
      title: 'In-app (APP) prepay',
      summary: 'Place an order with WeChat Pay and get the prepay_id a mobile app invokes the payment with.',
      description: [
        'Sign it into the parameters of the OpenSDK `PayReq` with `buildAppInvokeParams(signer, { appid, mchid, prepay_id })`.',
      ],
      notes: [PREPAY_ID.en, REPEAT.en, TIME_EXPIRE.en, RESULT.en],
    },
    example: example(X.app.appid, X.app.out_trade_no),
    errors: PREPAY_ERRORS,
    links: [merchantLink('4013070347', 'APP下单', 'In-app (APP) prepay')],
  },
})

export const h5Prepay = defineEndpoint({
  id: 'h5_prepay',
  method: 'POST',
  path: '/v3/pay/transactions/h5',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: h5PrepayBody,
  response: z.looseObject({
    h5_url: z.string().meta({
      description: '支付跳转链接（在手机浏览器中打开以调起微信支付）',
      en: 'Payment URL (open it in the mobile browser to launch WeChat Pay)',
    }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_trade_no', generate: false },
  uncertain:
    'the reference rows leave scene_info.payer_client_ip, h5_info and h5_info.type optional; WeChat Pay’s H5 page ' +
    'marks them required: the schema follows the reference, the example sends all three',
  docs: {
    zh: {
      title: 'H5下单',
      summary: '在微信支付下单，取得手机浏览器中调起微信支付的跳转链接 h5_url',
      notes: [
        'h5_url 有效期为 5 分钟',
        'scene_info.payer_client_ip 应为用户手机端的真实 IP',
        REPEAT.zh,
        TIME_EXPIRE.zh,
        RESULT.zh,
      ],
    },
    en: {
      title: 'H5 prepay',
      summary: 'Place an order with WeChat Pay and get the h5_url that launches WeChat Pay from a mobile browser.',
      notes: [
        'An h5_url is valid for 5 minutes.',
        'scene_info.payer_client_ip should be the real IP of the payer’s phone.',
        REPEAT.en,
        TIME_EXPIRE.en,
        RESULT.en,
      ],
    },
    example: example(X.appid, X.h5.out_trade_no, {
      scene_info: { payer_client_ip: X.h5.payer_client_ip, h5_info: { type: 'Wap' } },
    }),
    errors: PREPAY_ERRORS,
    links: [merchantLink('4012791834', 'H5下单', 'H5 prepay')],
  },
})

export const nativePrepay = defineEndpoint({
  id: 'native_prepay',
  method: 'POST',
  path: '/v3/pay/transactions/native',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: nativePrepayBody,
  response: z.looseObject({
    code_url: z.string().meta({
      description: '二维码链接（转成二维码图片供用户扫码支付）',
      en: 'QR-code link (render it as a QR code for the payer to scan)',
    }),
  }),
  responseStatus: 200,
  idempotency: { field: 'out_trade_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: 'Native下单',
      summary: '在微信支付下单，取得供用户扫码支付的二维码链接 code_url',
      notes: ['code_url 有效期为 2 小时，过期后扫码不能再支付', REPEAT.zh, TIME_EXPIRE.zh, RESULT.zh],
    },
    en: {
      title: 'Native (QR code) prepay',
      summary: 'Place an order with WeChat Pay and get the code_url the payer scans to pay.',
      notes: ['A code_url is valid for 2 hours.', REPEAT.en, TIME_EXPIRE.en, RESULT.en],
    },
    example: example(X.appid, X.native.out_trade_no),
    errors: PREPAY_ERRORS,
    links: [merchantLink('4012791877', 'Native下单', 'Native (QR code) prepay')],
  },
})
