import { WechatPayClient } from '@core/client';
import { RequestHandler, Request } from 'express';
import { NotificationSource, NotificationHandlerOptions, VerifiedNotification } from '@core/client/notifications';

declare global {
    namespace Express {
        interface Request {
            /** The `@core/client` client that `wechatpay({ client })` put on the request. */
            wechatpay: WechatPayClient;
        }
    }
}

interface WechatPayOptions {
    /** The client from `@core/client`'s `createClient(...)`, shared by every request. */
    client: WechatPayClient;
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
declare function wechatpay(options: WechatPayOptions): RequestHandler;

/** What to do when a body parser got there first; the exact wording users see in their logs. */
declare const EXPRESS_RAW_BODY_HINT = "Fix: mount wechatpayNotifications() before app.use(express.json()), or put express.raw({ type: 'application/json' }) in front of it on this route (or keep the bytes yourself with express.json({ verify: (req, _res, buf) => { req.rawBody = buf } })).";
/** Options of {@link wechatpayNotifications}: the keys (or a client) plus the handler options. */
type WechatPayNotificationsOptions<Resource = unknown> = NotificationSource & Omit<NotificationHandlerOptions<Resource, Request>, 'onNotification'> & {
    /**
     * Your business logic, called once per notification id with the verified, decrypted event and the request.
     * Throw to answer 500 so WeChat Pay redelivers later.
     */
    onNotification: (event: VerifiedNotification<Resource>, req: Request) => unknown;
};
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
declare function wechatpayNotifications<Resource = unknown>(options: WechatPayNotificationsOptions<Resource>): RequestHandler;

export { EXPRESS_RAW_BODY_HINT, type WechatPayNotificationsOptions, type WechatPayOptions, wechatpay, wechatpayNotifications };
