import type { VerifiedNotification } from '@core/signer'
import type { ChainNode } from './chain.js'
import type { CallOptions, HttpMethod } from './options.js'

// Typed routes are an augmentation point: these interfaces are empty here, so a program that imports no route types
// sees the client as untyped as ever (and pays nothing for types it does not use). `@api/catalog` fills them in:
//   declare module '@core/client' { interface WechatPayRoutes extends CatalogRoutes {} … }
// Everything below is a lookup into them; nothing is computed from route strings.

declare const encryptedBrand: unique symbol

/**
 * A field value that `client.encrypt()` produced: RSA-OAEP ciphertext (Base64) made with the WeChat Pay key whose
 * serial the client names in `Wechatpay-Serial`. Typed routes require it for the fields WeChat Pay decrypts, so a
 * plaintext (or a ciphertext made elsewhere, for another key) is a type error.
 */
export type Encrypted = string & { readonly [encryptedBrand]: 'rsa-oaep' }

/** One file part of a `multipart/form-data` upload (`multipart` of a call): its name, bytes and optional type. */
export interface UploadFile {
  /** File name with its extension, e.g. `logo.png`. */
  filename: string
  data: Uint8Array
  /** Default: sniffed for JPG/PNG/BMP, else `application/octet-stream`. */
  contentType?: string
}

/** Extra request headers of a call, as `RequestOptions.headers`. */
export type RouteHeaders = Readonly<Record<string, string>>

/** What every typed route call takes besides its own parts (`params`, `query`, `json`, `multipart`). */
export interface RouteCallOptions extends Omit<CallOptions, 'params' | 'query' | 'json' | 'body' | 'multipart'> {}

/**
 * Typed routes by `METHOD /path`: `{ args: [options: …]; response: … }` each. Empty unless augmented (import
 * `@api/catalog`).
 */
// biome-ignore lint/suspicious/noEmptyInterface: an augmentation point is empty by design.
export interface WechatPayRoutes {}

/** What the client root holds when typed: `v3` (the property chain) and every operation path (`'v3/…'`). */
// biome-ignore lint/suspicious/noEmptyInterface: an augmentation point is empty by design.
export interface WechatPayPaths {}

/** Webhook event types → their decrypted `resource`. */
// biome-ignore lint/suspicious/noEmptyInterface: an augmentation point is empty by design.
export interface WechatPayEvents {}

/** A route string `request()` takes: a typed route once routes are declared, else any `METHOD /path`. */
export type RouteKey = [keyof WechatPayRoutes] extends [never] ? `${HttpMethod} /${string}` : keyof WechatPayRoutes

/** The arguments after the route: `[options]` of a typed route (optional when nothing in it is required). */
export type RouteArgs<R> = R extends keyof WechatPayRoutes
  ? WechatPayRoutes[R] extends { args: infer A extends readonly unknown[] }
    ? A
    : never
  : [options?: CallOptions]

/** What a route answers (`data`): `undefined` for a 204 or a file. */
export type RouteResponse<R> = R extends keyof WechatPayRoutes
  ? WechatPayRoutes[R] extends { response: infer T }
    ? T
    : never
  : unknown

/** The options of a typed route, e.g. `RouteOptions<'POST /v3/pay/transactions/jsapi'>['json']`. */
export type RouteOptions<R extends keyof WechatPayRoutes> = NonNullable<RouteArgs<R>[0]>

/** A path `chain()` takes: an operation path once paths are declared (`'v3/pay/transactions/jsapi'`), else any. */
export type ChainPath = [keyof WechatPayPaths] extends [never] ? string : keyof WechatPayPaths & string

/** The node `chain(path)` gives: the typed node of a declared path, else an untyped `ChainNode`. */
export type ChainTarget<P> = P extends keyof WechatPayPaths ? WechatPayPaths[P] : ChainNode

// ───────────────────────────── suggestions for a mistyped route or path ─────────────────────────────
// Only an argument that is not a declared route is looked at (the check of a declared one is one lookup): its
// nearest declared neighbours become the parameter type, so the compiler's error lists them instead of 1000 routes.

type KnownRoute = keyof WechatPayRoutes & string
type KnownPath = keyof WechatPayPaths & string
/** `a/b/c` → `a/b`. */
type Parent<P extends string> = P extends `${infer Head}/${infer Tail}`
  ? Tail extends `${string}/${string}`
    ? `${Head}/${Parent<Tail>}`
    : Head
  : ''
/** `a/b/c` → `c`. */
type Last<P extends string> = P extends `${string}/${infer Tail}` ? Last<Tail> : P
type Initial<S extends string> = S extends `${infer C}${string}` ? C : ''
/** Declared routes (`Prefix` is `M `) or paths under the closest ancestor of `P` that has any. */
type Below<
  Known extends string,
  Prefix extends string,
  P extends string,
  Depth extends 0[] = [],
> = Depth['length'] extends 12
  ? never
  : [Extract<Known, `${Prefix}${P}/${string}`>] extends [never]
    ? P extends ''
      ? never
      : Below<Known, Prefix, Parent<P>, [...Depth, 0]>
    : Extract<Known, `${Prefix}${P}/${string}`>
/** The siblings of `P` whose last segment starts as its does (`…/jsapl` → `…/jsapi`), else everything nearest. */
type Nearest<Known extends string, Prefix extends string, P extends string> = [
  Extract<Known, `${Prefix}${Parent<P>}/${Initial<Last<P>>}${string}`>,
] extends [never]
  ? Below<Known, Prefix, Parent<P>>
  : Extract<Known, `${Prefix}${Parent<P>}/${Initial<Last<P>>}${string}`>

/** The declared routes nearest a mistyped one: the same path with other methods, else its closest siblings. */
export type RouteSuggestion<R extends string> = R extends `${infer M} ${infer P}`
  ? [Extract<KnownRoute, `${string} ${P}`>] extends [never]
    ? Nearest<KnownRoute, `${M} `, P>
    : Extract<KnownRoute, `${string} ${P}`>
  : KnownRoute

/** `R` itself when it is a route `request()` takes, else the routes nearest it (so the error suggests them). */
export type RouteCheck<R extends string> = R extends RouteKey
  ? R
  : [KnownRoute] extends [never]
    ? RouteKey
    : RouteSuggestion<R>

/**
 * The path of `chain(path)`: any string with an explicit type argument (`client.chain<unknown>('v3/…')`, the escape
 * hatch to a path the declared routes do not have); without one, a declared path, or the nearest ones on a typo.
 */
export type ChainCheck<Untyped, P extends string> = [Untyped] extends [never]
  ? P extends ChainPath
    ? P
    : [Nearest<KnownPath, '', P>] extends [never]
      ? KnownPath
      : Nearest<KnownPath, '', P>
  : string

/** The client root's chained properties: the declared trie, else any segment (`ChainNode`). */
export type ChainRoot = [keyof WechatPayPaths] extends [never]
  ? { readonly [segment: string]: ChainNode }
  : WechatPayPaths

/** A verified callback of a declared event type: `resource` typed, `event_type` narrowed. */
export type EventNotification<E extends keyof WechatPayEvents> = VerifiedNotification<WechatPayEvents[E]> & {
  event_type: E
}

/** `[never]` (an impossible extra argument) unless a type argument was given: makes an overload require one. */
export type RequireTypeArgument<E> = [E] extends [never] ? [never] : []
