import type { IncomingHttpHeaders } from 'node:http'
import type { VerifiedNotification } from '@core/client/notifications'
import type { NotificationExchange } from './notifications.js'

// Symbol.for keys: the ESM and CJS copies of this package read what the other wrote.
const EXCHANGE = Symbol.for('@adapters/nestjs:notification-exchange')

/** The part of an Express or Fastify request the callback route reads. */
export interface NotificationHttpRequest {
  headers: IncomingHttpHeaders
  /** Set by Nest when the app is created with `{ rawBody: true }`. */
  rawBody?: unknown
  body?: unknown
}

type WithExchange = NotificationHttpRequest & { [EXCHANGE]?: NotificationExchange }

export function attachExchange(request: NotificationHttpRequest, exchange: NotificationExchange): void {
  ;(request as WithExchange)[EXCHANGE] = exchange
}

export function exchangeOf(request: NotificationHttpRequest | undefined): NotificationExchange | undefined {
  return request === undefined || request === null ? undefined : (request as WithExchange)[EXCHANGE]
}

/** The verified, decrypted notification of a `@WechatPayNotification()` request (undefined before the guard ran). */
export function getNotificationEvent<Resource = unknown>(
  request: NotificationHttpRequest,
): VerifiedNotification<Resource> | undefined {
  return exchangeOf(request)?.event as VerifiedNotification<Resource> | undefined
}
