// Every export is named here on purpose: this file is the package's public contract.
export type { Busifavor, CouponSendEvent } from '@api/busifavor'
export type { WechatPayClient } from '@core/client'
export {
  DEFAULT_DEDUPE_TTL_SECONDS,
  DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES,
  DEFAULT_NOTIFICATION_MAX_BODY_BYTES,
  DEFAULT_PROCESSING_TTL_SECONDS,
  DEFAULT_REDIS_DEDUPE_PREFIX,
  type DedupeStore,
  isNotificationConfigurationError,
  MemoryDedupeStore,
  type MemoryDedupeStoreOptions,
  type NotificationConfigurationCode,
  NotificationConfigurationError,
  type NotificationErrorInfo,
  type NotificationOutcome,
  type NotificationResult,
  type RedisDedupeClient,
  RedisDedupeStore,
  type RedisDedupeStoreOptions,
  type VerifiedNotification,
} from '@core/client/notifications'
export { WechatPayNotificationAnswer } from './answer.js'
export { BusifavorService } from './busifavor.service.js'
export {
  InjectWechatPayClient,
  NotificationEvent,
  WechatPayNotification,
  type WechatPayNotificationRouteOptions,
} from './decorators.js'
export { WechatPayNotificationFilter } from './filter.js'
export { NEST_RAW_BODY_HINT, WechatPayNotificationGuard } from './guard.js'
export { WechatPayNotificationInterceptor } from './interceptor.js'
export { WechatPayModule } from './module.js'
export {
  type NotificationDelivery,
  NotificationExchange,
  type NotificationStart,
  WechatPayNotifications,
} from './notifications.js'
export type {
  WechatPayModuleAsyncOptions,
  WechatPayModuleOptions,
  WechatPayModuleRootOptions,
  WechatPayNotificationsOptions,
  WechatPayOptionsFactory,
} from './options.js'
export { getNotificationEvent, type NotificationHttpRequest } from './request.js'
export { getWechatPayClientToken, getWechatPayOptionsToken } from './tokens.js'
