import {
  defineNotification,
  fen,
  NOTIFICATION_ACK,
  NOTIFICATION_HEADERS,
  notificationEnvelope,
  rfc3339,
} from '@core/kit/define'
import { z } from 'zod'
import { transaction } from './order.js'
import { productLinks, RFC3339_TEXT } from './shared.js'

// The two callbacks of the pay family. Both arrive signed with `resource` encrypted (AES-256-GCM, APIv3 key); the
// kit's verified path (signer, client, adapters) checks and decrypts them, the parsers in ../notification.ts type them.

const ACK_NOTES = {
  zh: [
    '应答 HTTP 200 或 204 表示接收成功；4XX/5XX 或超时视为失败，微信支付会按递增的间隔重新推送',
    '须对原始请求体验签并检查时间戳，再用 APIv3 密钥解密 resource；签名探测请求（WECHATPAY/SIGNTEST/）必须验签失败',
    '同一通知可能多次送达：按通知 id 去重，处理须幂等',
  ],
  en: [
    'Answering HTTP 200 or 204 means received; a 4XX/5XX or a timeout counts as failed and WeChat Pay delivers again at growing intervals.',
    'Verify the signature over the raw body and the timestamp, then decrypt resource with the APIv3 key; signature probes (WECHATPAY/SIGNTEST/) must fail verification.',
    'The same notification can arrive more than once: deduplicate on its id and handle it idempotently.',
  ],
}

const transactionEnvelope = notificationEnvelope(['TRANSACTION.SUCCESS'], {
  originalType: 'transaction',
  associatedData: 'transaction',
  summary: { zh: '支付成功', en: 'Payment succeeded' },
})

/**
 * 支付成功通知 (`TRANSACTION.SUCCESS`): WeChat Pay → the prepay request's `notify_url`. The decrypted resource is the
 * order as the queries answer it (protocol.md §6), so it is typed by the same schema.
 */
export const transactionNotification = defineNotification({
  id: 'notify_transaction',
  eventTypes: ['TRANSACTION.SUCCESS'],
  originalType: 'transaction',
  headers: NOTIFICATION_HEADERS,
  envelope: transactionEnvelope,
  resource: transaction,
  ack: NOTIFICATION_ACK,
  docs: {
    zh: {
      title: '支付成功通知',
      summary: '用户支付成功后，微信支付向下单时的 notify_url 推送订单信息（resource 解密后与查询订单的应答相同）',
      notes: [
        '以本通知或查询订单确认支付结果；长时间未收到通知时主动查询，未支付的订单再关单',
        '处理前核对 out_trade_no 与 amount.total 和商户系统中的订单一致',
        ...ACK_NOTES.zh,
      ],
    },
    en: {
      title: 'Payment succeeded (TRANSACTION.SUCCESS)',
      summary:
        'After the payer pays, WeChat Pay posts the order to the prepay request’s notify_url (decrypted, resource is what the order queries answer).',
      notes: [
        'Rely on this callback or an order query for the result; without a callback for long, query the order and close it if still unpaid.',
        'Before acting, check that out_trade_no and amount.total match the order in your system.',
        ...ACK_NOTES.en,
      ],
    },
    links: productLinks('支付成功回调通知', 'Payment notification', {
      jsapi: '4012791861',
      app: '4013070368',
      h5: '4012791836',
      native: '4012791882',
      miniprogram: '4012791902',
    }),
  },
  uncertain:
    "webhooks.json's TRANSACTION.SUCCESS rows merge several products (profit sharing, parking, combined orders); the " +
    'direct-merchant resource follows protocol.md §6 (the order as queried) and wechatpay-go’s Transaction model',
})

const REFUND_EVENTS = ['REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED'] as const

/** The decrypted refund of REFUND.SUCCESS / .ABNORMAL / .CLOSED (direct merchant). */
const refundResource = z.looseObject({
  mchid: z.string().meta({ description: '直连商户号', en: 'Merchant ID (mchid)' }),
  out_trade_no: z.string().meta({ description: '商户订单号', en: 'Your order number' }),
  transaction_id: z.string().meta({ description: '微信支付订单号', en: 'WeChat Pay order number' }),
  out_refund_no: z.string().meta({ description: '商户退款单号', en: 'Your refund number' }),
  refund_id: z.string().meta({ description: '微信支付退款号', en: 'WeChat Pay refund number' }),
  refund_status: z.enum(['SUCCESS', 'CLOSED', 'ABNORMAL']).meta({
    description: '退款状态（SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常）',
    en: 'Refund state (SUCCESS, CLOSED or ABNORMAL)',
  }),
  success_time: rfc3339
    .optional()
    .meta({ description: '退款成功时间（退款成功时返回）', en: 'Time the refund succeeded', ...RFC3339_TEXT }),
  user_received_account: z.string().meta({ description: '退款入账账户', en: 'Account the refund is credited to' }),
  recv_account: z
    .string()
    .optional()
    .meta({ description: '退款入账账户（同 user_received_account）', en: 'Credited account' }),
  fund_source: z
    .enum(['REFUND_SOURCE_UNSETTLED_FUNDS', 'REFUND_SOURCE_RECHARGE_FUNDS'])
    .optional()
    .meta({ description: '退款资金来源', en: 'Source of the refunded funds' }),
  amount: z
    .looseObject({
      settlement_refund: fen
        .optional()
        .meta({ description: '结算币种退款金额（分）', en: 'Refund in the settlement currency' }),
      settlement_currency: z.string().optional().meta({ description: '结算币种', en: 'Settlement currency' }),
      total: fen.meta({ description: '订单总金额（分）', en: 'Order amount in 分' }),
      currency: z.string().optional().meta({ description: '货币类型', en: 'Currency' }),
      refund: fen.meta({ description: '退款金额（分）', en: 'Refund amount in 分' }),
      payer_total: fen.meta({ description: '用户实际支付金额（分）', en: 'Amount the payer paid in 分' }),
      payer_currency: z.string().optional().meta({ description: '用户支付币种', en: 'Payer’s currency' }),
      payer_refund: fen.meta({
        description: '退款给用户的金额（分，不含优惠）',
        en: 'Amount returned to the payer in 分',
      }),
      exchange_rate: z
        .looseObject({
          type: z
            .enum(['USERPAYMENT_RATE', 'SETTLEMENT_RATE'])
            .optional()
            .meta({ description: '汇率类型', en: 'Rate type' }),
          rate: z.int().optional().meta({ description: '汇率值', en: 'Rate' }),
        })
        .optional()
        .meta({ description: '汇率信息', en: 'Exchange rate' }),
    })
    .meta({ description: '金额信息', en: 'Amounts' }),
})

/**
 * 退款结果通知 (`REFUND.SUCCESS` / `REFUND.ABNORMAL` / `REFUND.CLOSED`): WeChat Pay → the refund's `notify_url` (or
 * the one set on the merchant platform). One definition: the three share their envelope and resource.
 */
export const refundNotification = defineNotification({
  id: 'notify_refund',
  eventTypes: REFUND_EVENTS,
  originalType: 'refund',
  headers: NOTIFICATION_HEADERS,
  envelope: notificationEnvelope(REFUND_EVENTS, {
    originalType: 'refund',
    associatedData: 'refund',
    summary: { zh: '退款成功', en: 'Refund succeeded' },
  }),
  resource: refundResource,
  ack: NOTIFICATION_ACK,
  docs: {
    zh: {
      title: '退款结果通知',
      summary: '退款成功、退款异常或退款关闭时，微信支付向退款的 notify_url 推送退款单信息（event_type 区分结果）',
      notes: [
        'REFUND.ABNORMAL 表示原路退款失败（如用户银行卡已注销），可调用发起异常退款改退到银行卡',
        ...ACK_NOTES.zh,
      ],
    },
    en: {
      title: 'Refund result (REFUND.SUCCESS / ABNORMAL / CLOSED)',
      summary:
        'When a refund succeeds, fails the original way or closes, WeChat Pay posts the refund to its notify_url (event_type tells which).',
      notes: [
        'REFUND.ABNORMAL means the original way failed (e.g. a cancelled card): settle it with applyAbnormalRefund.',
        ...ACK_NOTES.en,
      ],
    },
    links: productLinks('退款结果通知', 'Refund notification', {
      jsapi: '4012791865',
      app: '4013070388',
      native: '4012791886',
      miniprogram: '4012791906',
    }),
  },
  uncertain:
    "webhooks.json's refund rows mix direct-merchant and partner fields (sp_mchid/sub_mchid required on two pages); " +
    'the partner and e-commerce fields are left to the loose schema',
})

/** The decrypted TRANSACTION.SUCCESS resource (the order) as the schema outputs it. */
export type TransactionResource = z.output<typeof transaction>
/** The decrypted REFUND.* resource as the schema outputs it. */
export type RefundResource = z.output<typeof refundResource>
