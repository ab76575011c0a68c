// Every export is named here on purpose: this file is the package's public contract.
import './types.js'

export { type WechatPayOptions, wechatpay } from './client.js'
export {
  EXPRESS_RAW_BODY_HINT,
  type WechatPayNotificationsOptions,
  wechatpayNotifications,
} from './notifications.js'
