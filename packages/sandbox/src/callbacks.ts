import { randomBytes, randomUUID } from 'node:crypto'
import { createNonce, encryptResource, SIGNATURE_PROBE_PREFIX } from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'
import { blockedHost, type Inflight, postCallback } from './callback-http.js'
import type {
  DeliveryAttempt,
  NotificationRecord,
  NotificationState,
  WaitForNotificationFilter,
} from './callback-types.js'
import { invalidOption, SandboxError } from './errors.js'
import type { OutgoingNotification } from './family.js'
import type { Faults } from './faults.js'
import type { PlatformSigner } from './keys.js'
import { rfc3339, stableStringify } from './util.js'

export interface CallbackDispatcherInit {
  apiv3Key: string
  /** The key callbacks are signed with (read per attempt, so a rotation takes effect at once). */
  signer: () => PlatformSigner
  clock: () => number
  /** The `callbackRetryDelaysMs` option: when given, every notification's schedule. */
  retryDelaysMs: readonly number[] | undefined
  /** The schedule of a notification that brings none of its own. */
  defaultRetryDelaysMs: readonly number[]
  timeoutMs: number
  faults: Faults
  /** Where a probe goes when no URL is given (the merchant's callback URL, if a family has one). */
  defaultUrl: () => string | undefined
  /** The event a probe imitates (a well-formed callback of one of the families). */
  probeTemplate: () => Omit<OutgoingNotification, 'url' | 'missingUrlReason'>
}

interface Waiter {
  filter: WaitForNotificationFilter
  resolve: (record: NotificationRecord) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

const FINAL = new Set<NotificationState>(['delivered', 'failed', 'skipped'])

/** Builds, signs, posts and retries the families' notifications like WeChat Pay; keeps the delivery log. */
export class CallbackDispatcher {
  readonly #init: CallbackDispatcherInit
  readonly notifications: NotificationRecord[] = []
  readonly #byId = new Map<string, NotificationRecord>()
  /** Every finished attempt in the order it finished (what `deliveriesAfter` pages through). */
  readonly #log: DeliveryAttempt[] = []
  readonly #timers = new Set<NodeJS.Timeout>()
  /** The scheduled next attempt of each notification still being retried. */
  readonly #retries = new Map<string, NodeJS.Timeout>()
  readonly #inflight = new Set<Inflight>()
  #forwardTo: string | undefined
  #waiters: Waiter[] = []
  #closed = false

  constructor(init: CallbackDispatcherInit) {
    this.#init = init
  }

  /** Every delivery attempt of every notification, oldest first. */
  deliveries(): DeliveryAttempt[] {
    return this.notifications.flatMap((n) => n.attempts).sort((a, b) => a.time - b.time)
  }

  /** The attempts that finished after the one numbered `seq` (0: all), in the order they finished. */
  deliveriesAfter(seq: number): DeliveryAttempt[] {
    // seq n sits at index n - 1: the log only grows.
    return this.#log.slice(Math.max(0, seq))
  }

  notification(id: string): NotificationRecord | undefined {
    return this.#byId.get(id)
  }

  /** The URL every new notification goes to instead of its own, if any. */
  get forwardingTo(): string | undefined {
    return this.#forwardTo
  }

  /**
   * From now on every new notification (and probe without an explicit URL) is posted to `url`, whatever its own URL —
   * even one it does not have; `undefined` turns forwarding off. Notifications already created keep their URL.
   * @throws {SandboxError} INVALID_OPTION for a URL that is not http(s) or a documentation example host.
   */
  forwardTo(url: string | undefined): void {
    if (url !== undefined) {
      const blocked = typeof url === 'string' ? blockedHost(url) : 'not a string'
      if (blocked !== undefined) invalidOption(`forwardTo: ${JSON.stringify(url)}: ${blocked}.`)
    }
    this.#forwardTo = url
  }

  #envelope(id: string, event: Omit<OutgoingNotification, 'url' | 'missingUrlReason'>) {
    const create_time = rfc3339(this.#init.clock())
    const resource = encryptResource(JSON.stringify(event.resource), this.#init.apiv3Key, {
      associatedData: event.associatedData,
      originalType: event.originalType,
    })
    const body = JSON.stringify({
      id,
      create_time,
      resource_type: 'encrypt-resource',
      event_type: event.eventType,
      summary: event.summary,
      resource,
    })
    return { create_time, body }
  }

  #record(
    kind: NotificationRecord['kind'],
    event: Omit<OutgoingNotification, 'url' | 'missingUrlReason'>,
    ownUrl: string | undefined,
    missingUrlReason: string,
    retryDelaysMs: readonly number[] = [],
  ): NotificationRecord {
    const id = randomUUID()
    const { create_time, body } = this.#envelope(id, event)
    const forwarded = this.#forwardTo !== undefined
    const url = this.#forwardTo ?? ownUrl
    const record: NotificationRecord = {
      id,
      kind,
      event_type: event.eventType,
      create_time,
      url,
      forwarded,
      originalUrl: forwarded ? ownUrl : undefined,
      resource: event.resource,
      body,
      state: 'pending',
      skipReason: url === undefined ? missingUrlReason : blockedHost(url),
      attempts: [],
      retryDelaysMs,
    }
    this.notifications.push(record)
    this.#byId.set(id, record)
    return record
  }

  /** Creates a notification and starts delivering it (a probe first, when the faults ask for one). */
  notify(notification: OutgoingNotification): NotificationRecord {
    const { retryDelaysMs, defaultRetryDelaysMs } = this.#init
    const delays = retryDelaysMs ?? notification.retryDelaysMs ?? defaultRetryDelaysMs
    const record = this.#record('event', notification, notification.url, notification.missingUrlReason, [...delays])
    if (record.skipReason !== undefined) this.#settle(record, 'skipped')
    else {
      const probeFirst = this.#init.faults.probeCallback()
      this.#schedule(0, async () => {
        // The probe imitates the event it precedes (a TRANSACTION.SUCCESS before a TRANSACTION.SUCCESS).
        if (probeFirst) await this.probe(record.url, notification)
        await this.#attempt(record, record.url!, false)
      })
    }
    return record
  }

  /**
   * Posts a signature probe now: a well-formed notification whose `Wechatpay-Signature` starts with
   * `WECHATPAY/SIGNTEST/`. A merchant that verifies signatures answers 4xx/5xx; probes are never retried.
   */
  async probe(
    url?: string,
    template: Omit<OutgoingNotification, 'url' | 'missingUrlReason'> = this.#init.probeTemplate(),
  ): Promise<NotificationRecord> {
    if (this.#closed) throw new SandboxError('@tools/sandbox: the sandbox is closed.', { code: 'CLOSED' })
    // An explicit URL is where the caller wants this probe: forwarding applies only to the default.
    const saved = this.#forwardTo
    if (url !== undefined) this.#forwardTo = undefined
    const record = this.#record('probe', template, url ?? this.#init.defaultUrl(), 'no notify_url set and none given')
    this.#forwardTo = saved
    if (record.skipReason !== undefined) this.#settle(record, 'skipped')
    else await this.#attempt(record, record.url!, false)
    return record
  }

  /**
   * Posts notification `id` once more, now: the same id and body under a fresh signature (new timestamp and nonce), to
   * the forwarding URL when one is set, else to its own. It is never retried; a 2xx settles a pending or skipped
   * notification as delivered (its scheduled retry is cancelled). Resolves with the attempt.
   * @throws {SandboxError} INVALID_OPTION for an unknown id or a notification with nowhere to go.
   */
  async resend(id: string): Promise<DeliveryAttempt> {
    if (this.#closed) throw new SandboxError('@tools/sandbox: the sandbox is closed.', { code: 'CLOSED' })
    const record = this.#byId.get(id)
    if (record === undefined) invalidOption(`resend: no notification ${JSON.stringify(id)}.`)
    const url = this.#forwardTo ?? record.url
    if (url === undefined) {
      invalidOption(`resend: notification ${id} has no URL (${record.skipReason ?? 'none'}); forward callbacks first.`)
    }
    const blocked = blockedHost(url)
    if (blocked !== undefined) invalidOption(`resend: notification ${id}: ${blocked}.`)
    return this.#attempt(record, url, true)
  }

  #schedule(delay: number, run: () => Promise<unknown>, retryOf?: string): void {
    if (this.#closed) return
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      if (retryOf !== undefined) this.#retries.delete(retryOf)
      void run()
    }, delay)
    timer.unref()
    this.#timers.add(timer)
    if (retryOf !== undefined) this.#retries.set(retryOf, timer)
  }

  async #attempt(record: NotificationRecord, url: string, resend: boolean): Promise<DeliveryAttempt> {
    const signer = this.#init.signer()
    const signed = signNotificationForTest({
      body: record.body,
      platformPrivateKey: signer.privateKey,
      serial: signer.serial,
      timestamp: Math.floor(this.#init.clock() / 1000),
      nonce: createNonce(),
      ...(record.kind === 'probe'
        ? { signature: `${SIGNATURE_PROBE_PREFIX}${randomBytes(192).toString('base64')}` }
        : {}),
    })
    const started = Date.now()
    const attempt: DeliveryAttempt = {
      notificationId: record.id,
      attempt: record.attempts.length + 1,
      seq: 0,
      url,
      time: this.#init.clock(),
      status: undefined,
      response: undefined,
      error: undefined,
      ok: false,
      durationMs: 0,
      probe: record.kind === 'probe',
      resend,
      nextRetryMs: undefined,
    }
    if (this.#closed) return attempt
    try {
      const answer = await postCallback(
        url,
        signed.body,
        {
          ...signed.headers,
          'User-Agent': 'Mozilla/4.0',
          'Content-Length': String(Buffer.byteLength(signed.body)),
        },
        this.#init.timeoutMs,
        this.#inflight,
      )
      attempt.status = answer.status
      attempt.response = answer.response
      attempt.ok = attempt.status >= 200 && attempt.status < 300
    } catch (error) {
      attempt.error = (error as Error).message
    }
    attempt.durationMs = Date.now() - started
    if (this.#closed) return attempt
    // Resends are extra: the schedule counts the scheduled attempts only.
    const delay = record.retryDelaysMs[record.attempts.filter((a) => !a.resend).length]
    const retry = !attempt.ok && !resend && record.kind !== 'probe' && delay !== undefined
    if (retry) attempt.nextRetryMs = delay
    record.attempts.push(attempt)
    attempt.seq = this.#log.push(attempt)
    if (resend) {
      if (attempt.ok && record.state !== 'delivered') {
        clearTimeout(this.#retries.get(record.id))
        this.#retries.delete(record.id)
        this.#settle(record, 'delivered')
      }
      return attempt
    }
    if (attempt.ok) this.#settle(record, 'delivered')
    else if (retry) this.#schedule(delay, () => this.#attempt(record, record.url!, false), record.id)
    else this.#settle(record, 'failed')
    return attempt
  }

  #settle(record: NotificationRecord, state: NotificationState): void {
    record.state = state
    this.#waiters = this.#waiters.filter((waiter) => {
      if (!this.#matches(record, waiter.filter)) return true
      clearTimeout(waiter.timer)
      waiter.resolve(record)
      return false
    })
  }

  #matches(record: NotificationRecord, filter: WaitForNotificationFilter): boolean {
    const wanted = filter.state ?? 'delivered'
    if (wanted === 'settled' ? !FINAL.has(record.state) : record.state !== wanted) return false
    if (filter.id !== undefined && record.id !== filter.id) return false
    if (filter.kind !== undefined && record.kind !== filter.kind) return false
    if (filter.eventType !== undefined && record.event_type !== filter.eventType) return false
    if (filter.couponCode !== undefined && record.resource.coupon_code !== filter.couponCode) return false
    if (filter.stockId !== undefined && record.resource.stock_id !== filter.stockId) return false
    for (const [key, value] of Object.entries(filter.resource ?? {})) {
      if (stableStringify(record.resource[key]) !== stableStringify(value)) return false
    }
    return true
  }

  /** Resolves with the first notification (already settled or future) matching `filter`. */
  waitFor(filter: WaitForNotificationFilter, timeoutMs: number): Promise<NotificationRecord> {
    const existing = this.notifications.find((n) => this.#matches(n, filter))
    if (existing !== undefined) return Promise.resolve(existing)
    if (this.#closed) {
      return Promise.reject(new SandboxError('@tools/sandbox: the sandbox is closed.', { code: 'CLOSED' }))
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        filter,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters = this.#waiters.filter((w) => w !== waiter)
          const pending = this.notifications.filter((n) => n.state === 'pending').length
          reject(
            new SandboxError(
              `@tools/sandbox: no notification matching ${JSON.stringify(filter)} within ${timeoutMs} ms (${this.notifications.length} notifications, ${pending} pending). Is the notify_url set and does the receiver answer 2xx? Shorten callbackRetryDelaysMs in tests.`,
              { code: 'WAIT_TIMEOUT' },
            ),
          )
        }, timeoutMs),
      }
      this.#waiters.push(waiter)
    })
  }

  /** Resolves when no notification is pending any more. */
  async idle(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (this.notifications.some((n) => n.state === 'pending')) {
      if (Date.now() > deadline) {
        throw new SandboxError(`@tools/sandbox: notifications still pending after ${timeoutMs} ms.`, {
          code: 'WAIT_TIMEOUT',
        })
      }
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }

  close(): void {
    this.#closed = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    for (const handle of this.#inflight) handle.destroy()
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer)
      waiter.reject(new SandboxError('@tools/sandbox: the sandbox was closed while waiting.', { code: 'CLOSED' }))
    }
    this.#waiters = []
  }
}
