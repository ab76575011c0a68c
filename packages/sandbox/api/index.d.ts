import { AnyFamily, AnyEndpoint } from '@core/kit/define';
import { z } from 'zod';
import { busifavor, Endpoints } from '@api/busifavor/schemas';
import { KeyInput, WechatPayError } from '@core/signer';
import { Endpoints as Endpoints$1, pay } from '@api/pay/schemas';

/** One POST of a notification to the merchant's notify_url (or to the forwarding URL). */
interface DeliveryAttempt {
    notificationId: string;
    /** 1 for the first delivery, 2 for the first retry, … (a resend counts too). */
    attempt: number;
    /**
     * Position in the sandbox's delivery log, 1, 2, … in the order attempts finished: `GET /__sandbox/deliveries?after=N`
     * answers the attempts after N, so a follower (`wxpay listen`) sees each one once.
     */
    seq: number;
    url: string;
    /** Epoch ms (sandbox clock) when the attempt started. */
    time: number;
    /** The merchant's HTTP status, when it answered. */
    status: number | undefined;
    /** The start of the merchant's answer body (at most {@link DELIVERY_RESPONSE_LIMIT} characters), when it sent one. */
    response: string | undefined;
    /** Why the attempt failed without a status (timeout, connection refused…). */
    error: string | undefined;
    /** True for a 2xx answer. For a probe, a 2xx means the merchant accepted a forged signature. */
    ok: boolean;
    durationMs: number;
    probe: boolean;
    /** True for a replay asked for with `sb.callbacks.resend(id)`: same id and body, fresh signature, no retries. */
    resend: boolean;
    /** When this attempt failed and the schedule goes on: the wait before the next attempt, in ms. */
    nextRetryMs: number | undefined;
}
/** How much of a merchant's answer body a delivery attempt keeps. */
declare const DELIVERY_RESPONSE_LIMIT = 1024;
type NotificationState = 'pending' | 'delivered' | 'failed' | 'skipped';
/** A notification the sandbox generated, with its delivery history. */
interface NotificationRecord {
    id: string;
    /** `event` for a real callback, `probe` for a `WECHATPAY/SIGNTEST/` signature probe. */
    kind: 'event' | 'probe';
    event_type: string;
    create_time: string;
    /** Where it was (or would have been) posted: the forwarding URL when `forwarded`. */
    url: string | undefined;
    /** True when `sb.callbacks.forwardTo` was in force as it was created: `url` is the forwarding URL. */
    forwarded: boolean;
    /** Its own URL (the order's notify_url, the merchant's callback URL…), which forwarding replaced. */
    originalUrl: string | undefined;
    /** The decrypted resource (what the merchant sees after decryption). */
    resource: Record<string, unknown>;
    /** The exact JSON body posted (the same bytes on every attempt). */
    body: string;
    state: NotificationState;
    /** Why a notification was not posted (no notify_url, a WeChat-owned host…). */
    skipReason: string | undefined;
    attempts: DeliveryAttempt[];
    /** The delays between its attempts (its family's schedule, or the `callbackRetryDelaysMs` option). */
    retryDelaysMs: readonly number[];
}
interface WaitForNotificationFilter {
    id?: string;
    /** `event_type`, e.g. `COUPON.SEND`, `TRANSACTION.SUCCESS`. */
    eventType?: string;
    /** Fields the decrypted resource must have, compared by value (e.g. `{ out_trade_no: 'T1' }`). */
    resource?: Record<string, unknown>;
    /** Shorthands for `resource: { coupon_code }` and `resource: { stock_id }`. */
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
/**
 * Busifavor callbacks (and any notification without a schedule of its own): the first attempt plus 10 retries one
 * minute apart (11 in total, per wechatpay.im).
 */
declare const DEFAULT_CALLBACK_RETRY_DELAYS_MS: readonly number[];
/**
 * Payment and refund callbacks (TRANSACTION.SUCCESS, REFUND.*): WeChat Pay's own schedule after a failed delivery,
 * 15 s, 15 s, 30 s, 3 min, 10 min, 20 min, 30 min × 3, 60 min, 3 h × 3, 6 h × 2 (protocol.md §6).
 */
declare const PAY_CALLBACK_RETRY_DELAYS_MS: readonly number[];
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
/**
 * Notification hosts of documentation examples: WeChat Pay's own and the RFC 2606 example domains (the pay examples'
 * `https://www.example.com/wechatpay/notify`). Recorded, never posted to.
 */
declare const BLOCKED_CALLBACK_HOST_SUFFIXES: readonly string[];
/** Business request-nos remembered for idempotent replay; the oldest are forgotten beyond this (long load tests). */
declare const IDEMPOTENCY_RECORDS_LIMIT = 200000;

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

/** The pseudo endpoint id of `GET /v3/certificates` (in the request log and in `faults.endpoints`). */
declare const CERTIFICATES_ENDPOINT = "certificates";

/** Which of WeChat Pay's checks refused the request, in the order they run. */
type RefusedCheck = 'authorization-missing' | 'authorization-format' | 'mchid' | 'serial' | 'timestamp' | 'signature' | 'nonce-reused';
/** Body bytes as the sandbox received them (for an image upload: the `meta` part, which is what is signed). */
interface RefusedBody {
    /** Bytes received. */
    length: number;
    /** SHA-256 of all of them, hex: compare it with the digest of the bytes your client signed. */
    sha256: string;
    /** The bytes as UTF-8 text when they are valid UTF-8 (cut at {@link REFUSAL_BODY_LIMIT} bytes). */
    text: string | undefined;
    /** The bytes as base64 when they are not valid UTF-8 (cut likewise). */
    base64: string | undefined;
    truncated: boolean;
}
/** Why the sandbox refused a request's signature: every check it made, never the signature value. */
interface SignatureRefusal {
    check: RefusedCheck;
    /** The answer's message, worded as WeChat Pay words it. */
    reason: string;
    /** The Authorization parameters received, `signature` replaced by `[redacted: N characters]`. */
    authorization: Record<string, string> | undefined;
    /** The canonical sign string `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n` built from the request as received. */
    signString: string | undefined;
    /** SHA-256 (hex) of the whole sign string's bytes, body included even when `signString` is cut. */
    signStringSha256: string | undefined;
    mchid: {
        received: string | undefined;
        expected: string;
        matches: boolean;
    };
    serial: {
        received: string | undefined;
        expected: string;
        matches: boolean;
    };
    time: {
        /** Server time, unix seconds. */
        server: number;
        request: number | undefined;
        /** server − request, seconds. */
        skewSeconds: number | undefined;
        maxSkewSeconds: number;
        within: boolean | undefined;
    };
    body: RefusedBody;
    /** For a bad signature: the common client mistake whose sign string the signature does match, if one does. */
    signedInstead: string | undefined;
}
/** Body bytes kept in a refusal (text or base64); the length and digest always cover everything received. */
declare const REFUSAL_BODY_LIMIT: number;

interface MultipartPart {
    name: string;
    filename: string | undefined;
    contentType: string | undefined;
    data: Buffer;
}

/** The body WeChat Pay answers errors with: `{"code":"PARAM_ERROR","message":"…","detail":{…}}`. */
interface WechatErrorBody {
    code: string;
    message: string;
    detail?: Record<string, unknown>;
}
/**
 * A WeChat-style error raised inside the sandbox; the server turns it into the HTTP answer. Business rules throw these
 * so a handler reads like the documentation's preconditions.
 */
declare class ApiProblem extends Error {
    readonly status: number;
    readonly code: string;
    readonly detail: Record<string, unknown> | undefined;
    constructor(status: number, code: string, message: string, detail?: Record<string, unknown>);
    toBody(): WechatErrorBody;
}
declare const paramError: (message: string, detail?: Record<string, unknown>) => ApiProblem;
/** A well-formed request that breaks a business rule (state machine, budget, idempotency conflict). */
declare const invalidRequest: (message: string, detail?: Record<string, unknown>) => ApiProblem;
declare const notExists: (message: string, detail?: Record<string, unknown>) => ApiProblem;

/** A callback a family sends: the sandbox signs, encrypts, posts and retries it as WeChat Pay does. */
interface OutgoingNotification {
    /** `event_type`, e.g. `COUPON.SEND`, `TRANSACTION.SUCCESS`. */
    eventType: string;
    /** `summary`, e.g. `商家券领券通知`. */
    summary: string;
    /** `resource.original_type` and the AAD, e.g. `coupon`, `transaction`. */
    originalType: string;
    associatedData: string;
    /** The plaintext of `resource`. */
    resource: Record<string, unknown>;
    /** Where to post it (an order's notify_url, the merchant's callback URL…); `undefined` records it as skipped. */
    url: string | undefined;
    /** Why it is not posted when `url` is undefined, e.g. `no notify_url set (POST /v3/…/callbacks)`. */
    missingUrlReason: string;
    /**
     * The family's own retry schedule (delays after each failed attempt), e.g. WeChat Pay's payment-callback schedule.
     * The sandbox option `callbackRetryDelaysMs` overrides it when given; default ten times 60 s.
     */
    retryDelaysMs?: readonly number[];
}
/** A pending {@link FamilyContext.schedule} run. */
interface ScheduledRun {
    cancel(): void;
}
/** What every family's handlers, seed and views share about the sandbox they run in. */
interface FamilyContext {
    /** The merchant the sandbox accepts. */
    readonly mchid: string;
    /** The sandbox clock, epoch ms. */
    clock(): number;
    /** `http://127.0.0.1:PORT` once listening (media URLs and the like point back at it). */
    baseUrl(): string;
    /** Sends a callback (signed, encrypted, retried on WeChat Pay's schedule, probes included). */
    notify(notification: OutgoingNotification): NotificationRecord;
    /** A number unique within the sandbox, for ids. */
    next(): number;
    /**
     * Runs an API call through the whole pipeline without HTTP (validation, idempotency, handler), e.g. for seeding.
     * `at` runs it at another sandbox time (the handler's `now`), e.g. to seed yesterday's orders for a bill.
     */
    execute(endpointId: string, input: {
        params?: Record<string, string>;
        query?: Record<string, string>;
        json?: unknown;
    }, options?: {
        at?: number;
    }): {
        status: number;
        body: Record<string, unknown> | undefined;
    };
    /**
     * What another mounted family shares ({@link SandboxFamily.exports}), by its name (`pay`, `busifavor`…), or
     * `undefined` when that family is not mounted. `T` is the interface the caller needs: declare it on your side.
     */
    use<T extends object>(family: string): T | undefined;
    /**
     * Runs `run` after `delayMs` of real time (timers, not the sandbox clock: a test clock may be frozen), unless the
     * sandbox closes first. Read `clock()` inside `run` for timestamps. Errors thrown by `run` are swallowed.
     */
    schedule(delayMs: number, run: () => void): ScheduledRun;
}
type Out<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;
/** What a handler sees: input already validated against the endpoint's schemas, typed from them. */
interface HandlerContext<E extends AnyEndpoint, State> {
    endpoint: E;
    /** Path parameters, percent-decoded and validated. */
    params: Out<E['pathParams']>;
    query: Out<E['query']>;
    body: Out<E['body']>;
    /** The caller's mchid (from its verified Authorization). */
    mchid: string;
    state: State;
    /** Sandbox clock, epoch ms. */
    now: number;
    family: FamilyContext;
    /** Parts of a multipart upload. */
    files: MultipartPart[] | undefined;
}
/** A handler's answer: the response schema's input type, so a view that drifts from the schema does not compile. */
type HandlerAnswer<E extends AnyEndpoint> = E['response'] extends z.ZodType ? {
    status?: 200;
    body: z.input<E['response']>;
} : {
    status: 204;
    body?: undefined;
};
type Handler<E extends AnyEndpoint, State> = (context: HandlerContext<E, State>) => HandlerAnswer<E>;
/**
 * One handler per endpoint of the family. A mapped type over the registry: an endpoint without a handler, or a handler
 * for an endpoint the registry does not have, is a compile error — the list is the registry, never typed out again.
 */
type FamilyHandlers<F extends AnyFamily, State> = {
    readonly [K in keyof F['endpoints']]: Handler<F['endpoints'][K], State>;
};
/** An admin answer sent as raw bytes (e.g. an uploaded image), not as JSON. */
declare class AdminFile {
    readonly contentType: string;
    readonly bytes: Buffer;
    constructor(contentType: string, bytes: Buffer);
}
/** An admin route a family adds under `/__sandbox` (unsigned, unlogged; for the CLI and for tests in any language). */
interface AdminRoute<State, Seed> {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    /** Below the admin prefix, e.g. `/stocks`; `{name}` slots are passed as `params`. */
    path: string;
    /** Resolves with the JSON to answer (an {@link AdminFile} for bytes); a `SandboxError` answers 400. */
    handle(input: {
        body: unknown;
        params: Record<string, string>;
        state: State;
        seed: Seed;
    }): unknown;
}
/**
 * A family as the sandbox emulates it: the API family (its registry), its state, one handler per endpoint, direct data
 * creation (`sb.seed`), read-only views (`sb.state`), its documentation examples and admin routes.
 */
interface SandboxFamily<F extends AnyFamily = AnyFamily, State = any, Seed extends object = object, Views extends object = object> {
    family: F;
    createState(context: FamilyContext): State;
    handlers: FamilyHandlers<F, State>;
    /** Merged into `sb.seed` (names must not clash across families). */
    seed(state: State, context: FamilyContext): Seed;
    /** Merged into `sb.state` (names must not clash across families). */
    views(state: State, context: FamilyContext): Views;
    /** The JSON `GET /__sandbox/state` shows for this family. */
    snapshot(state: State, context: FamilyContext): Record<string, unknown>;
    /** The merchant-level callback URL this family posts to, if it has one (`sb.callbacks.url`, probes' default). */
    callbackUrl?(state: State, context: FamilyContext): string | undefined;
    /** Loads the family's documentation examples (`seedExamples`), so every docs snippet runs unchanged. */
    examples?(seed: Seed, state: State, context: FamilyContext): void;
    admin?: readonly AdminRoute<State, Seed>[];
    /** The callback a signature probe imitates (a well-formed event of this family). */
    probe?: (context: FamilyContext) => Omit<OutgoingNotification, 'url' | 'missingUrlReason'>;
    /** What other families may read through `context.use(name)` (e.g. pay's orders, for busifavor's associate). */
    exports?(state: State, context: FamilyContext): object;
    /** Files served from signed GETs with unsigned answers (pay's bill download). */
    downloads?: readonly DownloadRoute<State>[];
    /** Endpoints sharing one business-number space (pay's four prepay endpoints share `out_trade_no`). */
    idempotency?: readonly IdempotencyScope<keyof F['endpoints'] & string>[];
}
/**
 * A file a family serves from a signed GET whose answer is NOT signed (WeChat Pay's bill download): the engine verifies
 * the merchant's signature like any request, then sends the bytes as they are.
 */
interface DownloadRoute<State> {
    /** The name the request log and `faults.endpoints` use, e.g. `bill_download`. */
    id: string;
    /** The exact path, e.g. `/v3/billdownload/file` (the query is passed to `handle`). */
    path: string;
    /** The file; an `ApiProblem` answers a signed WeChat error as usual. */
    handle(input: {
        query: Record<string, string>;
        state: State;
        now: number;
        mchid: string;
    }): {
        contentType: string;
        bytes: Buffer;
    };
}
/**
 * Endpoints whose business numbers share one space: a number used by one of them and reused by another (or by the same
 * one) with other parameters is refused, with the same parameters it replays the first answer. Without a scope each
 * endpoint has its own space.
 */
interface IdempotencyScope<EndpointId extends string = string> {
    /** E.g. the four prepay endpoints, which share `out_trade_no`. */
    endpoints: readonly EndpointId[];
    /** The refusal of a reused number (default: 400 INVALID_REQUEST). */
    conflict?: (field: string, value: string) => ApiProblem;
}
type AnySandboxFamily = SandboxFamily<any, any, any, any>;
/** Checks a sandbox family's shape and keeps its types (handlers are checked against the registry). */
declare function defineSandboxFamily<F extends AnyFamily, State, Seed extends object, Views extends object>(family: SandboxFamily<F, State, Seed, Views>): SandboxFamily<F, State, Seed, Views>;

type Schema$1<T> = T extends z.ZodType ? T : never;
/** The validated request body of an endpoint. */
type BodyOf$1<K extends keyof Endpoints> = z.output<Schema$1<Endpoints[K]['body']>>;
/** An endpoint's answer as the sandbox builds it (the response schema's input). */
type ViewOf$1<K extends keyof Endpoints> = z.input<Schema$1<Endpoints[K]['response']>>;
type BusifavorFamily = typeof busifavor;
/** A stock as `GET /v3/marketing/busifavor/stocks/{stock_id}` answers it (with the counts the sandbox always has). */
type StockSnapshot = ViewOf$1<'get_stock'> & {
    send_count_information: {
        total_send_num: number;
        today_send_num: number;
    } & NonNullable<ViewOf$1<'get_stock'>['send_count_information']>;
};
/** A user coupon as the user-coupon endpoints answer it (the states the sandbox produces). */
type CouponView = ViewOf$1<'list_user_coupons'>['data'][number];
/** A user coupon with the fields the sandbox always has, plus its owner's `openid` and `appid`. */
type CouponSnapshot = CouponView & {
    coupon_code: string;
    stock_id: string;
    coupon_state: NonNullable<CouponView['coupon_state']>;
    available_start_time: string;
    expire_time: string;
    receive_time: string;
    send_request_no: string;
    openid: string;
    appid: string;
};
/** A pre-stored code as `GET …/couponcodes/{coupon_code}` answers it. */
type CouponCodeSnapshot = ViewOf$1<'get_coupon_code'>['code_information'];
type SubsidyReturnReceipt = ViewOf$1<'subsidy_return'>;
/** A subsidy payment receipt plus the sandbox's bookkeeping of the amount already returned. */
type SubsidyPayReceipt = ViewOf$1<'subsidy_pay'> & {
    returned: number;
};
type CouponState = NonNullable<CouponView['coupon_state']>;
type StockType = StockSnapshot['stock_type'];
type CouponCodeMode = NonNullable<BodyOf$1<'create_stock'>['coupon_code_mode']>;
type StockState = StockSnapshot['stock_state'];

/** A stock's rules as created (the create_stock body without its request-no), changed in place by modify_stock. */
type StockDefinition = Omit<BodyOf$1<'create_stock'>, 'out_request_no'>;
interface StockRecord {
    stock_id: string;
    definition: StockDefinition;
    creator_merchant: string;
    stock_state: StockState;
    create_time: number;
    sent: number;
    sentByDay: Map<string, number>;
    sentByUser: Map<string, number>;
    codes: Map<string, CodeRecord>;
}
interface CodeRecord {
    code: string;
    code_status: 'AVAILABLE' | 'DISPATCHED';
    upload_time: number;
    dispatched_time?: number;
    openid?: string;
    coupon_code?: string;
}
interface CouponRecord {
    coupon_code: string;
    stock_id: string;
    openid: string;
    appid: string;
    state: CouponState;
    receive_time: number;
    available_start_time: number;
    expire_time: number;
    send_request_no: string;
    send_channel: string;
    use_request_no?: string;
    use_time?: number;
    associate_out_trade_no?: string;
    return_request_no?: string;
    return_time?: number;
    deactivate_request_no?: string;
    deactivate_time?: number;
    deactivate_reason?: string;
}
interface MediaRecord {
    sha256: string;
    filename: string;
    contentType: string;
    bytes: Buffer;
    media_url: string;
}
interface SendCouponInput {
    stock_id: string;
    openid: string;
    appid: string;
    send_request_no: string;
    coupon_code?: string;
    send_channel?: string;
    /** Seed helpers bypass budgets, per-user limits and the stock's code mode. */
    enforce: boolean;
    /** Force a state (seed helpers: a coupon that is already USED, EXPIRED, …). */
    state?: CouponState;
    /** Emit a COUPON.SEND notification (default true). */
    notify?: boolean;
}
/** Busifavor's world: stocks, pre-stored codes, user coupons, subsidy receipts, media, notification URLs. */
declare class BusifavorState {
    #private;
    readonly clock: () => number;
    readonly next: () => number;
    readonly stocks: Map<string, StockRecord>;
    readonly coupons: Map<string, CouponRecord>;
    readonly payReceipts: Map<string, SubsidyPayReceipt>;
    readonly returnReceipts: Map<string, {
        [x: string]: unknown;
        stock_id: string;
        coupon_code: string;
        transaction_id: string;
        refund_id: string;
        payer_merchant: string;
        payee_merchant: string;
        amount: number;
        description: string;
        status: "RETURN_RECEIPT_UNKNOWN" | "RETURN_RECEIPT_ACCEPTED" | "RETURN_RECEIPT_SUCCESS" | "RETURN_RECEIPT_FAIL";
        subsidy_receipt_id: string;
        out_subsidy_return_no: string;
        subsidy_return_receipt_id?: string | undefined;
        fail_reason?: "RETURN_RECEIPT_INSUFFICIENT_BALANCE" | "RETURN_RECEIPT_OTHER" | undefined;
        return_done_time?: string | undefined;
        return_create_time?: string | undefined;
    }>;
    readonly media: Map<string, MediaRecord>;
    readonly notifyUrls: Map<string, {
        notify_url: string;
        update_time: string;
    }>;
    readonly cards: Map<string, {
        card_id: string;
        appid: string;
        openid: string;
        out_request_no: string;
    }>;
    readonly presends: Map<string, {
        stock_id: string;
        appid: string;
        openid?: string;
        coupon_code?: string;
    }>;
    /** Called after every coupon issued (API or seed), to drive COUPON.SEND callbacks. */
    onCouponSent: ((coupon: CouponRecord, stock: StockRecord) => void) | undefined;
    constructor(clock: () => number, next: () => number);
    /** Validates the business rules zod cannot express and stores the stock. */
    createStock(body: BodyOf$1<'create_stock'>, creator: string, stockId?: string): StockRecord;
    stock(stockId: string): StockRecord;
    codeMode(stock: StockRecord): CouponCodeMode;
    /** The end of the stock's usable window (sending and modifying stop there). */
    stockEnd(stock: StockRecord): number;
    discountAmount(stock: StockRecord): number | undefined;
    uploadCodes(stock: StockRecord, list: readonly string[]): ViewOf$1<'upload_coupon_codes'>;
    /** Issues a coupon to a user, enforcing the stock's mode, validity, budget and per-user limit when asked to. */
    sendCoupon(input: SendCouponInput): CouponRecord;
    /** Moves a SENDED coupon past its expire_time to EXPIRED (time is only looked at when a coupon is touched). */
    refresh(coupon: CouponRecord): CouponRecord;
    /** Finds a coupon by code (and stock when given). @throws 404 RESOURCE_NOT_EXISTS */
    coupon(code: string, stockId: string | undefined): CouponRecord;
    /** Coupons by code regardless of stock (a user may hold the same merchant code from two stocks). */
    couponsByCode(code: string): CouponRecord[];
    allCoupons(): CouponRecord[];
}

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
/** `sb.seed` (busifavor): create data directly, without signed requests, budgets or limits. */
interface BusifavorSeed {
    createStock(input?: SeedStockInput): StockSnapshot;
    sendCoupon(input?: SeedCouponInput): CouponSnapshot;
    /** `count` coupons with generated codes from one stock (for load tests). */
    sendCoupons(count: number, input?: Omit<SeedCouponInput, 'coupon_code'>): CouponSnapshot[];
    /** Pre-stored codes for a MERCHANT_UPLOAD stock. */
    uploadCodes(stockId: string, codes: readonly string[]): void;
    /** Where COUPON.SEND callbacks go (what POST /v3/marketing/busifavor/callbacks sets). */
    setNotifyUrl(url: string): void;
}

interface CouponFilter {
    stock_id?: string;
    openid?: string;
    coupon_state?: CouponState;
}
/** `sb.state` (busifavor): read-only snapshots of the sandbox's 商家券 data. */
interface BusifavorViews {
    stocks(): StockSnapshot[];
    stock(stockId: string): StockSnapshot | undefined;
    coupons(filter?: CouponFilter): CouponSnapshot[];
    /** A coupon by code (and stock, when several stocks hold the code). */
    coupon(couponCode: string, stockId?: string): CouponSnapshot | undefined;
    couponCodes(stockId: string): CouponCodeSnapshot[];
    /** The callback URL set with 设置商家券事件通知地址 (or `sb.seed.setNotifyUrl`). */
    notifyUrl(mchid?: string): string | undefined;
    subsidyPayReceipts(): Omit<SubsidyPayReceipt, 'returned'>[];
    subsidyReturnReceipts(): SubsidyReturnReceipt[];
    /** An uploaded image by SHA-256. */
    mediaBytes(sha256: string): {
        contentType: string;
        bytes: Buffer;
    } | undefined;
}
/** 商家券 as the sandbox emulates it: stocks, codes, coupons, subsidies, images and the COUPON.SEND callback. */
declare const busifavorSandbox: SandboxFamily<BusifavorFamily, BusifavorState, BusifavorSeed, BusifavorViews>;
type BusifavorSandbox = typeof busifavorSandbox;

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

/**
 * One API request the sandbox received (admin routes under `/__sandbox/` are not logged). Never holds secrets: no
 * Authorization header and no signature value, for any merchant.
 */
interface RequestLogEntry {
    /** 1, 2, … in arrival order, never reused (also after `clear()`): `GET /__sandbox/requests?after=N` pages by it. */
    seq: number;
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
    /**
     * For a 401 SIGN_ERROR: every check the sandbox made — the sign string it built from the request as received, the
     * Authorization fields (signature redacted), serial, mchid, clock skew, the body's length and SHA-256, and the common
     * mistake the signature matches when one does.
     */
    refusal: SignatureRefusal | undefined;
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
    /** The entries after the one numbered `seq`, oldest first (entries dropped past the limit are gone). */
    after(seq: number): RequestLogEntry[];
    /** Entries for one endpoint id (e.g. `deactivate_coupon`). */
    forEndpoint(endpoint: string): RequestLogEntry[];
    clear(): void;
}

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
/** `sb.callbacks`: the callbacks the families send (COUPON.SEND, TRANSACTION.SUCCESS…) and their deliveries. */
interface SandboxCallbacks {
    /**
     * The merchant-level callback URL in force: busifavor's (set through the API or `sb.seed.setNotifyUrl`), else pay's
     * refund URL (`sb.seed.setRefundNotifyUrl`).
     */
    readonly url: string | undefined;
    /** Every notification, oldest first; records update as their deliveries proceed. */
    readonly notifications: NotificationRecord[];
    /** Every delivery attempt, oldest first. */
    readonly deliveries: DeliveryAttempt[];
    /**
     * The attempts that finished after the one whose `seq` is given (default 0: every attempt), in the order they
     * finished — what a follower polls (`GET /__sandbox/deliveries?after=N`).
     */
    deliveriesAfter(seq?: number): DeliveryAttempt[];
    /** A notification by id. */
    notification(id: string): NotificationRecord | undefined;
    /** The URL every new notification is posted to instead of its own (`forwardTo`, `forwardCallbacksTo`), if any. */
    readonly forwardingTo: string | undefined;
    /**
     * Posts every notification created from now on to `url` instead of its own URL — even when it has none (a seeded
     * order, no notify URL set) — signed, encrypted and retried as usual; probes without an explicit URL go there too.
     * What `wxpay listen --forward-to` uses. `undefined` turns forwarding off.
     * @throws {SandboxError} INVALID_OPTION for a URL that is not http(s) or is a documentation example host.
     */
    forwardTo(url: string | undefined): void;
    /**
     * Replays one notification now: same id and body, fresh signature (timestamp, nonce), to the forwarding URL or its
     * own, never retried — to test a receiver's dedupe. A 2xx settles a pending or skipped notification as delivered.
     * @throws {SandboxError} INVALID_OPTION for an unknown id or when the notification has nowhere to go.
     */
    resend(id: string): Promise<DeliveryAttempt>;
    /** Posts a `WECHATPAY/SIGNTEST/` probe to `url` (default: the forwarding URL, else the notify URL) now. */
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
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type SeedOf<F> = F extends {
    seed(...args: any[]): infer Seed;
} ? Seed : never;
type ViewsOf<F> = F extends {
    views(...args: any[]): infer Views;
} ? Views : never;
/** The families a sandbox runs when `families` is not given. */
type DefaultFamilies = readonly [BusifavorSandbox];
/** `sb.seed`: every family's direct data creation, merged (e.g. busifavor's `createStock`, `sendCoupon`…). */
type SandboxSeed<Families extends readonly AnySandboxFamily[] = DefaultFamilies> = UnionToIntersection<SeedOf<Families[number]>>;
/** `sb.state`: read-only snapshots of every family's data, merged, plus the notifications sent. */
type SandboxState<Families extends readonly AnySandboxFamily[] = DefaultFamilies> = UnionToIntersection<ViewsOf<Families[number]>> & {
    notifications(): NotificationRecord[];
};
interface Sandbox<Families extends readonly AnySandboxFamily[] = DefaultFamilies> {
    /** `http://127.0.0.1:PORT`: the client's base URL. */
    readonly url: string;
    readonly mode: SandboxMode;
    readonly merchant: SandboxMerchant;
    readonly platform: SandboxPlatform;
    /** The 32-character APIv3 key (callbacks and certificates are encrypted with it). */
    readonly apiv3Key: string;
    readonly seed: SandboxSeed<Families>;
    readonly state: SandboxState<Families>;
    readonly faults: SandboxFaults;
    readonly callbacks: SandboxCallbacks;
    /** Every API request received (method, url, status, parsed body…). */
    readonly requestLog: RequestLog;
    /** The names of the families it emulates, e.g. `['busifavor']`. */
    families(): string[];
    /** The endpoint ids the sandbox routes (from the families' registries). */
    endpoints(): string[];
    /** Every family's data as JSON (what `GET /__sandbox/state` answers). */
    snapshot(): Record<string, unknown>;
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
 * The `.env` settings for a running sandbox, exactly what a client needs (the README's WECHATPAY_* variables);
 * writes the PEM files into `dir` (mode 0600). The merchant certificate is not among them: APIv3 requests carry only its serial.
 * With `seeded`, the coupon of the 使券失效 example too, so the demo's deactivate step runs as configured.
 */
declare function sandboxEnv(sb: Sandbox<readonly AnySandboxFamily[]>, dir: string, seeded?: boolean): Record<string, string>;

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

type Schema<T> = T extends z.ZodType ? T : never;
/** The validated request body of an endpoint. */
type BodyOf<K extends keyof Endpoints$1> = z.output<Schema<Endpoints$1[K]['body']>>;
/** An endpoint's answer as the sandbox builds it (the response schema's input). */
type ViewOf<K extends keyof Endpoints$1> = z.input<Schema<Endpoints$1[K]['response']>>;
type PayFamily = typeof pay;
/** The order as both queries answer it, and (decrypted) as TRANSACTION.SUCCESS carries it. */
type TransactionView = ViewOf<'query_order_by_out_trade_no'>;
/** The refund as create, query and abnormal refund answer it. */
type RefundView = ViewOf<'query_refund'>;
type TradeState = NonNullable<TransactionView['trade_state']>;
type RefundStatus = RefundView['status'];
/** Which prepay endpoint placed the order. */
type PrepayKind = 'jsapi' | 'app' | 'h5' | 'native';
/** `trade_type` as WeChat Pay writes it (H5 is `MWEB`). */
type TradeType = 'JSAPI' | 'APP' | 'MWEB' | 'NATIVE';
/** What a prepay answers: the one field the payer's client needs next. */
type PrepayAnswer = {
    prepay_id: string;
} | {
    h5_url: string;
} | {
    code_url: string;
};
/** Any prepay body (the four share their order fields). */
type PrepayBody = BodyOf<'jsapi_prepay'> | BodyOf<'app_prepay'> | BodyOf<'h5_prepay'> | BodyOf<'native_prepay'>;
/** An order as `sb.state.order()` shows it: the query's view plus what the sandbox always knows. */
type OrderSnapshot = TransactionView & {
    trade_state: TradeState;
    trade_type: TradeType;
    /** When the order was placed (RFC 3339, Beijing time). */
    create_time: string;
    /** 分 that may still be refunded (the paid amount less every refund that is not CLOSED). */
    refundable: number;
    /** The prepay answer (`prepay_id`, `h5_url` or `code_url`). */
    prepay: PrepayAnswer;
};
/** A refund as `sb.state.refund()` shows it (what the refund query answers). */
type RefundSnapshot = RefundView;

/**
 * The refund's state machine, in one table: a refund is accepted PROCESSING and settles SUCCESS, ABNORMAL (the money
 * could not go back the original way) or CLOSED; an ABNORMAL refund goes back to PROCESSING when the merchant applies
 * the abnormal refund (to a bank card). Every handler, seed and admin route goes through `applyToRefund`.
 */
declare const REFUND_TRANSITIONS: {
    readonly succeed: {
        readonly from: readonly ["PROCESSING"];
        readonly to: "SUCCESS";
        readonly zh: "退款成功";
    };
    readonly abnormal: {
        readonly from: readonly ["PROCESSING"];
        readonly to: "ABNORMAL";
        readonly zh: "退款异常";
    };
    readonly close: {
        readonly from: readonly ["PROCESSING"];
        readonly to: "CLOSED";
        readonly zh: "退款关闭";
    };
    readonly reapply: {
        readonly from: readonly ["ABNORMAL"];
        readonly to: "PROCESSING";
        readonly zh: "发起异常退款";
    };
};
type RefundAction = keyof typeof REFUND_TRANSITIONS;

interface OrderRecord {
    kind: PrepayKind;
    trade_type: TradeType;
    out_trade_no: string;
    /** The prepay body as validated: the order's fields, answered by the queries. */
    body: PrepayBody;
    /** The request that placed it, to tell a repeat from a reuse once the engine no longer remembers the number. */
    fingerprint: string;
    trade_state: TradeState;
    create_time: number;
    time_expire: number | undefined;
    prepay: PrepayAnswer;
    transaction_id?: string;
    success_time?: number;
    /** The payer, once paid. */
    openid?: string;
    payer_total?: number;
    bank_type?: string;
}
type RefundAmount = ViewOf<'query_refund'>['amount'];
interface RefundRecord {
    out_refund_no: string;
    refund_id: string;
    out_trade_no: string;
    transaction_id: string;
    status: RefundStatus;
    create_time: number;
    success_time?: number;
    channel: string;
    user_received_account: string;
    funds_account: string;
    amount: RefundAmount & {
        payer_refund: number;
        refund: number;
    };
    reason?: string;
    notify_url?: string;
}
/** How the simulated payer pays (seed, admin API, auto-pay). */
interface PayInput {
    /** The payer; a JSAPI order is paid by its `payer.openid`. */
    openid?: string;
    /** 分 the payer paid, when a discount paid the rest (default: the order amount). */
    payer_total?: number;
    /** 付款银行 (default `OTHERS`: the payer's balance). */
    bank_type?: string;
}
/** The ids a seed fixes in advance (the documentation examples' prepay_id, transaction_id, refund_id). */
interface ReservedIds {
    prepay_id?: string;
    transaction_id?: string;
    refund_id?: string;
}
/** Pay's world: orders by out_trade_no and transaction_id, refunds by out_refund_no and refund_id. */
declare class PayState {
    #private;
    readonly mchid: string;
    readonly next: () => number;
    readonly orders: Map<string, OrderRecord>;
    readonly refunds: Map<string, RefundRecord>;
    /** Ids reserved by number (out_trade_no / out_refund_no) for the next order or refund that uses it. */
    readonly reserved: Map<string, ReservedIds>;
    /** The bills behind the download URLs handed out. */
    readonly bills: BillFiles;
    /** The refund callback URL set on the merchant platform (used when a refund request names none). */
    refundNotifyUrl: string | undefined;
    /** True while history is seeded (documentation examples): no callbacks are sent and nothing is scheduled. */
    silent: boolean;
    onPlaced: ((order: OrderRecord) => void) | undefined;
    onPaid: ((order: OrderRecord) => void) | undefined;
    onRefundAccepted: ((refund: RefundRecord) => void) | undefined;
    onRefundSettled: ((refund: RefundRecord) => void) | undefined;
    constructor(mchid: string, next: () => number);
    /** Places an order, or answers a repeat of one (the same request while unpaid: its prepay answer again). */
    place(kind: PrepayKind, body: PrepayBody, mchid: string, now: number): OrderRecord;
    /** Closes an unpaid order whose time_expire has passed (time is only looked at when an order is touched). */
    refresh(order: OrderRecord, now: number): OrderRecord;
    /** @throws 404 ORDER_NOT_EXIST */
    order(outTradeNo: string, now: number): OrderRecord;
    /** A paid order by WeChat Pay's number. @throws 404 ORDER_NOT_EXIST */
    orderByTransaction(transactionId: string, now: number): OrderRecord;
    /** The simulated payer pays: SUCCESS, a transaction_id, and TRANSACTION.SUCCESS. */
    pay(order: OrderRecord, input: PayInput, now: number): OrderRecord;
    /** Moves an order along `fail`, `close`, `expire` or `revoke`. */
    move(order: OrderRecord, action: 'fail' | 'close' | 'expire' | 'revoke', now: number): OrderRecord;
    /** 分 still refundable: the order amount less every refund that is not CLOSED. */
    refundable(order: OrderRecord): number;
    /** Accepts a refund (PROCESSING) within the order's refundable balance. */
    refund(body: BodyOf<'create_refund'>, now: number): RefundRecord;
    /** @throws 404 RESOURCE_NOT_EXISTS */
    refundByNo(outRefundNo: string): RefundRecord;
    /** @throws 404 RESOURCE_NOT_EXISTS */
    refundById(refundId: string): RefundRecord;
    /** Settles a PROCESSING refund (SUCCESS, ABNORMAL or CLOSED) and sends its REFUND.* callback. */
    settle(refund: RefundRecord, action: Exclude<RefundAction, 'reapply'>, now: number): RefundRecord;
    /** 发起异常退款: an ABNORMAL refund goes to a bank card instead, PROCESSING again until it settles. */
    reapply(refund: RefundRecord, body: BodyOf<'apply_abnormal_refund'>): RefundRecord;
}

/** The fee rate the sandbox charges (0.60%, WeChat Pay's common standard rate). */
declare const FEE_RATE = 0.006;
/** A download_url is valid for 30 seconds (on the sandbox clock). */
declare const BILL_URL_TTL_MS = 30000;
/** The files behind the download URLs handed out: the bill as it was when asked for, gzipped when asked. */
declare class BillFiles {
    #private;
    /**
     * Stores a bill and answers `{ hash_type, hash_value, download_url }`. The SHA1 is of the original (uncompressed)
     * bill, as the official docs describe `hash_value` and wechatpay-java checks it (protocol.md §6).
     */
    issue(text: string, gzip: boolean, now: number, baseUrl: string): {
        hash_type: string;
        hash_value: string;
        download_url: string;
    };
    /** The file of a token still valid at `now`. */
    take(token: string, now: number): Buffer | undefined;
}

/** An order to place; anything not given gets a working default. Same names as the prepay body. */
interface SeedOrderInput {
    /** Which prepay endpoint places it (default `JSAPI`; `MWEB` is H5). */
    trade_type?: TradeType;
    /** Default: a fresh `SANDBOX…` number. */
    out_trade_no?: string;
    /** 分, default 100. */
    total?: number;
    description?: string;
    appid?: string;
    /** The JSAPI payer (`payer.openid`). */
    openid?: string;
    /** Where TRANSACTION.SUCCESS goes; default an example.com URL, never posted to (the callback is recorded as skipped). */
    notify_url?: string;
    time_expire?: string;
    attach?: string;
    /** Fixed ids, e.g. a documentation example's (generated otherwise). */
    prepay_id?: string;
    transaction_id?: string;
    /** When it is placed, sandbox epoch ms (default now), e.g. yesterday for a bill. */
    at?: number;
}
interface SeedRefundInput {
    /** Default: a fresh `SANDBOX-RF…` number. */
    out_refund_no?: string;
    /** 分, default everything still refundable. */
    refund?: number;
    reason?: string;
    /** Where the REFUND.* callback goes (default: `setRefundNotifyUrl`'s). */
    notify_url?: string;
    refund_id?: string;
    at?: number;
}
/** `sb.seed` (pay): place orders, play the payer, and settle refunds, without signed requests. */
interface PaySeed {
    /** Places an order through the real prepay pipeline (so the same request later replays its answer). */
    placeOrder(input?: SeedOrderInput): OrderSnapshot;
    /** The payer pays: SUCCESS and TRANSACTION.SUCCESS. A closed or expired order cannot be paid (SEED_CONFLICT). */
    payOrder(outTradeNo: string, input?: PayInput & {
        at?: number;
    }): OrderSnapshot;
    /** The payment fails (PAYERROR). */
    failOrder(outTradeNo: string): OrderSnapshot;
    /** The order's time runs out: CLOSED, as when time_expire passes. */
    expireOrder(outTradeNo: string): OrderSnapshot;
    /** 撤销: REVOKED. */
    revokeOrder(outTradeNo: string): OrderSnapshot;
    /** Refunds a paid order through the real create_refund pipeline (PROCESSING until it settles). */
    refundOrder(outTradeNo: string, input?: SeedRefundInput): RefundSnapshot;
    /** Settles a PROCESSING refund, sending REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED. */
    succeedRefund(outRefundNo: string): RefundSnapshot;
    abnormalRefund(outRefundNo: string): RefundSnapshot;
    closeRefund(outRefundNo: string): RefundSnapshot;
    /** The refund callback URL set on the merchant platform, used when a refund request names none. */
    setRefundNotifyUrl(url: string): void;
}

interface PaySandboxOptions {
    /**
     * A NOTPAY order is paid by itself this many ms after it was placed (demos: no payer to simulate). Real time, not
     * the sandbox clock (a test clock may be frozen); the payment's timestamps still read the sandbox clock. Default:
     * never — orders wait for the admin API or `sb.seed.payOrder`.
     */
    autoPayAfterMs?: number;
    /**
     * A PROCESSING refund settles SUCCESS by itself this many ms after it was accepted (real time, like
     * `autoPayAfterMs`); `false` leaves every refund PROCESSING until the admin API or `sb.seed` settles it. Default 50.
     */
    refundSettleAfterMs?: number | false;
}
declare const DEFAULT_REFUND_SETTLE_AFTER_MS = 50;
interface OrderFilter {
    trade_state?: TradeState;
    trade_type?: TradeType;
}
interface RefundFilter {
    out_trade_no?: string;
    status?: RefundStatus;
}
/** `sb.state` (pay): read-only snapshots of the sandbox's orders and refunds. */
interface PayViews {
    orders(filter?: OrderFilter): OrderSnapshot[];
    order(outTradeNo: string): OrderSnapshot | undefined;
    refunds(filter?: RefundFilter): RefundSnapshot[];
    refund(outRefundNo: string): RefundSnapshot | undefined;
    /** The merchant platform's refund callback URL (`sb.seed.setRefundNotifyUrl`). */
    refundNotifyUrl(): string | undefined;
}
/** What pay shares with the other families (`context.use('pay')`): busifavor checks that an associated order exists. */
interface PayExports {
    order(outTradeNo: string): OrderSnapshot | undefined;
}
/**
 * 基础支付 as the sandbox emulates it: orders (NOTPAY → SUCCESS / CLOSED / PAYERROR / REVOKED, time_expire on the
 * sandbox clock), a simulated payer (admin API, `sb.seed`, optional auto-pay), refunds within the refundable balance
 * (PROCESSING → SUCCESS / ABNORMAL / CLOSED), TRANSACTION.SUCCESS and REFUND.* callbacks on WeChat Pay's payment
 * schedule, and the day's trade and fund-flow bills. `paySandbox` is the default instance; this makes others.
 * @throws {SandboxError} INVALID_OPTION for a bad option.
 */
declare function createPaySandbox(options?: PaySandboxOptions): PaySandbox;
/** The pay family as the sandbox mounts it (`families: [paySandbox]`). */
type PaySandbox = SandboxFamily<PayFamily, PayState, PaySeed, PayViews>;
/** 基础支付 with the defaults: no auto-pay, refunds settle SUCCESS after 50 ms. */
declare const paySandbox: PaySandbox;

/**
 * The order's state machine, in one table: which `trade_state`s an action starts from, the state it leaves the order
 * in, and the error WeChat Pay answers from a state it does not start from (INVALID_REQUEST unless named). Every
 * handler, seed and admin route goes through `apply`, so a rule lives here once.
 */
declare const ORDER_TRANSITIONS: {
    readonly pay: {
        readonly from: readonly ["NOTPAY", "USERPAYING"];
        readonly to: "SUCCESS";
        readonly zh: "支付";
        readonly refuse: {
            readonly SUCCESS: "ORDERPAID";
            readonly REFUND: "ORDERPAID";
            readonly CLOSED: "ORDER_CLOSED";
            readonly REVOKED: "ORDER_CLOSED";
        };
    };
    readonly fail: {
        readonly from: readonly ["NOTPAY", "USERPAYING"];
        readonly to: "PAYERROR";
        readonly zh: "支付失败";
        readonly refuse: {};
    };
    readonly close: {
        readonly from: readonly ["NOTPAY", "PAYERROR", "CLOSED"];
        readonly to: "CLOSED";
        readonly zh: "关单";
        readonly refuse: {
            readonly SUCCESS: "ORDERPAID";
            readonly REFUND: "ORDERPAID";
        };
    };
    /** time_expire passed (or the admin API let it pass): the order is closed. */
    readonly expire: {
        readonly from: readonly ["NOTPAY", "USERPAYING"];
        readonly to: "CLOSED";
        readonly zh: "超时关闭";
        readonly refuse: {};
    };
    /** 撤销 (a 付款码 order's reversal; the sandbox offers it through seed and admin). */
    readonly revoke: {
        readonly from: readonly ["NOTPAY", "USERPAYING", "PAYERROR"];
        readonly to: "REVOKED";
        readonly zh: "撤销";
        readonly refuse: {};
    };
    /** A refund accepted on a paid order turns it to 转入退款. */
    readonly refund: {
        readonly from: readonly ["SUCCESS", "REFUND"];
        readonly to: "REFUND";
        readonly zh: "退款";
        readonly refuse: {};
    };
};
type OrderAction = keyof typeof ORDER_TRANSITIONS;

interface SandboxOptions<Families extends readonly AnySandboxFamily[] = readonly AnySandboxFamily[]> {
    /**
     * The API families to emulate, e.g. `[busifavorSandbox, paySandbox]`; default busifavor alone. Each brings its
     * endpoints, handlers, state, seed helpers (`sb.seed`), views (`sb.state`) and callbacks.
     */
    families?: Families;
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
    /**
     * Delays between callback attempts, for every family: when given, it replaces each family's own schedule
     * (busifavor: ten times 60 s; pay: WeChat Pay's 15 s, 15 s, 30 s, 3 min … 6 h). Use e.g. `[20, 20]` in tests.
     */
    callbackRetryDelaysMs?: readonly number[];
    /** A callback attempt that takes longer fails (and is retried); default 5000 ms. */
    callbackTimeoutMs?: number;
    /**
     * Post every callback here instead of its own URL, from the start (see `sb.callbacks.forwardTo`), e.g. a local app's
     * `http://127.0.0.1:3000/wechatpay/notify`.
     */
    forwardCallbacksTo?: string;
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

/**
 * Starts a local WeChat Pay: a real HTTP server that checks signatures, signs answers, keeps each family's state, sends
 * encrypted callbacks and injects faults. `families` chooses what it emulates (default: busifavor).
 * @example
 * const sb = await startSandbox({ seedExamples: true })
 * // point a client at sb.url with sb.merchant and sb.platform.keys, then:
 * await sb.close()
 * @throws {SandboxError} INVALID_OPTION for unknown or ill-typed options.
 */
declare function startSandbox<const Families extends readonly AnySandboxFamily[] = DefaultFamilies>(options?: SandboxOptions<Families>): Promise<Sandbox<Families>>;

export { ADMIN_PREFIX, AdminFile, type AdminRoute, type AnySandboxFamily, ApiProblem, BILL_URL_TTL_MS, BLOCKED_CALLBACK_HOST_SUFFIXES, type BusifavorSandbox, type BusifavorSeed, type BusifavorViews, CERTIFICATES_ENDPOINT, type CouponCodeMode, type CouponCodeSnapshot, type CouponFilter, type CouponSnapshot, type CouponState, DEFAULT_ADMIN_MAX_BODY_BYTES, DEFAULT_APPID, DEFAULT_CALLBACK_RETRY_DELAYS_MS, DEFAULT_CALLBACK_TIMEOUT_MS, DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_HOST, DEFAULT_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SKEW_SECONDS, DEFAULT_MCHID, DEFAULT_MODE, DEFAULT_OPENID, DEFAULT_PORT, DEFAULT_REFUND_SETTLE_AFTER_MS, DEFAULT_REQUEST_LOG_LIMIT, DEFAULT_REQUEST_TIMEOUT_MS, DELIVERY_RESPONSE_LIMIT, type DefaultFamilies, type DeliveryAttempt, type DownloadRoute, FEE_RATE, type FamilyContext, type FamilyHandlers, type FaultSettings, type GeneratedSandboxKeys, type Handler, type HandlerAnswer, type HandlerContext, IDEMPOTENCY_RECORDS_LIMIT, type IdempotencyScope, MAX_IMAGE_BYTES, MAX_JSON_DEPTH, type MultipartPart, type NotificationRecord, type NotificationState, ORDER_TRANSITIONS, type OrderAction, type OrderFilter, type OrderSnapshot, type OutgoingNotification, PAY_CALLBACK_RETRY_DELAYS_MS, type PayExports, type PayInput, type PaySandbox, type PaySandboxOptions, type PaySeed, type PayViews, type PrepayAnswer, REFUND_TRANSITIONS, REFUSAL_BODY_LIMIT, type RefundAction, type RefundFilter, type RefundSnapshot, type RefundStatus, type RefusedBody, type RefusedCheck, RequestLog, type RequestLogEntry, SANDBOX_EXAMPLES, type Sandbox, type SandboxCallbacks, SandboxError, type SandboxErrorCode, type SandboxFamily, type SandboxFaults, type SandboxKeys, type SandboxMerchant, type SandboxMode, type SandboxOptions, type SandboxPlatform, type SandboxSeed, type SandboxState, type ScheduledRun, type SeedCouponInput, type SeedOrderInput, type SeedRefundInput, type SeedStockInput, type SignatureRefusal, type StockSnapshot, type StockState, type StockType, type SubsidyPayReceipt, type SubsidyReturnReceipt, type TradeState, type TradeType, type WaitForNotificationFilter, type WechatErrorBody, busifavorSandbox, createPaySandbox, defineSandboxFamily, generateSandboxKeys, invalidRequest, isSandboxError, notExists, paramError, paySandbox, sandboxEnv, startSandbox };
