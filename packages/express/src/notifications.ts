import type { IncomingMessage } from 'node:http'
import {
  bodyAlreadyParsed,
  createNotificationHandler,
  type NotificationErrorInfo,
  type NotificationHandlerOptions,
  type NotificationResult,
  type NotificationSource,
  notificationFailure,
  type VerifiedNotification,
} from '@core/client/notifications'
import type { Request, RequestHandler, Response } from 'express'

/** What to do when a body parser got there first; the exact wording users see in their logs. */
export const EXPRESS_RAW_BODY_HINT =
  "Fix: mount wechatpayNotifications() before app.use(express.json()), or put express.raw({ type: 'application/json' }) in front of it on this route (or keep the bytes yourself with express.json({ verify: (req, _res, buf) => { req.rawBody = buf } }))."

/** Options of {@link wechatpayNotifications}: the keys (or a client) plus the handler options. */
export type WechatPayNotificationsOptions<Resource = unknown> = NotificationSource &
  Omit<NotificationHandlerOptions<Resource, Request>, 'onNotification'> & {
    /**
     * Your business logic, called once per notification id with the verified, decrypted event and the request.
     * Throw to answer 500 so WeChat Pay redelivers later.
     */
    onNotification: (event: VerifiedNotification<Resource>, req: Request) => unknown
  }

type WithRaw = IncomingMessage & { rawBody?: unknown; body?: unknown; _body?: unknown }

/** The raw bytes a host or an earlier `express.raw()` kept for us, if any. */
function keptRawBody(req: WithRaw): Uint8Array | string | undefined {
  const { rawBody, body } = req
  if (typeof rawBody === 'string' || rawBody instanceof Uint8Array) return rawBody
  if (body instanceof Uint8Array) return body
  // express.text({ type: 'application/json' }): the decoded string encodes back to the same UTF-8 bytes.
  if (typeof body === 'string') return body
  return undefined
}

/** True when something already read the request stream (body-parser 1.x flags `_body`; 2.x just reads it). */
function streamConsumed(req: WithRaw): boolean {
  return req._body === true || req.readableEnded || (req.complete && !req.readable)
}

type ReadResult = { body: Buffer } | { tooLarge: true } | { aborted: unknown }

function readStream(req: IncomingMessage, limit: number): Promise<ReadResult> {
  const declared = Number(req.headers['content-length'])
  // Refuse before reading a byte when the client announces more than we accept.
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ tooLarge: true })
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const cleanup = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('close', onClose)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        cleanup()
        // Keep the stream flowing into nowhere so Node can finish the exchange; the answer closes the connection.
        req.resume()
        resolve({ tooLarge: true })
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      resolve({ body: Buffer.concat(chunks, size) })
    }
    const onError = (error: unknown) => {
      cleanup()
      resolve({ aborted: error })
    }
    const onClose = () => {
      cleanup()
      resolve({ aborted: new Error('request closed before its body ended') })
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    req.on('close', onClose)
  })
}

/** The default `onError`, like the core's: 5xx answers are the application's to fix, 4xx are the sender's. */
function logServerErrors(error: unknown, info: NotificationErrorInfo): void {
  if (info.status >= 500)
    console.error(`@adapters/express: notification answered ${info.status} (${info.outcome}):`, error)
}

function send(res: Response, result: NotificationResult): void {
  if (res.headersSent) return
  res.statusCode = result.status
  for (const [name, value] of Object.entries(result.headers)) res.setHeader(name, value)
  if (result.body === undefined) res.end()
  else res.end(JSON.stringify(result.body))
}

/**
 * Express middleware for a WeChat Pay callback URL: reads the raw body itself, verifies the signature (skew, probe,
 * unknown serial), decrypts `resource`, calls `onNotification` at most once per notification id, and answers as
 * WeChat Pay expects (204; 400/401/409/413/500 with `{"code":"FAIL","message":…}` so it redelivers).
 * @example
 * app.post('/wechatpay/notify', wechatpayNotifications({
 *   platformKeys, apiv3Key,
 *   onNotification: async (event, req) => { await grantCoupon(event.resource) },
 * }))
 * @throws {NotificationConfigurationError} for invalid options, at setup time. A body that a parser already turned
 * into an object is answered 500 FAIL, and `onError` gets a `NotificationConfigurationError` (code
 * `BODY_ALREADY_PARSED`) that says how to fix it. The middleware never calls `next()`: every answer is its own.
 */
export function wechatpayNotifications<Resource = unknown>(
  options: WechatPayNotificationsOptions<Resource>,
): RequestHandler {
  const { platformKeys, apiv3Key, client, ...handlerOptions } = (options ?? {}) as WechatPayNotificationsOptions &
    Record<'platformKeys' | 'apiv3Key' | 'client', unknown>
  const source = (
    client !== undefined
      ? {
          client,
          ...(platformKeys === undefined ? {} : { platformKeys }),
          ...(apiv3Key === undefined ? {} : { apiv3Key }),
        }
      : { platformKeys, apiv3Key }
  ) as NotificationSource
  const handler = createNotificationHandler<Resource, Request>(
    source,
    handlerOptions as NotificationHandlerOptions<Resource, Request>,
  )
  const limit = handler.maxBodyBytes
  const onError = (handlerOptions as { onError?: NotificationHandlerOptions['onError'] }).onError ?? logServerErrors

  // What the middleware answers itself (the core reports its own answers): reported like the core's, then sent.
  function answer(res: Response, result: NotificationResult): void {
    try {
      onError(result.error, { status: result.status, outcome: result.outcome })
    } catch {
      // A failing logger must not change the answer WeChat Pay gets.
    }
    send(res, result)
  }

  return async function wechatpayNotificationsMiddleware(req: Request, res: Response): Promise<void> {
    try {
      let body = keptRawBody(req as WithRaw)
      if (body === undefined) {
        if (streamConsumed(req as WithRaw)) {
          // A parser consumed the bytes the signature covers: no answer can be right. 500 FAIL (WeChat Pay
          // redelivers once the app is fixed) and the fix goes to onError; never next(error), whose default
          // handler answers an HTML page with the stack trace.
          const error = bodyAlreadyParsed('@adapters/express', EXPRESS_RAW_BODY_HINT)
          answer(res, notificationFailure(500, 'misconfigured', 'notification endpoint misconfigured', error))
          return
        }
        const read = await readStream(req, limit)
        if ('aborted' in read) return // the caller is gone; there is no one to answer
        if ('tooLarge' in read) {
          res.setHeader('Connection', 'close')
          answer(res, notificationFailure(413, 'too-large', `notification body exceeds ${limit} bytes`))
          return
        }
        body = read.body
      }
      send(res, await handler.handle({ headers: req.headers, body, context: req }))
    } catch (error) {
      // handle() never throws; should anything else, WeChat Pay still gets its format and a retry, not Express's
      // error page.
      answer(res, notificationFailure(500, 'failed', 'internal error; retry later', error))
    }
  }
}
