import type { ValidationIssue } from '@core/client'
import type { VerifiedNotification } from '@core/signer'
import { invalid, toIssues } from './issues.js'
import type { AnyNotification, NotificationEvent } from './notification.js'

/**
 * Types a callback that `verifyNotification` (the signer's, the client's, or an adapter's) has already verified and
 * decrypted: checks the event type and the decrypted resource against the definition. Unknown fields are kept.
 * @throws {ValidationError} another event type, or a resource that does not match; paths start at the notification.
 */
export function parseNotification<N extends AnyNotification>(
  source: string,
  definition: N,
  notification: VerifiedNotification,
): NotificationEvent<N> {
  const what = `not a ${definition.eventTypes.join(' / ')} notification`
  if (typeof notification !== 'object' || notification === null) {
    invalid(source, what, [{ path: [], message: 'must be the verified notification (from verifyNotification)' }])
  }
  const issues: ValidationIssue[] = []
  if (!(definition.eventTypes as readonly string[]).includes(notification.event_type)) {
    issues.push({
      path: ['event_type'],
      message: `is ${JSON.stringify(notification.event_type)}, not ${definition.eventTypes.map((t) => `"${t}"`).join(' or ')}`,
    })
  }
  const result = definition.resource.safeParse(notification.resource)
  // reportInput lets toIssues tell a wrong type from a missing field; worth it only once the parse has failed.
  if (!result.success) {
    issues.push(
      ...toIssues(definition.resource.safeParse(notification.resource, { reportInput: true }).error!, ['resource']),
    )
  }
  if (issues.length) invalid(source, what, issues)
  return { ...notification, resource: result.data } as NotificationEvent<N>
}
