import { ValidationError, type ValidationIssue } from '@core/client'
import type { VerifiedNotification } from '@core/signer'
import { type CouponSendResource, couponSendNotification } from './endpoints/notification.js'

/** A verified COUPON.SEND callback (领券事件) whose decrypted `resource` matched the schema. */
export type CouponSendEvent = Omit<VerifiedNotification<CouponSendResource>, 'event_type'> & {
  event_type: 'COUPON.SEND'
}

/**
 * Types a COUPON.SEND (领券) callback that `@core/signer`'s `verifyNotification` (or `client.verifyNotification`, or an
 * adapter) has already verified and decrypted: checks the event type and the decrypted `resource` against the schema.
 * Unknown fields (WeChat Pay adds some, e.g. `send_req_no`) are kept. Callbacks repeat: deduplicate on `id`.
 * @throws {ValidationError} another event type, or a resource missing `coupon_code`, `stock_id`, `send_time`…;
 *   `issues` paths start at the notification (`resource.coupon_code`).
 * @example
 * ```ts
 * const event = parseCouponSendNotification(await client.verifyNotification({ headers, body: rawBody }))
 * await coupons.recordIssued(event.id, event.resource.coupon_code, event.resource.openid)
 * ```
 */
export function parseCouponSendNotification(notification: VerifiedNotification): CouponSendEvent {
  const issues: ValidationIssue[] = []
  if (typeof notification !== 'object' || notification === null) {
    issues.push({ path: [], message: 'must be the verified notification (from verifyNotification)' })
  } else {
    if (notification.event_type !== couponSendNotification.eventType) {
      issues.push({ path: ['event_type'], message: `is ${JSON.stringify(notification.event_type)}, not "COUPON.SEND"` })
    }
    const result = couponSendNotification.resource.safeParse(notification.resource)
    if (result.success) {
      if (issues.length === 0) return { ...notification, event_type: 'COUPON.SEND', resource: result.data }
    } else {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
        issues.push({ path: ['resource', ...path], message: issue.message })
      }
    }
  }
  const list = issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
  throw new ValidationError(`@api/busifavor: not a COUPON.SEND notification: ${list}`, { issues })
}
