// @api/pay: the registry's types, written by scripts/generate-families.mjs from the registry (npm run generate). Do not edit.

import type { fundFlowBill, tradeBill } from '../endpoints/bills.js'
import type { refundNotification, transactionNotification } from '../endpoints/notifications.js'
import type { closeOrder, queryOrderByOutTradeNo, queryOrderByTransactionId } from '../endpoints/orders.js'
import type { appPrepay, h5Prepay, jsapiPrepay, nativePrepay } from '../endpoints/prepay.js'
import type { applyAbnormalRefund, createRefund, queryRefund } from '../endpoints/refunds.js'

// Type aliases, not interfaces: an alias of an object type fits the kit's `Record<string, …>` constraints.
/** Every Payments endpoint definition by id. */
export type PayEndpoints = {
  readonly jsapi_prepay: typeof jsapiPrepay
  readonly app_prepay: typeof appPrepay
  readonly h5_prepay: typeof h5Prepay
  readonly native_prepay: typeof nativePrepay
  readonly query_order_by_out_trade_no: typeof queryOrderByOutTradeNo
  readonly query_order_by_transaction_id: typeof queryOrderByTransactionId
  readonly close_order: typeof closeOrder
  readonly create_refund: typeof createRefund
  readonly query_refund: typeof queryRefund
  readonly apply_abnormal_refund: typeof applyAbnormalRefund
  readonly trade_bill: typeof tradeBill
  readonly fund_flow_bill: typeof fundFlowBill
}

/** Every Payments callback definition by id. */
export type PayNotifications = {
  readonly notify_transaction: typeof transactionNotification
  readonly notify_refund: typeof refundNotification
}
