import { type NotificationEvent, parseNotification } from '@core/kit'
import type { VerifiedNotification } from '@core/signer'
import { couponSendNotification } from './endpoints/notification.js'

/** A verified COUPON.SEND callback (领券事件) whose decrypted `resource` matched the schema. */
export type CouponSendEvent = NotificationEvent<typeof couponSendNotification>

/**
 * Types a COUPON.SEND (领券) callback that `@core/signer`'s `verifyNotification` (or `client.verifyNotification`, or an
 * adapter) has already verified and decrypted: checks the event type and the decrypted `resource` against the schema.
 * Unknown fields (WeChat Pay adds some) are kept. Callbacks repeat: deduplicate on `id`.
 * @throws {ValidationError} another event type, or a resource missing `coupon_code`, `stock_id`, `send_time`…;
 *   `issues` paths start at the notification (`resource.coupon_code`).
 * @example
 * ```ts
 * const event = parseCouponSendNotification(await client.verifyNotification({ headers, body: rawBody }))
 * await coupons.recordIssued(event.id, event.resource.coupon_code, event.resource.openid)
 * ```
 */
export function parseCouponSendNotification(notification: VerifiedNotification): CouponSendEvent {
  return parseNotification('@api/busifavor', couponSendNotification, notification)
}
