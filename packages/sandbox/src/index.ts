// Every export is named here on purpose: this file is the package's public contract.
export type { DeliveryAttempt, NotificationRecord, NotificationState, WaitForNotificationFilter } from './callbacks.js'
export {
  ADMIN_PREFIX,
  BLOCKED_CALLBACK_HOST_SUFFIXES,
  DEFAULT_ADMIN_MAX_BODY_BYTES,
  DEFAULT_APPID,
  DEFAULT_CALLBACK_RETRY_DELAYS_MS,
  DEFAULT_CALLBACK_TIMEOUT_MS,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_HOST,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_SKEW_SECONDS,
  DEFAULT_MCHID,
  DEFAULT_MODE,
  DEFAULT_OPENID,
  DEFAULT_PORT,
  DEFAULT_REQUEST_LOG_LIMIT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  IDEMPOTENCY_RECORDS_LIMIT,
  MAX_IMAGE_BYTES,
  MAX_JSON_DEPTH,
} from './constants.js'
export { CERTIFICATES_ENDPOINT } from './engine.js'
export { isSandboxError, SandboxError, type SandboxErrorCode } from './errors.js'
export { SANDBOX_EXAMPLES } from './examples.js'
export type { FaultSettings } from './faults.js'
export { type GeneratedSandboxKeys, generateSandboxKeys, type SandboxKeys, type SandboxMode } from './keys.js'
export type { SandboxOptions } from './options.js'
export { RequestLog, type RequestLogEntry } from './request-log.js'
export {
  type CouponFilter,
  type Sandbox,
  type SandboxCallbacks,
  type SandboxFaults,
  type SandboxMerchant,
  type SandboxPlatform,
  type SandboxState,
  startSandbox,
} from './sandbox.js'
export type { SandboxSeed, SeedCouponInput, SeedStockInput } from './seed.js'
export type {
  CouponCodeMode,
  CouponCodeSnapshot,
  CouponSnapshot,
  CouponState,
  StockSnapshot,
  StockState,
  StockType,
  SubsidyPayReceipt,
  SubsidyReturnReceipt,
} from './state.js'
