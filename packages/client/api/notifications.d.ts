import { WechatPayError, HeadersInput, VerifiedNotification, PlatformKeys, KeyInput } from '@core/signer';
export { VerifiedNotification } from '@core/signer';

/**
 * Where notification ids are remembered so a redelivered callback is not applied twice. Methods may return values
 * or promises. TTLs are milliseconds.
 */
interface DedupeStore {
    get(key: string): Promise<string | undefined> | string | undefined;
    set(key: string, value: string, ttlMs: number): Promise<void> | void;
    /** Sets `key` only when it has no live value; resolves `true` when this call set it. Must be atomic. */
    setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> | boolean;
    delete(key: string): Promise<void> | void;
}
/** Entries the memory store keeps before evicting the oldest (about 10 MB of ids). */
declare const DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES = 100000;
interface MemoryDedupeStoreOptions {
    /** Evict the oldest entries beyond this many (default {@link DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES}). */
    maxEntries?: number;
    /** Millisecond clock (the shape of `Date.now`); inject it in tests. */
    clock?: () => number;
}
/**
 * A single-process store: ids are forgotten after their TTL or when more than `maxEntries` are kept. Use a shared
 * store such as {@link RedisDedupeStore} when several instances sit behind a load balancer.
 */
declare class MemoryDedupeStore implements DedupeStore {
    #private;
    constructor(options?: MemoryDedupeStoreOptions);
    get size(): number;
    get(key: string): string | undefined;
    set(key: string, value: string, ttlMs: number): void;
    setIfAbsent(key: string, value: string, ttlMs: number): boolean;
    delete(key: string): void;
}
/**
 * The few Redis commands the store sends, typed structurally so `@core/client` needs no Redis dependency. An
 * `ioredis` client (or `Cluster`) fits as is.
 */
interface RedisDedupeClient {
    set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number, nx: 'NX'): Promise<'OK' | null>;
    set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number): Promise<'OK'>;
    get(key: string): Promise<string | null>;
    del(key: string): Promise<number>;
}
/** Prefix of every key the Redis store writes, so its keys are easy to find and never collide with the app's. */
declare const DEFAULT_REDIS_DEDUPE_PREFIX = "wechatpay:notification:";
interface RedisDedupeStoreOptions {
    /** An `ioredis` client (or anything with the same `set`/`get`/`del`). */
    redis: RedisDedupeClient;
    /** Key prefix (default {@link DEFAULT_REDIS_DEDUPE_PREFIX}). */
    prefix?: string;
}
/** Shares notification ids between app instances through Redis (`SET key value PX ttl NX` is the atomic claim). */
declare class RedisDedupeStore implements DedupeStore {
    #private;
    constructor(options: RedisDedupeStoreOptions);
    get(key: string): Promise<string | undefined>;
    set(key: string, value: string, ttlMs: number): Promise<void>;
    setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
    delete(key: string): Promise<void>;
}

type NotificationConfigurationCode = 'BODY_ALREADY_PARSED' | 'BODY_NOT_RAW' | 'INVALID_OPTIONS';
/**
 * The notification endpoint is set up wrongly: a body parser ran first, or the options are invalid. Nothing WeChat Pay
 * sends can fix it, so the message says what to change in the application.
 */
declare class NotificationConfigurationError extends WechatPayError {
    readonly name: "NotificationConfigurationError";
    readonly code: NotificationConfigurationCode;
    /** HTTP status an adapter answers with (500, so WeChat Pay retries once the application is fixed). */
    readonly status = 500;
}
declare function isNotificationConfigurationError(error: unknown): error is NotificationConfigurationError;
/** How to pass the raw body with each framework; shared by every adapter's message. */
declare const RAW_BODY_HINT = "Express: mount the notification route before express.json(), or use express.raw({ type: 'application/json' }) on it; NestJS: NestFactory.create(AppModule, { rawBody: true }) and pass req.rawBody.";
declare function bodyAlreadyParsed(prefix: string, hint?: string): NotificationConfigurationError;

/**
 * What the handler needs from a `@core/client` client: verification with the client's platform keys (and its
 * certificate auto-refresh on an unknown serial). Typed structurally so any object with this method fits.
 */
interface NotificationVerifier {
    verifyNotification(input: {
        headers: HeadersInput;
        body: string | Uint8Array;
    }): Promise<VerifiedNotification<unknown>>;
}
/** Verify with fixed keys, or with a client's key store (`{ client }`). */
type NotificationSource = {
    /** WeChat Pay platform certificates and/or public keys (`PUB_KEY_ID_…`) by serial. */
    platformKeys: PlatformKeys | Record<string, KeyInput>;
    /** The 32-byte APIv3 key that decrypts `resource`. */
    apiv3Key: string | Uint8Array;
} | {
    client: NotificationVerifier;
};
/** Why a delivery got the answer it got. */
type NotificationOutcome = 'handled' | 'duplicate' | 'in-progress' | 'invalid' | 'rejected' | 'too-large' | 'failed' | 'misconfigured';
type NotificationStatus = 204 | 400 | 401 | 409 | 413 | 500;
interface NotificationFailureBody {
    code: 'FAIL';
    message: string;
}
/** The HTTP answer to send, framework-neutral. */
interface NotificationResult {
    status: NotificationStatus;
    headers: Record<string, string>;
    /** Absent for 204; otherwise WeChat Pay's `{"code":"FAIL","message":…}`, which makes it redeliver later. */
    body?: NotificationFailureBody;
    outcome: NotificationOutcome;
    /** The notification id once the signature verified. */
    id?: string;
    /** The underlying error of a non-2xx answer (for logs; the `body.message` sent out is deliberately short). */
    error?: unknown;
}
interface NotificationErrorInfo {
    status: NotificationStatus;
    outcome: NotificationOutcome;
    id?: string;
}
interface NotificationHandlerOptions<Resource = unknown, Context = undefined> {
    /**
     * Your business logic, called once per notification id with the verified, decrypted event. Throw to answer 500 so
     * WeChat Pay redelivers later.
     */
    onNotification: (event: VerifiedNotification<Resource>, context: Context) => unknown;
    /**
     * Largest accepted |now − Wechatpay-Timestamp| (default 300 s). With `{ client }` the client's own setting applies
     * (`createClient({ maxSkewSeconds })`).
     */
    maxSkewSeconds?: number;
    /**
     * Millisecond clock (the shape of `Date.now`); inject it in tests or to replay recorded callbacks. With
     * `{ client }` verification uses the client's clock (`createClient({ clock })`); this one then only ages dedupe
     * entries of the default memory store.
     */
    clock?: () => number;
    /** Where handled ids are remembered (default: a new {@link MemoryDedupeStore}). Share one across instances. */
    dedupe?: DedupeStore;
    /** Default {@link DEFAULT_NOTIFICATION_MAX_BODY_BYTES}. */
    maxBodyBytes?: number;
    /** How long a handled id is remembered (default {@link DEFAULT_DEDUPE_TTL_SECONDS}). */
    ttlSeconds?: number;
    /** How long a delivery in progress holds its id (default {@link DEFAULT_PROCESSING_TTL_SECONDS}). */
    processingTtlSeconds?: number;
    /**
     * Called for every non-2xx answer and for a dedupe store failure after success. Default: 5xx answers are written
     * to `console.error` (4xx are WeChat-side or forged deliveries, not your bugs).
     */
    onError?: (error: unknown, info: NotificationErrorInfo) => void;
}
interface NotificationRequest<Context = undefined> {
    headers: HeadersInput;
    /** The raw body exactly as received. A parsed object is refused with a configuration error (500). */
    body: string | Uint8Array;
    /** Handed to `onNotification` as its second argument (e.g. the framework's request). */
    context?: Context;
}
interface NotificationHandler<Context = undefined> {
    /** Verifies, dedupes and dispatches one delivery; never throws. */
    handle(request: NotificationRequest<Context>): Promise<NotificationResult>;
    readonly maxBodyBytes: number;
    readonly dedupe: DedupeStore;
}

/** Largest callback body read (1 MB); WeChat Pay's callbacks are a few KB. Larger bodies get 413. */
declare const DEFAULT_NOTIFICATION_MAX_BODY_BYTES: number;
/** How long a handled id is remembered: WeChat Pay redelivers for about 24 h (15 s … 6 h apart), plus margin. */
declare const DEFAULT_DEDUPE_TTL_SECONDS: number;
/**
 * How long a delivery being handled holds its id. If the process dies mid-handler the claim expires and a later
 * redelivery runs the handler; keep it above your handler's longest run.
 */
declare const DEFAULT_PROCESSING_TTL_SECONDS = 60;
/** A FAIL answer; adapters use it for what they detect before calling `handle` (oversize stream, parsed body). */
declare function notificationFailure(status: Exclude<NotificationStatus, 204>, outcome: NotificationOutcome, message: string, error?: unknown, id?: string): NotificationResult;
/**
 * Builds the framework-neutral core of a callback endpoint: verify the raw body (signature, skew, probe), decrypt,
 * dedupe by notification id, call your handler, and produce WeChat Pay's answer.
 * @example
 * const notifications = createNotificationHandler({ platformKeys, apiv3Key }, {
 *   onNotification: async (event) => { await grantCoupon(event.resource) },
 * })
 * const { status, headers, body } = await notifications.handle({ headers: req.headers, body: rawBody })
 * @throws {NotificationConfigurationError} for invalid options (code `INVALID_OPTIONS`).
 */
declare function createNotificationHandler<Resource = unknown, Context = undefined>(source: NotificationSource, options: NotificationHandlerOptions<Resource, Context>): NotificationHandler<Context>;

export { DEFAULT_DEDUPE_TTL_SECONDS, DEFAULT_MEMORY_DEDUPE_MAX_ENTRIES, DEFAULT_NOTIFICATION_MAX_BODY_BYTES, DEFAULT_PROCESSING_TTL_SECONDS, DEFAULT_REDIS_DEDUPE_PREFIX, type DedupeStore, MemoryDedupeStore, type MemoryDedupeStoreOptions, type NotificationConfigurationCode, NotificationConfigurationError, type NotificationErrorInfo, type NotificationFailureBody, type NotificationHandler, type NotificationHandlerOptions, type NotificationOutcome, type NotificationRequest, type NotificationResult, type NotificationSource, type NotificationStatus, type NotificationVerifier, RAW_BODY_HINT, type RedisDedupeClient, RedisDedupeStore, type RedisDedupeStoreOptions, bodyAlreadyParsed, createNotificationHandler, isNotificationConfigurationError, notificationFailure };
