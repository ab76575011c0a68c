// Every export is named here on purpose: this file is the package's public contract.
export {
  DELIVERY_RESPONSE_LIMIT,
  type DeliveryAttempt,
  type NotificationRecord,
  type NotificationState,
  type WaitForNotificationFilter,
} from './callback-types.js'
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
  PAY_CALLBACK_RETRY_DELAYS_MS,
} from './constants.js'
export { CERTIFICATES_ENDPOINT } from './engine/certificates.js'
export {
  REFUSAL_BODY_LIMIT,
  type RefusedBody,
  type RefusedCheck,
  type SignatureRefusal,
} from './engine/refusal.js'
export { sandboxEnv } from './env.js'
export { isSandboxError, SandboxError, type SandboxErrorCode } from './errors.js'
export { SANDBOX_EXAMPLES } from './families/busifavor/examples.js'
export {
  type BusifavorSandbox,
  type BusifavorViews,
  busifavorSandbox,
  type CouponFilter,
} from './families/busifavor/index.js'
export type { BusifavorSeed, SeedCouponInput, SeedStockInput } from './families/busifavor/seed.js'
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
} from './families/busifavor/types.js'
export { BILL_URL_TTL_MS, FEE_RATE } from './families/pay/bills.js'
export {
  createPaySandbox,
  DEFAULT_REFUND_SETTLE_AFTER_MS,
  type OrderFilter,
  type PayExports,
  type PaySandbox,
  type PaySandboxOptions,
  type PayViews,
  paySandbox,
  type RefundFilter,
} from './families/pay/index.js'
export { ORDER_TRANSITIONS, type OrderAction } from './families/pay/order-machine.js'
export { REFUND_TRANSITIONS, type RefundAction } from './families/pay/refund-machine.js'
export type { PaySeed, SeedOrderInput, SeedRefundInput } from './families/pay/seed.js'
export type { PayInput } from './families/pay/state.js'
export type {
  OrderSnapshot,
  PrepayAnswer,
  RefundSnapshot,
  RefundStatus,
  TradeState,
  TradeType,
} from './families/pay/types.js'
export {
  AdminFile,
  type AdminRoute,
  type AnySandboxFamily,
  type DownloadRoute,
  defineSandboxFamily,
  type FamilyContext,
  type FamilyHandlers,
  type Handler,
  type HandlerAnswer,
  type HandlerContext,
  type IdempotencyScope,
  type OutgoingNotification,
  type SandboxFamily,
  type ScheduledRun,
} from './family.js'
export type { FaultSettings } from './faults.js'
export { type GeneratedSandboxKeys, generateSandboxKeys, type SandboxKeys, type SandboxMode } from './keys.js'
export type { MultipartPart } from './multipart.js'
export type { SandboxOptions } from './options.js'
export { ApiProblem, invalidRequest, notExists, paramError, type WechatErrorBody } from './problem.js'
export { RequestLog, type RequestLogEntry } from './request-log.js'
export { startSandbox } from './sandbox.js'
export type {
  DefaultFamilies,
  Sandbox,
  SandboxCallbacks,
  SandboxFaults,
  SandboxMerchant,
  SandboxPlatform,
  SandboxSeed,
  SandboxState,
} from './sandbox-types.js'
