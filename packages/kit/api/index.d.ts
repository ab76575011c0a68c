import { AnyEndpoint, EndpointInput, EndpointOutput, AnyFamily, AnyNotification, NotificationEvent } from './define.js';
export { BodyEncoding, CamelCase, DocLink, Endpoint, EndpointDefinition, EndpointDocs, EndpointError, EndpointMethod, ExampleCode, ExampleInput, Family, FamilyInfo, FieldMeta, Idempotency, LocalizedDocs, NOTIFICATION_ACK, NOTIFICATION_HEADERS, NotificationDefinition, NotificationDocs, REQUEST, RESPONSE, Style, defineEndpoint, defineFamily, defineNotification, exampleCode, fen, fieldMeta, isExampleCode, notificationEnvelope, queryInt, rfc3339 } from './define.js';
import { ApiResponse, CallOptions, RequestOptions, UploadImageOptions, ValidationIssue, ValidationError } from '@core/client';
import { z } from 'zod';
import { VerifiedNotification } from '@core/signer';

/** What a facade call knows about the HTTP answer besides its data. */
type ResponseInfo = Omit<ApiResponse<unknown>, 'data'>;
/** A facade call's data with the answer it came in. */
interface FacadeResult<T> {
    data: T;
    response: ResponseInfo;
}
/**
 * What a facade method returns: a promise of the answer's data (`await busifavor.getStock(…)`) that also gives the
 * HTTP answer it came in — `Request-ID`, status, headers, raw bytes — through `withResponse()`. The request starts at
 * once, as with any promise.
 */
interface FacadeCall<T> extends Promise<T> {
    /** The data and the HTTP answer, e.g. `const { data, response } = await busifavor.deactivateCoupon(…).withResponse()`. */
    withResponse(): Promise<FacadeResult<T>>;
}

type Simplify<T> = {
    [K in keyof T]: T[K];
} & {};
/**
 * What a facade method takes: path parameters, query and body fields side by side in one object, with the business
 * number optional where the endpoint lets the facade make one (`idempotency.generate`).
 */
type FacadeInput<E extends AnyEndpoint> = Simplify<E['idempotency'] extends {
    generate: true;
    field: infer F extends string;
} ? Omit<EndpointInput<E>, F> & Partial<Pick<EndpointInput<E>, F & keyof EndpointInput<E>>> : EndpointInput<E>>;
/** Per-call transport settings passed through to `client.request`. */
type FacadeCallOptions = Pick<CallOptions, 'signal' | 'retry' | 'timeouts' | 'headers'>;
/** One facade method: validates, sends, resolves with the typed data (and `.withResponse()` for the HTTP answer). */
type FacadeMethod<E extends AnyEndpoint> = {} extends FacadeInput<E> ? (input?: FacadeInput<E>, options?: FacadeCallOptions) => FacadeCall<EndpointOutput<E>> : (input: FacadeInput<E>, options?: FacadeCallOptions) => FacadeCall<EndpointOutput<E>>;
/** What `onResponseIssues` receives: a verified answer that does not match the endpoint's response schema. */
interface ResponseIssuesEvent<Id extends string = string> {
    /** Endpoint id, e.g. `deactivate_coupon`. */
    endpoint: Id;
    method: string;
    /** Path template, e.g. `/v3/marketing/busifavor/coupons/deactivate`. */
    path: string;
    status: number;
    requestId: string | undefined;
    /** Where the answer differs from the schema (a missing required field, an unexpected type or value…). */
    issues: ValidationIssue[];
}
interface FacadeOptions<Id extends string = string> {
    /**
     * Called when a (verified) answer does not match the response schema — say WeChat Pay dropped a field the docs call
     * required. The call still resolves with the data as received: answers are checked leniently, never thrown on. A
     * hook that throws is ignored. Without a hook, answers are not checked at all (the check would change nothing).
     */
    onResponseIssues?: (event: ResponseIssuesEvent<Id>) => void;
    /** Makes the business numbers of endpoints with `idempotency.generate`; default {@link createRequestNo}. */
    requestNo?: () => string;
}
/** The part of `@core/client`'s client a facade uses (a `WechatPayClient` fits). */
interface FacadeClient {
    request<T = unknown>(options: RequestOptions): Promise<ApiResponse<T>>;
    uploadImage(options: UploadImageOptions): Promise<ApiResponse<{
        media_url: string;
    }>>;
}
/** Every endpoint of a family as a facade method, keyed by method name. */
type FacadeOf<F extends AnyFamily> = {
    readonly [K in keyof F['endpoints'] as F['endpoints'][K]['name']]: FacadeMethod<F['endpoints'][K]>;
};
/**
 * The typed facade of a family over a `@core/client` client: one method per endpoint. Each validates its input against
 * the endpoint's schemas before anything is sent (a `ValidationError` lists every problem with its field path), signs
 * and sends through the client, and resolves with the verified answer's JSON. Calls that carry a business number are
 * marked idempotent, so the client retries them on network errors, 5xx and 429 with the same body.
 * @throws {ValidationError} unknown or invalid options.
 */
declare function createFacade<F extends AnyFamily>(family: F, client: FacadeClient, options?: FacadeOptions): FacadeOf<F>;

/** Returned by a compiled parser when the input is not plainly valid: let zod decide and report. */
declare const UNSURE: unique symbol;
/** The parsed value (zod's `data`) or `UNSURE`. */
type FastParser = (input: unknown) => unknown;
/** Compiles `schema` once; `undefined` when it uses anything the compiler leaves to zod (or code generation is off). */
declare function fastParser(schema: z.ZodType): FastParser | undefined;
/** Why `fastParser(schema)` is `undefined` (what the compiler leaves to zod), for tests and diagnostics. */
declare function fastParserGap(schema: z.ZodType): string | undefined;

/** zod's issues as `{ path, message }`: one per unknown key, and "is required" for a missing field. */
declare function toIssues(error: z.core.$ZodError, prefix?: readonly (string | number)[]): ValidationIssue[];
/** A `ValidationError` whose message reads `<source>: <what>: path: message; …`. */
declare function validationError(source: string, what: string, issues: ValidationIssue[]): ValidationError;
/** Throws {@link validationError}. */
declare function invalid(source: string, what: string, issues: ValidationIssue[]): never;

/**
 * Types a callback that `verifyNotification` (the signer's, the client's, or an adapter's) has already verified and
 * decrypted: checks the event type and the decrypted resource against the definition. Unknown fields are kept.
 * @throws {ValidationError} another event type, or a resource that does not match; paths start at the notification.
 */
declare function parseNotification<N extends AnyNotification>(source: string, definition: N, notification: VerifiedNotification): NotificationEvent<N>;

/** Random characters in a generated request-no (62²⁴ ≈ 2¹⁴³: collisions are not a concern). */
declare const REQUEST_NO_RANDOM_LENGTH = 24;
interface CreateRequestNoOptions {
    /** Put in front, e.g. your merchant id or a business tag (letters, digits, `|_*-`; at most 64 characters). */
    prefix?: string;
    /** The time whose date goes into the number (default: now); the date is written in China time (UTC+8). */
    date?: Date;
}
/**
 * A fresh business request-no: `prefix + yyyyMMdd (UTC+8) + 24 random letters/digits`, e.g.
 * `1900000109202405201aB3…`, within the length and character rules of WeChat Pay's request numbers.
 *
 * Store it with your own record BEFORE the call that uses it: a retry after a timeout or a crash must send the same
 * number again, which is what makes the retry safe.
 * @throws {ValidationError} a prefix with other characters or over 64 characters.
 */
declare function createRequestNo(options?: CreateRequestNoOptions): string;

export { AnyEndpoint, AnyFamily, AnyNotification, type CreateRequestNoOptions, EndpointInput, EndpointOutput, type FacadeCall, type FacadeCallOptions, type FacadeClient, type FacadeInput, type FacadeMethod, type FacadeOf, type FacadeOptions, type FacadeResult, type FastParser, NotificationEvent, REQUEST_NO_RANDOM_LENGTH, type ResponseInfo, type ResponseIssuesEvent, UNSURE, createFacade, createRequestNo, fastParser, fastParserGap, invalid, parseNotification, toIssues, validationError };
