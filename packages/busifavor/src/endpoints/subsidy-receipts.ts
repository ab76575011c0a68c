import { rfc3339 } from '@core/kit/define'
import { z } from 'zod'
import { length } from './shared.js'

// The subsidy pay and return receipts, and the texts their fields share.

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
