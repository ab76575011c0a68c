import type { HttpMethod } from '@core/client'
import type { z } from 'zod'
import type { EndpointDocs } from './docs.js'

/**
 * How the request body travels: `json` (the body schema, serialized once and signed as sent) or `image-upload`
 * (`multipart/form-data` with a `meta` JSON part and the `file`; WeChat Pay signs the meta JSON, and
 * `@core/client`'s `uploadImage` applies the one set of image rules: `IMAGE_UPLOAD_RULES`).
 */
export type BodyEncoding = 'json' | 'image-upload'

/**
 * The business number that makes a call safe to repeat: WeChat Pay answers a repeat of the same number as it answered
 * the first call, so the client may retry the call (network errors, 5xx, 429) with the same body.
 */
export interface Idempotency<Field extends string = string> {
  /**
   * The input field that holds it, e.g. `deactivate_request_no`: a body field, a query field (a few GETs) or a path
   * parameter (`out_trade_no` of 关单).
   */
  field: Field
  /**
   * May the facade make one up when the caller leaves it out? Only for operations that cannot apply twice (setting a
   * state, compare-and-set, or content WeChat Pay deduplicates itself). Never for anything that issues, redeems,
   * deactivates or moves money: that number belongs to the caller, who stores it before calling so that a retry after
   * a crash sends the same number.
   */
  generate: boolean
}

/** snake_case → camelCase, at the type level too: `deactivate_coupon` → `deactivateCoupon`. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S

/** The methods an endpoint can have (`HEAD` is the client's only). */
export type EndpointMethod = Exclude<HttpMethod, 'HEAD'>

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
export interface EndpointDefinition<
  Id extends string = string,
  PathParams extends z.ZodObject | undefined = z.ZodObject | undefined,
  Query extends z.ZodObject | undefined = z.ZodObject | undefined,
  Body extends z.ZodObject | undefined = z.ZodObject | undefined,
  Response extends z.ZodType | undefined = z.ZodType | undefined,
  Idem extends Idempotency | undefined = Idempotency | undefined,
> {
  /** snake_case id, unique in its family, e.g. `deactivate_coupon`; also the docs page slug. */
  id: Id
  method: EndpointMethod
  /** Path template with `{name}` slots, e.g. `/v3/marketing/busifavor/stocks/{stock_id}`. */
  path: string
  pathParams: PathParams
  query: Query
  body: Body
  /** `undefined` when the success answer is 204 without a body. */
  response: Response
  responseStatus: 200 | 204
  /** `undefined` when the request has no body. */
  encoding: BodyEncoding | undefined
  /** The business number that makes a repeat safe, if the endpoint has one. */
  idempotency: Idem
  docs: EndpointDocs
  /** Research notes: why parts of this definition rest on thin or disagreeing sources. Never rendered on pages. */
  uncertain: string | undefined
}

/** A definition as `defineEndpoint` returns it: with its facade method name. */
export type Endpoint<
  Id extends string = string,
  PathParams extends z.ZodObject | undefined = z.ZodObject | undefined,
  Query extends z.ZodObject | undefined = z.ZodObject | undefined,
  Body extends z.ZodObject | undefined = z.ZodObject | undefined,
  Response extends z.ZodType | undefined = z.ZodType | undefined,
  Idem extends Idempotency | undefined = Idempotency | undefined,
> = EndpointDefinition<Id, PathParams, Query, Body, Response, Idem> & {
  /** The facade method: the camelCase of `id`. */
  readonly name: CamelCase<Id>
}

/** Any endpoint, whatever its schemas. */
export type AnyEndpoint = Endpoint<string, any, any, any, any, any>

function camelCase(id: string): string {
  return id.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/** Checks a definition's shape, keeps its literal types and adds its facade method name. */
export function defineEndpoint<
  const Id extends string,
  PathParams extends z.ZodObject | undefined,
  Query extends z.ZodObject | undefined,
  Body extends z.ZodObject | undefined,
  Response extends z.ZodType | undefined,
  const Idem extends Idempotency | undefined,
>(
  definition: EndpointDefinition<Id, PathParams, Query, Body, Response, Idem>,
): Endpoint<Id, PathParams, Query, Body, Response, Idem> {
  return Object.freeze({ ...definition, name: camelCase(definition.id) as CamelCase<Id> })
}

type Infer<S> = S extends z.ZodType ? z.input<S> : {}

/** What an endpoint takes: path parameters, query and body fields side by side in one object. */
export type EndpointInput<E extends AnyEndpoint> = Infer<E['pathParams']> & Infer<E['query']> & Infer<E['body']>

/** What an endpoint resolves to (`undefined` for 204 endpoints). */
export type EndpointOutput<E extends AnyEndpoint> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : undefined
