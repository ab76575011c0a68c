// `@core/client/notifications`: the framework-neutral core of a WeChat Pay callback endpoint, shared by the
// Express and NestJS adapters. Every export is named here on purpose: this file is the subpath's public contract.
export type { VerifiedNotification } from '@core/signer'
export {
  DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES,
  DEFAULT_REDIS_DEDUPE_PREFIX,
  type DedupeStore,
  MemoryDedupeStore,
  type MemoryDedupeStoreOptions,
  type RedisDedupeClient,
  RedisDedupeStore,
  type RedisDedupeStoreOptions,
} from './notifications/dedupe.js'
export {
  bodyAlreadyParsed,
  isNotificationConfigurationError,
  type NotificationConfigurationCode,
  NotificationConfigurationError,
  RAW_BODY_HINT,
} from './notifications/errors.js'
export {
  createNotificationHandler,
  DEFAULT_DEDUPE_TTL_SECONDS,
  DEFAULT_NOTIFICATION_MAX_BODY_BYTES,
  DEFAULT_PROCESSING_TTL_SECONDS,
  notificationFailure,
} from './notifications/handler.js'
export type {
  NotificationErrorInfo,
  NotificationFailureBody,
  NotificationHandler,
  NotificationHandlerOptions,
  NotificationOutcome,
  NotificationRequest,
  NotificationResult,
  NotificationSource,
  NotificationStatus,
  NotificationVerifier,
} from './notifications/types.js'
