// biome-ignore-all assist/source/organizeImports: scripts/generate-families.mjs owns the block between the markers.
// Every export is named here on purpose: this file is the package's public contract.
// The kit's names a pay caller needs, so the app depends on @api/pay alone.
export type {
  EndpointInput,
  EndpointOutput,
  FacadeCall,
  FacadeResult,
  ResponseIssuesEvent,
} from '@core/kit'
// #region generated: endpoint definitions
export { fundFlowBill, tradeBill } from './endpoints/bills.js'
export { refundNotification, transactionNotification } from './endpoints/notifications.js'
export { closeOrder, queryOrderByOutTradeNo, queryOrderByTransactionId } from './endpoints/orders.js'
export { appPrepay, h5Prepay, jsapiPrepay, nativePrepay } from './endpoints/prepay.js'
export { applyAbnormalRefund, createRefund, queryRefund } from './endpoints/refunds.js'
// #endregion generated
export {
  type BillClient,
  type BillLink,
  type DownloadBillOptions,
  type DownloadedBill,
  downloadBill,
} from './bill-download.js'
export type { RefundResource, TransactionResource } from './endpoints/notifications.js'
export { LIMIT_PAY, TRADE_STATES } from './endpoints/order.js'
export { REFUND_STATES } from './endpoints/refunds.js'
export { PAY_EXAMPLES } from './examples.js'
export { createPay, type PayCallOptions, type PayInput, type PayOptions } from './facade.js'
export type { Pay } from './generated/facade.js'
export {
  type AppInvokeInput,
  type AppInvokeParams,
  buildAppInvokeMessage,
  buildAppInvokeParams,
  buildJsapiInvokeMessage,
  buildJsapiInvokeParams,
  type JsapiInvokeInput,
  type JsapiInvokeParams,
  type MessageSigner,
} from './invoke.js'
export {
  parseRefundNotification,
  parseTransactionNotification,
  type RefundEvent,
  type TransactionEvent,
} from './notification.js'
export { type EndpointId, type Endpoints, endpoints, pay } from './registry.js'
