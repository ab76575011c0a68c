// How the state looks in answers and callbacks: each view is typed by the schema it answers, so drift does not compile.
import { clone, compact, rfc3339 } from '../../util.js'
import { TRADE_STATE_DESC } from './order-machine.js'
import type { OrderRecord, PayState, RefundRecord } from './state.js'
import type { OrderSnapshot, RefundResourceView, RefundSnapshot, RefundView, TransactionView } from './types.js'

const time = (ms: number | undefined) => (ms === undefined ? undefined : rfc3339(ms))

/** The order as the queries answer it and TRANSACTION.SUCCESS carries it (payment fields once paid). */
export function transactionView(order: OrderRecord): TransactionView {
  const b = order.body
  const paid = order.transaction_id !== undefined
  const currency = b.amount.currency ?? 'CNY'
  return compact({
    transaction_id: order.transaction_id,
    trade_type: order.trade_type,
    trade_state: order.trade_state,
    trade_state_desc: TRADE_STATE_DESC[order.trade_state],
    bank_type: order.bank_type,
    success_time: time(order.success_time),
    appid: b.appid,
    mchid: b.mchid,
    description: b.description,
    attach: b.attach,
    out_trade_no: b.out_trade_no,
    amount: {
      total: b.amount.total,
      currency,
      ...(paid ? { payer_total: order.payer_total, payer_currency: currency } : {}),
    },
    time_expire: b.time_expire,
    notify_url: b.notify_url,
    goods_tag: b.goods_tag,
    limit_pay: clone(b.limit_pay),
    support_fapiao: b.support_fapiao,
    detail: clone(b.detail),
    scene_info:
      b.scene_info === undefined
        ? undefined
        : compact({
            payer_client_ip: b.scene_info.payer_client_ip,
            device_id: b.scene_info.device_id,
            store_info: clone(b.scene_info.store_info),
          }),
    payer: paid ? { openid: order.openid! } : undefined,
  })
}

export function orderSnapshot(state: PayState, order: OrderRecord): OrderSnapshot {
  return {
    ...transactionView(order),
    trade_state: order.trade_state,
    trade_type: order.trade_type,
    create_time: rfc3339(order.create_time),
    refundable: state.refundable(order),
    prepay: { ...order.prepay },
  }
}

/** The refund as create_refund, query_refund and apply_abnormal_refund answer it. */
export function refundView(refund: RefundRecord): RefundView {
  return compact({
    refund_id: refund.refund_id,
    out_refund_no: refund.out_refund_no,
    transaction_id: refund.transaction_id,
    out_trade_no: refund.out_trade_no,
    channel: refund.channel,
    user_received_account: refund.user_received_account,
    success_time: time(refund.success_time),
    create_time: rfc3339(refund.create_time),
    status: refund.status,
    funds_account: refund.funds_account,
    amount: clone(refund.amount),
    promotion_detail: [],
  })
}

export const refundSnapshot = (refund: RefundRecord): RefundSnapshot => refundView(refund)

/** The decrypted resource of REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED (a settled refund). */
export function refundResource(mchid: string, refund: RefundRecord): RefundResourceView {
  const status = refund.status
  if (status === 'PROCESSING') throw new Error('@tools/sandbox: a PROCESSING refund sends no callback')
  return compact({
    mchid,
    out_trade_no: refund.out_trade_no,
    transaction_id: refund.transaction_id,
    out_refund_no: refund.out_refund_no,
    refund_id: refund.refund_id,
    refund_status: status,
    success_time: time(refund.success_time),
    user_received_account: refund.user_received_account,
    amount: {
      total: refund.amount.total,
      refund: refund.amount.refund,
      payer_total: refund.amount.payer_total,
      payer_refund: refund.amount.payer_refund,
    },
  })
}
