// @api/pay: the facade interface, written by scripts/generate-families.mjs from the registry (npm run generate). Do not edit.
import type { FacadeMethod } from '@core/kit'
import type { PayEndpoints as Endpoints } from './types.js'

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
export interface Pay {
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
  jsapiPrepay: FacadeMethod<Endpoints['jsapi_prepay']>
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
  appPrepay: FacadeMethod<Endpoints['app_prepay']>
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
  h5Prepay: FacadeMethod<Endpoints['h5_prepay']>
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
  nativePrepay: FacadeMethod<Endpoints['native_prepay']>
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
  queryOrderByOutTradeNo: FacadeMethod<Endpoints['query_order_by_out_trade_no']>
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
  queryOrderByTransactionId: FacadeMethod<Endpoints['query_order_by_transaction_id']>
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
  closeOrder: FacadeMethod<Endpoints['close_order']>
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
  createRefund: FacadeMethod<Endpoints['create_refund']>
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
  queryRefund: FacadeMethod<Endpoints['query_refund']>
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
  applyAbnormalRefund: FacadeMethod<Endpoints['apply_abnormal_refund']>
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
  tradeBill: FacadeMethod<Endpoints['trade_bill']>
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
  fundFlowBill: FacadeMethod<Endpoints['fund_flow_bill']>
}
