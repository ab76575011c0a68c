import type { VerifiedNotification } from '@core/client/notifications'
import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  HttpCode,
  Inject,
  SetMetadata,
  type Type,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common'
import { WechatPayNotificationFilter } from './filter.js'
import { WechatPayNotificationGuard } from './guard.js'
import { WechatPayNotificationInterceptor } from './interceptor.js'
import { markFastifyRoute, NOTIFICATION_ROUTE } from './refused-body.js'
import { getNotificationEvent, type NotificationHttpRequest } from './request.js'
import { WECHATPAY_CLIENT } from './tokens.js'

/** Injects the module's `@core/client` `WechatPayClient`. */
export function InjectWechatPayClient(): PropertyDecorator & ParameterDecorator {
  return Inject(WECHATPAY_CLIENT)
}

export interface WechatPayNotificationRouteOptions {
  /** A subclass of {@link WechatPayNotificationGuard} with your hooks (default: the guard itself). */
  guard?: Type<WechatPayNotificationGuard>
}

/**
 * Makes a POST route a WeChat Pay callback endpoint: the guard verifies the raw body and dedupes by notification id,
 * the controller runs once per id with the event in `@NotificationEvent()`, and WeChat Pay gets its ack — 204 when
 * the method returns, 500 `{"code":"FAIL"}` when it throws (WeChat Pay redelivers), 401 for forged deliveries and
 * probes, 400 for malformed ones. Needs `NestFactory.create(AppModule, { rawBody: true })`.
 * @example
 * ```ts
 * @Controller('wechatpay')
 * class NotifyController {
 *   @Post('notify')
 *   @WechatPayNotification()
 *   async handle(@NotificationEvent(parseCouponSendNotification) event: CouponSendEvent) {
 *     await this.coupons.recordIssued(event.resource.coupon_code)
 *   }
 * }
 * ```
 */
export function WechatPayNotification(options: WechatPayNotificationRouteOptions = {}): MethodDecorator {
  return applyDecorators(
    // Marks the route for the module's hooks that answer bodies Nest refuses before the route runs.
    SetMetadata(NOTIFICATION_ROUTE, true),
    markFastifyRoute(),
    HttpCode(204),
    UseGuards(options.guard ?? WechatPayNotificationGuard),
    UseInterceptors(WechatPayNotificationInterceptor),
    UseFilters(WechatPayNotificationFilter),
  )
}

/**
 * The verified, decrypted notification of a `@WechatPayNotification()` route. Pass a parser to check and type it,
 * e.g. `@NotificationEvent(parseCouponSendNotification) event: CouponSendEvent` (a parser that throws answers 500).
 */
export const NotificationEvent: (parse?: (event: VerifiedNotification) => unknown) => ParameterDecorator =
  createParamDecorator((parse: ((event: VerifiedNotification) => unknown) | undefined, context: ExecutionContext) => {
    const event = getNotificationEvent(context.switchToHttp().getRequest<NotificationHttpRequest>())
    if (event === undefined || typeof parse !== 'function') return event
    return parse(event)
  })
