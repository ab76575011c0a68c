import { bodyAlreadyParsed, NotificationConfigurationError, notificationFailure } from '@core/client/notifications'
import type { HeadersInput } from '@core/signer'
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common'
import { WechatPayNotificationAnswer } from './answer.js'
import { type NotificationDelivery, type NotificationExchange, WechatPayNotifications } from './notifications.js'
import { attachExchange, type NotificationHttpRequest } from './request.js'

/** How to get the raw body in Nest; the exact wording users see when it is missing. */
export const NEST_RAW_BODY_HINT =
  'Fix: create the application with NestFactory.create(AppModule, { rawBody: true }) (Fastify: NestFactory.create(AppModule, new FastifyAdapter(), { rawBody: true })), so Nest keeps req.rawBody next to the parsed JSON; signatures cover the exact bytes received.'

/** The configuration error for a request whose raw body Nest did not keep. */
export function rawBodyNotKept(raw: unknown): NotificationConfigurationError {
  return new NotificationConfigurationError(
    `@adapters/nestjs: the callback's raw body is not available (req.rawBody is ${raw === null ? 'null' : typeof raw}). ${NEST_RAW_BODY_HINT}`,
    { code: 'BODY_NOT_RAW' },
  )
}

function header(headers: NotificationHttpRequest['headers'], name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())
}

/**
 * Guards a WeChat Pay callback route (`@WechatPayNotification()` applies it): verifies the signature over the raw
 * body (skew, probe, unknown serial), decrypts `resource`, claims the notification id in the dedupe store, and lets
 * the controller run only for a new, genuine delivery. Every other delivery is answered at once (401 forged, 400
 * malformed, 204 duplicate, 409 in progress, 413 too large) through {@link WechatPayNotificationAnswer}.
 *
 * The hooks are `protected` so you can adapt it, e.g. where the raw body comes from; pass your subclass as
 * `@WechatPayNotification({ guard: MyGuard })`.
 */
@Injectable()
export class WechatPayNotificationGuard implements CanActivate {
  constructor(@Inject(WechatPayNotifications) protected readonly notifications: WechatPayNotifications) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = this.getRequest(context)
    const delivery: NotificationDelivery = { headers: this.getHeaders(request), body: this.getRawBody(request) }
    const start = await this.notifications.begin(delivery)
    if ('answer' in start) throw new WechatPayNotificationAnswer(start.answer)
    attachExchange(request, start.exchange)
    this.releaseIfAbandoned(context, start.exchange)
    return true
  }

  /** The HTTP request (Express `Request` or Fastify `FastifyRequest`). */
  protected getRequest(context: ExecutionContext): NotificationHttpRequest {
    return context.switchToHttp().getRequest<NotificationHttpRequest>()
  }

  /** The `Wechatpay-*` headers. */
  protected getHeaders(request: NotificationHttpRequest): HeadersInput {
    return request.headers
  }

  /**
   * The body exactly as received: `req.rawBody`, which Nest keeps when the app is created with `{ rawBody: true }`.
   * @throws {NotificationConfigurationError} when it is missing (answered 500 so WeChat Pay redelivers after the
   * fix); the message says how to fix it.
   * @throws {WechatPayNotificationAnswer} 400 for a body that is not JSON (no WeChat Pay callback).
   */
  protected getRawBody(request: NotificationHttpRequest): string | Uint8Array {
    const raw = request.rawBody
    if (typeof raw === 'string' || raw instanceof Uint8Array) return raw
    const { headers } = request
    // No body at all: the raw body is empty, and the core answers that as an unsigned delivery.
    if (header(headers, 'transfer-encoding') === undefined && Number(header(headers, 'content-length') ?? 0) === 0)
      return ''
    // Nest parses (and keeps raw) JSON only; WeChat Pay always posts JSON, so another type is no callback of theirs.
    if (!isJson(header(headers, 'content-type'))) {
      throw new WechatPayNotificationAnswer(
        notificationFailure(400, 'invalid', 'a WeChat Pay callback is application/json'),
      )
    }
    const body = request.body
    if (typeof body === 'object' && body !== null) throw bodyAlreadyParsed('@adapters/nestjs', NEST_RAW_BODY_HINT)
    throw rawBodyNotKept(raw)
  }

  /**
   * If the response ends before the controller started (another interceptor answered from a cache, say), releases
   * the notification id so a redelivery runs the handler; otherwise the claim would hold until it expires.
   */
  protected releaseIfAbandoned(context: ExecutionContext, exchange: NotificationExchange): void {
    const response = context.switchToHttp().getResponse<{ raw?: unknown }>()
    const raw = (response?.raw ?? response) as { once?: (event: string, listener: () => void) => unknown }
    if (typeof raw?.once !== 'function') return
    raw.once('close', () => {
      if (!exchange.settled && !exchange.running)
        exchange.fail(new Error('@adapters/nestjs: the response ended before the notification handler ran'))
    })
  }
}
