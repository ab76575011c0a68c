import { KeyInput, WechatPayError } from '@core/signer';

/**
 * Faults injected into API answers. Rates are probabilities in [0, 1] rolled per request on a seeded PRNG, so a
 * given seed and request order always produce the same faults.
 */
interface FaultSettings {
    /** Delay before answering: fixed ms, or a uniform range. */
    latencyMs?: number | {
        min: number;
        max: number;
    };
    /** Share of requests answered 500 SYSTEM_ERROR. */
    serverErrorRate?: number;
    /**
     * When true the 500 comes after the request took effect (the answer was "lost"): a retry with the same business
     * request-no must then get the original answer. Default false (nothing happens on the server).
     */
    serverErrorAfterCommit?: boolean;
    /** Share of requests answered 429 FREQUENCY_LIMITED. */
    rateLimitRate?: number;
    /** `Retry-After` seconds sent with 429 answers (WeChat Pay sends none by default). */
    retryAfterSeconds?: number;
    /** Share of requests whose connection is destroyed before any byte of the answer. */
    resetRate?: number;
    /** Share of answers cut off halfway through the body (Content-Length promises more), then the socket closes. */
    truncateRate?: number;
    /** Share of answers signed over other bytes (a valid-looking signature that does not verify). */
    wrongSignatureRate?: number;
    /** Share of answers without any `Wechatpay-*` signature headers. */
    missingSignatureRate?: number;
    /** Share of answers whose signature is a `WECHATPAY/SIGNTEST/…` probe. */
    probeSignatureRate?: number;
    /** Share of callbacks preceded by a probe delivery (a `WECHATPAY/SIGNTEST/` signature the merchant must refuse). */
    callbackProbeRate?: number;
    /** Limit the faults to these endpoint ids (`deactivate_coupon`, `certificates`, …); all API requests by default. */
    endpoints?: readonly string[];
    /** Clear all faults after this many requests were affected (e.g. `1` to fail exactly the next request). */
    times?: number;
    /** Reseed the PRNG (the same seed replays the same sequence of decisions). */
    seed?: number;
}

type SandboxMode = 'public-key' | 'certificate' | 'both';
/** Private keys to use instead of generating them (RSA 2048 generation costs ~100 ms each: share keys across tests). */
interface SandboxKeys {
    /** The merchant API private key (apiclient_key.pem). */
    merchant?: KeyInput;
    /** WeChat Pay's signing key: behind the `PUB_KEY_ID_…` public key, or the certificate in certificate mode. */
    platform?: KeyInput;
    /** The platform certificate's key in `both` mode (the public key uses `platform`). */
    platformCertificate?: KeyInput;
}
/** PEM private keys for {@link SandboxKeys}, generated once. */
interface GeneratedSandboxKeys {
    merchant: string;
    platform: string;
    platformCertificate: string;
}
/**
 * Generates the RSA-2048 keys a sandbox can use; call it once per test file and pass the result as `keys`.
 * `platformCertificate` (only `both` mode needs it) is generated on first read.
 */
declare function generateSandboxKeys(): GeneratedSandboxKeys;

/** One POST of a notification to the merchant's notify_url. */
interface DeliveryAttempt {
    notificationId: string;
    /** 1 for the first delivery, 2 for the first retry, … */
    attempt: number;
    url: string;
    /** Epoch ms (sandbox clock) when the attempt started. */
    time: number;
    /** The merchant's HTTP status, when it answered. */
    status: number | undefined;
    /** Why the attempt failed without a status (timeout, connection refused…). */
    error: string | undefined;
    /** True for a 2xx answer. For a probe, a 2xx means the merchant accepted a forged signature. */
    ok: boolean;
    durationMs: number;
    probe: boolean;
}
type NotificationState = 'pending' | 'delivered' | 'failed' | 'skipped';
/** A notification the sandbox generated, with its delivery history. */
interface NotificationRecord {
    id: string;
    /** `event` for a real COUPON.SEND, `probe` for a `WECHATPAY/SIGNTEST/` signature probe. */
    kind: 'event' | 'probe';
    event_type: string;
    create_time: string;
    /** Where it was (or would have been) posted. */
    url: string | undefined;
    /** The decrypted resource (what the merchant sees after decryption). */
    resource: Record<string, unknown>;
    /** The exact JSON body posted (the same bytes on every attempt). */
    body: string;
    state: NotificationState;
    /** Why a notification was not posted (no notify_url, a WeChat-owned host…). */
    skipReason: string | undefined;
    attempts: DeliveryAttempt[];
}
interface WaitForNotificationFilter {
    id?: string;
    couponCode?: string;
    stockId?: string;
    kind?: 'event' | 'probe';
    /** The state to wait for (default `delivered`); `settled` = delivered, failed or skipped. */
    state?: NotificationState | 'settled';
}

/** Loopback only by default: the sandbox's admin routes are unauthenticated. */
declare const DEFAULT_HOST = "127.0.0.1";
/** 0 lets the OS pick a free port; read it back from `sb.url`. */
declare const DEFAULT_PORT = 0;
declare const DEFAULT_MODE = "public-key";
/** The merchant id used throughout WeChat Pay's own documentation. */
declare const DEFAULT_MCHID = "1900000001";
/** The appid and openid used when a seed helper is not given one. */
declare const DEFAULT_APPID = "wxd678efh567hg6787";
declare const DEFAULT_OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";
/** WeChat Pay's documented request timestamp tolerance. */
declare const DEFAULT_MAX_SKEW_SECONDS = 300;
/** Busifavor callbacks: the first attempt plus 10 retries one minute apart (11 in total, per wechatpay.im). */
declare const DEFAULT_CALLBACK_RETRY_DELAYS_MS: readonly number[];
/** How long a callback receiver may take before the attempt counts as failed. */
declare const DEFAULT_CALLBACK_TIMEOUT_MS = 5000;
/** Oldest request-log entries are dropped beyond this, so long benchmark runs keep a flat memory profile. */
declare const DEFAULT_REQUEST_LOG_LIMIT = 10000;
/** Image uploads are at most 2 MB plus the multipart envelope. */
declare const DEFAULT_MAX_BODY_BYTES: number;
/** WeChat Pay closes idle keep-alive connections after about 8 s; the sandbox does the same. */
declare const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 8000;
/** A client must send its request headers within this (Node's default is 60 s); slower ones get 408 and a close. */
declare const DEFAULT_HEADERS_TIMEOUT_MS = 10000;
/**
 * A client must send its whole request (headers and body) within this (Node's default is 300 s), so a body dripped a
 * byte at a time cannot hold a connection open. The time the sandbox takes to answer does not count.
 */
declare const DEFAULT_REQUEST_TIMEOUT_MS = 30000;
/** Admin request bodies (faults, seeds) are a few hundred bytes; larger ones get 413 and the connection is closed. */
declare const DEFAULT_ADMIN_MAX_BODY_BYTES: number;
/**
 * Deepest object/array nesting of any JSON the sandbox parses (API and admin bodies): WeChat Pay's bodies nest a
 * few levels. Deeper input is refused with a 400 before parsing, so nothing downstream recurses through it.
 */
declare const MAX_JSON_DEPTH = 64;
/** Admin routes (faults, state, seeding) live under this prefix and are neither signed nor logged. */
declare const ADMIN_PREFIX = "/__sandbox";
/** Image uploads larger than this are refused, as WeChat Pay does. */
declare const MAX_IMAGE_BYTES: number;
/** Notification hosts that are WeChat Pay's own (documentation examples): recorded, never posted to. */
declare const BLOCKED_CALLBACK_HOST_SUFFIXES: readonly string[];
/** Business request-nos remembered for idempotent replay; the oldest are forgotten beyond this (long load tests). */
declare const IDEMPOTENCY_RECORDS_LIMIT = 200000;

interface SandboxOptions {
    /** Port to listen on; default 0 (a free port, read it from `sb.url`). */
    port?: number;
    /** Interface to listen on; default `127.0.0.1`. */
    host?: string;
    /**
     * Which platform key WeChat Pay signs with: `public-key` (微信支付公钥, `PUB_KEY_ID_…`, the default), `certificate`
     * (平台证书, served by `GET /v3/certificates`) or `both` (migration: the answer is signed with the key the request's
     * `Wechatpay-Serial` names, the certificate when it names none).
     */
    mode?: SandboxMode;
    /** The merchant id the sandbox accepts; default `1900000001`. */
    mchid?: string;
    /** The merchant certificate serial; random by default. */
    merchantSerial?: string;
    /** The `PUB_KEY_ID_…` of the WeChat Pay public key; derived from the mchid by default. */
    publicKeyId?: string;
    /** The 32-character APIv3 key; random by default. */
    apiv3Key?: string;
    /** Private keys to use instead of generating RSA-2048 keys at start (see `generateSandboxKeys`). */
    keys?: SandboxKeys;
    /** Epoch ms, the shape of `Date.now`. Drives signature windows, timestamps, expiry and daily limits. */
    clock?: () => number;
    /** Request timestamp tolerance, default 300 s. */
    maxSkewSeconds?: number;
    /** Seed of the fault PRNG (same seed, same request order → same faults). Random by default. */
    randomSeed?: number;
    /** Faults in force from the start (same shape as `sb.faults.set`). */
    faults?: FaultSettings;
    /** Pre-load the example values of the docs and of WeChat Pay's own pages (coupon `sxxe34343434`, …). */
    seedExamples?: boolean;
    /** Delays between callback attempts; default ten times 60 s. Use e.g. `[20, 20]` in tests. */
    callbackRetryDelaysMs?: readonly number[];
    /** A callback attempt that takes longer fails (and is retried); default 5000 ms. */
    callbackTimeoutMs?: number;
    /** Request-log entries kept (oldest dropped); default 10 000. */
    requestLogLimit?: number;
    /** Largest request body accepted; default 3 MiB. */
    maxBodyBytes?: number;
    /** Idle keep-alive connections are closed after this; default 8000 ms like WeChat Pay. */
    keepAliveTimeoutMs?: number;
    /** A client must have sent its request headers within this, or gets 408 and a closed connection; default 10 000 ms. */
    headersTimeoutMs?: number;
    /**
     * A client must have sent its whole request (headers and body) within this, or gets 408 and a closed connection;
     * default 30 000 ms. At least `headersTimeoutMs`. The sandbox's own time to answer (latency faults) does not count.
     */
    requestTimeoutMs?: number;
}

/** One API request the sandbox received (admin routes under `/__sandbox/` are not logged). Never holds secrets. */
interface RequestLogEntry {
    /** The `Request-ID` the answer carried (absent when the connection was reset before answering). */
    requestId: string | undefined;
    /** Epoch ms (sandbox clock) when the request arrived. */
    time: number;
    method: string;
    /** Path and query exactly as received. */
    url: string;
    /** The endpoint id the request routed to (`certificates` for the certificate download), if any. */
    endpoint: string | undefined;
    /** HTTP status answered; 0 when the connection was reset on purpose. */
    status: number;
    /**
     * The parsed JSON body (for an image upload: `{ meta }`), `undefined` when empty or not JSON. A value that could not
     * be written back as JSON (nested too deep, say) is kept as a `[not logged: …]` string instead.
     */
    body: unknown;
    /** The parsed JSON answer, `undefined` for 204 or a reset (same rule as `body`). */
    response: unknown;
    /** The WeChat error code of a non-2xx answer. */
    code: string | undefined;
    /** Faults applied to this request, e.g. `['latency', 'truncate']`. */
    faults: string[];
    /** True when an idempotent request-no replayed an earlier answer. */
    replayed: boolean;
}
/** Every API request received, oldest first, capped at `limit` entries: `sb.requestLog`. */
declare class RequestLog {
    #private;
    constructor(limit: number);
    /** @internal */
    add(entry: RequestLogEntry): void;
    /** The entries, oldest first (a copy: later requests do not change it). */
    get entries(): RequestLogEntry[];
    get size(): number;
    /** The most recent entry. */
    last(): RequestLogEntry | undefined;
    /** Entries for one endpoint id (e.g. `deactivate_coupon`). */
    forEndpoint(endpoint: string): RequestLogEntry[];
    clear(): void;
}

type CouponState = 'SENDED' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED';
type StockType = 'NORMAL' | 'DISCOUNT' | 'EXCHANGE';
type CouponCodeMode = 'WECHATPAY_MODE' | 'MERCHANT_API' | 'MERCHANT_UPLOAD';
type StockState = 'UNAUDIT' | 'RUNNING' | 'STOPED' | 'PAUSED';
/** A stock as `GET /v3/marketing/busifavor/stocks/{stock_id}` answers it. */
interface StockSnapshot {
    stock_id: string;
    stock_name: string;
    belong_merchant: string;
    goods_name: string;
    stock_type: StockType;
    stock_state: StockState;
    coupon_code_mode: CouponCodeMode;
    coupon_use_rule: Record<string, unknown>;
    stock_send_rule: Record<string, unknown>;
    send_count_information: {
        total_send_num: number;
        total_send_amount?: number;
        today_send_num: number;
    };
    [field: string]: unknown;
}
/** A user coupon as the user-coupon endpoints answer it, plus the owner's `openid` and `appid`. */
interface CouponSnapshot {
    coupon_code: string;
    stock_id: string;
    coupon_state: CouponState;
    openid: string;
    appid: string;
    available_start_time: string;
    expire_time: string;
    receive_time: string;
    send_request_no: string;
    [field: string]: unknown;
}
interface CouponCodeSnapshot {
    code: string;
    code_status: 'AVAILABLE' | 'DISPATCHED';
    upload_time: string;
    dispatched_time?: string;
    openid?: string;
    coupon_code?: string;
}
interface SubsidyPayReceipt {
    subsidy_receipt_id: string;
    stock_id: string;
    coupon_code: string;
    transaction_id: string;
    payer_merchant: string;
    payee_merchant: string;
    amount: number;
    description: string;
    status: string;
    success_time: string;
    out_subsidy_no: string;
    create_time: string;
    /** Sandbox bookkeeping: the amount already returned. */
    returned: number;
}
interface SubsidyReturnReceipt {
    subsidy_return_receipt_id: string;
    stock_id: string;
    coupon_code: string;
    transaction_id: string;
    refund_id: string;
    payer_merchant: string;
    payee_merchant: string;
    amount: number;
    description: string;
    status: string;
    return_done_time: string;
    subsidy_receipt_id: string;
    out_subsidy_return_no: string;
    return_create_time: string;
}

/** The pseudo endpoint id of `GET /v3/certificates` (in the request log and in `faults.endpoints`). */
declare const CERTIFICATES_ENDPOINT = "certificates";

type SandboxErrorCode = 
/** An unknown option, or a value of the wrong type or range. */
'INVALID_OPTION'
/** `waitFor…` gave up before the awaited event happened. */
 | 'WAIT_TIMEOUT'
/** A seed helper was asked to create something that already exists or cannot exist. */
 | 'SEED_CONFLICT'
/** The sandbox was used after `close()`. */
 | 'CLOSED';
/** Everything `@tools/sandbox` throws at its caller (never sent over HTTP: the wire gets WeChat-style JSON errors). */
declare class SandboxError extends WechatPayError {
    readonly name: "SandboxError";
    readonly code: SandboxErrorCode;
    constructor(message: string, options: {
        code: SandboxErrorCode;
        cause?: unknown;
    });
}
declare function isSandboxError(error: unknown): error is SandboxError;

/** Fields of a stock to seed; anything not given gets a working default. Same names as the create_stock body. */
interface SeedStockInput {
    /** An explicit id (e.g. a documentation example); generated otherwise. */
    stock_id?: string;
    stock_name?: string;
    belong_merchant?: string;
    comment?: string;
    goods_name?: string;
    stock_type?: StockType;
    coupon_code_mode?: CouponCodeMode;
    /** Merged into the default rule: NORMAL 1 元 off 10 元, usable from yesterday for 180 days, OFF_LINE. */
    coupon_use_rule?: Record<string, unknown>;
    /** Merged into the default rule: 1 000 000 coupons, 100 per user. */
    stock_send_rule?: Record<string, unknown>;
    custom_entrance?: Record<string, unknown>;
    display_pattern_info?: Record<string, unknown>;
    /** Defaults to `{ notify_appid: DEFAULT_APPID }`, so callbacks carry the openid (`{}` for none). */
    notify_config?: Record<string, unknown>;
    subsidy?: boolean;
}
interface SeedCouponInput {
    /** The stock to issue from; created (with this id) when it does not exist. A shared default stock otherwise. */
    stock_id?: string;
    /** An explicit code; generated (22 digits) otherwise. */
    coupon_code?: string;
    openid?: string;
    appid?: string;
    /** The state to leave the coupon in (default SENDED). */
    coupon_state?: CouponState;
    send_request_no?: string;
    send_channel?: string;
    /** Send the COUPON.SEND callback like any issued coupon (default true; needs a notify URL to be posted). */
    notify?: boolean;
}
/** `sb.seed`: create data directly, without signed requests, budgets or limits. */
interface SandboxSeed {
    createStock(input?: SeedStockInput): StockSnapshot;
    sendCoupon(input?: SeedCouponInput): CouponSnapshot;
    /** `count` coupons with generated codes from one stock (for load tests). */
    sendCoupons(count: number, input?: Omit<SeedCouponInput, 'coupon_code'>): CouponSnapshot[];
    /** Pre-stored codes for a MERCHANT_UPLOAD stock. */
    uploadCodes(stockId: string, codes: readonly string[]): void;
    /** Where COUPON.SEND callbacks go (what POST /v3/marketing/busifavor/callbacks sets). */
    setNotifyUrl(url: string): void;
}

/**
 * The example values of WeChat Pay's busifavor pages (and of the SDK docs that copy them), pre-loaded by
 * `seedExamples: true` / `--seed-examples` so documentation snippets run unchanged against the sandbox.
 */
declare const SANDBOX_EXAMPLES: Readonly<{
    /** 使券失效 / 申请退券 example: a SENDED coupon (so deactivate succeeds; return needs USED and is refused). */
    deactivate: {
        stock_id: string;
        coupon_code: string;
        deactivate_request_no: string;
        deactivate_reason: string;
    };
    /** 核销 / 关联订单 / 取消关联 / 向用户发券 example: a MERCHANT_API stock whose coupon was sent with this request-no. */
    use: {
        stock_id: string;
        coupon_code: string;
        openid: string;
        appid: string;
        out_request_no: string;
        out_trade_no: string;
    };
    /** 查询商家券详情 / 查询预存code详情 example: a MERCHANT_UPLOAD stock holding the AVAILABLE code `1212`. */
    stock: {
        stock_id: string;
        coupon_code: string;
    };
    /** 修改商家券基本信息 example. */
    modifyStock: {
        stock_id: string;
    };
    /** 修改批次预算 / 上传预存code example: max_coupons 500, max_coupons_by_day 300, MERCHANT_UPLOAD. */
    budget: {
        stock_id: string;
        current_max_coupons: number;
        current_max_coupons_by_day: number;
    };
    /** 根据过滤条件查询用户券 / 查询用户单张券详情 example. */
    user: {
        stock_id: string;
        openid: string;
        appid: string;
        coupon_code: string;
    };
    /** 营销补差 examples: a USED coupon with a paid subsidy and a partial return on it. */
    subsidy: {
        stock_id: string;
        coupon_code: string;
        transaction_id: string;
        payer_merchant: string;
        payee_merchant: string;
        subsidy_receipt_id: string;
        subsidy_return_receipt_id: string;
    };
}>;

/** The merchant identity the sandbox accepts: configure your client with it. */
interface SandboxMerchant {
    mchid: string;
    /** 商户API证书序列号 (uppercase hex). */
    serial: string;
    /** apiclient_key.pem */
    privateKeyPem: string;
    /** apiclient_cert.pem */
    certificatePem: string;
}
/** WeChat Pay's side: what your client verifies answers and callbacks with. */
interface SandboxPlatform {
    /** The serial to configure: `PUB_KEY_ID_…` in public-key and both modes, the certificate serial in certificate mode. */
    serial: string;
    /** The public key behind `serial` (PEM, SPKI). */
    publicKeyPem: string;
    /** The platform certificate (certificate and both modes). */
    certificatePem: string | undefined;
    certificateSerial: string | undefined;
    /** Every verification key by serial, ready for a client's `platformKeys` option. */
    readonly keys: Record<string, string>;
    /** WeChat Pay's private key behind `serial` — sandbox only, e.g. for `signNotificationForTest` in your own tests. */
    privateKeyPem: string;
}
interface CouponFilter {
    stock_id?: string;
    openid?: string;
    coupon_state?: CouponState;
}
/** `sb.state`: read-only snapshots of the sandbox's busifavor data. */
interface SandboxState {
    stocks(): StockSnapshot[];
    stock(stockId: string): StockSnapshot | undefined;
    coupons(filter?: CouponFilter): CouponSnapshot[];
    /** A coupon by code (and stock, when several stocks hold the code). */
    coupon(couponCode: string, stockId?: string): CouponSnapshot | undefined;
    couponCodes(stockId: string): CouponCodeSnapshot[];
    notifyUrl(mchid?: string): string | undefined;
    notifications(): NotificationRecord[];
    subsidyPayReceipts(): Omit<SubsidyPayReceipt, 'returned'>[];
    subsidyReturnReceipts(): SubsidyReturnReceipt[];
    /** An uploaded image by SHA-256. */
    mediaBytes(sha256: string): {
        contentType: string;
        bytes: Buffer;
    } | undefined;
}
/** `sb.callbacks`: COUPON.SEND deliveries. */
interface SandboxCallbacks {
    /** The notify URL in force (set through the API or `sb.seed.setNotifyUrl`). */
    readonly url: string | undefined;
    /** Every notification, oldest first; records update as their deliveries proceed. */
    readonly notifications: NotificationRecord[];
    /** Every delivery attempt, oldest first. */
    readonly deliveries: DeliveryAttempt[];
    /** Posts a `WECHATPAY/SIGNTEST/` probe to `url` (default: the notify URL) now; resolves after the attempt. */
    probe(url?: string): Promise<NotificationRecord>;
    /** Resolves with the first notification matching `filter` (default: any delivered one). */
    waitFor(filter?: WaitForNotificationFilter, options?: {
        timeoutMs?: number;
    }): Promise<NotificationRecord>;
    /** Resolves when no notification is pending (delivered, failed or skipped). */
    idle(options?: {
        timeoutMs?: number;
    }): Promise<void>;
}
/** `sb.faults`. */
interface SandboxFaults {
    /** Replaces the faults in force (unknown keys throw `SandboxError` INVALID_OPTION). */
    set(settings: FaultSettings): void;
    reset(): void;
    get(): FaultSettings;
}
interface Sandbox {
    /** `http://127.0.0.1:PORT`: the client's base URL. */
    readonly url: string;
    readonly mode: SandboxMode;
    readonly merchant: SandboxMerchant;
    readonly platform: SandboxPlatform;
    /** The 32-character APIv3 key (callbacks and certificates are encrypted with it). */
    readonly apiv3Key: string;
    readonly seed: SandboxSeed;
    readonly state: SandboxState;
    readonly faults: SandboxFaults;
    readonly callbacks: SandboxCallbacks;
    /** Every API request received (method, url, status, parsed body…). */
    readonly requestLog: RequestLog;
    /** The endpoint ids the sandbox routes (from the `@api/busifavor` registry). */
    endpoints(): string[];
    /**
     * Issues a new platform certificate and signs with it from now on (certificate and both modes), so a client's
     * "unknown serial → refresh certificates" path can be tested. The old certificate stays downloadable.
     */
    rotatePlatformCertificate(): {
        serial: string;
        certificatePem: string;
    };
    /** Stops the server, cancels pending callbacks and closes open connections. */
    close(): Promise<void>;
}
/**
 * Starts a local WeChat Pay: a real HTTP server that checks signatures, signs answers, keeps busifavor state, sends
 * encrypted callbacks and injects faults.
 * @example
 * const sb = await startSandbox({ seedExamples: true })
 * // point a client at sb.url with sb.merchant and sb.platform.keys, then:
 * await sb.close()
 * @throws {SandboxError} INVALID_OPTION for unknown or ill-typed options.
 */
declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;

export { ADMIN_PREFIX, BLOCKED_CALLBACK_HOST_SUFFIXES, CERTIFICATES_ENDPOINT, type CouponCodeMode, type CouponCodeSnapshot, type CouponFilter, type CouponSnapshot, type CouponState, DEFAULT_ADMIN_MAX_BODY_BYTES, DEFAULT_APPID, DEFAULT_CALLBACK_RETRY_DELAYS_MS, DEFAULT_CALLBACK_TIMEOUT_MS, DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_HOST, DEFAULT_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SKEW_SECONDS, DEFAULT_MCHID, DEFAULT_MODE, DEFAULT_OPENID, DEFAULT_PORT, DEFAULT_REQUEST_LOG_LIMIT, DEFAULT_REQUEST_TIMEOUT_MS, type DeliveryAttempt, type FaultSettings, type GeneratedSandboxKeys, IDEMPOTENCY_RECORDS_LIMIT, MAX_IMAGE_BYTES, MAX_JSON_DEPTH, type NotificationRecord, type NotificationState, RequestLog, type RequestLogEntry, SANDBOX_EXAMPLES, type Sandbox, type SandboxCallbacks, SandboxError, type SandboxErrorCode, type SandboxFaults, type SandboxKeys, type SandboxMerchant, type SandboxMode, type SandboxOptions, type SandboxPlatform, type SandboxSeed, type SandboxState, type SeedCouponInput, type SeedStockInput, type StockSnapshot, type StockState, type StockType, type SubsidyPayReceipt, type SubsidyReturnReceipt, type WaitForNotificationFilter, generateSandboxKeys, isSandboxError, startSandbox };
