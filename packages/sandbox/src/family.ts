import type { AnyEndpoint, AnyFamily } from '@core/kit/define'
import type { z } from 'zod'
import type { NotificationRecord } from './callback-types.js'
import type { MultipartPart } from './multipart.js'
import type { ApiProblem } from './problem.js'

/** A callback a family sends: the sandbox signs, encrypts, posts and retries it as WeChat Pay does. */
export interface OutgoingNotification {
  /** `event_type`, e.g. `COUPON.SEND`, `TRANSACTION.SUCCESS`. */
  eventType: string
  /** `summary`, e.g. `商家券领券通知`. */
  summary: string
  /** `resource.original_type` and the AAD, e.g. `coupon`, `transaction`. */
  originalType: string
  associatedData: string
  /** The plaintext of `resource`. */
  resource: Record<string, unknown>
  /** Where to post it (an order's notify_url, the merchant's callback URL…); `undefined` records it as skipped. */
  url: string | undefined
  /** Why it is not posted when `url` is undefined, e.g. `no notify_url set (POST /v3/…/callbacks)`. */
  missingUrlReason: string
  /**
   * The family's own retry schedule (delays after each failed attempt), e.g. WeChat Pay's payment-callback schedule.
   * The sandbox option `callbackRetryDelaysMs` overrides it when given; default ten times 60 s.
   */
  retryDelaysMs?: readonly number[]
}

/** A pending {@link FamilyContext.schedule} run. */
export interface ScheduledRun {
  cancel(): void
}

/** What every family's handlers, seed and views share about the sandbox they run in. */
export interface FamilyContext {
  /** The merchant the sandbox accepts. */
  readonly mchid: string
  /** The sandbox clock, epoch ms. */
  clock(): number
  /** `http://127.0.0.1:PORT` once listening (media URLs and the like point back at it). */
  baseUrl(): string
  /** Sends a callback (signed, encrypted, retried on WeChat Pay's schedule, probes included). */
  notify(notification: OutgoingNotification): NotificationRecord
  /** A number unique within the sandbox, for ids. */
  next(): number
  /**
   * Runs an API call through the whole pipeline without HTTP (validation, idempotency, handler), e.g. for seeding.
   * `at` runs it at another sandbox time (the handler's `now`), e.g. to seed yesterday's orders for a bill.
   */
  execute(
    endpointId: string,
    input: { params?: Record<string, string>; query?: Record<string, string>; json?: unknown },
    options?: { at?: number },
  ): {
    status: number
    body: Record<string, unknown> | undefined
  }
  /**
   * What another mounted family shares ({@link SandboxFamily.exports}), by its name (`pay`, `busifavor`…), or
   * `undefined` when that family is not mounted. `T` is the interface the caller needs: declare it on your side.
   */
  use<T extends object>(family: string): T | undefined
  /**
   * Runs `run` after `delayMs` of real time (timers, not the sandbox clock: a test clock may be frozen), unless the
   * sandbox closes first. Read `clock()` inside `run` for timestamps. Errors thrown by `run` are swallowed.
   */
  schedule(delayMs: number, run: () => void): ScheduledRun
}

type Out<S> = S extends z.ZodType ? z.output<S> : Record<string, never>

/** What a handler sees: input already validated against the endpoint's schemas, typed from them. */
export interface HandlerContext<E extends AnyEndpoint, State> {
  endpoint: E
  /** Path parameters, percent-decoded and validated. */
  params: Out<E['pathParams']>
  query: Out<E['query']>
  body: Out<E['body']>
  /** The caller's mchid (from its verified Authorization). */
  mchid: string
  state: State
  /** Sandbox clock, epoch ms. */
  now: number
  family: FamilyContext
  /** Parts of a multipart upload. */
  files: MultipartPart[] | undefined
}

/** A handler's answer: the response schema's input type, so a view that drifts from the schema does not compile. */
export type HandlerAnswer<E extends AnyEndpoint> = E['response'] extends z.ZodType
  ? { status?: 200; body: z.input<E['response']> }
  : { status: 204; body?: undefined }

export type Handler<E extends AnyEndpoint, State> = (context: HandlerContext<E, State>) => HandlerAnswer<E>

/**
 * One handler per endpoint of the family. A mapped type over the registry: an endpoint without a handler, or a handler
 * for an endpoint the registry does not have, is a compile error — the list is the registry, never typed out again.
 */
export type FamilyHandlers<F extends AnyFamily, State> = {
  readonly [K in keyof F['endpoints']]: Handler<F['endpoints'][K], State>
}

/** An admin answer sent as raw bytes (e.g. an uploaded image), not as JSON. */
export class AdminFile {
  constructor(
    readonly contentType: string,
    readonly bytes: Buffer,
  ) {}
}

/** An admin route a family adds under `/__sandbox` (unsigned, unlogged; for the CLI and for tests in any language). */
export interface AdminRoute<State, Seed> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Below the admin prefix, e.g. `/stocks`; `{name}` slots are passed as `params`. */
  path: string
  /** Resolves with the JSON to answer (an {@link AdminFile} for bytes); a `SandboxError` answers 400. */
  handle(input: { body: unknown; params: Record<string, string>; state: State; seed: Seed }): unknown
}

/**
 * A family as the sandbox emulates it: the API family (its registry), its state, one handler per endpoint, direct data
 * creation (`sb.seed`), read-only views (`sb.state`), its documentation examples and admin routes.
 */
export interface SandboxFamily<
  F extends AnyFamily = AnyFamily,
  State = any,
  Seed extends object = object,
  Views extends object = object,
> {
  family: F
  createState(context: FamilyContext): State
  handlers: FamilyHandlers<F, State>
  /** Merged into `sb.seed` (names must not clash across families). */
  seed(state: State, context: FamilyContext): Seed
  /** Merged into `sb.state` (names must not clash across families). */
  views(state: State, context: FamilyContext): Views
  /** The JSON `GET /__sandbox/state` shows for this family. */
  snapshot(state: State, context: FamilyContext): Record<string, unknown>
  /** The merchant-level callback URL this family posts to, if it has one (`sb.callbacks.url`, probes' default). */
  callbackUrl?(state: State, context: FamilyContext): string | undefined
  /** Loads the family's documentation examples (`seedExamples`), so every docs snippet runs unchanged. */
  examples?(seed: Seed, state: State, context: FamilyContext): void
  admin?: readonly AdminRoute<State, Seed>[]
  /** The callback a signature probe imitates (a well-formed event of this family). */
  probe?: (context: FamilyContext) => Omit<OutgoingNotification, 'url' | 'missingUrlReason'>
  /** What other families may read through `context.use(name)` (e.g. pay's orders, for busifavor's associate). */
  exports?(state: State, context: FamilyContext): object
  /** Files served from signed GETs with unsigned answers (pay's bill download). */
  downloads?: readonly DownloadRoute<State>[]
  /** Endpoints sharing one business-number space (pay's four prepay endpoints share `out_trade_no`). */
  idempotency?: readonly IdempotencyScope<keyof F['endpoints'] & string>[]
}

/**
 * A file a family serves from a signed GET whose answer is NOT signed (WeChat Pay's bill download): the engine verifies
 * the merchant's signature like any request, then sends the bytes as they are.
 */
export interface DownloadRoute<State> {
  /** The name the request log and `faults.endpoints` use, e.g. `bill_download`. */
  id: string
  /** The exact path, e.g. `/v3/billdownload/file` (the query is passed to `handle`). */
  path: string
  /** The file; an `ApiProblem` answers a signed WeChat error as usual. */
  handle(input: { query: Record<string, string>; state: State; now: number; mchid: string }): {
    contentType: string
    bytes: Buffer
  }
}

/**
 * Endpoints whose business numbers share one space: a number used by one of them and reused by another (or by the same
 * one) with other parameters is refused, with the same parameters it replays the first answer. Without a scope each
 * endpoint has its own space.
 */
export interface IdempotencyScope<EndpointId extends string = string> {
  /** E.g. the four prepay endpoints, which share `out_trade_no`. */
  endpoints: readonly EndpointId[]
  /** The refusal of a reused number (default: 400 INVALID_REQUEST). */
  conflict?: (field: string, value: string) => ApiProblem
}

// `any` for the family: a handler typed for one endpoint is not a handler for any endpoint (parameters are contravariant).
export type AnySandboxFamily = SandboxFamily<any, any, any, any>

/** Checks a sandbox family's shape and keeps its types (handlers are checked against the registry). */
export function defineSandboxFamily<F extends AnyFamily, State, Seed extends object, Views extends object>(
  family: SandboxFamily<F, State, Seed, Views>,
): SandboxFamily<F, State, Seed, Views> {
  return family
}
