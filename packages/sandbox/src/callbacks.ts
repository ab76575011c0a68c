import { randomBytes, randomUUID } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { createNonce, encryptResource, SIGNATURE_PROBE_PREFIX } from '@core/signer'
import { signNotificationForTest } from '@core/signer/testing'
import { BLOCKED_CALLBACK_HOST_SUFFIXES } from './constants.js'
import { SandboxError } from './errors.js'
import type { OutgoingNotification } from './family.js'
import type { Faults } from './faults.js'
import type { PlatformSigner } from './keys.js'
import { rfc3339, stableStringify } from './util.js'

/** One POST of a notification to the merchant's notify_url. */
export interface DeliveryAttempt {
  notificationId: string
  /** 1 for the first delivery, 2 for the first retry, … */
  attempt: number
  url: string
  /** Epoch ms (sandbox clock) when the attempt started. */
  time: number
  /** The merchant's HTTP status, when it answered. */
  status: number | undefined
  /** Why the attempt failed without a status (timeout, connection refused…). */
  error: string | undefined
  /** True for a 2xx answer. For a probe, a 2xx means the merchant accepted a forged signature. */
  ok: boolean
  durationMs: number
  probe: boolean
}

export type NotificationState = 'pending' | 'delivered' | 'failed' | 'skipped'

/** A notification the sandbox generated, with its delivery history. */
export interface NotificationRecord {
  id: string
  /** `event` for a real callback, `probe` for a `WECHATPAY/SIGNTEST/` signature probe. */
  kind: 'event' | 'probe'
  event_type: string
  create_time: string
  /** Where it was (or would have been) posted. */
  url: string | undefined
  /** The decrypted resource (what the merchant sees after decryption). */
  resource: Record<string, unknown>
  /** The exact JSON body posted (the same bytes on every attempt). */
  body: string
  state: NotificationState
  /** Why a notification was not posted (no notify_url, a WeChat-owned host…). */
  skipReason: string | undefined
  attempts: DeliveryAttempt[]
  /** The delays between its attempts (its family's schedule, or the `callbackRetryDelaysMs` option). */
  retryDelaysMs: readonly number[]
}

export interface WaitForNotificationFilter {
  id?: string
  /** `event_type`, e.g. `COUPON.SEND`, `TRANSACTION.SUCCESS`. */
  eventType?: string
  /** Fields the decrypted resource must have, compared by value (e.g. `{ out_trade_no: 'T1' }`). */
  resource?: Record<string, unknown>
  /** Shorthands for `resource: { coupon_code }` and `resource: { stock_id }`. */
  couponCode?: string
  stockId?: string
  kind?: 'event' | 'probe'
  /** The state to wait for (default `delivered`); `settled` = delivered, failed or skipped. */
  state?: NotificationState | 'settled'
}

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

function blockedHost(url: string): string | undefined {
  let host: string
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `unsupported scheme ${parsed.protocol}`
    host = parsed.hostname.toLowerCase()
  } catch {
    return 'not a valid URL'
  }
  const suffix = BLOCKED_CALLBACK_HOST_SUFFIXES.find((s) => host === s || host.endsWith(`.${s}`))
  return suffix === undefined
    ? undefined
    : `${host} is a documentation example host (WeChat Pay's own or RFC 2606): not posted`
}

/** Builds, signs, posts and retries the families' notifications like WeChat Pay; keeps the delivery log. */
export class CallbackDispatcher {
  readonly #init: CallbackDispatcherInit
  readonly notifications: NotificationRecord[] = []
  readonly #timers = new Set<NodeJS.Timeout>()
  readonly #inflight = new Set<{ destroy: () => void }>()
  #waiters: Waiter[] = []
  #closed = false

  constructor(init: CallbackDispatcherInit) {
    this.#init = init
  }

  /** Every delivery attempt of every notification, oldest first. */
  deliveries(): DeliveryAttempt[] {
    return this.notifications.flatMap((n) => n.attempts).sort((a, b) => a.time - b.time)
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
    url: string | undefined,
    missingUrlReason: string,
    retryDelaysMs: readonly number[] = [],
  ): NotificationRecord {
    const id = randomUUID()
    const { create_time, body } = this.#envelope(id, event)
    const record: NotificationRecord = {
      id,
      kind,
      event_type: event.eventType,
      create_time,
      url,
      resource: event.resource,
      body,
      state: 'pending',
      skipReason: url === undefined ? missingUrlReason : blockedHost(url),
      attempts: [],
      retryDelaysMs,
    }
    this.notifications.push(record)
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
        await this.#attempt(record)
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
    const target = url ?? this.#init.defaultUrl()
    const record = this.#record('probe', template, target, 'no notify_url set and none given')
    if (record.skipReason !== undefined) this.#settle(record, 'skipped')
    else await this.#attempt(record)
    return record
  }

  #schedule(delay: number, run: () => Promise<void>): void {
    if (this.#closed) return
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      void run()
    }, delay)
    timer.unref()
    this.#timers.add(timer)
  }

  async #attempt(record: NotificationRecord): Promise<void> {
    if (this.#closed) return
    const url = record.url!
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
      url,
      time: this.#init.clock(),
      status: undefined,
      error: undefined,
      ok: false,
      durationMs: 0,
      probe: record.kind === 'probe',
    }
    try {
      attempt.status = await this.#post(url, signed.body, {
        ...signed.headers,
        'User-Agent': 'Mozilla/4.0',
        'Content-Length': String(Buffer.byteLength(signed.body)),
      })
      attempt.ok = attempt.status >= 200 && attempt.status < 300
    } catch (error) {
      attempt.error = (error as Error).message
    }
    attempt.durationMs = Date.now() - started
    record.attempts.push(attempt)
    if (this.#closed) return
    if (attempt.ok) return this.#settle(record, 'delivered')
    const delay = record.retryDelaysMs[record.attempts.length - 1]
    if (record.kind === 'probe' || delay === undefined) return this.#settle(record, 'failed')
    this.#schedule(delay, () => this.#attempt(record))
  }

  #post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const send = url.startsWith('https:') ? httpsRequest : httpRequest
      const req = send(url, { method: 'POST', headers, agent: false })
      const handle = { destroy: () => req.destroy(new Error('sandbox closed')) }
      this.#inflight.add(handle)
      const timer = setTimeout(
        () => req.destroy(new Error(`timeout after ${this.#init.timeoutMs} ms`)),
        this.#init.timeoutMs,
      )
      const done = () => {
        clearTimeout(timer)
        this.#inflight.delete(handle)
      }
      req.on('response', (res) => {
        res.resume()
        res.on('end', () => {
          done()
          resolve(res.statusCode ?? 0)
        })
        res.on('error', (error) => {
          done()
          reject(error)
        })
      })
      req.on('error', (error) => {
        done()
        reject(error)
      })
      req.end(body)
    })
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
