import { VerifiedNotification, KeyInput, PlatformKeysInit, WechatPayError, SignatureVerificationError, HeadersInput, PlatformKeys } from '@core/signer';
export { SignatureVerificationCode, SignatureVerificationError, WechatPayError, isSignatureVerificationError, isWechatPayError } from '@core/signer';
import { IncomingHttpHeaders } from 'node:http';
import { Dispatcher } from 'undici';
import { Readable } from 'node:stream';
export { IMAGE_UPLOAD_RULES, ImageType, sniffImageType } from './image.js';

/** WeChat Pay's API host. */
declare const DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com";
/** WeChat Pay's backup host, for the optional failover (`backupBaseUrl`). */
declare const BACKUP_BASE_URL = "https://api2.mch.weixin.qq.com";
/** Per-attempt timeouts in milliseconds. */
interface Timeouts {
    /** Establishing the TCP/TLS connection (only for the Agent the client creates; a user `dispatcher` brings its own). */
    connect: number;
    /** From sending the request until the response headers have arrived. */
    headers: number;
    /** From the headers until the whole body has arrived (a deadline, so a trickling body cannot stall the call). */
    body: number;
}
declare const DEFAULT_TIMEOUTS: Readonly<Timeouts>;
/**
 * Largest answer body `request()` reads: WeChat Pay's API answers are a few KB, so 2 MiB leaves a wide margin while a
 * hostile or broken answer cannot fill memory. Files are fetched with `download()`, which streams and has no cap.
 */
declare const DEFAULT_MAX_RESPONSE_BYTES: number;
interface RetryOptions {
    /** Retries after the first attempt (so `retries: 2` means at most 3 attempts). */
    retries: number;
    /** Backoff before the first retry, in ms; it doubles per retry, with jitter. */
    minDelay: number;
    /** Cap on one backoff, in ms. A `Retry-After` longer than this ends the retries instead of waiting. */
    maxDelay: number;
}
declare const DEFAULT_RETRY: Readonly<RetryOptions>;
/** Idle keep-alive of the client's Agent: WeChat Pay closes idle connections after about 8 s, so stay well below. */
declare const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 4000;
/** Upper bound for a server `Keep-Alive: timeout=` hint, still under WeChat Pay's 8 s. */
declare const DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS = 7000;
/**
 * How requests are signed. `sync` signs on the calling thread (fastest alone, least CPU per request: the choice when
 * every core already runs a Node process, e.g. `cluster`); `async` signs on the libuv thread pool (uses every core
 * under concurrency, at some CPU per hand-off); `auto` signs synchronously when no other request of this client is in
 * flight and on the thread pool otherwise.
 */
type SigningMode = 'auto' | 'sync' | 'async';
declare const DEFAULT_SIGNING_MODE: SigningMode;
/** Platform certificate download (certificate mode). */
declare const CERTIFICATES_PATH = "/v3/certificates";
/** How often `autoRefresh` downloads the platform certificates. */
declare const DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS: number;
/**
 * The least time between two refreshes triggered by an unknown serial, so forged messages naming random serials
 * cannot make the client download certificates in a loop.
 */
declare const DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS = 60000;
/** 商家券 image upload (图片上传). */
declare const IMAGE_UPLOAD_PATH = "/v3/marketing/favor/media/image-upload";
/** The image upload's size limit: 2 MB. */
declare const MAX_IMAGE_BYTES: number;
/**
 * The only responses accepted without a WeChat Pay signature: file downloads that WeChat Pay streams unsigned (their
 * integrity comes from a hash in the signed answer that gave the download URL). Path prefixes, matched on GET.
 */
declare const UNSIGNED_RESPONSE_PATHS: readonly string[];
/** The package version, sent in the User-Agent. */
declare const VERSION: string;

type PathParams = Readonly<Record<string, string | number | bigint>>;
type QueryValue = string | number | bigint | boolean | null | undefined;
type Query = Readonly<Record<string, QueryValue | readonly QueryValue[]>>;

declare const encryptedBrand: unique symbol;
/**
 * A field value that `client.encrypt()` produced: RSA-OAEP ciphertext (Base64) made with the WeChat Pay key whose
 * serial the client names in `Wechatpay-Serial`. Typed routes require it for the fields WeChat Pay decrypts, so a
 * plaintext (or a ciphertext made elsewhere, for another key) is a type error.
 */
type Encrypted = string & {
    readonly [encryptedBrand]: 'rsa-oaep';
};
/** One file part of a `multipart/form-data` upload (`multipart` of a call): its name, bytes and optional type. */
interface UploadFile {
    /** File name with its extension, e.g. `logo.png`. */
    filename: string;
    data: Uint8Array;
    /** Default: sniffed for JPG/PNG/BMP, else `application/octet-stream`. */
    contentType?: string;
}
/** Extra request headers of a call, as `RequestOptions.headers`. */
type RouteHeaders = Readonly<Record<string, string>>;
/** What every typed route call takes besides its own parts (`params`, `query`, `json`, `multipart`). */
interface RouteCallOptions extends Omit<CallOptions, 'params' | 'query' | 'json' | 'body' | 'multipart'> {
}
/**
 * Typed routes by `METHOD /path`: `{ args: [options: …]; response: … }` each. Empty unless augmented (import
 * `@api/catalog`).
 */
interface WechatPayRoutes {
}
/** What the client root holds when typed: `v3` (the property chain) and every operation path (`'v3/…'`). */
interface WechatPayPaths {
}
/** Webhook event types → their decrypted `resource`. */
interface WechatPayEvents {
}
/** A route string `request()` takes: a typed route once routes are declared, else any `METHOD /path`. */
type RouteKey = [keyof WechatPayRoutes] extends [never] ? `${HttpMethod} /${string}` : keyof WechatPayRoutes;
/** The arguments after the route: `[options]` of a typed route (optional when nothing in it is required). */
type RouteArgs<R> = R extends keyof WechatPayRoutes ? WechatPayRoutes[R] extends {
    args: infer A extends readonly unknown[];
} ? A : never : [options?: CallOptions];
/** What a route answers (`data`): `undefined` for a 204 or a file. */
type RouteResponse<R> = R extends keyof WechatPayRoutes ? WechatPayRoutes[R] extends {
    response: infer T;
} ? T : never : unknown;
/** The options of a typed route, e.g. `RouteOptions<'POST /v3/pay/transactions/jsapi'>['json']`. */
type RouteOptions<R extends keyof WechatPayRoutes> = NonNullable<RouteArgs<R>[0]>;
/** A path `chain()` takes: an operation path once paths are declared (`'v3/pay/transactions/jsapi'`), else any. */
type ChainPath = [keyof WechatPayPaths] extends [never] ? string : keyof WechatPayPaths & string;
/** The node `chain(path)` gives: the typed node of a declared path, else an untyped `ChainNode`. */
type ChainTarget<P> = P extends keyof WechatPayPaths ? WechatPayPaths[P] : ChainNode;
type KnownRoute = keyof WechatPayRoutes & string;
type KnownPath = keyof WechatPayPaths & string;
/** `a/b/c` → `a/b`. */
type Parent<P extends string> = P extends `${infer Head}/${infer Tail}` ? Tail extends `${string}/${string}` ? `${Head}/${Parent<Tail>}` : Head : '';
/** `a/b/c` → `c`. */
type Last<P extends string> = P extends `${string}/${infer Tail}` ? Last<Tail> : P;
type Initial<S extends string> = S extends `${infer C}${string}` ? C : '';
/** Declared routes (`Prefix` is `M `) or paths under the closest ancestor of `P` that has any. */
type Below<Known extends string, Prefix extends string, P extends string, Depth extends 0[] = []> = Depth['length'] extends 12 ? never : [Extract<Known, `${Prefix}${P}/${string}`>] extends [never] ? P extends '' ? never : Below<Known, Prefix, Parent<P>, [...Depth, 0]> : Extract<Known, `${Prefix}${P}/${string}`>;
/** The siblings of `P` whose last segment starts as its does (`…/jsapl` → `…/jsapi`), else everything nearest. */
type Nearest<Known extends string, Prefix extends string, P extends string> = [
    Extract<Known, `${Prefix}${Parent<P>}/${Initial<Last<P>>}${string}`>
] extends [never] ? Below<Known, Prefix, Parent<P>> : Extract<Known, `${Prefix}${Parent<P>}/${Initial<Last<P>>}${string}`>;
/** The declared routes nearest a mistyped one: the same path with other methods, else its closest siblings. */
type RouteSuggestion<R extends string> = R extends `${infer M} ${infer P}` ? [Extract<KnownRoute, `${string} ${P}`>] extends [never] ? Nearest<KnownRoute, `${M} `, P> : Extract<KnownRoute, `${string} ${P}`> : KnownRoute;
/** `R` itself when it is a route `request()` takes, else the routes nearest it (so the error suggests them). */
type RouteCheck<R extends string> = R extends RouteKey ? R : [KnownRoute] extends [never] ? RouteKey : RouteSuggestion<R>;
/**
 * The path of `chain(path)`: any string with an explicit type argument (`client.chain<unknown>('v3/…')`, the escape
 * hatch to a path the declared routes do not have); without one, a declared path, or the nearest ones on a typo.
 */
type ChainCheck<Untyped, P extends string> = [Untyped] extends [never] ? P extends ChainPath ? P : [Nearest<KnownPath, '', P>] extends [never] ? KnownPath : Nearest<KnownPath, '', P> : string;
/** The client root's chained properties: the declared trie, else any segment (`ChainNode`). */
type ChainRoot = [keyof WechatPayPaths] extends [never] ? {
    readonly [segment: string]: ChainNode;
} : WechatPayPaths;
/** A verified callback of a declared event type: `resource` typed, `event_type` narrowed. */
type EventNotification<E extends keyof WechatPayEvents> = VerifiedNotification<WechatPayEvents[E]> & {
    event_type: E;
};
/** `[never]` (an impossible extra argument) unless a type argument was given: makes an overload require one. */
type RequireTypeArgument<E> = [E] extends [never] ? [never] : [];

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
/** What `onRequest` sees: the signed request with `Authorization` redacted. */
interface RequestEvent {
    method: string;
    /** Full URL as sent. */
    url: string;
    /** 1 for the first attempt. */
    attempt: number;
    /** Request headers; `authorization` is `[REDACTED]`. */
    headers: Record<string, string>;
    idempotent: boolean;
}
/** What `onResponse` sees, before verification. */
interface ResponseEvent {
    method: string;
    url: string;
    attempt: number;
    status: number;
    requestId: string | undefined;
    headers: IncomingHttpHeaders;
}
/** What `onRetry` sees: the failed attempt, its error and the wait before the next one. */
interface RetryEvent {
    method: string;
    url: string;
    attempt: number;
    delayMs: number;
    error: unknown;
}
/** What `onError` sees: the error the call is about to throw. */
interface ErrorEvent {
    method: string;
    url: string;
    attempts: number;
    error: unknown;
}
/** Observers of every call. They receive redacted copies; a hook that throws is ignored so it cannot break a call. */
interface ClientHooks {
    onRequest?: (event: RequestEvent) => void;
    onResponse?: (event: ResponseEvent) => void;
    onRetry?: (event: RetryEvent) => void;
    onError?: (event: ErrorEvent) => void;
}
interface AutoRefreshOptions {
    /** How often to download the platform certificates (default `DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS`, 12 h). */
    intervalMs?: number;
    /** Least time between refreshes caused by an unknown serial (default `DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS`). */
    cooldownMs?: number;
}
interface ClientOptions {
    /** 商户号 */
    mchid: string;
    /** 商户API证书序列号: the serial of the merchant API certificate (uppercase hex). */
    serial: string;
    /** 商户API私钥 (`apiclient_key.pem` contents or a `KeyObject`). Parsed once, never exposed. */
    privateKey: KeyInput;
    /**
     * WeChat Pay's verification keys: a `PlatformKeys` store (shared, so rotation done elsewhere is seen) or a record
     * `serial → PEM/KeyObject` holding `PUB_KEY_ID_…` public keys and/or platform certificates. May be empty in
     * certificate mode when `apiv3Key` is given (then call `refreshCertificates()` or set `autoRefresh`).
     */
    platformKeys?: PlatformKeysInit;
    /** APIv3 密钥 (32 bytes): needed for certificate downloads and callbacks. Never exposed. */
    apiv3Key?: string | Uint8Array;
    /** Default `DEFAULT_BASE_URL`; point it at the sandbox in tests. */
    baseUrl?: string;
    /**
     * Failover: when the base host is unreachable (connection or timeout failures), retries go to this host. Off by
     * default; `BACKUP_BASE_URL` is WeChat Pay's backup host.
     */
    backupBaseUrl?: string;
    /**
     * The serial every request names in `Wechatpay-Serial` (and whose key `encrypt` uses). Default: the newest key in
     * `platformKeys` (a `PUB_KEY_ID_` key first).
     */
    wechatpaySerial?: string;
    /** An undici `Dispatcher` you own (not closed by `close()`); otherwise the client creates its own keep-alive pools lazily. */
    dispatcher?: Dispatcher;
    /** Per-attempt timeouts in ms; defaults in `DEFAULT_TIMEOUTS`. */
    timeouts?: Partial<Timeouts>;
    /** Retry policy for idempotent calls; defaults in `DEFAULT_RETRY`; `false` turns retries off. */
    retry?: Partial<RetryOptions> | false;
    /** Milliseconds since the epoch (the shape of `Date.now`): used for signing timestamps and skew checks. */
    clock?: () => number;
    /** Nonce source for request signatures (default: 32 characters from the CSPRNG). */
    nonce?: () => string;
    /** Default `@core/client/<version> (node <version>; <platform>)`. */
    userAgent?: string;
    hooks?: ClientHooks;
    /** Certificate mode: download platform certificates periodically and once on an unknown serial (needs `apiv3Key`). */
    autoRefresh?: boolean | AutoRefreshOptions;
    /** Sync or thread-pool signing; default `DEFAULT_SIGNING_MODE` (`auto`). */
    signing?: SigningMode;
    /** Allowed |now − Wechatpay-Timestamp| in seconds (default 300). */
    maxSkewSeconds?: number;
    /**
     * Largest answer body read into memory, in bytes (default `DEFAULT_MAX_RESPONSE_BYTES`, 2 MiB). A larger answer fails
     * with `NetworkError` `RESPONSE_TOO_LARGE` and its connection is closed. Files: `download()`.
     */
    maxResponseBytes?: number;
}
interface RequestOptions {
    /** HTTP method (case-insensitive). */
    method: HttpMethod | Lowercase<HttpMethod>;
    /** Path (template) such as `/v3/marketing/busifavor/stocks/{stock_id}`, relative to `baseUrl`. */
    url: string;
    /** Values for `{name}` slots, percent-encoded. */
    params?: PathParams;
    /** Query parameters, percent-encoded; `undefined`/`null` values are left out. */
    query?: Query;
    /** A JSON body: serialized once; those exact bytes are signed and sent. */
    json?: unknown;
    /** A pre-serialized body, signed and sent as is (use `json` unless you need exact control). */
    body?: string | Uint8Array;
    /**
     * A `multipart/form-data` upload: `meta` (the object the endpoint documents; its JSON text is what is signed) and
     * the file parts by name, e.g. `{ meta: { filename, sha256 }, file: { filename: 'a.png', data } }`.
     */
    multipart?: MultipartParts;
    /** Extra headers. `Authorization`, `Host` and `Content-Length` are the client's. */
    headers?: Readonly<Record<string, string>>;
    /** Safe to repeat (e.g. the body carries a business request-no)? Default: true for GET, HEAD and DELETE. */
    idempotent?: boolean;
    signal?: AbortSignal;
    /** Override the client's retry policy for this call. */
    retry?: Partial<RetryOptions> | false;
    /** Override the client's timeouts for this call. */
    timeouts?: Partial<Timeouts>;
    /** Override `Wechatpay-Serial` for this call. */
    wechatpaySerial?: string;
    /** Override the client's `maxResponseBytes` for this call (an answer you know to be large). */
    maxResponseBytes?: number;
}
/** The parts of a multipart upload: `meta` and the files (`UploadFile`) by part name. */
type MultipartParts = Readonly<Record<string, UploadFile | Readonly<Record<string, unknown>>>>;
/** Options of a chained verb call: a `RequestOptions` without method and url. */
type CallOptions = Omit<RequestOptions, 'method' | 'url'>;
interface UploadImageOptions {
    /** The image bytes: JPG, PNG or BMP, at most 2 MB. */
    file: Uint8Array;
    /** File name with a matching extension, e.g. `logo.png`. */
    filename: string;
    /** Upload endpoint; default `IMAGE_UPLOAD_PATH`. */
    url?: string;
    /** Default true: uploading the same image twice has no business effect. */
    idempotent?: boolean;
    signal?: AbortSignal;
    retry?: Partial<RetryOptions> | false;
    timeouts?: Partial<Timeouts>;
    maxResponseBytes?: number;
}

/** What every client error carries about the call it ended. */
interface CallContext {
    /** HTTP status of the last response, when one arrived. */
    status?: number | undefined;
    /** WeChat Pay's `Request-ID` of the last response: quote it to WeChat Pay support. */
    requestId?: string | undefined;
    /** Attempts made (0 when nothing was sent). */
    attempts?: number | undefined;
}
interface ClientErrorOptions extends CallContext {
    code: string;
    cause?: unknown;
}
/** Shared base: `status`, `requestId`, `attempts` and a JSON form without the stack. */
declare abstract class ClientError extends WechatPayError {
    status: number | undefined;
    requestId: string | undefined;
    attempts: number;
    constructor(message: string, options: ClientErrorOptions);
    toJSON(): Record<string, unknown>;
}
interface ApiErrorOptions extends CallContext {
    /** WeChat Pay's error `code` (e.g. `PARAM_ERROR`), `HTTP_<status>` when the body had none. */
    code: string;
    /** The HTTP status of the answer: an `ApiError` always comes from one. */
    status: number;
    /** WeChat Pay's error `message`, as sent. */
    apiMessage?: string | undefined;
    /** WeChat Pay's error `detail`, as sent. */
    detail?: unknown;
    /** Whether the error response carried a valid WeChat Pay signature. */
    verified?: boolean;
    cause?: unknown;
}
/**
 * WeChat Pay answered with a non-2xx status (or a 2xx whose verified body is not JSON: code `MALFORMED_RESPONSE`).
 * `code`, `apiMessage` and `detail` come from the error body `{"code","message","detail"}`; codes are an open set.
 */
declare class ApiError extends ClientError {
    readonly name: "ApiError";
    /** The HTTP status of the answer (always present: an `ApiError` comes from an HTTP answer). */
    readonly status: number;
    /** WeChat Pay's message, unchanged (also part of `message`). */
    readonly apiMessage: string | undefined;
    readonly detail: unknown;
    /** True when the error response's signature was checked and valid; error bodies are not required to be signed. */
    readonly verified: boolean;
    constructor(message: string, options: ApiErrorOptions);
    /** Builds the error for a non-2xx answer, with a message that says what to do next. */
    static fromResponse(options: Omit<ApiErrorOptions, 'code'> & {
        code?: string | undefined;
        status: number;
    }): ApiError;
    toJSON(): Record<string, unknown>;
}
type TimeoutCode = 'CONNECT_TIMEOUT' | 'HEADERS_TIMEOUT' | 'BODY_TIMEOUT';
/** A phase of one attempt took longer than its timeout (see `timeouts`). Retried when the call is idempotent. */
declare class TimeoutError extends ClientError {
    readonly name: "TimeoutError";
    readonly code: TimeoutCode;
    /** The limit that was exceeded, in ms. */
    readonly timeoutMs: number | undefined;
    constructor(message: string, options: CallContext & {
        code: TimeoutCode;
        timeoutMs?: number;
        cause?: unknown;
    });
    toJSON(): Record<string, unknown>;
}
type NetworkCode = 'NETWORK_ERROR' | 'CLIENT_CLOSED' | 'RESPONSE_TOO_LARGE';
/**
 * The connection failed, was refused or reset, or the client was closed; or (`RESPONSE_TOO_LARGE`) the answer was
 * larger than `maxResponseBytes` and the connection was closed without reading the rest (never retried).
 */
declare class NetworkError extends ClientError {
    readonly name: "NetworkError";
    readonly code: NetworkCode;
    /**
     * False when the failure happened before any byte of the request left (refused, DNS, connect timeout): such a call
     * is safe to repeat even when it is not idempotent.
     */
    readonly requestSent: boolean;
    /** For `RESPONSE_TOO_LARGE`: the `maxResponseBytes` the answer exceeded. */
    readonly limitBytes: number | undefined;
    constructor(message: string, options: CallContext & {
        code: NetworkCode;
        requestSent: boolean;
        limitBytes?: number;
        cause?: unknown;
    });
    toJSON(): Record<string, unknown>;
}
type DigestAlgorithm = 'sha1' | 'sha256';
/**
 * A downloaded file whose digest is not the expected one (`download({ digest })`): the bytes were altered or
 * truncated on the way. Raised by the download stream as it ends; discard whatever was written from it.
 */
declare class IntegrityError extends ClientError {
    readonly name: "IntegrityError";
    readonly code: 'DIGEST_MISMATCH';
    readonly algorithm: DigestAlgorithm;
    /** The digest the caller expected (lower-case hex). */
    readonly expected: string;
    /** The digest of the bytes that arrived (lower-case hex). */
    readonly actual: string;
    constructor(message: string, options: CallContext & {
        algorithm: DigestAlgorithm;
        expected: string;
        actual: string;
        cause?: unknown;
    });
    toJSON(): Record<string, unknown>;
}
/** One problem with an input: where (`path` into the input) and what. */
interface ValidationIssue {
    path: (string | number)[];
    message: string;
}
/**
 * Input that cannot be sent: unknown or invalid options, a missing path parameter, an unsupported image, a field the
 * endpoint schema rejects (`@api/busifavor` throws this class). Nothing was sent.
 */
declare class ValidationError extends ClientError {
    readonly name: "ValidationError";
    readonly code: 'VALIDATION_ERROR';
    readonly issues: ValidationIssue[];
    constructor(message: string, options: {
        issues: ValidationIssue[];
        cause?: unknown;
    });
    toJSON(): Record<string, unknown>;
}
declare function isApiError(error: unknown): error is ApiError;
declare function isTimeoutError(error: unknown): error is TimeoutError;
declare function isNetworkError(error: unknown): error is NetworkError;
declare function isValidationError(error: unknown): error is ValidationError;
declare function isIntegrityError(error: unknown): error is IntegrityError;
/** A response signature failure from the client: the signer's error plus the call's status, Request-ID and attempts. */
type ResponseSignatureError = SignatureVerificationError & Required<CallContext>;

/** A certificate added by `refreshCertificates()`. */
interface RefreshedCertificate {
    serial: string;
    notBefore: Date;
    notAfter: Date;
}

interface DownloadDigest {
    /** `sha1` for WeChat Pay's bills (`hash_type: "SHA1"`). */
    algorithm: DigestAlgorithm;
    /** The expected digest, hex (either case). */
    value: string;
}
interface DownloadOptions {
    /**
     * The file: the `download_url` WeChat Pay answered (absolute, on the configured host) or a path under a download
     * route (`UNSIGNED_RESPONSE_PATHS`, e.g. `/v3/billdownload/file`). Any other route is refused: use `request()`.
     */
    url: string;
    params?: PathParams;
    query?: Query;
    /** Extra headers, as for `request()`. */
    headers?: Readonly<Record<string, string>>;
    /**
     * The digest of the bytes as they arrive, checked as the stream ends: a mismatch makes the stream error with an
     * `IntegrityError` instead of ending. A bill requested with `tar_type=GZIP` is digested after gunzip (WeChat Pay's
     * `hash_value` is the original file's): check that one on the decompressed stream instead.
     */
    digest?: DownloadDigest;
    signal?: AbortSignal;
    /** Retries happen only before the stream is handed over (connection failures, 5xx, 429). */
    retry?: Partial<RetryOptions> | false;
    /** `body` is a deadline for the whole file, from the headers to the stream's end: raise it for large files. */
    timeouts?: Partial<Timeouts>;
    /** Cap for the body of an error answer (the file itself is not capped). */
    maxResponseBytes?: number;
}
/** An open download: the status and headers have arrived, the file follows on `body`. */
interface DownloadResponse {
    status: number;
    /** Response headers, names in lower case. */
    headers: IncomingHttpHeaders;
    requestId: string | undefined;
    /**
     * The file as a Node.js `Readable` stream of `Buffer` chunks: pipe it (`stream.pipeline(body, gunzip, file)`) or
     * iterate it (`for await`). It errors with a client error on a reset (`NetworkError`), when the body deadline passes
     * (`TimeoutError` `BODY_TIMEOUT`) or on a digest mismatch (`IntegrityError`); destroying it closes the connection.
     * Download answers are not signed by WeChat Pay: their integrity comes from the digest in the signed answer that
     * gave the URL.
     */
    body: Readable;
}

/** What a call resolves to. */
interface ApiResponse<T = unknown> {
    status: number;
    /** Response headers, names in lower case. */
    headers: IncomingHttpHeaders;
    /** The parsed JSON body, after its signature was verified; `undefined` for 204 and empty or non-JSON bodies. */
    data: T;
    /** WeChat Pay's `Request-ID`. */
    requestId: string | undefined;
    /** The body bytes exactly as received (and verified). */
    raw: Buffer;
}

/** A callback as it arrived: the headers and the raw body bytes. */
interface NotificationInput {
    headers: HeadersInput;
    body: string | Uint8Array;
}
/** The client: explicit methods plus chainable paths (`client.v3.…`, `client['v3/…']`). */
interface WechatPayClientMethods {
    /** 商户号 */
    readonly mchid: string;
    /** The key store responses and callbacks are verified with (shared with the callback adapters). */
    readonly platformKeys: PlatformKeys;
    /** The serial requests name in `Wechatpay-Serial` and `encrypt` uses; undefined while the store is empty. */
    readonly wechatpaySerial: string | undefined;
    /**
     * Signs, sends, verifies and parses one call, named by its route: `client.request('POST /v3/pay/transactions/jsapi',
     * { json })` (`{name}` slots filled from `params`). With route types declared (importing `@api/catalog`) the route,
     * its options and its answer are typed, and an unknown route is a type error naming the nearest routes. The object
     * form takes any path, untyped (the escape hatch): `client.request<Answer>({ method, url, params, query, json })`.
     * Retries idempotent calls on network errors, 5xx and 429.
     * @throws {ValidationError} bad input (or a route that is not `METHOD /path`); nothing was sent.
     * @throws {ApiError} WeChat Pay answered with an error (`code`, `apiMessage`, `detail`, `status`, `requestId`).
     * @throws {SignatureVerificationError} a 2xx answer without a valid WeChat Pay signature (never retried).
     * @throws {TimeoutError} / {NetworkError} transport failures after the retries; `NetworkError` `RESPONSE_TOO_LARGE`
     * for an answer over `maxResponseBytes` (never retried).
     */
    request<T = unknown, R extends string | RequestOptions = RequestOptions>(route: [R] extends [RequestOptions] ? RequestOptions : RouteCheck<R & string>, ...options: [R] extends [RequestOptions] ? [] : RouteArgs<R>): Promise<ApiResponse<[R] extends [RequestOptions] ? T : RouteResponse<R>>>;
    /**
     * A chain node for a path: `client.chain('v3/marketing/busifavor/coupons/deactivate').post({ json })`. With route
     * types declared, the path must be one of theirs and the verbs are typed; `client.chain<unknown>('v3/…')` takes any
     * path, untyped (`.post<Answer>({ json })`): the escape hatch.
     */
    chain<Untyped = never, P extends string = string>(path: ChainCheck<Untyped, P>): [Untyped] extends [never] ? ChainTarget<P> : ChainNode;
    /**
     * Streams a file from a download route (`UNSIGNED_RESPONSE_PATHS`, e.g. a bill's `download_url`): signed like any
     * request, not capped by `maxResponseBytes`, with an optional digest checked as the stream ends.
     * @throws {ValidationError} bad input or a url that is not a download route; nothing was sent.
     * @throws {ApiError} / {TimeoutError} / {NetworkError} as `request()`, before the stream is handed over.
     */
    download(options: DownloadOptions): Promise<DownloadResponse>;
    /** Uploads a 商家券 image (`POST /v3/marketing/favor/media/image-upload`): jpg/png/bmp, ≤ 2 MB, checked first. */
    uploadImage(options: UploadImageOptions): Promise<ApiResponse<{
        media_url: string;
    }>>;
    /**
     * Encrypts a sensitive field (RSA-OAEP) with the key of `wechatpaySerial`, which every request names in
     * `Wechatpay-Serial` (a call cannot override that header; `wechatpaySerial` per call can, explicitly).
     */
    encrypt(plaintext: string): Encrypted;
    /**
     * Signs `message` with the merchant API private key (SHA256withRSA, Base64) — what client-side payment parameters
     * are made of (`@api/pay`'s `buildJsapiInvokeParams(client, …)`). The key itself is never exposed.
     */
    signMessage(message: string): string;
    /** Downloads, decrypts and checks the platform certificates (certificate mode), adding them to `platformKeys`. */
    refreshCertificates(): Promise<RefreshedCertificate[]>;
    /**
     * Verifies a callback (signature over the raw body, skew, then AES-256-GCM with the APIv3 key). With `autoRefresh`,
     * an unknown serial triggers one certificate refresh before failing. With event types declared (`@api/catalog`),
     * name the one you expect to get its resource typed: `verifyNotification<'REFUND.SUCCESS'>(input)` (a type
     * assertion: check `event_type` when one URL receives several).
     */
    verifyNotification<E extends keyof WechatPayEvents = never>(input: NotificationInput, ...typed: RequireTypeArgument<E>): Promise<EventNotification<E>>;
    /** Verifies a callback, the resource typed by the caller (`unknown` by default). */
    verifyNotification<Resource = unknown>(input: NotificationInput): Promise<VerifiedNotification<Resource>>;
    /** Frees the Agent the client created (a user dispatcher is left open) and stops `autoRefresh`. */
    close(): Promise<void>;
}
/**
 * The client: its methods, and chained properties from its root — any segment (`ChainNode`), or with route types
 * declared, the typed trie (`client.v3.pay.transactions.jsapi`) and operation paths (`client['v3/…']`).
 */
type WechatPayClient = WechatPayClientMethods & ChainRoot;
/**
 * Creates a WeChat Pay APIv3 client. Options are validated up front (unknown keys are a `ValidationError`); the
 * private key is parsed once; the undici Agent is created on the first call.
 * @example
 * const client = createClient({ mchid, serial, privateKey, platformKeys: { [pubKeyId]: pubKeyPem } })
 * const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].get({ params: { stock_id } })
 */
declare function createClient(options: ClientOptions): WechatPayClient;

/** The verbs a chained path ends with. */
interface ChainVerbs {
    get<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>;
    post<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>;
    put<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>;
    patch<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>;
    delete<T = unknown>(options?: CallOptions): Promise<ApiResponse<T>>;
}
/**
 * A path under construction: any property is one more segment, taken as written (no camelCase rewriting); a
 * segment may hold several (`['a/b']`) or a `{name}` slot filled from `params`. End with a verb.
 */
type ChainNode = ChainVerbs & {
    readonly [segment: string]: ChainNode;
};

export { ApiError, type ApiErrorOptions, type ApiResponse, type AutoRefreshOptions, BACKUP_BASE_URL, CERTIFICATES_PATH, type CallContext, type CallOptions, type ChainCheck, type ChainNode, type ChainPath, type ChainRoot, type ChainTarget, type ChainVerbs, type ClientHooks, type ClientOptions, DEFAULT_BASE_URL, DEFAULT_CERTIFICATE_REFRESH_COOLDOWN_MS, DEFAULT_CERTIFICATE_REFRESH_INTERVAL_MS, DEFAULT_KEEP_ALIVE_MAX_TIMEOUT_MS, DEFAULT_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_RETRY, DEFAULT_SIGNING_MODE, DEFAULT_TIMEOUTS, type DigestAlgorithm, type DownloadDigest, type DownloadOptions, type DownloadResponse, type Encrypted, type ErrorEvent, type EventNotification, type HttpMethod, IMAGE_UPLOAD_PATH, IntegrityError, MAX_IMAGE_BYTES, type NetworkCode, NetworkError, type NotificationInput, type PathParams, type Query, type QueryValue, type RefreshedCertificate, type RequestEvent, type RequestOptions, type RequireTypeArgument, type ResponseEvent, type ResponseSignatureError, type RetryEvent, type RetryOptions, type RouteArgs, type RouteCallOptions, type RouteCheck, type RouteHeaders, type RouteKey, type RouteOptions, type RouteResponse, type RouteSuggestion, type SigningMode, type TimeoutCode, TimeoutError, type Timeouts, UNSIGNED_RESPONSE_PATHS, type UploadFile, type UploadImageOptions, VERSION, ValidationError, type ValidationIssue, type WechatPayClient, type WechatPayClientMethods, type WechatPayEvents, type WechatPayPaths, type WechatPayRoutes, createClient, isApiError, isIntegrityError, isNetworkError, isTimeoutError, isValidationError };
