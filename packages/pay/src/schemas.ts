// biome-ignore-all assist/source/organizeImports: scripts/generate-families.mjs owns the block between the markers.
// `@api/pay/schemas`: the family's endpoint definitions and zod schemas alone, without the facade or the invoke
// signatures, so the sandbox and the docs generator can use them without loading the HTTP client.
// #region generated: endpoint definitions
export { fundFlowBill, tradeBill } from './endpoints/bills.js'
export { refundNotification, transactionNotification } from './endpoints/notifications.js'
export { closeOrder, queryOrderByOutTradeNo, queryOrderByTransactionId } from './endpoints/orders.js'
export { appPrepay, h5Prepay, jsapiPrepay, nativePrepay } from './endpoints/prepay.js'
export { applyAbnormalRefund, createRefund, queryRefund } from './endpoints/refunds.js'
// #endregion generated
export type { RefundResource, TransactionResource } from './endpoints/notifications.js'
export { LIMIT_PAY, TRADE_STATES } from './endpoints/order.js'
export { REFUND_STATES } from './endpoints/refunds.js'
export { PAY_EXAMPLES } from './examples.js'
export { type EndpointId, type Endpoints, endpoints, pay } from './registry.js'
