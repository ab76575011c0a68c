// Every export is named here on purpose: this file is the package's public contract.
import './types.js'

export {
  createNotificationHandler,
  DEFAULT_DEDUPE_TTL_SECONDS,
  DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES,
  DEFAULT_NOTIFICATION_MAX_BODY_BYTES,
  DEFAULT_PROCESSING_TTL_SECONDS,
  type DedupeStore,
  isNotificationConfigurationError,
  MemoryDedupeStore,
  type MemoryDedupeStoreOptions,
  type NotificationConfigurationCode,
  NotificationConfigurationError,
  type NotificationErrorInfo,
  type NotificationOutcome,
  type NotificationResult,
  type VerifiedNotification,
} from '@core/client/notifications'
export { type WechatpayOptions, wechatpay } from './client.js'
export {
  EXPRESS_RAW_BODY_HINT,
  type WechatpayNotificationsOptions,
  wechatpayNotifications,
} from './notifications.js'
