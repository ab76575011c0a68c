import { defineEndpoint } from '@core/kit/define'
import { z } from 'zod'
import { PAY_EXAMPLES as X } from '../examples.js'
import { transaction } from './order.js'
import { errorsOf, GLOBAL_LIST, ids, productLinks } from './shared.js'

// After the order is placed: read its state (by either number) and close it when it will not be paid.

const QUERY_ERRORS = errorsOf('MCH_NOT_EXISTS', 'ORDER_NOT_EXIST', 'FREQUENCY_LIMITED')

const NO_CALLBACK = {
  zh: '长时间未收到支付成功回调时，用查询确认订单状态；仍未支付的订单可以关单',
  en: 'When no payment callback arrives, query the order to learn its state; an order still unpaid can be closed.',
}

const queryMchid = z.strictObject({ mchid: ids.mchid() })

export const queryOrderByOutTradeNo = defineEndpoint({
  id: 'query_order_by_out_trade_no',
  method: 'GET',
  path: '/v3/pay/transactions/out-trade-no/{out_trade_no}',
  encoding: undefined,
  pathParams: z.strictObject({ out_trade_no: ids.outTradeNo() }),
  query: queryMchid,
  body: undefined,
  response: transaction,
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '商户订单号查询订单',
      summary: '按商户订单号查询订单的状态与支付结果（未支付的订单也能查询）',
      notes: ['订单未支付时只能用商户订单号查询；支付成功后两种单号都能查询', NO_CALLBACK.zh],
    },
    en: {
      title: 'Query an order by out_trade_no',
      summary: 'Read an order’s state and payment result by your order number (unpaid orders too).',
      notes: ['An unpaid order can only be queried by out_trade_no; once paid, by either number.', NO_CALLBACK.en],
    },
    example: { out_trade_no: X.order.out_trade_no, mchid: X.mchid },
    errors: QUERY_ERRORS,
    links: productLinks('商户订单号查询订单', 'Query an order by out_trade_no', {
      jsapi: '4012791859',
      app: '4013070356',
      h5: '4012791838',
      native: '4012791880',
      miniprogram: '4012791900',
    }),
  },
})

export const queryOrderByTransactionId = defineEndpoint({
  id: 'query_order_by_transaction_id',
  method: 'GET',
  path: '/v3/pay/transactions/id/{transaction_id}',
  encoding: undefined,
  pathParams: z.strictObject({ transaction_id: ids.transactionId() }),
  query: queryMchid,
  body: undefined,
  response: transaction,
  responseStatus: 200,
  idempotency: undefined,
  uncertain: undefined,
  docs: {
    zh: {
      title: '微信支付订单号查询订单',
      summary: '按微信支付订单号查询已支付订单的状态与支付结果',
      notes: ['transaction_id 在支付成功后由回调或商户订单号查询返回；未支付的订单请用商户订单号查询'],
    },
    en: {
      title: 'Query an order by transaction_id',
      summary: 'Read a paid order’s state and payment result by WeChat Pay’s order number.',
      notes: [
        'The transaction_id comes with the payment callback or the out_trade_no query once the order is paid; query unpaid orders by out_trade_no.',
      ],
    },
    example: { transaction_id: X.order.transaction_id, mchid: X.mchid },
    errors: QUERY_ERRORS,
    links: productLinks('微信支付订单号查询订单', 'Query an order by transaction_id', {
      jsapi: '4012791858',
      app: '4013070354',
      h5: '4012791837',
      native: '4012791879',
      miniprogram: '4012791899',
    }),
  },
})

export const closeOrder = defineEndpoint({
  id: 'close_order',
  method: 'POST',
  path: '/v3/pay/transactions/out-trade-no/{out_trade_no}/close',
  encoding: 'json',
  pathParams: z.strictObject({ out_trade_no: ids.outTradeNo() }),
  query: undefined,
  body: z.strictObject({ mchid: ids.mchid() }),
  response: undefined,
  responseStatus: 204,
  // The order number in the path is the business key: closing the same order again changes nothing.
  idempotency: { field: 'out_trade_no', generate: false },
  uncertain: undefined,
  docs: {
    zh: {
      title: '关闭订单',
      summary: '关闭一笔未支付的订单，关闭后用户不能再支付；成功时微信支付应答 204',
      description: ['订单刚创建时不要立即关单：建议在下单后间隔至少 5 分钟再关闭，避免订单状态尚未同步导致关单失败。'],
      notes: [
        '已支付的订单不能关闭，如需退还资金请申请退款',
        '订单关闭后，该商户订单号不能再用于下单：重新下单请使用新的商户订单号',
      ],
    },
    en: {
      title: 'Close an order',
      summary: 'Close an unpaid order so it can no longer be paid; WeChat Pay answers 204 on success.',
      description: [
        'Do not close an order right after placing it: wait at least 5 minutes, so the close does not fail while the order’s state is still being synchronised.',
      ],
      notes: [
        'A paid order cannot be closed: refund it instead.',
        'A closed order’s out_trade_no cannot be used again: place a new order with a new out_trade_no.',
      ],
    },
    example: { out_trade_no: X.native.out_trade_no, mchid: X.mchid },
    errors: errorsOf(
      'MCH_NOT_EXISTS',
      ['ORDERPAID', GLOBAL_LIST],
      ['ORDER_NOT_EXIST', GLOBAL_LIST],
      'FREQUENCY_LIMITED',
    ),
    links: productLinks('关闭订单', 'Close an order', {
      jsapi: '4012791860',
      app: '4013070360',
      h5: '4012791839',
      native: '4012791881',
      miniprogram: '4012791901',
    }),
  },
})
