import type { WechatPayClient } from '@core/client'
import {
  createNotificationHandler,
  type NotificationErrorInfo,
  type NotificationHandler,
  type NotificationResult,
  type VerifiedNotification,
} from '@core/client/notifications'
import type { HeadersInput } from '@core/signer'
import { Inject, Injectable, Logger } from '@nestjs/common'
import { splitOptions, type WechatPayModuleOptions } from './options.js'
import { WECHATPAY_CLIENT, WECHATPAY_OPTIONS } from './tokens.js'

/**
 * One delivery that passed verification and dedupe and is now in the controller. The core handler awaits
 * {@link NotificationExchange.done}: it marks the id handled when the controller succeeds and releases it when the
 * controller throws, exactly as it does for the Express adapter's `onNotification`.
 */
export class NotificationExchange {
  /** The verified, decrypted notification (set once the core handler hands it over). */
  event: VerifiedNotification | undefined
  /** The core handler's answer; settles after {@link succeed} or {@link fail}. */
  result!: Promise<NotificationResult>
  #settled = false
  #running = false
  #resolve!: () => void
  #reject!: (error: unknown) => void
  readonly #entered: (event: VerifiedNotification) => void

  constructor(entered: (event: VerifiedNotification) => void) {
    this.#entered = entered
  }

  get settled(): boolean {
    return this.#settled
  }

  /** True once the controller started: from then on only its outcome settles the delivery. */
  get running(): boolean {
    return this.#running
  }

  /** Marks the controller as started (the interceptor calls it before running the route handler). */
  start(): void {
    this.#running = true
  }

  /** Called by the core handler in place of `onNotification`. */
  enter(event: VerifiedNotification): Promise<void> {
    this.event = event
    const done = new Promise<void>((resolve, reject) => {
      this.#resolve = resolve
      this.#reject = reject
    })
    this.#entered(event)
    return done
  }

  succeed(): void {
    if (this.#settled) return
    this.#settled = true
    this.#resolve()
  }

  fail(error: unknown): void {
    if (this.#settled) return
    this.#settled = true
    this.#reject(error)
  }
}

/** What {@link WechatPayNotifications.begin} found: an answer to send now, or a delivery for the controller. */
export type NotificationStart = { answer: NotificationResult } | { exchange: NotificationExchange }

/** The raw delivery the guard extracted from the request. */
export interface NotificationDelivery {
  headers: HeadersInput
  body: string | Uint8Array
}

/**
 * The module's callback core: the framework-neutral handler of `@core/client/notifications`, verifying with the
 * module's client (its platform keys, clock, `maxSkewSeconds`, certificate refresh), deduping by notification id in
 * the configured store. The guard, interceptor and filter of `@WechatPayNotification()` use it; inject it to reach
 * the dedupe store (`notifications.dedupe`).
 */
@Injectable()
export class WechatPayNotifications {
  readonly #handler: NotificationHandler<NotificationExchange>
  readonly #onError: (error: unknown, info: NotificationErrorInfo) => void
  readonly #logger = new Logger('WechatPayNotification')

  constructor(
    @Inject(WECHATPAY_CLIENT) client: WechatPayClient,
    @Inject(WECHATPAY_OPTIONS) options: WechatPayModuleOptions,
  ) {
    const { notifications } = splitOptions(options)
    this.#onError = notifications.onError ?? ((error, info) => this.#log(error, info))
    this.#handler = createNotificationHandler<unknown, NotificationExchange>(
      { client },
      { ...notifications, onError: this.#onError, onNotification: (event, exchange) => exchange.enter(event) },
    )
  }

  /** Where handled notification ids are remembered. */
  get dedupe() {
    return this.#handler.dedupe
  }

  /** Largest accepted body in bytes. */
  get maxBodyBytes(): number {
    return this.#handler.maxBodyBytes
  }

  /**
   * Verifies and dedupes one delivery. Resolves with the answer to send when the controller must not run (forged,
   * malformed, duplicate, in progress, too large), or with the exchange once the event is the controller's to handle.
   */
  async begin(delivery: NotificationDelivery): Promise<NotificationStart> {
    let entered!: () => void
    const ready = new Promise<'entered'>((resolve) => {
      entered = () => resolve('entered')
    })
    const exchange = new NotificationExchange(() => entered())
    exchange.result = this.#handler.handle({ headers: delivery.headers, body: delivery.body, context: exchange })
    // The core calls onNotification before it can answer, so whichever settles first says which case this is.
    const first = await Promise.race([ready, exchange.result.then(() => 'answered' as const)])
    if (first === 'answered') return { answer: await exchange.result }
    return { exchange }
  }

  /** Reports a failure the core handler did not see (a misconfigured route, another guard's exception). */
  report(error: unknown, info: NotificationErrorInfo): void {
    try {
      this.#onError(error, info)
    } catch {
      // A failing logger must not change the answer WeChat Pay gets.
    }
  }

  // Like the core's default (5xx only: 4xx are WeChat-side or forged deliveries), but through Nest's logger.
  #log(error: unknown, info: NotificationErrorInfo): void {
    if (info.status < 500) return
    const what = `notification ${info.id ?? '(not verified)'} answered ${info.status} (${info.outcome})`
    if (error instanceof Error) this.#logger.error(`${what}: ${error.message}`, error.stack)
    else this.#logger.error(`${what}: ${String(error)}`)
  }
}
