import type { AnyEndpoint, AnyFamily } from '@core/kit/define'
import type { z } from 'zod'
import type { NotificationRecord } from './callbacks.js'
import type { MultipartPart } from './multipart.js'

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
  /** Runs an API call through the whole pipeline without HTTP (validation, idempotency, handler), e.g. for seeding. */
  execute(
    endpointId: string,
    input: { params?: Record<string, string>; query?: Record<string, string>; json?: unknown },
  ): {
    status: number
    body: Record<string, unknown> | undefined
  }
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
}

// `any` for the family: a handler typed for one endpoint is not a handler for any endpoint (parameters are contravariant).
export type AnySandboxFamily = SandboxFamily<any, any, any, any>

/** Checks a sandbox family's shape and keeps its types (handlers are checked against the registry). */
export function defineSandboxFamily<F extends AnyFamily, State, Seed extends object, Views extends object>(
  family: SandboxFamily<F, State, Seed, Views>,
): SandboxFamily<F, State, Seed, Views> {
  return family
}
