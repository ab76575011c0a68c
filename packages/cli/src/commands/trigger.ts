import type { NotificationRecord } from '@tools/sandbox'
import { AdminClient, type SandboxInfo, sandboxUrl } from '../admin-client.js'
import { COMMON_HELP, type Command, pairs, stringFlag } from '../command.js'
import { deliveryLines } from '../deliveries.js'
import { EVENTS, eventsHelp, overrideInput } from '../events.js'
import { EXIT, failed, usageError } from '../exit.js'

const WAIT_MS = 10_000
const POLL_MS = 100

/** The first notification of `eventType` whose resource has `match`, once its first attempt is over (or skipped). */
async function firstDelivery(
  admin: AdminClient,
  eventType: string,
  match: Record<string, string>,
): Promise<NotificationRecord | undefined> {
  const deadline = Date.now() + WAIT_MS
  while (Date.now() < deadline) {
    const all = await admin.get<NotificationRecord[]>('/notifications')
    const found = all.find(
      (n) => n.event_type === eventType && Object.entries(match).every(([k, v]) => n.resource[k] === v),
    )
    if (found !== undefined && (found.state !== 'pending' || found.attempts.length > 0)) return found
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return undefined
}

export const triggerCommand: Command = {
  name: 'trigger',
  summary:
    'create what an event needs in the sandbox and fire its callback (transaction.success, refund.*, coupon.send)',
  help: `wxpay trigger — fire a callback: create what the event needs in the sandbox, then let it notify

Usage: wxpay trigger <event> [--override field=value …] [--sandbox URL]

Events:
${eventsHelp()}

  --override F=V      set a field of what is created (repeatable), e.g. --override amount.total=1
  --sandbox URL       the sandbox to use (default: WXPAY_SANDBOX_URL, else the one wxpay sandbox/listen runs)

The callback goes where the sandbox sends it: to your app while wxpay listen forwards callbacks. trigger waits for
the first delivery and prints your app's answer and the notification id (replay it with wxpay resend <id>).
A refund needs a paid order: refund.* first places and pays one, which sends its TRANSACTION.SUCCESS too.
Exit status: 0 when your app answered 2xx, 1 when it did not (WeChat Pay then retries) or nothing was posted.

${COMMON_HELP}

Examples:
  wxpay trigger transaction.success --override amount.total=1
  wxpay trigger refund.abnormal --override out_trade_no=ORDER-20240601-0001
  wxpay trigger coupon.send --override stock_id=1234567891`,
  options: { override: { type: 'string', multiple: true }, sandbox: { type: 'string' } },
  positionals: [1, 1],
  async run({ out, io, values, positionals }) {
    const name = positionals[0]!.toLowerCase()
    const event = EVENTS[name]
    if (event === undefined) {
      return usageError(`unknown event ${JSON.stringify(positionals[0])}`, `events: ${Object.keys(EVENTS).join(', ')}`)
    }
    const input = overrideInput(name, event, pairs(values, 'override'))
    const admin = new AdminClient(sandboxUrl(stringFlag(values, 'sandbox'), io))
    const info = await admin.get<SandboxInfo>('')
    if (!info.families.includes(event.family)) {
      failed(
        `the sandbox at ${admin.url} does not emulate ${event.family} (it runs ${info.families.join(', ')})`,
        `start it with --families ${[...info.families, event.family].join(',')}`,
      )
    }
    const { match, created } = await event.fire(admin, input)
    const record = await firstDelivery(admin, event.eventType, match)
    if (record === undefined) return failed(`${event.eventType} was not sent within ${WAIT_MS / 1000}s`)
    const attempt = record.attempts[0]
    const ok = attempt?.ok === true
    if (out.json) {
      out.document({ event: name, created, notification: { ...record, resource: record.resource }, delivered: ok })
      return ok ? EXIT.OK : EXIT.FAILED
    }
    out.line(out.ok(`${name}: ${created}`))
    if (attempt === undefined) {
      out.line(out.bad(`${event.eventType} ${record.id} was not posted: ${record.skipReason}`))
      out.line('  run wxpay listen --forward-to <your notify URL> first, so callbacks reach your app')
      return EXIT.FAILED
    }
    out.line(`  ${event.eventType} → ${record.url}`)
    for (const line of deliveryLines(out, { ...attempt, event_type: record.event_type })) out.line(`  ${line}`)
    out.line(`  replay it: wxpay resend ${record.id}`)
    return ok ? EXIT.OK : EXIT.FAILED
  },
}

export const resendCommand: Command = {
  name: 'resend',
  summary: 'replay one delivery (same id and body, fresh signature) to test your app’s dedupe',
  help: `wxpay resend — replay one notification to test that your app processes it once

Usage: wxpay resend <notification id> [--sandbox URL]

Posts the notification again, now: the same id and the same body bytes under a fresh signature (new
Wechatpay-Timestamp and -Nonce), to the URL wxpay listen forwards to (else the notification's own). WeChat Pay
does this too when an answer is lost: your app must answer 2xx again without doing the work twice (an
@adapters/express or @adapters/nestjs handler answers 204 and skips the handler for an id it has done).
A resend is not retried. Notification ids: the lines of wxpay listen, wxpay trigger, or GET /__sandbox/notifications.
Exit status: 0 when your app answered 2xx, 1 otherwise.

  --sandbox URL       the sandbox to use (default: WXPAY_SANDBOX_URL, else the one wxpay sandbox/listen runs)

${COMMON_HELP}

Example:
  wxpay resend 4a7d1c5e-0d3f-4f7b-9a51-6c2e8f0b1d23`,
  options: { sandbox: { type: 'string' } },
  positionals: [1, 1],
  async run({ out, io, values, positionals }) {
    const id = positionals[0]!
    const admin = new AdminClient(sandboxUrl(stringFlag(values, 'sandbox'), io))
    const record = await admin.get<NotificationRecord>(`/notifications/${encodeURIComponent(id)}`)
    const attempt = await admin.post<NotificationRecord['attempts'][number]>(
      `/notifications/${encodeURIComponent(id)}/resend`,
    )
    if (out.json) out.document({ notification: id, event_type: record.event_type, attempt })
    else {
      out.line(`${record.event_type} ${id} → ${attempt.url}`)
      for (const line of deliveryLines(out, { ...attempt, event_type: record.event_type })) out.line(`  ${line}`)
    }
    return attempt.ok ? EXIT.OK : EXIT.FAILED
  },
}
