// Every export is named here on purpose: this file is the package's public contract.
export { WechatPayNotificationAnswer } from './answer.js'
export {
  InjectWechatPayClient,
  NotificationEvent,
  WechatPayNotification,
  type WechatPayNotificationRouteOptions,
} from './decorators.js'
export {
  type FacadeFactory,
  type FacadeRegistration,
  getWechatPayFacadeToken,
  InjectWechatPayFacade,
} from './facades.js'
export { WechatPayNotificationFilter } from './filter.js'
export { NEST_RAW_BODY_HINT, WechatPayNotificationGuard } from './guard.js'
export { WechatPayNotificationInterceptor } from './interceptor.js'
export { WechatPayModule } from './module.js'
export {
  type NotificationDelivery,
  NotificationExchange,
  type NotificationStart,
  WechatPayNotifications,
} from './notifications.js'
export type {
  WechatPayModuleAsyncOptions,
  WechatPayModuleOptions,
  WechatPayModuleRootOptions,
  WechatPayNotificationsOptions,
  WechatPayOptionsFactory,
} from './options.js'
export { getNotificationEvent, type NotificationHttpRequest } from './request.js'
export { getWechatPayClientToken, getWechatPayOptionsToken } from './tokens.js'
