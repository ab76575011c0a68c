import type { z } from 'zod'

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/**
 * One WeChat Pay endpoint as data. The same object types the facade, validates input in the SDK and in the sandbox,
 * and generates the docs tables, so none of them can drift from the others.
 *
 * Schema conventions (zod 4):
 * - every field carries `.meta({ description: '中文描述' })`; a field whose reading is unconfirmed adds
 *   `uncertain: '<which sources disagree, and how>'` to its meta;
 * - request objects are strict (`z.strictObject`) so unknown keys are reported; response objects are loose
 *   (`z.looseObject`) so fields WeChat Pay adds later are kept;
 * - lengths from the spec become `.min()/.max()` (characters), enums become `z.enum([...])`; the spec's 约束 text is
 *   kept verbatim as `constraints` in the meta (see `FieldMeta`);
 * - integers in the query string use `queryInt` (typed as numbers, coerced back from the URL's text by servers).
 */
export interface EndpointDefinition<
  Id extends string = string,
  PathParams extends z.ZodObject | undefined = z.ZodObject | undefined,
  Query extends z.ZodObject | undefined = z.ZodObject | undefined,
  Body extends z.ZodObject | undefined = z.ZodObject | undefined,
  Response extends z.ZodType | undefined = z.ZodType | undefined,
> {
  /** snake_case id from the spec, e.g. `deactivate_coupon`. */
  id: Id
  /** Facade method name (camelCase of the id), e.g. `deactivateCoupon`. */
  name: string
  /** 中文接口名, e.g. `使券失效`. */
  title: string
  titleEn: string
  method: HttpMethod
  /** Path template with `{name}` placeholders, e.g. `/v3/marketing/busifavor/stocks/{stock_id}`. */
  path: string
  contentType: 'application/json' | 'multipart/form-data' | undefined
  pathParams: PathParams
  query: Query
  body: Body
  /** `undefined` when the success answer is 204 without a body. */
  response: Response
  responseStatus: 200 | 204
  /**
   * The input field that makes a retry safe (the business request-no), if the endpoint has one. It is a body field,
   * except for `delete_coupon_code` whose `delete_request_no` travels in the query string.
   */
  idempotencyKey: string | undefined
  /** Set when the whole endpoint rests on thin sources (no official page, a single source…). */
  uncertain: string | undefined
  docs: {
    /** 一句话说明 (the page description). */
    description: string
    /** Preconditions and remarks, in Chinese. */
    notes: readonly string[]
    /** Official documentation pages. */
    links: readonly string[]
    /** Errors known for this endpoint (status, code, 中文说明); `uncertain` says why one is not confirmed. */
    errors: readonly EndpointError[]
  }
}

export interface EndpointError {
  status: number
  code: string
  description: string
  uncertain?: string
}

/** Keeps the literal types of a definition while checking its shape. */
export function defineEndpoint<
  const Id extends string,
  PathParams extends z.ZodObject | undefined,
  Query extends z.ZodObject | undefined,
  Body extends z.ZodObject | undefined,
  Response extends z.ZodType | undefined,
>(
  definition: EndpointDefinition<Id, PathParams, Query, Body, Response>,
): EndpointDefinition<Id, PathParams, Query, Body, Response> {
  return definition
}

type Infer<S> = S extends z.ZodType ? z.input<S> : {}

/** What a facade method takes: path parameters, query and body fields side by side in one object. */
export type EndpointInput<E extends EndpointDefinition> = Infer<E['pathParams']> & Infer<E['query']> & Infer<E['body']>

/** What a facade method resolves to (`undefined` for 204 endpoints). */
export type EndpointOutput<E extends EndpointDefinition> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : undefined
