import { NotificationConfigurationError } from '@core/client/notifications'
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common'
import { from, lastValueFrom, type Observable } from 'rxjs'
import { WechatPayNotificationAnswer } from './answer.js'
import type { NotificationExchange } from './notifications.js'
import { exchangeOf, type NotificationHttpRequest } from './request.js'

/**
 * Runs the controller of a verified delivery and reports its outcome to the core handler: success marks the id
 * handled and answers 204 (the controller's return value is ignored); a throw releases the id and answers 500 so
 * WeChat Pay redelivers. Applied by `@WechatPayNotification()` after the guard.
 */
@Injectable()
export class WechatPayNotificationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<undefined> {
    const exchange = exchangeOf(context.switchToHttp().getRequest<NotificationHttpRequest>())
    if (exchange === undefined) {
      throw new NotificationConfigurationError(
        '@adapters/nestjs: WechatPayNotificationInterceptor found no verified notification; put @WechatPayNotification() on the route instead of the interceptor alone.',
        { code: 'INVALID_OPTIONS' },
      )
    }
    exchange.start()
    return from(this.#complete(exchange, next))
  }

  async #complete(exchange: NotificationExchange, next: CallHandler): Promise<undefined> {
    try {
      await lastValueFrom(next.handle(), { defaultValue: undefined })
      exchange.succeed()
    } catch (error) {
      exchange.fail(error)
    }
    const result = await exchange.result
    // 204 goes out through the route's @HttpCode(204); anything else through the filter.
    if (result.status === 204) return undefined
    throw new WechatPayNotificationAnswer(result)
  }
}
