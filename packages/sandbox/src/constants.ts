/** Loopback only by default: the sandbox's admin routes are unauthenticated. */
export const DEFAULT_HOST = '127.0.0.1'
/** 0 lets the OS pick a free port; read it back from `sb.url`. */
export const DEFAULT_PORT = 0
export const DEFAULT_MODE = 'public-key'
/** The merchant id used throughout WeChat Pay's own documentation. */
export const DEFAULT_MCHID = '1900000001'
/** The appid and openid used when a seed helper is not given one. */
export const DEFAULT_APPID = 'wxd678efh567hg6787'
export const DEFAULT_OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'
/** WeChat Pay's documented request timestamp tolerance. */
export const DEFAULT_MAX_SKEW_SECONDS = 300
/** Busifavor callbacks: the first attempt plus 10 retries one minute apart (11 in total, per wechatpay.im). */
export const DEFAULT_CALLBACK_RETRY_DELAYS_MS: readonly number[] = Object.freeze(
  Array.from({ length: 10 }, () => 60_000),
)
/** How long a callback receiver may take before the attempt counts as failed. */
export const DEFAULT_CALLBACK_TIMEOUT_MS = 5_000
/** Oldest request-log entries are dropped beyond this, so long benchmark runs keep a flat memory profile. */
export const DEFAULT_REQUEST_LOG_LIMIT = 10_000
/** Image uploads are at most 2 MB plus the multipart envelope. */
export const DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024
/** WeChat Pay closes idle keep-alive connections after about 8 s; the sandbox does the same. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 8_000
/** Admin routes (faults, state, seeding) live under this prefix and are neither signed nor logged. */
export const ADMIN_PREFIX = '/__sandbox'
/** Image uploads larger than this are refused, as WeChat Pay does. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024
/** Notification hosts that are WeChat Pay's own (documentation examples): recorded, never posted to. */
export const BLOCKED_CALLBACK_HOST_SUFFIXES: readonly string[] = Object.freeze([
  'weixin.qq.com',
  'wechatpay.cn',
  'qq.com',
])
/** Business request-nos remembered for idempotent replay; the oldest are forgotten beyond this (long load tests). */
export const IDEMPOTENCY_RECORDS_LIMIT = 200_000
