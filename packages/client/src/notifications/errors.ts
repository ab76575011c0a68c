import { isWechatPayError, WechatPayError } from '@core/signer'

export type NotificationConfigurationCode = 'BODY_ALREADY_PARSED' | 'BODY_NOT_RAW' | 'INVALID_OPTIONS'

/**
 * The notification endpoint is set up wrongly: a body parser ran first, or the options are invalid. Nothing WeChat Pay
 * sends can fix it, so the message says what to change in the application.
 */
export class NotificationConfigurationError extends WechatPayError {
  override readonly name = 'NotificationConfigurationError' as const
  declare readonly code: NotificationConfigurationCode
  /** HTTP status an adapter answers with (500, so WeChat Pay retries once the application is fixed). */
  readonly status = 500
}

export function isNotificationConfigurationError(error: unknown): error is NotificationConfigurationError {
  // Brand-based like the signer's guards, so it works across duplicate copies of the package.
  return isWechatPayError(error) && error.name === 'NotificationConfigurationError'
}

/** How to pass the raw body with each framework; shared by every adapter's message. */
export const RAW_BODY_HINT =
  "Express: mount the notification route before express.json(), or use express.raw({ type: 'application/json' }) on it; NestJS: NestFactory.create(AppModule, { rawBody: true }) and pass req.rawBody."

export function bodyAlreadyParsed(prefix: string, hint: string = RAW_BODY_HINT): NotificationConfigurationError {
  return new NotificationConfigurationError(
    `${prefix}: the callback body was already parsed into an object by a body parser, so its signature cannot be checked (signatures cover the exact bytes received; re-serializing changes them). ${hint}`,
    { code: 'BODY_ALREADY_PARSED' },
  )
}

export function bodyNotRaw(prefix: string, what: string): NotificationConfigurationError {
  return new NotificationConfigurationError(
    `${prefix}: the callback body is ${what}; pass the raw bytes exactly as received (a string or Buffer).`,
    { code: 'BODY_NOT_RAW' },
  )
}

export function invalidOptions(message: string): never {
  throw new NotificationConfigurationError(`@core/client: ${message}`, { code: 'INVALID_OPTIONS' })
}
