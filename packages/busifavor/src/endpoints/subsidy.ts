import { defineEndpoint } from '@core/kit/define'
import { z } from 'zod'
import { COMMON_ERRORS, length } from './shared.js'
import {
  REFUND_ID,
  RETURN_PAYEE,
  RETURN_PAYER,
  SUBSIDY_COUPON_CODE,
  SUBSIDY_STOCK_ID,
  subsidyCouponCode,
  subsidyPayReceipt,
  subsidyReturnReceipt,
  subsidyTransactionId,
  TRANSACTION_ID,
} from './subsidy-receipts.js'

/** 单笔最高5000元, in 分. */
const MAX_SUBSIDY_AMOUNT = 500_000

export const subsidyPay = defineEndpoint({
  id: 'subsidy_pay',
  method: 'POST',
  path: '/v3/marketing/busifavor/subsidy/pay-receipts',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    stock_id: z
      .string()
      .min(1)
      .max(20)
      .meta({
        description: '商家券批次号（仅满减券、折扣券批次；换购券不支持）',
        en: 'Stock ID (fixed-amount and discount stocks only; exchange coupons are not supported)',
        ...length(1, 20),
      }),
    coupon_code: subsidyCouponCode,
    transaction_id: subsidyTransactionId,
    payer_merchant: z
      .string()
      .min(1)
      .max(32)
      .meta({
        description: '营销补差扣款商户号（=制券商户号或归属商户号）',
        en: 'Merchant ID the subsidy is debited from (the stock’s creator or owner)',
        ...length(1, 32),
      }),
    payee_merchant: z
      .string()
      .min(1)
      .max(32)
      .meta({
        description: '营销补差入账商户号（=券归属商户号或同连锁品牌）',
        en: 'Merchant ID the subsidy is credited to (the stock’s owner, or a merchant of the same chain brand)',
        ...length(1, 32),
      }),
    amount: z.int().min(1).max(MAX_SUBSIDY_AMOUNT).meta({
      description: '补差付款金额（分）',
      en: 'Subsidy amount (fen)',
      constraints: '不超过券的优惠金额，单笔最高5000元',
      constraintsEn: 'At most the coupon’s discount, and at most 5000 CNY per payment',
    }),
    description: z
      .string()
      .min(1)
      .max(1024)
      .meta({
        description: '补差付款描述（查询时原样带回）',
        en: 'Description (the queries return it as given)',
        ...length(1, 1024),
      }),
    out_subsidy_no: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: '业务请求唯一单号（商户侧唯一；可含字母数字|_*-）',
        en: 'Your unique request number (unique on your side; letters, digits and |_*-)',
        ...length(1, 128),
      }),
  }),
  response: subsidyPayReceipt,
  responseStatus: 200,
  idempotency: { field: 'out_subsidy_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '营销补差付款',
      summary: '核销商家券后，由制券方向券归属商户补足优惠差额（营销补差付款）',
      notes: ['支持幂等；前置：商家已核销商家券且发起了微信支付收款'],
    },
    en: {
      title: 'Pay a marketing subsidy',
      summary: 'Pay the subsidy for a redeemed coupon from the payer merchant to the payee.',
      notes: ['Idempotent; the merchant must have redeemed the coupon and taken the payment with WeChat Pay.'],
    },
    example: {
      stock_id: '128888000000001',
      coupon_code: 'ABCD12345678',
      transaction_id: '4200000913202101152566792388',
      payer_merchant: '1900000001',
      payee_merchant: '1900000002',
      amount: 100,
      description: '满200减100营销补差',
      out_subsidy_no: 'subsidy-abcd-12345',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4017147321',
        zh: '直连商户：营销补差付款',
        en: 'Direct merchant: Pay a marketing subsidy',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4017170057',
        zh: '服务商：营销补差付款',
        en: 'Partner: Pay a marketing subsidy',
      },
    ],
  },
})

export const listSubsidyPayReceipts = defineEndpoint({
  id: 'list_subsidy_pay_receipts',
  method: 'GET',
  path: '/v3/marketing/busifavor/subsidy/pay-receipts',
  encoding: undefined,
  pathParams: undefined,
  query: z.strictObject({
    stock_id: z.string().min(1).meta(SUBSIDY_STOCK_ID),
    coupon_code: z.string().min(1).meta(SUBSIDY_COUPON_CODE),
    out_subsidy_no: z.string().optional().meta({
      description: '补差付款请求单号（商户调用补差付款时填写的业务请求唯一单号）',
      en: 'The out_subsidy_no you sent with the subsidy payment',
    }),
  }),
  body: undefined,
  response: z.looseObject({
    pay_receipt_list: z.array(subsidyPayReceipt).optional().meta({
      description: '补差付款单据列表（该券发生过补差付款时返回）',
      en: 'Subsidy payment receipts (when the coupon has any)',
    }),
  }),
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '查询营销补差付款单列表',
      summary: '查询一张券的营销补差付款单列表',
    },
    en: {
      title: 'List subsidy payment receipts',
      summary: 'List the subsidy payments of one coupon.',
    },
    example: {
      stock_id: '128888000000001',
      coupon_code: 'ABCD12345678',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4017147338',
        zh: '直连商户：查询营销补差付款单列表',
        en: 'Direct merchant: List subsidy payment receipts',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4017171346',
        zh: '服务商：查询营销补差付款单列表',
        en: 'Partner: List subsidy payment receipts',
      },
    ],
  },
})

export const getSubsidyPayReceipt = defineEndpoint({
  id: 'get_subsidy_pay_receipt',
  method: 'GET',
  path: '/v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}',
  encoding: undefined,
  pathParams: z.strictObject({
    subsidy_receipt_id: z
      .string()
      .min(28)
      .max(32)
      .meta({ description: '补差付款单号', en: 'Subsidy payment receipt ID', ...length(28, 32) }),
  }),
  query: undefined,
  body: undefined,
  response: subsidyPayReceipt,
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '查询营销补差付款单详情',
      summary: '按补差付款单号查询一笔营销补差付款',
    },
    en: {
      title: 'Get a subsidy payment receipt',
      summary: 'Read one subsidy payment by its receipt id.',
    },
    example: {
      subsidy_receipt_id: '1120200119165100000000000001',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4017147336',
        zh: '直连商户：查询营销补差付款单详情',
        en: 'Direct merchant: Get a subsidy payment receipt',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4017170661',
        zh: '服务商：查询营销补差付款单详情',
        en: 'Partner: Get a subsidy payment receipt',
      },
    ],
  },
})

export const subsidyReturn = defineEndpoint({
  id: 'subsidy_return',
  method: 'POST',
  path: '/v3/marketing/busifavor/subsidy/return-receipts',
  encoding: 'json',
  pathParams: undefined,
  query: undefined,
  body: z.strictObject({
    stock_id: z.string().min(1).meta({
      description: '商家券批次号（仅满减券、折扣券批次）',
      en: 'Stock ID (fixed-amount and discount stocks only)',
    }),
    coupon_code: z.string().min(1).meta(SUBSIDY_COUPON_CODE),
    transaction_id: z.string().min(1).meta(TRANSACTION_ID),
    refund_id: z.string().min(1).meta(REFUND_ID),
    payer_merchant: z.string().min(1).meta(RETURN_PAYER),
    payee_merchant: z.string().min(1).meta(RETURN_PAYEE),
    amount: z.int().min(1).meta({
      description: '补差回退金额（分）',
      en: 'Amount to return (fen)',
      constraints: '单个券code回退总额不超过补差金额',
      constraintsEn: 'The returns of one coupon code add up to at most its subsidy',
    }),
    description: z
      .string()
      .min(1)
      .meta({ description: '补差回退描述（查询时原样带回）', en: 'Description (the query returns it as given)' }),
    out_subsidy_return_no: z
      .string()
      .min(1)
      .meta({ description: '业务请求唯一单号（商户侧唯一）', en: 'Your unique request number (unique on your side)' }),
  }),
  response: subsidyReturnReceipt,
  responseStatus: 200,
  idempotency: { field: 'out_subsidy_return_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '营销补差回退',
      summary: '订单退款后，把已付的营销补差退回给扣款商户（营销补差回退）',
      notes: ['支持幂等；前置：补差对应的微信支付订单已发起退款'],
    },
    en: {
      title: 'Return (claw back) a marketing subsidy',
      summary: 'After the order is refunded, return a paid subsidy.',
      notes: ['Idempotent; the WeChat Pay order the subsidy was paid for must have been refunded.'],
    },
    example: {
      stock_id: '128888000000001',
      coupon_code: 'ABCD12345678',
      transaction_id: '4200000913202101152566792388',
      refund_id: '50100506732021010105138718375',
      payer_merchant: '1900000001',
      payee_merchant: '1900000002',
      amount: 50,
      description: '订单退款，回退补差',
      out_subsidy_return_no: 'subsidy-return-abcd-12345',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4017147332',
        zh: '直连商户：营销补差回退',
        en: 'Direct merchant: Return (claw back) a marketing subsidy',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4017170533',
        zh: '服务商：营销补差回退',
        en: 'Partner: Return (claw back) a marketing subsidy',
      },
    ],
  },
})

export const getSubsidyReturnReceipt = defineEndpoint({
  id: 'get_subsidy_return_receipt',
  method: 'GET',
  path: '/v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}',
  encoding: undefined,
  pathParams: z.strictObject({
    subsidy_return_receipt_id: z.string().min(1).meta({ description: '补差回退单号', en: 'Subsidy return receipt ID' }),
  }),
  query: undefined,
  body: undefined,
  response: subsidyReturnReceipt,
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '查询营销补差回退单详情',
      summary: '按补差回退单号查询一笔营销补差回退',
    },
    en: {
      title: 'Get a subsidy return receipt',
      summary: 'Read one subsidy return by its receipt id.',
    },
    example: {
      subsidy_return_receipt_id: '2120200119165100000000000001',
    },
    errors: COMMON_ERRORS,
    links: [
      {
        url: 'https://pay.weixin.qq.com/doc/v3/merchant/4017147344',
        zh: '直连商户：查询营销补差回退单详情',
        en: 'Direct merchant: Get a subsidy return receipt',
      },
      {
        url: 'https://pay.weixin.qq.com/doc/v3/partner/4017171779',
        zh: '服务商：查询营销补差回退单详情',
        en: 'Partner: Get a subsidy return receipt',
      },
    ],
  },
})
