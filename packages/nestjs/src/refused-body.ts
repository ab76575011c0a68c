import { type NotificationResult, notificationFailure } from '@core/client/notifications'
import type { HeadersInput } from '@core/signer'
import type { AbstractHttpAdapter } from '@nestjs/core'
import { rawBodyNotKept } from './guard.js'
import type { WechatPayNotifications } from './notifications.js'
import { sendNotificationAnswer } from './reply.js'

// Nest parses the body before the route runs (Express: a global body-parser middleware; Fastify: the content-type
// parser), so a body it refuses never reaches the callback route, its guard or its filter, and Nest would answer in
// its own format without checking the signature. These hooks catch exactly those errors on callback routes and
// answer them through the same core as the guard: signature first over the bytes received (`req.rawBody`), then
// WeChat Pay's `{"code":"FAIL",…}`.

/** Metadata `@WechatPayNotification()` puts on the route handler; Nest copies it onto the handler it registers. */
export const NOTIFICATION_ROUTE = '@adapters/nestjs:notification-route'

/** What the framework refused: too large, read but not parseable, or not readable at all. */
type Refusal = 'too-large' | 'unparsed' | 'unreadable'

// body-parser (Express) error types, by whether the body had been read when the parser gave up.
const BODY_PARSER_REFUSALS: Record<string, Refusal> = {
  'entity.too.large': 'too-large',
  'entity.parse.failed': 'unparsed',
  'entity.verify.failed': 'unparsed',
  'charset.unsupported': 'unreadable',
  'encoding.unsupported': 'unreadable',
  'request.aborted': 'unreadable',
  'request.size.invalid': 'unreadable',
  'stream.encoding.set': 'unreadable',
  'stream.not.readable': 'unreadable',
}

// Fastify's content-type parser errors that come after the body was read.
const FASTIFY_UNPARSED = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY'])

function expressRefusal(error: unknown): Refusal | undefined {
  const type = (error as { type?: unknown } | null)?.type
  return typeof type === 'string' && Object.hasOwn(BODY_PARSER_REFUSALS, type) ? BODY_PARSER_REFUSALS[type] : undefined
}

function fastifyRefusal(error: unknown): Refusal | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !code.startsWith('FST_ERR_CTP_')) return undefined
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'too-large'
  return FASTIFY_UNPARSED.has(code) ? 'unparsed' : 'unreadable'
}

export function isNotificationHandler(handler: unknown): boolean {
  return typeof handler === 'function' && Reflect.getMetadata(NOTIFICATION_ROUTE, handler) === true
}

// What `@RouteConfig()` of @nestjs/platform-fastify writes (an optional peer, so not imported): Nest hands it to
// Fastify as the route's `config`. It marks callback routes whose handler Nest wraps (paths with parameters), where
// the handler Fastify sees carries no metadata.
const FASTIFY_ROUTE_CONFIG = '__fastify_route_config__'

/** Adds the callback mark to the method's Fastify route config, keeping any `@RouteConfig()` applied before. */
export function markFastifyRoute(): MethodDecorator {
  return (_target, _key, descriptor) => {
    const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG, descriptor.value as object) ?? {}) as object
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG, { ...config, [NOTIFICATION_ROUTE]: true }, descriptor.value as object)
  }
}

interface ExpressLayer {
  route?: { methods?: Record<string, boolean>; stack?: { handle?: unknown }[] }
  /** Express 4: a boolean; Express 5's router: the match, or false. */
  match?: (path: string) => unknown
}

/**
 * Whether the request was meant for a callback route. Express routes only after the body parser, so nothing public
 * says which route a refused request was for; the router's layers do (Nest's own ExpressAdapter reads them too).
 * Any other shape of router answers "no", which leaves Nest's answer as it was.
 */
function expressRouteIsNotification(app: unknown, request: { method?: string; path?: string }): boolean {
  let stack: unknown
  try {
    const instance = app as { _router?: { stack?: unknown }; router?: { stack?: unknown } }
    // Express 4 keeps the router in `_router` (its `router` getter throws); Express 5 in `router`.
    stack = (instance._router ?? instance.router)?.stack
  } catch {
    return false
  }
  if (!Array.isArray(stack) || typeof request.path !== 'string') return false
  const method = String(request.method).toLowerCase()
  return (stack as ExpressLayer[]).some((layer) => {
    const route = layer?.route
    if (!route?.stack?.some((entry) => isNotificationHandler(entry?.handle))) return false
    if (route.methods?.[method] !== true && route.methods?._all !== true) return false
    try {
      return typeof layer.match === 'function' && Boolean(layer.match(request.path as string))
    } catch {
      return false
    }
  })
}

async function answerRefused(
  notifications: WechatPayNotifications,
  request: { headers: HeadersInput; rawBody?: unknown },
  refusal: Refusal,
  error: unknown,
): Promise<NotificationResult> {
  const rawBody = request.rawBody
  if (refusal === 'unparsed' && (typeof rawBody === 'string' || rawBody instanceof Uint8Array)) {
    const start = await notifications.begin({ headers: request.headers, body: rawBody })
    if ('answer' in start) return start.answer
    // Genuine and well-formed, yet refused by the framework: nothing can run the controller now. The core releases
    // the id and answers 500, so WeChat Pay redelivers once the application accepts the body.
    start.exchange.fail(error)
    return start.exchange.result
  }
  let result: NotificationResult
  if (refusal === 'too-large') {
    result = notificationFailure(413, 'too-large', 'notification body exceeds the body limit', error)
  } else if (refusal === 'unparsed') {
    result = notificationFailure(500, 'misconfigured', 'notification endpoint misconfigured', rawBodyNotKept(rawBody))
  } else {
    result = notificationFailure(400, 'invalid', 'notification body could not be read', error)
  }
  notifications.report(result.error, { status: result.status, outcome: result.outcome })
  return result
}

const installed = new WeakSet<object>()

/**
 * Makes the callback routes answer bodies the framework refuses (unparseable JSON, over its limit, unreadable) in
 * WeChat Pay's format. Installed once per HTTP adapter, while Nest configures middleware: after its body parsers
 * and before any route exist (Express: an error middleware; Fastify: an `onRoute` hook that gives callback routes
 * their own error handler, which hands every other error on to Nest's).
 */
export function installRefusedBodyAnswers(
  adapter: AbstractHttpAdapter | undefined,
  notifications: WechatPayNotifications,
): void {
  if (adapter === undefined || adapter === null || installed.has(adapter)) return
  installed.add(adapter)
  const type = adapter.getType?.()
  if (type === 'express') {
    adapter.use(
      (
        error: unknown,
        request: { headers: HeadersInput; rawBody?: unknown; method?: string; path?: string },
        response: unknown,
        next: (error?: unknown) => void,
      ) => {
        const refusal = expressRefusal(error)
        if (refusal === undefined || !expressRouteIsNotification(adapter.getInstance(), request)) return next(error)
        answerRefused(notifications, request, refusal, error)
          .then((result) => sendNotificationAnswer(adapter, response, result))
          .catch(next)
      },
    )
  } else if (type === 'fastify') {
    const instance = adapter.getInstance() as {
      addHook(
        name: 'onRoute',
        hook: (route: {
          handler?: unknown
          config?: Record<string, unknown>
          errorHandler?: FastifyErrorHandler
        }) => void,
      ): void
    }
    instance.addHook('onRoute', (route) => {
      if (!isNotificationHandler(route.handler) && route.config?.[NOTIFICATION_ROUTE] !== true) return
      const previous = route.errorHandler
      route.errorHandler = async function refusedBodyAnswer(error, request, reply) {
        const refusal = fastifyRefusal(error)
        if (refusal === undefined) {
          // Thrown on, the error reaches the next handler up: the previous one of the route, or Nest's.
          if (previous !== undefined) return previous.call(this, error, request, reply)
          throw error
        }
        sendNotificationAnswer(adapter, reply, await answerRefused(notifications, request, refusal, error))
        return reply
      }
    })
  }
}

type FastifyErrorHandler = (
  this: unknown,
  error: unknown,
  request: { headers: HeadersInput; rawBody?: unknown },
  reply: unknown,
) => unknown
