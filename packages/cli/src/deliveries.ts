// How `wxpay listen`, `wxpay trigger` and `wxpay resend` show one delivery attempt and the app's answer.
import type { DeliveryAttempt } from '@tools/sandbox'
import { clock, duration, type Output } from './output.js'

/** An attempt as `GET /__sandbox/deliveries` lists it: with its notification's event type, kind and state. */
export type ListedDelivery = DeliveryAttempt & { event_type?: string; kind?: string; state?: string }

const REASONS: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}

/** The app's answer in a few words: status and reason, or the transport failure. */
function answer(out: Output, d: ListedDelivery): string {
  if (d.status === undefined) return out.paint('red', `✗ ${d.error ?? 'no answer'}`)
  const text = `${d.status} ${REASONS[d.status] ?? ''}`.trim()
  if (d.probe) {
    return d.ok
      ? out.paint(
          'red',
          `${text} ✗ your app ACCEPTED a forged signature (WECHATPAY/SIGNTEST/ probe): verify signatures`,
        )
      : out.paint('green', `${text} ✓ refused, as it must (signature probe)`)
  }
  return out.paint(d.ok ? 'green' : 'red', text)
}

/** One line per attempt, a second with the app's answer body when it failed. */
export function deliveryLines(out: Output, d: ListedDelivery): string[] {
  const event = d.probe ? 'SIGNTEST probe' : (d.event_type ?? 'notification')
  const tags = [d.attempt > 1 && !d.resend ? `retry ${d.attempt - 1}` : undefined, d.resend ? 'resend' : undefined]
    .filter(Boolean)
    .join(', ')
  const head = [
    out.paint('gray', clock(d.time)),
    out.paint('cyan', event.padEnd(19)),
    out.paint('dim', d.notificationId),
    tags ? out.paint('yellow', `(${tags})`) : '',
    '→',
    answer(out, d),
    out.paint('gray', `${d.durationMs}ms`),
  ]
  const lines = [head.filter(Boolean).join('  ')]
  if (!d.ok && !d.probe && d.response !== undefined)
    lines.push(`    ${out.paint('gray', 'app answered:')} ${d.response.slice(0, 300)}`)
  if (d.nextRetryMs !== undefined) {
    lines.push(
      `    ${out.paint('yellow', `WeChat Pay retries in ${duration(d.nextRetryMs)} (attempt ${d.attempt + 1})`)}`,
    )
  }
  return lines
}
