// Every export is named here on purpose: this file is the package's public contract.
export {
  isSignatureVerificationError,
  isWechatPayError,
  type SignatureVerificationCode,
  SignatureVerificationError,
  WechatPayError,
} from '@core/signer'
export type { ChainNode, ChainVerbs } from './chain.js'
export {
  type ApiResponse,
  createClient,
  type RefreshedCertificate,
  type WechatPayClient,
  type WechatPayClientMethods,
} from './client.js'
export {
  BACKUP_BASE_URL,
  CERTIFICATES_PATH,
  DEFAULT_BASE_URL,
  DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS,
  DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS,
  DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  DEFAULT_SIGNING_MODE,
  DEFAULT_TIMEOUTS,
  IMAGE_UPLOAD_PATH,
  MAX_IMAGE_BYTES,
  type RetryOptions,
  type SigningMode,
  type Timeouts,
  UNSIGNED_RESPONSE_PATHS,
  VERSION,
} from './constants.js'
export type { DownloadDigest, DownloadOptions, DownloadResponse } from './download.js'
export {
  ApiError,
  type ApiErrorOptions,
  type CallContext,
  type DigestAlgorithm,
  IntegrityError,
  isApiError,
  isIntegrityError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
  type NetworkCode,
  NetworkError,
  type ResponseSignatureError,
  type TimeoutCode,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
} from './errors.js'
export { IMAGE_UPLOAD_RULES, type ImageType, sniffImageType } from './image.js'
export type {
  AutoRefreshOptions,
  CallOptions,
  ClientHooks,
  ClientOptions,
  ErrorEvent,
  HttpMethod,
  RequestEvent,
  RequestOptions,
  ResponseEvent,
  RetryEvent,
  UploadImageOptions,
} from './options.js'
export type { PathParams, Query, QueryValue } from './path.js'
