// The records the callback dispatcher keeps: what a test, the admin API and the CLI read about callbacks.

/** One POST of a notification to the merchant's notify_url (or to the forwarding URL). */
export interface DeliveryAttempt {
  notificationId: string
  /** 1 for the first delivery, 2 for the first retry, … (a resend counts too). */
  attempt: number
  /**
   * Position in the sandbox's delivery log, 1, 2, … in the order attempts finished: `GET /__sandbox/deliveries?after=N`
   * answers the attempts after N, so a follower (`wxpay listen`) sees each one once.
   */
  seq: number
  url: string
  /** Epoch ms (sandbox clock) when the attempt started. */
  time: number
  /** The merchant's HTTP status, when it answered. */
  status: number | undefined
  /** The start of the merchant's answer body (at most {@link DELIVERY_RESPONSE_LIMIT} characters), when it sent one. */
  response: string | undefined
  /** Why the attempt failed without a status (timeout, connection refused…). */
  error: string | undefined
  /** True for a 2xx answer. For a probe, a 2xx means the merchant accepted a forged signature. */
  ok: boolean
  durationMs: number
  probe: boolean
  /** True for a replay asked for with `sb.callbacks.resend(id)`: same id and body, fresh signature, no retries. */
  resend: boolean
  /** When this attempt failed and the schedule goes on: the wait before the next attempt, in ms. */
  nextRetryMs: number | undefined
}

/** How much of a merchant's answer body a delivery attempt keeps. */
export const DELIVERY_RESPONSE_LIMIT = 1024

export type NotificationState = 'pending' | 'delivered' | 'failed' | 'skipped'

/** A notification the sandbox generated, with its delivery history. */
export interface NotificationRecord {
  id: string
  /** `event` for a real callback, `probe` for a `WECHATPAY/SIGNTEST/` signature probe. */
  kind: 'event' | 'probe'
  event_type: string
  create_time: string
  /** Where it was (or would have been) posted: the forwarding URL when `forwarded`. */
  url: string | undefined
  /** True when `sb.callbacks.forwardTo` was in force as it was created: `url` is the forwarding URL. */
  forwarded: boolean
  /** Its own URL (the order's notify_url, the merchant's callback URL…), which forwarding replaced. */
  originalUrl: string | undefined
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
