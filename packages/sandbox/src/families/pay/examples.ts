import { endpoints, PAY_EXAMPLES as X } from '@api/pay/schemas'
import type { FamilyContext } from '../../family.js'
import { beijingDay, DAY_MS } from '../../util.js'
import type { PayState } from './state.js'

const MINUTE = 60_000

/**
 * Loads `PAY_EXAMPLES` (the values of every pay docs example) as the story they tell, played yesterday from 10:00
 * Beijing time so that yesterday's bills hold it: the JSAPI order MCH_102233445 placed and paid, 3.00 元 of it refunded
 * (SUCCESS) and 2.00 元 more refunded ABNORMAL; the APP, H5 and Native orders placed and left unpaid. Each request goes
 * through the real pipeline, so every docs example runs unchanged: a prepay or refund example replays its answer, the
 * queries find the order, the close example closes the Native order, the abnormal-refund example rescues the ABNORMAL
 * refund, and the bill examples find yesterday's trades. History sends no callbacks.
 */
export function loadExamples(state: PayState, context: FamilyContext): void {
  const yesterday = Date.parse(`${beijingDay(context.clock() - DAY_MS)}T10:00:00+08:00`)
  const at = (minutes: number) => ({ at: yesterday + minutes * MINUTE })
  const run = (id: keyof typeof endpoints, json: unknown, minutes: number) => context.execute(id, { json }, at(minutes))
  state.silent = true
  try {
    state.reserved.set(X.order.out_trade_no, { prepay_id: X.order.prepay_id, transaction_id: X.order.transaction_id })
    state.reserved.set(X.app.out_trade_no, { prepay_id: X.app.prepay_id })
    state.reserved.set(X.refund.out_refund_no, { refund_id: X.refund.refund_id })
    state.reserved.set(X.abnormal.out_refund_no, { refund_id: X.abnormal.refund_id })
    run('jsapi_prepay', endpoints.jsapi_prepay.docs.example, 0)
    run('app_prepay', endpoints.app_prepay.docs.example, 1)
    run('h5_prepay', endpoints.h5_prepay.docs.example, 2)
    run('native_prepay', endpoints.native_prepay.docs.example, 3)
    const order = state.order(X.order.out_trade_no, at(5).at)
    state.pay(order, {}, at(5).at)
    run('create_refund', endpoints.create_refund.docs.example, 10)
    state.settle(state.refundByNo(X.refund.out_refund_no), 'succeed', at(11).at)
    const abnormal = {
      out_trade_no: X.order.out_trade_no,
      out_refund_no: X.abnormal.out_refund_no,
      reason: X.refund.reason,
      notify_url: X.notify_url,
      amount: { refund: X.abnormal.refund, total: X.order.total, currency: 'CNY' },
    }
    run('create_refund', abnormal, 20)
    state.settle(state.refundByNo(X.abnormal.out_refund_no), 'abnormal', at(21).at)
  } finally {
    state.silent = false
  }
}
