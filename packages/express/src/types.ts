// Declaration merging: once this package is imported, `req.wechatpay` is typed on every Express request.
import type { WechatpayRequestClient } from './client.js'

declare global {
  namespace Express {
    interface Request {
      /** The `@core/client` client that `wechatpay({ client })` put on the request. */
      wechatpay: WechatpayRequestClient
    }
  }
}
