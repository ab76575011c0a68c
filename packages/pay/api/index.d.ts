import { FacadeMethod, FacadeCallOptions, FacadeInput, FacadeOptions, FacadeClient, NotificationEvent } from '@core/kit';
export { EndpointInput, EndpointOutput, FacadeCall, FacadeResult, ResponseIssuesEvent } from '@core/kit';
import { P as PayEndpoints, E as Endpoints, a as EndpointId, r as refundNotification, t as transactionNotification } from './schemas-<chunk>.js';
export { L as LIMIT_PAY, b as PAY_EXAMPLES, R as REFUND_STATES, c as RefundResource, T as TRADE_STATES, d as TransactionResource, e as appPrepay, f as applyAbnormalRefund, g as closeOrder, h as createRefund, i as endpoints, j as fundFlowBill, k as h5Prepay, l as jsapiPrepay, n as nativePrepay, p as pay, q as queryOrderByOutTradeNo, m as queryOrderByTransactionId, o as queryRefund, s as tradeBill } from './schemas-<chunk>.js';
import { Writable } from 'node:stream';
import { DownloadOptions, DownloadResponse, Timeouts, RetryOptions } from '@core/client';
import { VerifiedNotification } from '@core/signer';
import '@core/kit/define';
import 'zod';

/** What `tradeBill` and `fundFlowBill` answer: where the bill is and its digest. */
interface BillLink {
    /** Valid for 30 seconds: download right after asking. */
    download_url: string;
    /** `SHA1`. */
    hash_type: string;
    /** The SHA1 of the uncompressed bill, hex. */
    hash_value: string;
}
/** The part of `@core/client`'s client that {@link downloadBill} uses (a `WechatPayClient` fits). */
interface BillClient {
    download(options: DownloadOptions): Promise<DownloadResponse>;
}
interface DownloadBillOptions {
    /**
     * Where the bill goes. A path: written to a temporary file beside it and renamed into place once the digest matched,
     * so the path only ever holds a verified bill (an existing file there is replaced then, and kept on failure). A
     * `Writable` (an HTTP response, an upload stream, a `PassThrough` you read from): ended once the bill is verified,
     * destroyed with the error otherwise — whatever it received must then be thrown away.
     */
    to: string | Writable;
    /**
     * `'auto'` (default): gunzip when the `download_url` carries `tartype=GZIP`, as WeChat Pay's does for a bill
     * requested with `tar_type: 'GZIP'`. `true` / `false` force it. Either way the bill is written uncompressed.
     */
    gunzip?: boolean | 'auto';
    signal?: AbortSignal;
    /** `body` is a deadline for the whole file (default 15 s): raise it for a large bill on a slow line. */
    timeouts?: Partial<Timeouts>;
    /** Retries happen only before the file starts (connection failures, 5xx, 429): the URL is a GET. */
    retry?: Partial<RetryOptions> | false;
}
/** A bill written and verified. */
interface DownloadedBill {
    /** Bytes of the bill as written (uncompressed). */
    bytes: number;
    /** Its SHA1, lower-case hex: equal to the `hash_value` it was checked against. */
    sha1: string;
    /** Whether the download was gunzipped on the way. */
    gunzipped: boolean;
    /** WeChat Pay's `Request-ID` of the download. */
    requestId: string | undefined;
    /** The file written, when `to` was a path. */
    path?: string;
}
/**
 * Downloads a bill from the answer of `tradeBill` / `fundFlowBill` and writes it, streamed (at most about 1.5 MiB of it
 * in memory at once): gunzipped when it was requested with `tar_type: 'GZIP'`, its SHA1 computed as it streams and checked against
 * `hash_value`. A bill that does not match is never left behind as if it were good: a path is not written (the
 * temporary file is deleted), a `Writable` is destroyed.
 * @throws {ValidationError} a bad answer or options (`to` missing, a `hash_type` other than SHA1…); nothing was sent.
 * @throws {IntegrityError} the bill's SHA1 is not `hash_value`, or its gzip is broken: it was altered or cut short on
 *   the way. Ask for the bill again (the URL is valid for 30 s) and download it again.
 * @throws {ApiError} WeChat Pay refused the download (an expired URL: ask for the bill again).
 * @throws {NetworkError | TimeoutError} the connection failed or the `body` deadline passed mid-file.
 * @example
 * ```ts
 * const bill = await pay.tradeBill({ bill_date: '2025-05-20', tar_type: 'GZIP' })
 * const { bytes, path } = await downloadBill(client, bill, { to: './bills/2025-05-20.csv' })
 * ```
 */
declare function downloadBill(client: BillClient, bill: BillLink, options: DownloadBillOptions): Promise<DownloadedBill>;

/**
 * Every 基础支付 (Payments) endpoint as a method of `createPay(client)`. Each validates its input
 * against the endpoint's schemas before anything is sent (a `ValidationError` lists every problem with its field path),
 * signs and sends through the client, verifies the answer and resolves with its JSON; `.withResponse()` gives the HTTP
 * answer too (`requestId`, `status`, `headers`).
 *
 * Every method can also throw what `client.request` throws: `ApiError` (WeChat Pay answered with an error),
 * `SignatureVerificationError` (an answer not signed by WeChat Pay), `TimeoutError` and `NetworkError` (after the
 * retries).
 */
interface Pay {
    /**
     * JSAPI/小程序下单 — Place an order with WeChat Pay and get the prepay_id an Official Account (JSAPI) page or a Mini Program invokes the payment with.
     *
     * Sign it into the parameters of `wx.requestPayment` / `WeixinJSBridge.invoke('getBrandWCPayRequest')` with `buildJsapiInvokeParams(signer, { appid, prepay_id })` (the merchant API private key).
     *
     * `out_trade_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `APPID_MCHID_NOT_MATCH` (The appid is not bound to this mchid); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 403 `NO_AUTH` (The merchant has no permission for this operation); 403 `OUT_TRADE_NO_USED` (This out_trade_no was already used for an order with other parameters); 400 `ORDERPAID` (The order is already paid; a new order needs a new out_trade_no); 400 `ORDER_CLOSED` (The order is closed; place a new order with a new out_trade_no); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.jsapiPrepay({
     *   appid: 'wx1234567889999',
     *   mchid: '1900000001',
     *   description: '示例商城-会员月卡',
     *   out_trade_no: 'MCH_102233445',
     *   notify_url: 'https://www.example.com/wechatpay/notify',
     *   amount: {
     *     total: 1000,
     *     currency: 'CNY',
     *   },
     *   payer: {
     *     openid: 'xsd3434454567676',
     *   },
     * })
     * ```
     */
    jsapiPrepay: FacadeMethod<PayEndpoints['jsapi_prepay']>;
    /**
     * APP下单 — Place an order with WeChat Pay and get the prepay_id a mobile app invokes the payment with.
     *
     * Sign it into the parameters of the OpenSDK `PayReq` with `buildAppInvokeParams(signer, { appid, mchid, prepay_id })`.
     *
     * `out_trade_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `APPID_MCHID_NOT_MATCH` (The appid is not bound to this mchid); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 403 `NO_AUTH` (The merchant has no permission for this operation); 403 `OUT_TRADE_NO_USED` (This out_trade_no was already used for an order with other parameters); 400 `ORDERPAID` (The order is already paid; a new order needs a new out_trade_no); 400 `ORDER_CLOSED` (The order is closed; place a new order with a new out_trade_no); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.appPrepay({
     *   appid: 'wxd678efh567hg6787',
     *   mchid: '1900000001',
     *   description: '示例商城-会员月卡',
     *   out_trade_no: 'MCH_102233446',
     *   notify_url: 'https://www.example.com/wechatpay/notify',
     *   amount: {
     *     total: 1000,
     *     currency: 'CNY',
     *   },
     * })
     * ```
     */
    appPrepay: FacadeMethod<PayEndpoints['app_prepay']>;
    /**
     * H5下单 — Place an order with WeChat Pay and get the h5_url that launches WeChat Pay from a mobile browser.
     *
     * `out_trade_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `APPID_MCHID_NOT_MATCH` (The appid is not bound to this mchid); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 403 `NO_AUTH` (The merchant has no permission for this operation); 403 `OUT_TRADE_NO_USED` (This out_trade_no was already used for an order with other parameters); 400 `ORDERPAID` (The order is already paid; a new order needs a new out_trade_no); 400 `ORDER_CLOSED` (The order is closed; place a new order with a new out_trade_no); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.h5Prepay({
     *   appid: 'wx1234567889999',
     *   mchid: '1900000001',
     *   description: '示例商城-会员月卡',
     *   out_trade_no: 'MCH_102233447',
     *   notify_url: 'https://www.example.com/wechatpay/notify',
     *   amount: {
     *     total: 1000,
     *     currency: 'CNY',
     *   },
     *   scene_info: {
     *     payer_client_ip: '14.23.150.211',
     *     h5_info: {
     *       type: 'Wap',
     *     },
     *   },
     * })
     * ```
     */
    h5Prepay: FacadeMethod<PayEndpoints['h5_prepay']>;
    /**
     * Native下单 — Place an order with WeChat Pay and get the code_url the payer scans to pay.
     *
     * `out_trade_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `APPID_MCHID_NOT_MATCH` (The appid is not bound to this mchid); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 403 `NO_AUTH` (The merchant has no permission for this operation); 403 `OUT_TRADE_NO_USED` (This out_trade_no was already used for an order with other parameters); 400 `ORDERPAID` (The order is already paid; a new order needs a new out_trade_no); 400 `ORDER_CLOSED` (The order is closed; place a new order with a new out_trade_no); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.nativePrepay({
     *   appid: 'wx1234567889999',
     *   mchid: '1900000001',
     *   description: '示例商城-会员月卡',
     *   out_trade_no: 'MCH_102233448',
     *   notify_url: 'https://www.example.com/wechatpay/notify',
     *   amount: {
     *     total: 1000,
     *     currency: 'CNY',
     *   },
     * })
     * ```
     */
    nativePrepay: FacadeMethod<PayEndpoints['native_prepay']>;
    /**
     * 商户订单号查询订单 — Read an order’s state and payment result by your order number (unpaid orders too).
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 404 `ORDER_NOT_EXIST` (No such order: check the order number and the mchid); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.queryOrderByOutTradeNo({
     *   out_trade_no: 'MCH_102233445',
     *   mchid: '1900000001',
     * })
     * ```
     */
    queryOrderByOutTradeNo: FacadeMethod<PayEndpoints['query_order_by_out_trade_no']>;
    /**
     * 微信支付订单号查询订单 — Read a paid order’s state and payment result by WeChat Pay’s order number.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 404 `ORDER_NOT_EXIST` (No such order: check the order number and the mchid); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.queryOrderByTransactionId({
     *   transaction_id: '4200000913202101152566792388',
     *   mchid: '1900000001',
     * })
     * ```
     */
    queryOrderByTransactionId: FacadeMethod<PayEndpoints['query_order_by_transaction_id']>;
    /**
     * 关闭订单 — Close an unpaid order so it can no longer be paid; WeChat Pay answers 204 on success.
     *
     * Do not close an order right after placing it: wait at least 5 minutes, so the close does not fail while the order’s state is still being synchronised.
     *
     * `out_trade_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 400 `ORDERPAID` (The order is already paid; a new order needs a new out_trade_no); 404 `ORDER_NOT_EXIST` (No such order: check the order number and the mchid); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * await pay.closeOrder({
     *   out_trade_no: 'MCH_102233448',
     *   mchid: '1900000001',
     * })
     * ```
     */
    closeOrder: FacadeMethod<PayEndpoints['close_order']>;
    /**
     * 申请退款 — Refund a paid order in full or in part; the accepted refund is PROCESSING until the refund callback or a query says otherwise.
     *
     * Checked before sending: the order is named by out_trade_no or transaction_id, and amount.refund is at most amount.total (otherwise a ValidationError and nothing is sent). Only WeChat Pay knows what is left to refund on the order and answers with an error beyond it.
     *
     * `out_refund_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 403 `NO_AUTH` (The merchant has no permission for this operation); 403 `NOT_ENOUGH` (Insufficient balance: the merchant’s refundable balance is too low); 403 `USER_ACCOUNT_ABNORMAL` (The payer’s account is abnormal or closed; the refund cannot go back the original way); 404 `RESOURCE_NOT_EXISTS` (The resource does not exist: check the number); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.createRefund({
     *   out_trade_no: 'MCH_102233445',
     *   out_refund_no: 'RF_102233445_1',
     *   reason: '商品已售完',
     *   notify_url: 'https://www.example.com/wechatpay/notify',
     *   amount: {
     *     refund: 300,
     *     total: 1000,
     *     currency: 'CNY',
     *   },
     * })
     * ```
     */
    createRefund: FacadeMethod<PayEndpoints['create_refund']>;
    /**
     * 查询单笔退款（按商户退款单号） — Read a refund’s state and amounts by your refund number.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 404 `RESOURCE_NOT_EXISTS` (The resource does not exist: check the number); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.queryRefund({
     *   out_refund_no: 'RF_102233445_1',
     * })
     * ```
     */
    queryRefund: FacadeMethod<PayEndpoints['query_refund']>;
    /**
     * 发起异常退款 — Send an ABNORMAL refund to the payer’s bank card or to your bank account instead.
     *
     * `out_refund_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 400 `MCH_NOT_EXISTS` (The merchant id does not exist); 403 `NO_AUTH` (The merchant has no permission for this operation); 404 `RESOURCE_NOT_EXISTS` (The resource does not exist: check the number); 429 `FREQUENCY_LIMITED` (Rate limited: call less often)
     * @example
     * ```ts
     * const answer = await pay.applyAbnormalRefund({
     *   refund_id: '50000000382019052709732678860',
     *   out_refund_no: 'RF_102233445_2',
     *   type: 'MERCHANT_BANK_CARD',
     * })
     * ```
     */
    applyAbnormalRefund: FacadeMethod<PayEndpoints['apply_abnormal_refund']>;
    /**
     * 申请交易账单 — Ask for one day’s trade bill: its download URL and digest.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 403 `NO_AUTH` (The merchant has no permission for this operation); 400 `NO_STATEMENT_EXIST` (No bill for that date: nothing happened on the account that day); 400 `STATEMENT_CREATING` (The bill is still being generated: ask again later the next morning)
     * @example
     * ```ts
     * const answer = await pay.tradeBill({
     *   bill_date: new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10),
     *   bill_type: 'ALL',
     *   tar_type: 'GZIP',
     * })
     * ```
     */
    tradeBill: FacadeMethod<PayEndpoints['trade_bill']>;
    /**
     * 申请资金账单 — Ask for one day’s fund flow bill of an account: its download URL and digest.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it (e.g. the same number with other parameters)); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same parameters); 403 `NO_AUTH` (The merchant has no permission for this operation); 400 `NO_STATEMENT_EXIST` (No bill for that date: nothing happened on the account that day); 400 `STATEMENT_CREATING` (The bill is still being generated: ask again later the next morning)
     * @example
     * ```ts
     * const answer = await pay.fundFlowBill({
     *   bill_date: new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10),
     *   account_type: 'BASIC',
     *   tar_type: 'GZIP',
     * })
     * ```
     */
    fundFlowBill: FacadeMethod<PayEndpoints['fund_flow_bill']>;
}

/** Options of {@link createPay}: `onResponseIssues` (lenient answer checks). */
type PayOptions = Omit<FacadeOptions<EndpointId>, 'requestNo'>;
/** What a facade method takes, e.g. `PayInput<Endpoints['create_refund']>`. */
type PayInput<E extends Endpoints[EndpointId]> = FacadeInput<E>;
/** Per-call transport settings (`signal`, `retry`, `timeouts`, `headers`). */
type PayCallOptions = FacadeCallOptions;
/**
 * The typed facade over a `@core/client` client: one method per 基础支付 endpoint (see {@link Pay}). Every business
 * number — `out_trade_no`, `out_refund_no` — is yours: the facade never makes one up, and the calls that carry one are
 * retried by the client (network errors, 5xx, 429) with the same body.
 * @throws {ValidationError} unknown or invalid options.
 * @example
 * ```ts
 * import { createClient } from '@core/client'
 * import { createPay } from '@api/pay'
 * const client = createClient({ mchid, serial, privateKey, platformKeys })
 * const pay = createPay(client, { onResponseIssues: (event) => logger.warn(event) })
 * const { prepay_id } = await pay.jsapiPrepay({ appid, mchid, description, out_trade_no, notify_url,
 *   amount: { total: 1000 }, payer: { openid } })
 * ```
 */
declare function createPay(client: FacadeClient, options?: PayOptions): Pay;

/** Signs with the merchant API private key: SHA256withRSA over the message's UTF-8 bytes, Base64. */
interface MessageSigner {
    signMessage(message: string): string;
}
/** What {@link buildJsapiInvokeParams} takes. */
interface JsapiInvokeInput {
    /** The AppID the order was placed with (公众号 or 小程序). */
    appid: string;
    /** `prepay_id` from `jsapiPrepay` (the id itself, without `prepay_id=`). */
    prepay_id: string;
    /** Unix seconds; default now. */
    timestamp?: number | string;
    /** Default: a fresh 32-character nonce. */
    nonce?: string;
}
/** What `wx.requestPayment` (小程序) and `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` (JSAPI) take. */
interface JsapiInvokeParams {
    appId: string;
    /** Unix seconds, as a string. */
    timeStamp: string;
    nonceStr: string;
    package: `prepay_id=${string}`;
    signType: 'RSA';
    /** Base64 SHA256withRSA over {@link buildJsapiInvokeMessage}. */
    paySign: string;
}
/** What {@link buildAppInvokeParams} takes. */
interface AppInvokeInput {
    /** The mobile app's AppID the order was placed with. */
    appid: string;
    /** Your merchant id (it becomes `partnerid`). */
    mchid: string;
    /** `prepay_id` from `appPrepay`. */
    prepay_id: string;
    /** Unix seconds; default now. */
    timestamp?: number | string;
    /** Default: a fresh 32-character nonce. */
    nonce?: string;
}
/** What the OpenSDK's `PayReq` takes on iOS and Android. */
interface AppInvokeParams {
    appid: string;
    /** The merchant id. */
    partnerid: string;
    prepayid: string;
    package: 'Sign=WXPay';
    noncestr: string;
    /** Unix seconds, as a string. */
    timestamp: string;
    /** Base64 SHA256withRSA over {@link buildAppInvokeMessage}. */
    sign: string;
}
/** The JSAPI / 小程序 sign string: `appId\ntimeStamp\nnonceStr\npackage\n`. */
declare function buildJsapiInvokeMessage(params: Pick<JsapiInvokeParams, 'appId' | 'timeStamp' | 'nonceStr' | 'package'>): string;
/** The APP sign string: `appid\ntimestamp\nnoncestr\nprepayid\n`. */
declare function buildAppInvokeMessage(params: Pick<AppInvokeParams, 'appid' | 'timestamp' | 'noncestr' | 'prepayid'>): string;
/**
 * Signs the parameters a JSAPI page or a Mini Program invokes the payment with, from the `prepay_id` of `jsapiPrepay`:
 * `{ appId, timeStamp, nonceStr, package: 'prepay_id=…', signType: 'RSA', paySign }`, with `paySign` over
 * `appId\ntimeStamp\nnonceStr\npackage\n`. Give the result to `wx.requestPayment` or
 * `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` as is.
 * @throws {ValidationError} a missing or malformed field, a signer without `signMessage`; nothing is signed.
 * @example
 * ```ts
 * const { prepay_id } = await pay.jsapiPrepay(order)
 * res.json(buildJsapiInvokeParams(signer, { appid: order.appid, prepay_id }))
 * ```
 */
declare function buildJsapiInvokeParams(signer: MessageSigner, input: JsapiInvokeInput): JsapiInvokeParams;
/**
 * Signs the parameters a mobile app invokes the payment with (OpenSDK `PayReq`), from the `prepay_id` of `appPrepay`:
 * `{ appid, partnerid, prepayid, package: 'Sign=WXPay', noncestr, timestamp, sign }`, with `sign` over
 * `appid\ntimestamp\nnoncestr\nprepayid\n`.
 * @throws {ValidationError} a missing or malformed field, a signer without `signMessage`; nothing is signed.
 * @example
 * ```ts
 * const { prepay_id } = await pay.appPrepay(order)
 * res.json(buildAppInvokeParams(signer, { appid: order.appid, mchid: order.mchid, prepay_id }))
 * ```
 */
declare function buildAppInvokeParams(signer: MessageSigner, input: AppInvokeInput): AppInvokeParams;

/** A verified TRANSACTION.SUCCESS callback (支付成功) whose decrypted `resource` — the order — matched the schema. */
type TransactionEvent = NotificationEvent<typeof transactionNotification>;
/** A verified REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED callback whose decrypted `resource` matched the schema. */
type RefundEvent = NotificationEvent<typeof refundNotification>;
/**
 * Types a TRANSACTION.SUCCESS (支付成功) callback that `verifyNotification` (`@core/signer`, `client.verifyNotification`
 * or an adapter) has already verified and decrypted: checks the event type and the decrypted order against the
 * schema. Unknown fields are kept. Callbacks repeat: deduplicate on `id`.
 * @throws {ValidationError} another event type, or an order missing `out_trade_no`, `amount.total`…; `issues` paths
 *   start at the notification (`resource.amount.total`).
 * @example
 * ```ts
 * const event = parseTransactionNotification(await client.verifyNotification({ headers, body: rawBody }))
 * await orders.markPaid(event.resource.out_trade_no, event.resource.transaction_id, event.resource.amount.total)
 * ```
 */
declare function parseTransactionNotification(notification: VerifiedNotification): TransactionEvent;
/**
 * Types a REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED (退款结果) callback that `verifyNotification` has already
 * verified and decrypted: checks the event type and the decrypted refund. `event_type` (and `resource.refund_status`)
 * tell the outcome. Unknown fields are kept. Callbacks repeat: deduplicate on `id`.
 * @throws {ValidationError} another event type, or a refund missing `out_refund_no`, `amount.refund`…; `issues` paths
 *   start at the notification (`resource.out_refund_no`).
 * @example
 * ```ts
 * const event = parseRefundNotification(await client.verifyNotification({ headers, body: rawBody }))
 * if (event.event_type === 'REFUND.SUCCESS') await refunds.markDone(event.resource.out_refund_no)
 * ```
 */
declare function parseRefundNotification(notification: VerifiedNotification): RefundEvent;

export { type AppInvokeInput, type AppInvokeParams, type BillClient, type BillLink, type DownloadBillOptions, type DownloadedBill, EndpointId, Endpoints, type JsapiInvokeInput, type JsapiInvokeParams, type MessageSigner, type Pay, type PayCallOptions, type PayInput, type PayOptions, type RefundEvent, type TransactionEvent, buildAppInvokeMessage, buildAppInvokeParams, buildJsapiInvokeMessage, buildJsapiInvokeParams, createPay, downloadBill, parseRefundNotification, parseTransactionNotification, refundNotification, transactionNotification };

// ── shared chunk schemas-<chunk> ──
import * as _core_kit_define from '@core/kit/define';
import { Family } from '@core/kit/define';
import { z } from 'zod';

declare const tradeBill: _core_kit_define.Endpoint<"trade_bill", undefined, z.ZodObject<{
    bill_date: z.ZodString;
    bill_type: z.ZodOptional<z.ZodEnum<{
        ALL: "ALL";
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        RECHARGE_REFUND: "RECHARGE_REFUND";
        ALL_SPECIAL: "ALL_SPECIAL";
        SUC_SPECIAL: "SUC_SPECIAL";
        REF_SPECIAL: "REF_SPECIAL";
    }>>;
    tar_type: z.ZodOptional<z.ZodEnum<{
        GZIP: "GZIP";
    }>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    hash_type: z.ZodString;
    hash_value: z.ZodString;
    download_url: z.ZodString;
}, z.core.$loose>, undefined>;
declare const fundFlowBill: _core_kit_define.Endpoint<"fund_flow_bill", undefined, z.ZodObject<{
    bill_date: z.ZodString;
    account_type: z.ZodOptional<z.ZodEnum<{
        BASIC: "BASIC";
        OPERATION: "OPERATION";
        FEES: "FEES";
    }>>;
    tar_type: z.ZodOptional<z.ZodEnum<{
        GZIP: "GZIP";
    }>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    hash_type: z.ZodString;
    hash_value: z.ZodString;
    download_url: z.ZodString;
}, z.core.$loose>, undefined>;

/** 支付方式限制 (`limit_pay`) values. */
declare const LIMIT_PAY: readonly ["no_balance", "no_credit", "no_debit", "balance_only"];
/** 交易状态 as protocol.md §6 lists them. */
declare const TRADE_STATES: readonly ["SUCCESS", "REFUND", "NOTPAY", "CLOSED", "REVOKED", "USERPAYING", "PAYERROR"];
/**
 * The order as the two queries answer it — and, decrypted, as TRANSACTION.SUCCESS carries it (protocol.md §6).
 * `transaction_id`, `payer` and `success_time` appear once the order is paid.
 */
declare const transaction: z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>;

/**
 * 支付成功通知 (`TRANSACTION.SUCCESS`): WeChat Pay → the prepay request's `notify_url`. The decrypted resource is the
 * order as the queries answer it (protocol.md §6), so it is typed by the same schema.
 */
declare const transactionNotification: _core_kit_define.NotificationDefinition<"notify_transaction", "TRANSACTION.SUCCESS", z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>>;
/** The decrypted refund of REFUND.SUCCESS / .ABNORMAL / .CLOSED (direct merchant). */
declare const refundResource: z.ZodObject<{
    mchid: z.ZodString;
    out_trade_no: z.ZodString;
    transaction_id: z.ZodString;
    out_refund_no: z.ZodString;
    refund_id: z.ZodString;
    refund_status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
    }>;
    success_time: z.ZodOptional<z.ZodString>;
    user_received_account: z.ZodString;
    recv_account: z.ZodOptional<z.ZodString>;
    fund_source: z.ZodOptional<z.ZodEnum<{
        REFUND_SOURCE_UNSETTLED_FUNDS: "REFUND_SOURCE_UNSETTLED_FUNDS";
        REFUND_SOURCE_RECHARGE_FUNDS: "REFUND_SOURCE_RECHARGE_FUNDS";
    }>>;
    amount: z.ZodObject<{
        settlement_refund: z.ZodOptional<z.ZodInt>;
        settlement_currency: z.ZodOptional<z.ZodString>;
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        refund: z.ZodInt;
        payer_total: z.ZodInt;
        payer_currency: z.ZodOptional<z.ZodString>;
        payer_refund: z.ZodInt;
        exchange_rate: z.ZodOptional<z.ZodObject<{
            type: z.ZodOptional<z.ZodEnum<{
                USERPAYMENT_RATE: "USERPAYMENT_RATE";
                SETTLEMENT_RATE: "SETTLEMENT_RATE";
            }>>;
            rate: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>>;
    }, z.core.$loose>;
}, z.core.$loose>;
/**
 * 退款结果通知 (`REFUND.SUCCESS` / `REFUND.ABNORMAL` / `REFUND.CLOSED`): WeChat Pay → the refund's `notify_url` (or
 * the one set on the merchant platform). One definition: the three share their envelope and resource.
 */
declare const refundNotification: _core_kit_define.NotificationDefinition<"notify_refund", "REFUND.SUCCESS" | "REFUND.ABNORMAL" | "REFUND.CLOSED", z.ZodObject<{
    mchid: z.ZodString;
    out_trade_no: z.ZodString;
    transaction_id: z.ZodString;
    out_refund_no: z.ZodString;
    refund_id: z.ZodString;
    refund_status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
    }>;
    success_time: z.ZodOptional<z.ZodString>;
    user_received_account: z.ZodString;
    recv_account: z.ZodOptional<z.ZodString>;
    fund_source: z.ZodOptional<z.ZodEnum<{
        REFUND_SOURCE_UNSETTLED_FUNDS: "REFUND_SOURCE_UNSETTLED_FUNDS";
        REFUND_SOURCE_RECHARGE_FUNDS: "REFUND_SOURCE_RECHARGE_FUNDS";
    }>>;
    amount: z.ZodObject<{
        settlement_refund: z.ZodOptional<z.ZodInt>;
        settlement_currency: z.ZodOptional<z.ZodString>;
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        refund: z.ZodInt;
        payer_total: z.ZodInt;
        payer_currency: z.ZodOptional<z.ZodString>;
        payer_refund: z.ZodInt;
        exchange_rate: z.ZodOptional<z.ZodObject<{
            type: z.ZodOptional<z.ZodEnum<{
                USERPAYMENT_RATE: "USERPAYMENT_RATE";
                SETTLEMENT_RATE: "SETTLEMENT_RATE";
            }>>;
            rate: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>>;
    }, z.core.$loose>;
}, z.core.$loose>>;
/** The decrypted TRANSACTION.SUCCESS resource (the order) as the schema outputs it. */
type TransactionResource = z.output<typeof transaction>;
/** The decrypted REFUND.* resource as the schema outputs it. */
type RefundResource = z.output<typeof refundResource>;

declare const queryOrderByOutTradeNo: _core_kit_define.Endpoint<"query_order_by_out_trade_no", z.ZodObject<{
    out_trade_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    mchid: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const queryOrderByTransactionId: _core_kit_define.Endpoint<"query_order_by_transaction_id", z.ZodObject<{
    transaction_id: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    mchid: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    trade_type: z.ZodOptional<z.ZodString>;
    trade_state: z.ZodOptional<z.ZodEnum<{
        SUCCESS: "SUCCESS";
        REFUND: "REFUND";
        NOTPAY: "NOTPAY";
        CLOSED: "CLOSED";
        REVOKED: "REVOKED";
        USERPAYING: "USERPAYING";
        PAYERROR: "PAYERROR";
    }>>;
    trade_state_desc: z.ZodOptional<z.ZodString>;
    bank_type: z.ZodOptional<z.ZodString>;
    success_time: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
        payer_total: z.ZodOptional<z.ZodInt>;
        payer_currency: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>;
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    payer: z.ZodOptional<z.ZodObject<{
        openid: z.ZodString;
    }, z.core.$loose>>;
    installment_info: z.ZodOptional<z.ZodObject<{
        use_subsidy: z.ZodBoolean;
        selected_installment_number: z.ZodInt;
    }, z.core.$loose>>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_id: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodEnum<{
            GLOBAL: "GLOBAL";
            SINGLE: "SINGLE";
        }>>;
        type: z.ZodOptional<z.ZodEnum<{
            CASH: "CASH";
            NOCASH: "NOCASH";
        }>>;
        amount: z.ZodInt;
        stock_id: z.ZodOptional<z.ZodString>;
        wechatpay_contribute: z.ZodOptional<z.ZodInt>;
        merchant_contribute: z.ZodOptional<z.ZodInt>;
        other_contribute: z.ZodOptional<z.ZodInt>;
        currency: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            goods_id: z.ZodString;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
            discount_amount: z.ZodInt;
            goods_remark: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const closeOrder: _core_kit_define.Endpoint<"close_order", z.ZodObject<{
    out_trade_no: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    mchid: z.ZodString;
}, z.core.$strict>, undefined, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;

declare const jsapiPrepay: _core_kit_define.Endpoint<"jsapi_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    payer: z.ZodObject<{
        openid: z.ZodString;
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    subsidy_info: z.ZodOptional<z.ZodObject<{
        subsidy_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            subsidy_period_type: z.ZodEnum<{
                DAILY: "DAILY";
                PERIOD: "PERIOD";
            }>;
            subsidy_plan: z.ZodArray<z.ZodObject<{
                subsidy_installment_num: z.ZodLiteral<3 | 6 | 12>;
                subsidy_percent: z.ZodLiteral<0 | 100>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    prepay_id: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;
declare const appPrepay: _core_kit_define.Endpoint<"app_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    payer: z.ZodOptional<z.ZodObject<{
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    subsidy_info: z.ZodOptional<z.ZodObject<{
        subsidy_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            subsidy_period_type: z.ZodEnum<{
                DAILY: "DAILY";
                PERIOD: "PERIOD";
            }>;
            subsidy_plan: z.ZodArray<z.ZodObject<{
                subsidy_installment_num: z.ZodLiteral<3 | 6 | 12>;
                subsidy_percent: z.ZodLiteral<0 | 100>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    prepay_id: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;
declare const h5Prepay: _core_kit_define.Endpoint<"h5_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodObject<{
        h5_info: z.ZodOptional<z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            app_name: z.ZodOptional<z.ZodString>;
            app_url: z.ZodOptional<z.ZodString>;
            bundle_id: z.ZodOptional<z.ZodString>;
            package_name: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    payer: z.ZodOptional<z.ZodObject<{
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    h5_url: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;
declare const nativePrepay: _core_kit_define.Endpoint<"native_prepay", undefined, undefined, z.ZodObject<{
    scene_info: z.ZodOptional<z.ZodObject<{
        payer_client_ip: z.ZodOptional<z.ZodString>;
        device_id: z.ZodOptional<z.ZodString>;
        store_info: z.ZodOptional<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            area_code: z.ZodString;
            address: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    payer: z.ZodOptional<z.ZodObject<{
        identity: z.ZodOptional<z.ZodObject<{
            type: z.ZodEnum<{
                IDCARD: "IDCARD";
                HONGKONG_MACAO: "HONGKONG_MACAO";
                HONGKONG_MACAO_RESIDENT: "HONGKONG_MACAO_RESIDENT";
                TAIWAN_RESIDENT: "TAIWAN_RESIDENT";
                FOREIGN_RESIDENT: "FOREIGN_RESIDENT";
                OVERSEA_PASSPORT: "OVERSEA_PASSPORT";
                PHONE_NUMBER: "PHONE_NUMBER";
            }>;
            number: z.ZodString;
            name: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    settle_info: z.ZodOptional<z.ZodObject<{
        profit_sharing: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    appid: z.ZodString;
    mchid: z.ZodString;
    description: z.ZodString;
    attach: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodString;
    amount: z.ZodObject<{
        total: z.ZodInt;
        currency: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    time_expire: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    goods_tag: z.ZodOptional<z.ZodString>;
    limit_pay: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        no_balance: "no_balance";
        no_credit: "no_credit";
        no_debit: "no_debit";
        balance_only: "balance_only";
    }>>>;
    support_fapiao: z.ZodOptional<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodObject<{
        cost_price: z.ZodOptional<z.ZodInt>;
        invoice_id: z.ZodOptional<z.ZodString>;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            quantity: z.ZodInt;
            unit_price: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    code_url: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_trade_no";
    readonly generate: false;
}>;

/** 退款状态 as protocol.md §6 lists them. */
declare const REFUND_STATES: readonly ["SUCCESS", "CLOSED", "PROCESSING", "ABNORMAL"];
declare const createRefund: _core_kit_define.Endpoint<"create_refund", undefined, undefined, z.ZodObject<{
    transaction_id: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodOptional<z.ZodString>;
    out_refund_no: z.ZodString;
    reason: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodOptional<z.ZodString>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$strict>>>;
        total: z.ZodInt;
        currency: z.ZodString;
    }, z.core.$strict>;
    goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        merchant_goods_id: z.ZodString;
        wechatpay_goods_id: z.ZodOptional<z.ZodString>;
        goods_name: z.ZodOptional<z.ZodString>;
        unit_price: z.ZodInt;
        refund_amount: z.ZodInt;
        refund_quantity: z.ZodInt;
    }, z.core.$strict>>>;
}, z.core.$strict>, z.ZodObject<{
    refund_id: z.ZodString;
    out_refund_no: z.ZodString;
    transaction_id: z.ZodString;
    out_trade_no: z.ZodString;
    channel: z.ZodString;
    user_received_account: z.ZodString;
    success_time: z.ZodOptional<z.ZodString>;
    create_time: z.ZodString;
    status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
        PROCESSING: "PROCESSING";
    }>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        total: z.ZodInt;
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$loose>>>;
        payer_total: z.ZodInt;
        payer_refund: z.ZodInt;
        settlement_refund: z.ZodInt;
        settlement_total: z.ZodInt;
        discount_refund: z.ZodInt;
        currency: z.ZodString;
        refund_fee: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        promotion_id: z.ZodString;
        scope: z.ZodString;
        type: z.ZodString;
        amount: z.ZodInt;
        refund_amount: z.ZodInt;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            unit_price: z.ZodInt;
            refund_amount: z.ZodInt;
            refund_quantity: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, {
    readonly field: "out_refund_no";
    readonly generate: false;
}>;
declare const queryRefund: _core_kit_define.Endpoint<"query_refund", z.ZodObject<{
    out_refund_no: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    refund_id: z.ZodString;
    out_refund_no: z.ZodString;
    transaction_id: z.ZodString;
    out_trade_no: z.ZodString;
    channel: z.ZodString;
    user_received_account: z.ZodString;
    success_time: z.ZodOptional<z.ZodString>;
    create_time: z.ZodString;
    status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
        PROCESSING: "PROCESSING";
    }>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        total: z.ZodInt;
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$loose>>>;
        payer_total: z.ZodInt;
        payer_refund: z.ZodInt;
        settlement_refund: z.ZodInt;
        settlement_total: z.ZodInt;
        discount_refund: z.ZodInt;
        currency: z.ZodString;
        refund_fee: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        promotion_id: z.ZodString;
        scope: z.ZodString;
        type: z.ZodString;
        amount: z.ZodInt;
        refund_amount: z.ZodInt;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            unit_price: z.ZodInt;
            refund_amount: z.ZodInt;
            refund_quantity: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const applyAbnormalRefund: _core_kit_define.Endpoint<"apply_abnormal_refund", z.ZodObject<{
    refund_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    out_refund_no: z.ZodString;
    type: z.ZodEnum<{
        USER_BANK_CARD: "USER_BANK_CARD";
        MERCHANT_BANK_CARD: "MERCHANT_BANK_CARD";
    }>;
    bank_type: z.ZodOptional<z.ZodEnum<{
        CMB_DEBIT: "CMB_DEBIT";
        COMM_DEBIT: "COMM_DEBIT";
        ABC_DEBIT: "ABC_DEBIT";
        CCB_DEBIT: "CCB_DEBIT";
        ICBC_DEBIT: "ICBC_DEBIT";
        BOC_DEBIT: "BOC_DEBIT";
        PAB_DEBIT: "PAB_DEBIT";
        SPDB_DEBIT: "SPDB_DEBIT";
        CITIC_DEBIT: "CITIC_DEBIT";
        CEB_DEBIT: "CEB_DEBIT";
        CMBC_DEBIT: "CMBC_DEBIT";
        CIB_DEBIT: "CIB_DEBIT";
        GDB_DEBIT: "GDB_DEBIT";
        PSBC_DEBIT: "PSBC_DEBIT";
        NBCB_DEBIT: "NBCB_DEBIT";
    }>>;
    bank_account: z.ZodOptional<z.ZodString>;
    real_name: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    refund_id: z.ZodString;
    out_refund_no: z.ZodString;
    transaction_id: z.ZodString;
    out_trade_no: z.ZodString;
    channel: z.ZodString;
    user_received_account: z.ZodString;
    success_time: z.ZodOptional<z.ZodString>;
    create_time: z.ZodString;
    status: z.ZodEnum<{
        SUCCESS: "SUCCESS";
        CLOSED: "CLOSED";
        ABNORMAL: "ABNORMAL";
        PROCESSING: "PROCESSING";
    }>;
    funds_account: z.ZodOptional<z.ZodString>;
    amount: z.ZodObject<{
        total: z.ZodInt;
        refund: z.ZodInt;
        from: z.ZodOptional<z.ZodArray<z.ZodObject<{
            account: z.ZodString;
            amount: z.ZodInt;
        }, z.core.$loose>>>;
        payer_total: z.ZodInt;
        payer_refund: z.ZodInt;
        settlement_refund: z.ZodInt;
        settlement_total: z.ZodInt;
        discount_refund: z.ZodInt;
        currency: z.ZodString;
        refund_fee: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>;
    promotion_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
        promotion_id: z.ZodString;
        scope: z.ZodString;
        type: z.ZodString;
        amount: z.ZodInt;
        refund_amount: z.ZodInt;
        goods_detail: z.ZodOptional<z.ZodArray<z.ZodObject<{
            merchant_goods_id: z.ZodString;
            wechatpay_goods_id: z.ZodOptional<z.ZodString>;
            goods_name: z.ZodOptional<z.ZodString>;
            unit_price: z.ZodInt;
            refund_amount: z.ZodInt;
            refund_quantity: z.ZodInt;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, {
    readonly field: "out_refund_no";
    readonly generate: false;
}>;

/**
 * The example values of the pay endpoints' docs (TSDoc `@example`s and the docs pages' snippets), kept in one place so
 * the examples tell one story — the JSAPI order is placed, paid, queried and partly refunded — and so the sandbox can
 * pre-load exactly these. The merchant, the payer and the order are those of `@api/busifavor`'s 核销 (use_coupon)
 * example, so a 商家券 can be redeemed on this very order.
 */
declare const PAY_EXAMPLES: Readonly<{
    /** The merchant of every example (WeChat Pay's own documentation merchant, also the busifavor examples'). */
    mchid: "1900000001";
    /** The 公众号 / 小程序 AppID bound to the merchant. */
    appid: "wx1234567889999";
    /** The payer: the user's openid under `appid`. */
    openid: "xsd3434454567676";
    /** Where WeChat Pay posts the TRANSACTION.SUCCESS and REFUND.* callbacks. */
    notify_url: "https://www.example.com/wechatpay/notify";
    /** The JSAPI order: placed by `jsapiPrepay`, paid by the payer, queried both ways, then partly refunded. */
    order: {
        out_trade_no: string;
        /** WeChat Pay's number of the order once it is paid. */
        transaction_id: string;
        prepay_id: string;
        description: string;
        /** 分: 10.00 元. */
        total: number;
    };
    /** The APP order (a mobile app's own AppID, bound to the same merchant). */
    app: {
        appid: string;
        out_trade_no: string;
        prepay_id: string;
    };
    /** The H5 order, placed from a mobile browser. */
    h5: {
        out_trade_no: string;
        payer_client_ip: string;
    };
    /** The Native order: its QR code is never scanned, so the close example closes it. */
    native: {
        out_trade_no: string;
    };
    /** The partial refund of the JSAPI order (3.00 元 of 10.00 元), later queried. */
    refund: {
        out_refund_no: string;
        refund_id: string;
        /** 分. */
        refund: number;
        reason: string;
    };
    /** A second partial refund of the JSAPI order whose money could not go back the original way (ABNORMAL). */
    abnormal: {
        out_refund_no: string;
        refund_id: string;
        refund: number;
    };
    /**
     * Bills are asked for a past day: yesterday in Beijing time, the day WeChat Pay bills by (it generates a day's bills
     * the next morning). The UTC date of now − 24 h would name the day before yesterday from 00:00 to 08:00 Beijing.
     */
    bill_date: _core_kit_define.ExampleCode;
}>;

/** Every Payments endpoint definition by id. */
type PayEndpoints = {
    readonly jsapi_prepay: typeof jsapiPrepay;
    readonly app_prepay: typeof appPrepay;
    readonly h5_prepay: typeof h5Prepay;
    readonly native_prepay: typeof nativePrepay;
    readonly query_order_by_out_trade_no: typeof queryOrderByOutTradeNo;
    readonly query_order_by_transaction_id: typeof queryOrderByTransactionId;
    readonly close_order: typeof closeOrder;
    readonly create_refund: typeof createRefund;
    readonly query_refund: typeof queryRefund;
    readonly apply_abnormal_refund: typeof applyAbnormalRefund;
    readonly trade_bill: typeof tradeBill;
    readonly fund_flow_bill: typeof fundFlowBill;
};
/** Every Payments callback definition by id. */
type PayNotifications = {
    readonly notify_transaction: typeof transactionNotification;
    readonly notify_refund: typeof refundNotification;
};

/**
 * The one list of the 基础支付 family (direct merchant): every endpoint in the order of a payment's life — place,
 * query, close, refund, reconcile — and its two callbacks. (The annotation names the generated types so declarations
 * refer to each definition instead of repeating its schemas.)
 */
declare const pay: Family<PayEndpoints, PayNotifications>;
/** Every pay endpoint by id. */
declare const endpoints: PayEndpoints;
type Endpoints = PayEndpoints;
type EndpointId = keyof Endpoints;

export { type Endpoints as E, LIMIT_PAY as L, type PayEndpoints as P, REFUND_STATES as R, TRADE_STATES as T, type EndpointId as a, PAY_EXAMPLES as b, type RefundResource as c, type TransactionResource as d, appPrepay as e, applyAbnormalRefund as f, closeOrder as g, createRefund as h, endpoints as i, fundFlowBill as j, h5Prepay as k, jsapiPrepay as l, queryOrderByTransactionId as m, nativePrepay as n, queryRefund as o, pay as p, queryOrderByOutTradeNo as q, refundNotification as r, tradeBill as s, transactionNotification as t };
