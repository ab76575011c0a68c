import type { ApiResponse, CallOptions, RequestOptions, UploadImageOptions, ValidationIssue } from '@core/client'
import type { AnyEndpoint, EndpointInput, EndpointOutput } from './endpoint.js'
import { type FacadeCall, type FacadeResult, facadeCall } from './facade-call.js'
import type { AnyFamily } from './family.js'
import { parseInput } from './input.js'
import { invalid, toIssues } from './issues.js'
import { createRequestNo } from './request-no.js'

type Simplify<T> = { [K in keyof T]: T[K] } & {}

/**
 * What a facade method takes: path parameters, query and body fields side by side in one object, with the business
 * number optional where the endpoint lets the facade make one (`idempotency.generate`).
 */
export type FacadeInput<E extends AnyEndpoint> = Simplify<
  E['idempotency'] extends { generate: true; field: infer F extends string }
    ? Omit<EndpointInput<E>, F> & Partial<Pick<EndpointInput<E>, F & keyof EndpointInput<E>>>
    : EndpointInput<E>
>

/** Per-call transport settings passed through to `client.request`. */
export type FacadeCallOptions = Pick<CallOptions, 'signal' | 'retry' | 'timeouts' | 'headers'>

const CALL_OPTION_KEYS = new Set(['signal', 'retry', 'timeouts', 'headers'])

/** One facade method: validates, sends, resolves with the typed data (and `.withResponse()` for the HTTP answer). */
export type FacadeMethod<E extends AnyEndpoint> =
  {} extends FacadeInput<E>
    ? (input?: FacadeInput<E>, options?: FacadeCallOptions) => FacadeCall<EndpointOutput<E>>
    : (input: FacadeInput<E>, options?: FacadeCallOptions) => FacadeCall<EndpointOutput<E>>

/** What `onResponseIssues` receives: a verified answer that does not match the endpoint's response schema. */
export interface ResponseIssuesEvent<Id extends string = string> {
  /** Endpoint id, e.g. `deactivate_coupon`. */
  endpoint: Id
  method: string
  /** Path template, e.g. `/v3/marketing/busifavor/coupons/deactivate`. */
  path: string
  status: number
  requestId: string | undefined
  /** Where the answer differs from the schema (a missing required field, an unexpected type or value…). */
  issues: ValidationIssue[]
}

export interface FacadeOptions<Id extends string = string> {
  /**
   * Called when a (verified) answer does not match the response schema — say WeChat Pay dropped a field the docs call
   * required. The call still resolves with the data as received: answers are checked leniently, never thrown on. A
   * hook that throws is ignored. Without a hook, answers are not checked at all (the check would change nothing).
   */
  onResponseIssues?: (event: ResponseIssuesEvent<Id>) => void
  /** Makes the business numbers of endpoints with `idempotency.generate`; default {@link createRequestNo}. */
  requestNo?: () => string
}

const OPTION_KEYS = new Set(['onResponseIssues', 'requestNo'])

/** The part of `@core/client`'s client a facade uses (a `WechatPayClient` fits). */
export interface FacadeClient {
  request<T = unknown>(options: RequestOptions): Promise<ApiResponse<T>>
  uploadImage(options: UploadImageOptions): Promise<ApiResponse<{ media_url: string }>>
}

/** Every endpoint of a family as a facade method, keyed by method name. */
export type FacadeOf<F extends AnyFamily> = {
  readonly [K in keyof F['endpoints'] as F['endpoints'][K]['name']]: FacadeMethod<F['endpoints'][K]>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

interface Settings {
  source: string
  client: FacadeClient
  makeRequestNo: () => string
  onResponseIssues: FacadeOptions['onResponseIssues']
}

/**
 * The typed facade of a family over a `@core/client` client: one method per endpoint. Each validates its input against
 * the endpoint's schemas before anything is sent (a `ValidationError` lists every problem with its field path), signs
 * and sends through the client, and resolves with the verified answer's JSON. Calls that carry a business number are
 * marked idempotent, so the client retries them on network errors, 5xx and 429 with the same body.
 * @throws {ValidationError} unknown or invalid options.
 */
export function createFacade<F extends AnyFamily>(
  family: F,
  client: FacadeClient,
  options: FacadeOptions = {},
): FacadeOf<F> {
  const source = family.package
  const issues: ValidationIssue[] = []
  if (!isRecord(client) || typeof client.request !== 'function' || typeof client.uploadImage !== 'function') {
    issues.push({ path: ['client'], message: 'must be a client from @core/client createClient()' })
  }
  if (!isRecord(options)) issues.push({ path: ['options'], message: 'must be an object' })
  else {
    for (const key of Object.keys(options)) {
      if (!OPTION_KEYS.has(key))
        issues.push({ path: [key], message: `unknown option (known: ${[...OPTION_KEYS].join(', ')})` })
    }
    for (const key of OPTION_KEYS) {
      const value = options[key as keyof FacadeOptions]
      if (value !== undefined && typeof value !== 'function')
        issues.push({ path: [key], message: 'must be a function' })
    }
  }
  if (issues.length) invalid(source, family.facade.factory, issues)

  const settings: Settings = {
    source,
    client,
    makeRequestNo: options.requestNo ?? (() => createRequestNo()),
    onResponseIssues: options.onResponseIssues,
  }
  const api: Record<string, unknown> = {}
  for (const endpoint of Object.values(family.endpoints) as AnyEndpoint[]) {
    api[endpoint.name] = (input?: unknown, callOptions?: FacadeCallOptions) =>
      facadeCall(call(settings, endpoint, input, callOptions))
  }
  return Object.freeze(api) as FacadeOf<F>
}

function checkCallOptions(what: string, source: string, callOptions: unknown): void {
  if (!isRecord(callOptions)) invalid(source, what, [{ path: [], message: 'call options must be an object' }])
  const unknown = Object.keys(callOptions).filter((key) => !CALL_OPTION_KEYS.has(key))
  if (unknown.length) {
    invalid(
      source,
      what,
      unknown.map((key) => ({
        path: [key],
        message: `unknown call option (known: ${[...CALL_OPTION_KEYS].join(', ')})`,
      })),
    )
  }
}

function call(
  settings: Settings,
  endpoint: AnyEndpoint,
  input: unknown,
  callOptions: FacadeCallOptions | undefined,
): Promise<FacadeResult<unknown>> {
  let sent: Promise<ApiResponse<unknown>>
  try {
    sent = send(settings, endpoint, input, callOptions)
  } catch (error) {
    // A ValidationError: nothing was sent.
    return Promise.reject(error)
  }
  // One reaction per call, no async frame of its own: the facade's share of a call stays a microsecond or two.
  return sent.then((response) => {
    if (endpoint.response === undefined || response.status === 204) return { data: undefined, response }
    if (settings.onResponseIssues !== undefined) checkResponse(settings.onResponseIssues, endpoint, response)
    // The data as received (and verified): a lenient check never drops or rewrites what WeChat Pay sent. The answer
    // itself serves as the response info (its `data` is the same value), so no copy is made per call.
    return { data: response.data, response }
  })
}

/** Validates the input (throwing a ValidationError, nothing sent) and hands the call to the client. */
function send(
  settings: Settings,
  endpoint: AnyEndpoint,
  input: unknown,
  callOptions: FacadeCallOptions | undefined,
): Promise<ApiResponse<unknown>> {
  const { source, client } = settings
  const what = `${endpoint.name}() was not sent`
  const given = input ?? {}
  if (!isRecord(given)) invalid(source, what, [{ path: [], message: 'the input must be an object' }])
  if (callOptions !== undefined) checkCallOptions(what, source, callOptions)

  const idempotency = endpoint.idempotency
  const fields =
    idempotency?.generate === true && given[idempotency.field] === undefined
      ? { ...given, [idempotency.field]: settings.makeRequestNo() }
      : given
  const issues: ValidationIssue[] = []
  const parsed = parseInput(endpoint, fields, issues)
  const upload = endpoint.encoding === 'image-upload'
  if (upload && callOptions?.headers !== undefined) {
    issues.push({ path: ['headers'], message: 'an image upload takes no extra headers' })
  }
  if (issues.length) invalid(source, what, issues)

  if (upload) {
    return client.uploadImage({
      file: parsed.body!.file as Uint8Array,
      filename: parsed.body!.filename as string,
      url: endpoint.path,
      ...(callOptions?.signal && { signal: callOptions.signal }),
      ...(callOptions?.retry !== undefined && { retry: callOptions.retry }),
      ...(callOptions?.timeouts && { timeouts: callOptions.timeouts }),
    })
  }
  // Built by assignment: no temporary object per optional part.
  const request: RequestOptions = { ...callOptions, method: endpoint.method, url: endpoint.path }
  if (parsed.pathParams !== undefined) request.params = parsed.pathParams as Record<string, string>
  if (parsed.query !== undefined) request.query = parsed.query as Record<string, string | number>
  if (parsed.body !== undefined) request.json = parsed.body
  // A business number makes the call safe to repeat: the client may retry it.
  if (idempotency !== undefined) request.idempotent = true
  return client.request(request)
}

function checkResponse(
  onResponseIssues: NonNullable<FacadeOptions['onResponseIssues']>,
  endpoint: AnyEndpoint,
  response: ApiResponse<unknown>,
): void {
  const checked = endpoint.response!.safeParse(response.data)
  if (checked.success) return
  try {
    onResponseIssues({
      endpoint: endpoint.id,
      method: endpoint.method,
      path: endpoint.path,
      status: response.status,
      requestId: response.requestId,
      issues: toIssues(checked.error),
    })
  } catch {
    // An observer must not turn a successful call into a failure.
  }
}
