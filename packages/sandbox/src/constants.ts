import { IMAGE_UPLOAD_RULES } from '@core/client/image'

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
/**
 * Busifavor callbacks (and any notification without a schedule of its own): the first attempt plus 10 retries one
 * minute apart (11 in total, per wechatpay.im).
 */
export const DEFAULT_CALLBACK_RETRY_DELAYS_MS: readonly number[] = Object.freeze(
  Array.from({ length: 10 }, () => 60_000),
)
/**
 * Payment and refund callbacks (TRANSACTION.SUCCESS, REFUND.*): WeChat Pay's own schedule after a failed delivery,
 * 15 s, 15 s, 30 s, 3 min, 10 min, 20 min, 30 min × 3, 60 min, 3 h × 3, 6 h × 2 (protocol.md §6).
 */
export const PAY_CALLBACK_RETRY_DELAYS_MS: readonly number[] = Object.freeze(
  [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10_800, 10_800, 10_800, 21_600, 21_600].map((s) => s * 1000),
)
/** How long a callback receiver may take before the attempt counts as failed. */
export const DEFAULT_CALLBACK_TIMEOUT_MS = 5_000
/** Oldest request-log entries are dropped beyond this, so long benchmark runs keep a flat memory profile. */
export const DEFAULT_REQUEST_LOG_LIMIT = 10_000
/** Image uploads are at most 2 MB plus the multipart envelope. */
export const DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024
/** WeChat Pay closes idle keep-alive connections after about 8 s; the sandbox does the same. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 8_000
/** A client must send its request headers within this (Node's default is 60 s); slower ones get 408 and a close. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000
/**
 * A client must send its whole request (headers and body) within this (Node's default is 300 s), so a body dripped a
 * byte at a time cannot hold a connection open. The time the sandbox takes to answer does not count.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000
/** How often the server checks the two timeouts above (at most; shorter when a timeout is shorter). */
export const CONNECTIONS_CHECK_INTERVAL_MS = 1_000
/** Admin request bodies (faults, seeds) are a few hundred bytes; larger ones get 413 and the connection is closed. */
export const DEFAULT_ADMIN_MAX_BODY_BYTES = 1024 * 1024
/**
 * Deepest object/array nesting of any JSON the sandbox parses (API and admin bodies): WeChat Pay's bodies nest a
 * few levels. Deeper input is refused with a 400 before parsing, so nothing downstream recurses through it.
 */
export const MAX_JSON_DEPTH = 64
/** Admin routes (faults, state, seeding) live under this prefix and are neither signed nor logged. */
export const ADMIN_PREFIX = '/__sandbox'
/** Image uploads larger than this are refused, as WeChat Pay does. */
export const MAX_IMAGE_BYTES: number = IMAGE_UPLOAD_RULES.maxBytes
/**
 * Notification hosts of documentation examples: WeChat Pay's own and the RFC 2606 example domains (the pay examples'
 * `https://www.example.com/wechatpay/notify`). Recorded, never posted to.
 */
export const BLOCKED_CALLBACK_HOST_SUFFIXES: readonly string[] = Object.freeze([
  'weixin.qq.com',
  'wechatpay.cn',
  'qq.com',
  'example.com',
  'example.net',
  'example.org',
])
/** Business request-nos remembered for idempotent replay; the oldest are forgotten beyond this (long load tests). */
export const IDEMPOTENCY_RECORDS_LIMIT = 200_000
