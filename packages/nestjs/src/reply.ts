import type { NotificationResult } from '@core/client/notifications'
import type { AbstractHttpAdapter } from '@nestjs/core'

/** A callback answer: 204 without a body, or the status with WeChat Pay's `{"code":"FAIL","message":…}`. */
export type NotificationAnswer = Pick<NotificationResult, 'headers' | 'body'> & { status: number }

/** Writes a callback answer through Nest's HTTP adapter, the same way on Express and Fastify. */
export function sendNotificationAnswer(
  adapter: AbstractHttpAdapter,
  response: unknown,
  answer: NotificationAnswer,
): void {
  if (adapter.isHeadersSent(response)) return
  for (const [name, value] of Object.entries(answer.headers)) adapter.setHeader(response, name, value)
  adapter.reply(response, answer.body, answer.status)
}
