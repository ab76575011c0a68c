import { defineFamily, type Family } from '@core/kit/define'
import { fundFlowBill, tradeBill } from './endpoints/bills.js'
import { refundNotification, transactionNotification } from './endpoints/notifications.js'
import { closeOrder, queryOrderByOutTradeNo, queryOrderByTransactionId } from './endpoints/orders.js'
import { appPrepay, h5Prepay, jsapiPrepay, nativePrepay } from './endpoints/prepay.js'
import { applyAbnormalRefund, createRefund, queryRefund } from './endpoints/refunds.js'
import type { PayEndpoints, PayNotifications } from './generated/types.js'

/**
 * The one list of the 基础支付 family (direct merchant): every endpoint in the order of a payment's life — place,
 * query, close, refund, reconcile — and its two callbacks. (The annotation names the generated types so declarations
 * refer to each definition instead of repeating its schemas.)
 */
export const pay: Family<PayEndpoints, PayNotifications> = defineFamily({
  package: '@api/pay',
  name: 'pay',
  title: { zh: '基础支付', en: 'Payments' },
  facade: { type: 'Pay', factory: 'createPay', variable: 'pay' },
  endpoints: [
    jsapiPrepay,
    appPrepay,
    h5Prepay,
    nativePrepay,
    queryOrderByOutTradeNo,
    queryOrderByTransactionId,
    closeOrder,
    createRefund,
    queryRefund,
    applyAbnormalRefund,
    tradeBill,
    fundFlowBill,
  ],
  notifications: [transactionNotification, refundNotification],
})

/** Every pay endpoint by id. */
export const endpoints: PayEndpoints = pay.endpoints
export type Endpoints = PayEndpoints
export type EndpointId = keyof Endpoints
