import { defineEndpoint, fen, REQUEST, RESPONSE, rfc3339, type Style } from '@core/kit/define'
import { z } from 'zod'
import { PAY_EXAMPLES as X } from '../examples.js'
import { errorsOf, GLOBAL_LIST, ids, productLinks, RFC3339_TEXT } from './shared.js'

// Refunds (退款): request one, follow it, and rescue one whose money could not go back the original way.

/** 退款状态 as protocol.md §6 lists them. */
export const REFUND_STATES = ['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL'] as const

const from = z
  .array(
    REQUEST.object({
      account: z.string().min(1).meta({
        description: '出资账户类型（AVAILABLE 可用余额，UNAVAILABLE 不可用余额）',
        en: 'Funding account (AVAILABLE or UNAVAILABLE balance)',
      }),
      amount: fen.meta({ description: '出资金额（分）', en: 'Amount from this account in 分' }),
    }),
  )
  .optional()
  .meta({ description: '退款出资账户及金额', en: 'Accounts funding the refund' })

function refundGoods<C extends z.core.$ZodObjectConfig>(style: Style<C>) {
  return z.array(
    style.object({
      merchant_goods_id: z.string().min(1).meta({ description: '商户侧商品编码', en: 'Your goods id' }),
      wechatpay_goods_id: z.string().optional().meta({ description: '微信侧商品编码', en: 'WeChat Pay goods id' }),
      goods_name: z.string().optional().meta({ description: '商品名称', en: 'Goods name' }),
      unit_price: fen.meta({ description: '商品单价（分）', en: 'Unit price in 分' }),
      refund_amount: fen.meta({ description: '商品退款金额（分）', en: 'Refunded amount of the goods in 分' }),
      refund_quantity: z.int().meta({ description: '商品退货数量', en: 'Returned quantity' }),
    }),
  )
}

/** The refund (退款单) as all three endpoints answer it. */
const refund = z.looseObject({
  refund_id: ids.refundId(),
  out_refund_no: z.string().meta({ description: '商户退款单号', en: 'Your refund number (out_refund_no)' }),
  transaction_id: z.string().meta({ description: '微信支付订单号', en: 'WeChat Pay order number' }),
  out_trade_no: z.string().meta({ description: '商户订单号', en: 'Your order number' }),
  channel: z.string().meta({
    description:
      '退款渠道（ORIGINAL 原路退款，BALANCE 退回余额，OTHER_BALANCE 原账户异常退到其他余额账户，OTHER_BANKCARD 原银行卡异常退到其他银行卡）',
    en: 'Refund channel (ORIGINAL, BALANCE, OTHER_BALANCE, OTHER_BANKCARD)',
  }),
  user_received_account: z.string().meta({
    description: '退款入账账户（如 招商银行信用卡0403、支付用户零钱）',
    en: 'Account the refund is credited to (e.g. a card or the payer’s balance)',
  }),
  success_time: rfc3339.optional().meta({
    description: '退款成功时间（退款成功后返回）',
    en: 'Time the refund succeeded (once it has)',
    ...RFC3339_TEXT,
  }),
  create_time: rfc3339.meta({ description: '退款创建时间', en: 'Time the refund was created', ...RFC3339_TEXT }),
  status: z.enum(REFUND_STATES).meta({
    description: '退款状态（PROCESSING 处理中，SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常）',
    en: 'Refund state (PROCESSING, SUCCESS, CLOSED, ABNORMAL)',
  }),
  funds_account: z.string().optional().meta({
    description: '资金账户（退款所用资金的来源账户，如 UNSETTLED、AVAILABLE）',
    en: 'Funds account the refund was paid from (e.g. UNSETTLED, AVAILABLE)',
  }),
  amount: z
    .looseObject({
      total: fen.meta({ description: '订单金额（分）', en: 'Order amount in 分' }),
      refund: fen.meta({ description: '退款金额（分）', en: 'Refund amount in 分' }),
      from: z
        .array(
          z.looseObject({
            account: z.string().meta({ description: '出资账户类型', en: 'Funding account' }),
            amount: fen.meta({ description: '出资金额（分）', en: 'Amount in 分' }),
          }),
        )
        .optional()
        .meta({ description: '退款出资账户及金额', en: 'Funding accounts' }),
      payer_total: fen.meta({ description: '用户支付金额（分）', en: 'Amount the payer paid in 分' }),
      payer_refund: fen.meta({
        description: '用户退款金额（分，退给用户的金额）',
        en: 'Amount returned to the payer in 分',
      }),
      settlement_refund: fen.meta({ description: '应结退款金额（分）', en: 'Settlement refund amount in 分' }),
      settlement_total: fen.meta({ description: '应结订单金额（分）', en: 'Settlement order amount in 分' }),
      discount_refund: fen.meta({ description: '优惠退款金额（分）', en: 'Refunded discount in 分' }),
      currency: z.string().meta({ description: '退款币种', en: 'Currency' }),
      refund_fee: fen.optional().meta({ description: '手续费退款金额（分）', en: 'Refunded fee in 分' }),
    })
    .meta({ description: '金额信息', en: 'Amounts' }),
  promotion_detail: z
    .array(
      z.looseObject({
        promotion_id: z.string().meta({ description: '券ID', en: 'Coupon id' }),
        scope: z.string().meta({ description: '优惠范围（GLOBAL 全场，SINGLE 单品）', en: 'Scope (GLOBAL or SINGLE)' }),
        type: z
          .string()
          .meta({ description: '优惠类型（COUPON 代金券，DISCOUNT 优惠券）', en: 'Type (COUPON or DISCOUNT)' }),
        amount: fen.meta({ description: '优惠券面额（分）', en: 'Coupon amount in 分' }),
        refund_amount: fen.meta({ description: '优惠退款金额（分）', en: 'Refunded discount in 分' }),
        goods_detail: refundGoods(RESPONSE).optional().meta({ description: '商品列表', en: 'Goods' }),
      }),
    )
    .optional()
    .meta({ description: '优惠退款信息', en: 'Refunded promotions' }),
})

// The cross-field checks below run once the fields themselves are valid (zod skips refinements after a field failed
// its type): a float refund is reported first, a missing order number on the next try.

/** Which order: one of the two numbers. */
function namesOrder(body: { transaction_id?: string; out_trade_no?: string }): boolean {
  return body.transaction_id !== undefined || body.out_trade_no !== undefined
}

/** A refund within the order's amount: all the SDK can know (what is left to refund only WeChat Pay knows). */
function withinTotal(body: { amount: { refund: number; total: number } }, ctx: z.core.$RefinementCtx): void {
  const { refund: amount, total } = body.amount
  if (amount > total) {
    ctx.addIssue({
      code: 'custom',
      path: ['amount', 'refund'],
      message: `must not exceed amount.total (${amount} > ${total} 分): a refund returns at most the order amount`,
    })
  }
}

export const createRefund = defineEndpoint({
  id: 'create_refund',
  method: 'POST',
  path: '/v3/refund/domestic/refunds',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z
    .strictObject({
      transaction_id: ids.transactionId().optional(),
      out_trade_no: ids.outTradeNo().optional(),
      out_refund_no: ids.outRefundNo(),
      reason: z
        .string()
        .optional()
        .meta({ description: '退款原因（会在退款消息中展示给用户）', en: 'Reason (shown to the payer)' }),
      notify_url: z.string().optional().meta({
        description: '退款结果回调url（不填时使用商户平台配置的地址）',
        en: 'Refund callback URL (the one set on the merchant platform when left out)',
      }),
      funds_account: z.string().optional().meta({
        description: '退款资金来源（如 AVAILABLE：可用余额账户）',
        en: 'Funds account to refund from (e.g. AVAILABLE)',
      }),
      amount: REQUEST.object({
        refund: fen.meta({
          description: '退款金额（分，不能超过原订单金额）',
          en: 'Refund amount in 分 (at most the order amount)',
          constraints: '≤ amount.total',
          constraintsEn: 'at most amount.total',
        }),
        from,
        total: fen.meta({ description: '原订单金额（分）', en: 'Order amount in 分' }),
        currency: z.string().min(1).meta({
          description: '退款币种',
          en: 'Currency',
          constraints: 'CNY：人民币，境内商户号仅支持人民币',
          constraintsEn: 'CNY: renminbi, the only currency of a mainland merchant',
        }),
      }).meta({ description: '金额信息', en: 'Amounts' }),
      goods_detail: refundGoods(REQUEST)
        .optional()
        .meta({ description: '退款商品（单品退款时填写）', en: 'Goods refunded (for goods-level refunds)' }),
    })
    .refine(namesOrder, { path: ['out_trade_no'], message: 'give out_trade_no or transaction_id: the order to refund' })
    .superRefine(withinTotal),
  response: refund,
  responseStatus: 200,
  idempotency: { field: 'out_refund_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '申请退款',
      summary: '对一笔已支付的订单申请全额或部分退款；受理后退款单为 PROCESSING，结果以退款通知或查询为准',
      description: [
        '发送前 SDK 检查：须给出 out_trade_no 或 transaction_id，且 amount.refund 不能大于 amount.total（否则为 ValidationError，不发送请求）；该订单剩余可退金额只有微信支付知道，超出时返回错误。',
      ],
      notes: [
        '一笔订单可以分多次部分退款，每次使用新的商户退款单号；累计退款金额不能超过订单金额',
        '同一商户退款单号重复提交只会退款一次',
        '交易时间超过一年的订单不能退款',
        '退款受理成功不代表退款成功：以 REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED 通知或查询单笔退款为准',
      ],
    },
    en: {
      title: 'Request a refund',
      summary:
        'Refund a paid order in full or in part; the accepted refund is PROCESSING until the refund callback or a query says otherwise.',
      description: [
        'Checked before sending: the order is named by out_trade_no or transaction_id, and amount.refund is at most amount.total (otherwise a ValidationError and nothing is sent). Only WeChat Pay knows what is left to refund on the order and answers with an error beyond it.',
      ],
      notes: [
        'An order can be refunded in several parts, each with a new out_refund_no; together they cannot exceed the order amount.',
        'Submitting the same out_refund_no again refunds only once.',
        'Orders older than one year cannot be refunded.',
        'An accepted refund is not yet a successful one: the REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED callback or a refund query tells the result.',
      ],
    },
    example: {
      out_trade_no: X.order.out_trade_no,
      out_refund_no: X.refund.out_refund_no,
      reason: X.refund.reason,
      notify_url: X.notify_url,
      amount: { refund: X.refund.refund, total: X.order.total, currency: 'CNY' },
    },
    errors: errorsOf(
      'MCH_NOT_EXISTS',
      'NO_AUTH',
      'NOT_ENOUGH',
      'USER_ACCOUNT_ABNORMAL',
      'RESOURCE_NOT_EXISTS',
      'FREQUENCY_LIMITED',
    ),
    links: productLinks('退款申请', 'Request a refund', {
      jsapi: '4012791862',
      app: '4013070371',
      native: '4012791883',
      miniprogram: '4012791903',
    }),
  },
})

export const queryRefund = defineEndpoint({
  id: 'query_refund',
  method: 'GET',
  path: '/v3/refund/domestic/refunds/{out_refund_no}',
  encoding: undefined,
  pathParams: z.strictObject({ out_refund_no: ids.outRefundNo() }),
  query: undefined,
  body: undefined,
  response: refund,
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '查询单笔退款（按商户退款单号）',
      summary: '按商户退款单号查询退款单的状态与金额',
      notes: [
        '退款有一定延时，建议提交退款申请后间隔 1 分钟再查询',
        'PROCESSING 为中间状态，以 SUCCESS、CLOSED、ABNORMAL 为最终结果',
      ],
    },
    en: {
      title: 'Query a refund by out_refund_no',
      summary: 'Read a refund’s state and amounts by your refund number.',
      notes: [
        'Refunds take a moment: query about a minute after requesting one.',
        'PROCESSING is transient; SUCCESS, CLOSED and ABNORMAL are final.',
      ],
    },
    example: { out_refund_no: X.refund.out_refund_no },
    errors: errorsOf('MCH_NOT_EXISTS', 'RESOURCE_NOT_EXISTS', 'FREQUENCY_LIMITED'),
    links: productLinks('查询单笔退款（通过商户退款单号）', 'Query a refund by out_refund_no', {
      jsapi: '4012791863',
      app: '4013070374',
      native: '4012791884',
      miniprogram: '4012791904',
    }),
  },
})

const BANK_TYPES = [
  'CMB_DEBIT',
  'COMM_DEBIT',
  'ABC_DEBIT',
  'CCB_DEBIT',
  'ICBC_DEBIT',
  'BOC_DEBIT',
  'PAB_DEBIT',
  'SPDB_DEBIT',
  'CITIC_DEBIT',
  'CEB_DEBIT',
  'CMBC_DEBIT',
  'CIB_DEBIT',
  'GDB_DEBIT',
  'PSBC_DEBIT',
  'NBCB_DEBIT',
] as const

const TO_USER_CARD = {
  constraints: 'type 为 USER_BANK_CARD 时必填',
  constraintsEn: 'required when type is USER_BANK_CARD',
}

/** Refunding to the payer's card needs the card: bank, number and holder. */
function checkAbnormal(body: { type?: unknown } & Record<string, unknown>, ctx: z.core.$RefinementCtx): void {
  if (body.type !== 'USER_BANK_CARD') return
  for (const field of ['bank_type', 'bank_account', 'real_name'] as const) {
    if (body[field] === undefined)
      ctx.addIssue({ code: 'custom', path: [field], message: 'is required when type is USER_BANK_CARD' })
  }
}

export const applyAbnormalRefund = defineEndpoint({
  id: 'apply_abnormal_refund',
  method: 'POST',
  path: '/v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund',
  encoding: 'json',
  pathParams: z.strictObject({
    refund_id: z.string().min(1).meta({ description: '微信退款单号（refund_id）', en: 'WeChat Pay refund number' }),
  }),
  query: undefined,
  body: z
    .strictObject({
      out_refund_no: ids.outRefundNo(),
      type: z.enum(['USER_BANK_CARD', 'MERCHANT_BANK_CARD']).meta({
        description: '异常退款处理方式（USER_BANK_CARD 退款到用户银行卡，MERCHANT_BANK_CARD 退款至交易商户银行账户）',
        en: 'How to settle it (USER_BANK_CARD: to the payer’s card; MERCHANT_BANK_CARD: to your bank account)',
      }),
      bank_type: z
        .enum(BANK_TYPES)
        .optional()
        .meta({ description: '开户银行', en: 'Bank of the card', ...TO_USER_CARD }),
      bank_account: z
        .string()
        .min(1)
        .optional()
        .meta({
          description: '收款银行卡号（用 client.encrypt() 加密）',
          en: 'Card number (encrypted with client.encrypt())',
          ...TO_USER_CARD,
        }),
      real_name: z
        .string()
        .min(1)
        .optional()
        .meta({
          description: '收款用户姓名（用 client.encrypt() 加密）',
          en: 'Cardholder’s name (encrypted with client.encrypt())',
          ...TO_USER_CARD,
        }),
    })
    .superRefine(checkAbnormal),
  response: refund,
  responseStatus: 200,
  idempotency: { field: 'out_refund_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '发起异常退款',
      summary: '对退款异常（ABNORMAL）的退款单，改为退到用户银行卡或商户银行账户',
      notes: [
        '仅用于状态为 ABNORMAL 的退款单（原路退款失败，如用户银行卡已注销）',
        '退到用户银行卡时须提供开户银行、卡号与姓名，卡号与姓名用微信支付公钥加密',
      ],
    },
    en: {
      title: 'Settle an abnormal refund',
      summary: 'Send an ABNORMAL refund to the payer’s bank card or to your bank account instead.',
      notes: [
        'Only for refunds in the ABNORMAL state (the original way failed, e.g. a cancelled card).',
        'To the payer’s card, give the bank, the card number and the name; number and name are encrypted with the WeChat Pay public key.',
      ],
    },
    example: { refund_id: X.abnormal.refund_id, out_refund_no: X.abnormal.out_refund_no, type: 'MERCHANT_BANK_CARD' },
    errors: errorsOf('MCH_NOT_EXISTS', ['NO_AUTH', GLOBAL_LIST], 'RESOURCE_NOT_EXISTS', 'FREQUENCY_LIMITED'),
    links: productLinks('发起异常退款', 'Settle an abnormal refund', {
      jsapi: '4012791864',
      app: '4013070379',
      native: '4012791885',
      miniprogram: '4012791905',
    }),
  },
})
