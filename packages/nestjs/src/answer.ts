import type { NotificationResult } from '@core/client/notifications'
import { HttpException } from '@nestjs/common'

/**
 * The answer to a callback delivery, thrown so that Nest skips the controller (or its result) and the module's
 * {@link WechatPayNotificationFilter} writes it: 204 for a duplicate, 4xx/5xx with `{"code":"FAIL","message":…}` so
 * WeChat Pay redelivers. An `HttpException`, so even another filter answers with the right status and body.
 */
export class WechatPayNotificationAnswer extends HttpException {
  readonly result: NotificationResult

  constructor(result: NotificationResult) {
    super(result.body ?? { code: 'SUCCESS' }, result.status, result.error === undefined ? {} : { cause: result.error })
    this.result = result
  }
}
