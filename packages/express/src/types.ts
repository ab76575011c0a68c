// Declaration merging: once this package is imported, `req.wechatpay` is typed on every Express request.
import type { WechatPayClient } from '@core/client'

declare global {
  namespace Express {
    interface Request {
      /** The `@core/client` client that `wechatpay({ client })` put on the request. */
      wechatpay: WechatPayClient
    }
  }
}
