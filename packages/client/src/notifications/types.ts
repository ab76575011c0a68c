import type { HeadersInput, KeyInput, PlatformKeys, VerifiedNotification } from '@core/signer'
import type { DedupeStore } from './dedupe.js'

/**
 * What the handler needs from a `@core/client` client: verification with the client's platform keys (and its
 * certificate auto-refresh on an unknown serial). Typed structurally so any object with this method fits.
 */
export interface NotificationVerifier {
  verifyNotification(input: {
    headers: HeadersInput
    body: string | Uint8Array
  }): Promise<VerifiedNotification<unknown>>
}

/** Verify with fixed keys, or with a client's key store (`{ client }`). */
export type NotificationSource =
  | {
      /** WeChat Pay platform certificates and/or public keys (`PUB_KEY_ID_…`) by serial. */
      platformKeys: PlatformKeys | Record<string, KeyInput>
      /** The 32-byte APIv3 key that decrypts `resource`. */
      apiv3Key: string | Uint8Array
    }
  | { client: NotificationVerifier }

/** Why a delivery got the answer it got. */
export type NotificationOutcome =
  | 'handled'
  | 'duplicate'
  | 'in-progress'
  | 'invalid'
  | 'rejected'
  | 'too-large'
  | 'failed'
  | 'misconfigured'

export type NotificationStatus = 204 | 400 | 401 | 409 | 413 | 500

export interface NotificationFailureBody {
  code: 'FAIL'
  message: string
}

/** The HTTP answer to send, framework-neutral. */
export interface NotificationResult {
  status: NotificationStatus
  headers: Record<string, string>
  /** Absent for 204; otherwise WeChat Pay's `{"code":"FAIL","message":…}`, which makes it redeliver later. */
  body?: NotificationFailureBody
  outcome: NotificationOutcome
  /** The notification id once the signature verified. */
  id?: string
  /** The underlying error of a non-2xx answer (for logs; the `body.message` sent out is deliberately short). */
  error?: unknown
}

export interface NotificationErrorInfo {
  status: NotificationStatus
  outcome: NotificationOutcome
  id?: string
}

export interface NotificationHandlerOptions<Resource = unknown, Context = undefined> {
  /**
   * Your business logic, called once per notification id with the verified, decrypted event. Throw to answer 500 so
   * WeChat Pay redelivers later.
   */
  onNotification: (event: VerifiedNotification<Resource>, context: Context) => unknown
  /**
   * Largest accepted |now − Wechatpay-Timestamp| (default 300 s). With `{ client }` the client's own setting applies
   * (`createClient({ maxSkewSeconds })`).
   */
  maxSkewSeconds?: number
  /**
   * Millisecond clock (the shape of `Date.now`); inject it in tests or to replay recorded callbacks. With
   * `{ client }` verification uses the client's clock (`createClient({ clock })`); this one then only ages dedupe
   * entries of the default memory store.
   */
  clock?: () => number
  /** Where handled ids are remembered (default: a new {@link MemoryDedupeStore}). Share one across instances. */
  dedupe?: DedupeStore
  /** Default {@link DEFAULT_NOTIFICATION_MAX_BODY_BYTES}. */
  maxBodyBytes?: number
  /** How long a handled id is remembered (default {@link DEFAULT_DEDUPE_TTL_SECONDS}). */
  ttlSeconds?: number
  /** How long a delivery in progress holds its id (default {@link DEFAULT_PROCESSING_TTL_SECONDS}). */
  processingTtlSeconds?: number
  /**
   * Called for every non-2xx answer and for a dedupe store failure after success. Default: 5xx answers are written
   * to `console.error` (4xx are WeChat-side or forged deliveries, not your bugs).
   */
  onError?: (error: unknown, info: NotificationErrorInfo) => void
}

export interface NotificationRequest<Context = undefined> {
  headers: HeadersInput
  /** The raw body exactly as received. A parsed object is refused with a configuration error (500). */
  body: string | Uint8Array
  /** Handed to `onNotification` as its second argument (e.g. the framework's request). */
  context?: Context
}

export interface NotificationHandler<Context = undefined> {
  /** Verifies, dedupes and dispatches one delivery; never throws. */
  handle(request: NotificationRequest<Context>): Promise<NotificationResult>
  readonly maxBodyBytes: number
  readonly dedupe: DedupeStore
}
