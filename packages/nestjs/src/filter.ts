import {
  isNotificationConfigurationError,
  type NotificationErrorInfo,
  type NotificationResult,
  notificationFailure,
} from '@core/client/notifications'
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common'
import { HttpAdapterHost } from '@nestjs/core'
import { WechatPayNotificationAnswer } from './answer.js'
import { WechatPayNotifications } from './notifications.js'
import { type NotificationAnswer, sendNotificationAnswer } from './reply.js'
import { exchangeOf, type NotificationHttpRequest } from './request.js'

/**
 * Writes every answer of a `@WechatPayNotification()` route in WeChat Pay's format, on Express and Fastify alike:
 * 204 without a body, or the status with `{"code":"FAIL","message":…}` — the same acks as `@adapters/express`.
 * It also catches what else goes wrong on the route (a misconfiguration is 500, another guard's `HttpException`
 * keeps its status), so WeChat Pay never sees Nest's default error body.
 */
@Catch()
export class WechatPayNotificationFilter implements ExceptionFilter {
  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(WechatPayNotifications) private readonly notifications: WechatPayNotifications,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void | Promise<void> {
    const http = host.switchToHttp()
    const response = http.getResponse<unknown>()
    if (exception instanceof WechatPayNotificationAnswer) return this.#send(response, exception.result)
    const exchange = exchangeOf(http.getRequest<NotificationHttpRequest>())
    if (exchange !== undefined && !exchange.settled) {
      // Failed after the guard claimed the id but outside the controller (another guard, a global interceptor):
      // release the id through the core, which reports it, so the redelivery runs the controller. An HttpException
      // keeps its own status.
      exchange.fail(exception)
      return exchange.result.then(
        (result) => this.#send(response, exception instanceof HttpException ? this.#answerFor(exception) : result),
        () => this.#send(response, notificationFailure(500, 'failed', 'internal error; retry later')),
      )
    }
    const answer = this.#answerFor(exception)
    const info: NotificationErrorInfo = {
      status: answer.status as NotificationErrorInfo['status'],
      outcome: answer.outcome,
      ...(exchange?.event === undefined ? {} : { id: exchange.event.id }),
    }
    this.notifications.report(exception, info)
    this.#send(response, answer)
  }

  #answerFor(exception: unknown): NotificationAnswer & Pick<NotificationResult, 'outcome'> {
    if (isNotificationConfigurationError(exception))
      return notificationFailure(500, 'misconfigured', 'notification endpoint misconfigured', exception)
    if (exception instanceof HttpException) {
      const status = exception.getStatus()
      return {
        ...notificationFailure(500, status < 500 ? 'rejected' : 'failed', exception.message),
        status,
      }
    }
    return notificationFailure(500, 'failed', 'internal error; retry later', exception)
  }

  #send(response: unknown, answer: NotificationAnswer): void {
    sendNotificationAnswer(this.adapterHost.httpAdapter, response, answer)
  }
}
