import type { WechatPayClient } from '@core/client'
import { NotificationConfigurationError } from '@core/client/notifications'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

export interface WechatPayOptions {
  /** The client from `@core/client`'s `createClient(...)`, shared by every request. */
  client: WechatPayClient
}

function invalid(message: string): never {
  throw new NotificationConfigurationError(`@adapters/express: ${message}`, { code: 'INVALID_OPTIONS' })
}

/**
 * Puts one shared WeChat Pay client on every request as `req.wechatpay` (typed by declaration merging).
 * @example
 * app.use(wechatpay({ client }))
 * app.post('/coupons/:code/deactivate', async (req, res) => {
 *   const { data } = await req.wechatpay.request({ method: 'POST', url: '/v3/marketing/busifavor/coupons/deactivate', json })
 *   res.json(data)
 * })
 * @throws {NotificationConfigurationError} when `client` is missing or an unknown option is given.
 */
export function wechatpay(options: WechatPayOptions): RequestHandler {
  if (options === null || typeof options !== 'object') invalid('wechatpay() needs { client }.')
  for (const key of Object.keys(options)) {
    if (key !== 'client') invalid(`wechatpay() has no option "${key}" (only { client }).`)
  }
  const client = options.client
  if (client === null || typeof client !== 'object')
    invalid('wechatpay() needs { client }: the client from @core/client createClient(...).')
  return function wechatpayClient(req: Request, _res: Response, next: NextFunction): void {
    req.wechatpay = client
    next()
  }
}
