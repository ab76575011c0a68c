import { type NotificationEvent, parseNotification } from '@core/kit'
import type { VerifiedNotification } from '@core/signer'
import { refundNotification, transactionNotification } from './endpoints/notifications.js'

/** A verified TRANSACTION.SUCCESS callback (支付成功) whose decrypted `resource` — the order — matched the schema. */
export type TransactionEvent = NotificationEvent<typeof transactionNotification>

/** A verified REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED callback whose decrypted `resource` matched the schema. */
export type RefundEvent = NotificationEvent<typeof refundNotification>

/**
 * Types a TRANSACTION.SUCCESS (支付成功) callback that `verifyNotification` (`@core/signer`, `client.verifyNotification`
 * or an adapter) has already verified and decrypted: checks the event type and the decrypted order against the
 * schema. Unknown fields are kept. Callbacks repeat: deduplicate on `id`.
 * @throws {ValidationError} another event type, or an order missing `out_trade_no`, `amount.total`…; `issues` paths
 *   start at the notification (`resource.amount.total`).
 * @example
 * ```ts
 * const event = parseTransactionNotification(await client.verifyNotification({ headers, body: rawBody }))
 * await orders.markPaid(event.resource.out_trade_no, event.resource.transaction_id, event.resource.amount.total)
 * ```
 */
export function parseTransactionNotification(notification: VerifiedNotification): TransactionEvent {
  return parseNotification('@api/pay', transactionNotification, notification)
}

/**
 * Types a REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED (退款结果) callback that `verifyNotification` has already
 * verified and decrypted: checks the event type and the decrypted refund. `event_type` (and `resource.refund_status`)
 * tell the outcome. Unknown fields are kept. Callbacks repeat: deduplicate on `id`.
 * @throws {ValidationError} another event type, or a refund missing `out_refund_no`, `amount.refund`…; `issues` paths
 *   start at the notification (`resource.out_refund_no`).
 * @example
 * ```ts
 * const event = parseRefundNotification(await client.verifyNotification({ headers, body: rawBody }))
 * if (event.event_type === 'REFUND.SUCCESS') await refunds.markDone(event.resource.out_refund_no)
 * ```
 */
export function parseRefundNotification(notification: VerifiedNotification): RefundEvent {
  return parseNotification('@api/pay', refundNotification, notification)
}
