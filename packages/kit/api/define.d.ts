import { HttpMethod } from '@core/client';
import { z } from 'zod';
import { VerifiedNotification } from '@core/signer';

/** One language's texts of an endpoint or a notification. */
interface LocalizedDocs {
    /** The name, e.g. `使券失效` / `Deactivate a coupon`. */
    title: string;
    /** One sentence: what it does (the page's lead and the TSDoc summary). */
    summary: string;
    /** More paragraphs where the summary is not enough (idempotency rules, ordering, what to store first). */
    description?: readonly string[];
    /** Preconditions and remarks, one sentence each, as WeChat Pay guarantees them. */
    notes?: readonly string[];
}
/** An error WeChat Pay answers with, and what it means here. */
interface EndpointError {
    status: number;
    code: string;
    zh: string;
    en: string;
    /** Research note when the code is not confirmed for this endpoint (not rendered). */
    uncertain?: string;
}
/** An official documentation page. */
interface DocLink {
    url: string;
    /** Who the page is for and what it is, e.g. `直连商户：使券失效`. */
    zh: string;
    en: string;
}
/** A value in an example that is code, not data (e.g. `new Date().toISOString()`), printed as written. */
interface ExampleCode {
    readonly code: string;
}
/** Marks an example value as code: snippets and TSDoc print `code` verbatim, so a date can be relative to "now". */
declare function exampleCode(code: string): ExampleCode;
declare function isExampleCode(value: unknown): value is ExampleCode;
/** Example input: the facade input with any value replaceable by {@link exampleCode}. */
type ExampleInput = Readonly<Record<string, unknown>>;
interface EndpointDocs {
    zh: LocalizedDocs;
    en: LocalizedDocs;
    /**
     * The facade input of the TSDoc `@example` and of the docs pages' snippets, which run against the sandbox: use the
     * family's example values, which the sandbox pre-loads.
     */
    example: ExampleInput;
    /** Lines of code the example needs first (e.g. reading the image file), with their imports. */
    examplePreamble?: readonly string[];
    errors: readonly EndpointError[];
    links: readonly DocLink[];
}

/**
 * How the request body travels: `json` (the body schema, serialized once and signed as sent) or `image-upload`
 * (`multipart/form-data` with a `meta` JSON part and the `file`; WeChat Pay signs the meta JSON, and
 * `@core/client`'s `uploadImage` applies the one set of image rules: `IMAGE_UPLOAD_RULES`).
 */
type BodyEncoding = 'json' | 'image-upload';
/**
 * The business number that makes a call safe to repeat: WeChat Pay answers a repeat of the same number as it answered
 * the first call, so the client may retry the call (network errors, 5xx, 429) with the same body.
 */
interface Idempotency<Field extends string = string> {
    /**
     * The input field that holds it, e.g. `deactivate_request_no`: a body field, a query field (a few GETs) or a path
     * parameter (`out_trade_no` of 关单).
     */
    field: Field;
    /**
     * May the facade make one up when the caller leaves it out? Only for operations that cannot apply twice (setting a
     * state, compare-and-set, or content WeChat Pay deduplicates itself). Never for anything that issues, redeems,
     * deactivates or moves money: that number belongs to the caller, who stores it before calling so that a retry after
     * a crash sends the same number.
     */
    generate: boolean;
}
/** snake_case → camelCase, at the type level too: `deactivate_coupon` → `deactivateCoupon`. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
/** The methods an endpoint can have (`HEAD` is the client's only). */
type EndpointMethod = Exclude<HttpMethod, 'HEAD'>;
/**
 * One WeChat Pay endpoint as data: everything about it, in one object. The same object types and validates the facade,
 * routes and validates requests in the sandbox, and generates the TSDoc and the docs pages, so none of them can drift.
 *
 * Schema conventions (zod 4):
 * - every field carries `.meta({ description: '中文', en: 'English' })`; `constraints` / `constraintsEn` hold the
 *   rules in words; a field whose reading is unconfirmed adds `uncertain: '<which sources disagree>'` (never shown
 *   on user pages);
 * - request objects are strict (`z.strictObject`) so unknown keys are reported; response objects are loose
 *   (`z.looseObject`) so fields WeChat Pay adds later are kept;
 * - integers in the query string use `queryInt` (typed as numbers, coerced back from the URL's text by servers).
 */
interface EndpointDefinition<Id extends string = string, PathParams extends z.ZodObject | undefined = z.ZodObject | undefined, Query extends z.ZodObject | undefined = z.ZodObject | undefined, Body extends z.ZodObject | undefined = z.ZodObject | undefined, Response extends z.ZodType | undefined = z.ZodType | undefined, Idem extends Idempotency | undefined = Idempotency | undefined> {
    /** snake_case id, unique in its family, e.g. `deactivate_coupon`; also the docs page slug. */
    id: Id;
    method: EndpointMethod;
    /** Path template with `{name}` slots, e.g. `/v3/marketing/busifavor/stocks/{stock_id}`. */
    path: string;
    pathParams: PathParams;
    query: Query;
    body: Body;
    /** `undefined` when the success answer is 204 without a body. */
    response: Response;
    responseStatus: 200 | 204;
    /** `undefined` when the request has no body. */
    encoding: BodyEncoding | undefined;
    /** The business number that makes a repeat safe, if the endpoint has one. */
    idempotency: Idem;
    docs: EndpointDocs;
    /** Research notes: why parts of this definition rest on thin or disagreeing sources. Never rendered on pages. */
    uncertain: string | undefined;
}
/** A definition as `defineEndpoint` returns it: with its facade method name. */
type Endpoint<Id extends string = string, PathParams extends z.ZodObject | undefined = z.ZodObject | undefined, Query extends z.ZodObject | undefined = z.ZodObject | undefined, Body extends z.ZodObject | undefined = z.ZodObject | undefined, Response extends z.ZodType | undefined = z.ZodType | undefined, Idem extends Idempotency | undefined = Idempotency | undefined> = EndpointDefinition<Id, PathParams, Query, Body, Response, Idem> & {
    /** The facade method: the camelCase of `id`. */
    readonly name: CamelCase<Id>;
};
/** Any endpoint, whatever its schemas. */
type AnyEndpoint = Endpoint<string, any, any, any, any, any>;
/** Checks a definition's shape, keeps its literal types and adds its facade method name. */
declare function defineEndpoint<const Id extends string, PathParams extends z.ZodObject | undefined, Query extends z.ZodObject | undefined, Body extends z.ZodObject | undefined, Response extends z.ZodType | undefined, const Idem extends Idempotency | undefined>(definition: EndpointDefinition<Id, PathParams, Query, Body, Response, Idem>): Endpoint<Id, PathParams, Query, Body, Response, Idem>;
type Infer<S> = S extends z.ZodType ? z.input<S> : {};
/** What an endpoint takes: path parameters, query and body fields side by side in one object. */
type EndpointInput<E extends AnyEndpoint> = Infer<E['pathParams']> & Infer<E['query']> & Infer<E['body']>;
/** What an endpoint resolves to (`undefined` for 204 endpoints). */
type EndpointOutput<E extends AnyEndpoint> = E['response'] extends z.ZodType ? z.output<E['response']> : undefined;

/** The headers every WeChat Pay callback carries (names as documented; HTTP itself is case-insensitive). */
declare const NOTIFICATION_HEADERS: z.ZodObject<{
    'Request-ID': z.ZodString;
    'Wechatpay-Nonce': z.ZodString;
    'Wechatpay-Serial': z.ZodString;
    'Wechatpay-Signature': z.ZodString;
    'Wechatpay-Signature-Type': z.ZodEnum<{
        "WECHATPAY2-SHA256-RSA2048": "WECHATPAY2-SHA256-RSA2048";
    }>;
    'Wechatpay-Timestamp': z.ZodString;
}, z.core.$loose>;
/** The answer body WeChat Pay reads: a 4xx/5xx with `{"code":"FAIL","message":…}` makes it deliver again later. */
declare const NOTIFICATION_ACK: z.ZodObject<{
    code: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        FAIL: "FAIL";
    }>>;
    message: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
/** The signed JSON envelope of a callback, before decryption, for the given event types and resource type. */
declare function notificationEnvelope<const EventTypes extends readonly [string, ...string[]]>(eventTypes: EventTypes, resource: {
    originalType: string;
    associatedData?: string;
    summary: {
        zh: string;
        en: string;
    };
}): z.ZodObject<{
    id: z.ZodString;
    create_time: z.ZodString;
    event_type: z.ZodEnum<{ [k_1 in EventTypes[number]]: k_1; } extends infer T ? { [k in keyof T]: T[k]; } : never>;
    resource_type: z.ZodEnum<{
        "encrypt-resource": "encrypt-resource";
    }>;
    summary: z.ZodString;
    resource: z.ZodObject<{
        original_type: z.ZodEnum<{
            [x: string]: string;
        }>;
        algorithm: z.ZodEnum<{
            AEAD_AES_256_GCM: "AEAD_AES_256_GCM";
        }>;
        associated_data: z.ZodOptional<z.ZodString>;
        nonce: z.ZodString;
        ciphertext: z.ZodString;
    }, z.core.$loose>;
}, z.core.$loose>;
interface NotificationDocs {
    zh: LocalizedDocs;
    en: LocalizedDocs;
    links: readonly DocLink[];
}
/**
 * One kind of callback WeChat Pay posts to the merchant (received, not called): its event types, the envelope that
 * arrives and the decrypted resource. Handlers must deduplicate on the notification `id`: deliveries repeat.
 */
interface NotificationDefinition<Id extends string = string, EventType extends string = string, Resource extends z.ZodObject = z.ZodObject> {
    /** snake_case id, unique in its family; also the docs page slug, e.g. `notify_coupon_send`. */
    id: Id;
    /** The `event_type` values this definition covers, e.g. `['REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED']`. */
    eventTypes: readonly [EventType, ...EventType[]];
    /** `resource.original_type`, e.g. `coupon`, `transaction`, `refund`. */
    originalType: string;
    headers: z.ZodObject;
    envelope: z.ZodObject;
    /** The decrypted resource. Loose: WeChat Pay adds fields. */
    resource: Resource;
    ack: z.ZodObject;
    docs: NotificationDocs;
    /** Research notes (never rendered). */
    uncertain: string | undefined;
}
type AnyNotification = NotificationDefinition<string, string, z.ZodObject>;
/** Checks a notification definition's shape and keeps its literal types. */
declare function defineNotification<const Id extends string, const EventType extends string, Resource extends z.ZodObject>(definition: NotificationDefinition<Id, EventType, Resource>): NotificationDefinition<Id, EventType, Resource>;
/** A verified callback whose decrypted `resource` matched the definition's schema. */
type NotificationEvent<N extends AnyNotification> = Omit<VerifiedNotification<z.output<N['resource']>>, 'event_type'> & {
    event_type: N['eventTypes'][number];
};

/** Who a family is: its package, its names in code and on the docs site. */
interface FamilyInfo {
    /** The npm package, also the prefix of its error messages, e.g. `@api/busifavor`. */
    package: string;
    /** Short name: the docs folder (`/api/busifavor/`) and the sandbox's family name, e.g. `busifavor`. */
    name: string;
    title: {
        zh: string;
        en: string;
    };
    /** The facade's names: its interface (`Busifavor`), factory (`createBusifavor`) and usual variable (`busifavor`). */
    facade: {
        type: string;
        factory: string;
        variable: string;
    };
}
type ById<T extends readonly {
    id: string;
}[]> = {
    readonly [D in T[number] as D['id']]: D;
};
/** A family: its endpoints and callbacks by id, in the order they were listed (the docs order). */
interface Family<Endpoints extends Readonly<Record<string, AnyEndpoint>> = Readonly<Record<string, AnyEndpoint>>, Notifications extends Readonly<Record<string, AnyNotification>> = Readonly<Record<string, AnyNotification>>> extends FamilyInfo {
    endpoints: Endpoints;
    notifications: Notifications;
}
type AnyFamily = Family<Readonly<Record<string, AnyEndpoint>>, Readonly<Record<string, AnyNotification>>>;
/**
 * The one list of a family's endpoints and callbacks. Ids must be unique; so must the facade method names derived from
 * them.
 * @throws {TypeError} on a duplicate id, method name or `METHOD path` (a definition error, caught by the first test).
 */
declare function defineFamily<const Endpoints extends readonly AnyEndpoint[], const Notifications extends readonly AnyNotification[]>(family: FamilyInfo & {
    endpoints: Endpoints;
    notifications: Notifications;
}): Family<ById<Endpoints>, ById<Notifications>>;

/** An RFC 3339 date-time string, e.g. `2015-05-20T13:29:35+08:00`. */
declare const rfc3339: z.ZodString;
/**
 * A non-negative integer carried in the query string. Callers pass a number (that is its TypeScript type); a server
 * parsing the URL (the sandbox) gets the text coerced back to a number by the same schema.
 */
declare const queryInt: z.ZodCoercedNumber<number>;
/** An amount of money in 分 (fen, 1/100 元): a non-negative integer. A float or a negative is refused before sending. */
declare const fen: z.ZodInt;
/**
 * What every field's `.meta()` may carry, for the docs tables and for anyone reading the schemas: `description` (中文)
 * and `en`, `constraints` / `constraintsEn` (rules in words), and `uncertain` (why the reading is unconfirmed — a
 * research note, never rendered).
 */
interface FieldMeta {
    description?: string;
    en?: string;
    constraints?: string;
    constraintsEn?: string;
    uncertain?: string;
}
/** The metadata attached to a schema with `.meta()`, looking through `.optional()` wrappers. */
declare function fieldMeta(schema: z.ZodType): FieldMeta | undefined;
/**
 * How objects are built, so a structure shared by requests and responses is written once: strict for what the
 * merchant sends (unknown keys are reported), loose for what WeChat Pay answers (fields it adds later are kept).
 */
interface Style<Config extends z.core.$ZodObjectConfig> {
    object<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodObject<Shape, Config>;
    /** `true` in requests: picks the wording of the few constraints that differ (必填 vs 返回). */
    request: boolean;
}
declare const REQUEST: Style<z.core.$strict>;
declare const RESPONSE: Style<z.core.$loose>;

export { type AnyEndpoint, type AnyFamily, type AnyNotification, type BodyEncoding, type CamelCase, type DocLink, type Endpoint, type EndpointDefinition, type EndpointDocs, type EndpointError, type EndpointInput, type EndpointMethod, type EndpointOutput, type ExampleCode, type ExampleInput, type Family, type FamilyInfo, type FieldMeta, type Idempotency, type LocalizedDocs, NOTIFICATION_ACK, NOTIFICATION_HEADERS, type NotificationDefinition, type NotificationDocs, type NotificationEvent, REQUEST, RESPONSE, type Style, defineEndpoint, defineFamily, defineNotification, exampleCode, fen, fieldMeta, isExampleCode, notificationEnvelope, queryInt, rfc3339 };
