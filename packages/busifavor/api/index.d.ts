import { FacadeMethod, FacadeCallOptions, FacadeInput, FacadeOptions, FacadeClient, EndpointOutput, NotificationEvent } from '@core/kit';
export { CreateRequestNoOptions, EndpointInput, EndpointOutput, FacadeCall, FacadeResult, ResponseIssuesEvent, createRequestNo } from '@core/kit';
import { B as BusifavorEndpoints, E as Endpoints, a as EndpointId, c as couponSendNotification } from './schemas-<chunk>.js';
export { C as CouponSendEnvelope, b as CouponSendResource, M as MAX_IMAGE_BYTES, d as associateTrade, e as busifavor, f as createStock, g as deactivateCoupon, h as deleteCouponCode, i as disassociateTrade, j as endpoints, k as getCouponCode, l as getNotifyUrl, m as getStock, n as getSubsidyPayReceipt, o as getSubsidyReturnReceipt, p as getUserCoupon, q as listCouponCodes, r as listSubsidyPayReceipts, s as listUserCoupons, t as marketingImageUpload, u as marketingImageUploadMeta, v as modifyBudget, w as modifyStock, x as presendProductCoupon, y as returnCoupon, z as sendCoupon, A as sendGovCard, D as sendProductCoupon, F as setNotifyUrl, G as subsidyPay, H as subsidyReturn, I as uploadCouponCodes, J as useCoupon } from './schemas-<chunk>.js';
import { VerifiedNotification } from '@core/signer';
import { z } from 'zod';
import '@core/kit/define';

/**
 * Every 商家券 (Merchant coupons (busifavor)) endpoint as a method of `createBusifavor(client)`. Each validates its input
 * against the endpoint's schemas before anything is sent (a `ValidationError` lists every problem with its field path),
 * signs and sends through the client, verifies the answer and resolves with its JSON; `.withResponse()` gives the HTTP
 * answer too (`requestId`, `status`, `headers`).
 *
 * Every method can also throw what `client.request` throws: `ApiError` (WeChat Pay answered with an error),
 * `SignatureVerificationError` (an answer not signed by WeChat Pay), `TimeoutError` and `NetworkError` (after the
 * retries).
 */
interface Busifavor {
    /**
     * 创建商家券 — Create a stock (批次) with its use rule, issuance rule, style and code mode; resolves with `stock_id`.
     *
     * `out_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.createStock({
     *   stock_name: '8月1日活动券',
     *   belong_merchant: '1900000001',
     *   goods_name: '填写商品名称',
     *   stock_type: 'NORMAL',
     *   coupon_use_rule: {
     *     coupon_available_time: {
     *       available_begin_time: new Date().toISOString(),
     *       available_end_time: new Date(Date.now() + 30 * 86_400_000).toISOString(),
     *     },
     *     use_method: 'OFF_LINE',
     *     fixed_normal_coupon: {
     *       discount_amount: 500,
     *       transaction_minimum: 2000,
     *     },
     *   },
     *   stock_send_rule: {
     *     max_coupons: 100,
     *     max_coupons_per_user: 5,
     *   },
     *   out_request_no: '1002600620019090123143254435',
     *   coupon_code_mode: 'WECHATPAY_MODE',
     *   comment: '活动使用',
     * })
     * ```
     */
    createStock: FacadeMethod<BusifavorEndpoints['create_stock']>;
    /**
     * 查询商家券详情 — Read a stock's rules, style, state (`stock_state`) and issuance counts.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.getStock({
     *   stock_id: '1212',
     * })
     * ```
     */
    getStock: FacadeMethod<BusifavorEndpoints['get_stock']>;
    /**
     * 修改商家券基本信息 — Change a stock's name, comment, entrance, style or use method; resolves with `undefined` (WeChat Pay answers 204).
     *
     * `out_request_no` may be left out: the facade then makes one (this call cannot apply twice), and the client retries network errors, 5xx and 429 with the same value.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * await busifavor.modifyStock({
     *   stock_id: '101156451224',
     *   out_request_no: '1002600620019090123143254435',
     *   stock_name: '8月1日活动券',
     *   comment: '活动使用',
     *   goods_name: '全场通用',
     * })
     * ```
     */
    modifyStock: FacadeMethod<BusifavorEndpoints['modify_stock']>;
    /**
     * 修改批次预算 — Change the stock's maximum coupon count (or the daily maximum), passing the current value so that concurrent changes cannot overwrite each other.
     *
     * `modify_budget_request_no` may be left out: the facade then makes one (this call cannot apply twice), and the client retries network errors, 5xx and 429 with the same value.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.modifyBudget({
     *   stock_id: '98065001',
     *   modify_budget_request_no: '1002600620019090123143254441',
     *   target_max_coupons: 800,
     *   current_max_coupons: 500,
     * })
     * ```
     */
    modifyBudget: FacadeMethod<BusifavorEndpoints['modify_budget']>;
    /**
     * 上传预存code — Upload up to 200 codes to a `MERCHANT_UPLOAD` stock.
     *
     * Per-code failures come back in `fail_codes`, not as an error.
     *
     * `upload_request_no` may be left out: the facade then makes one (this call cannot apply twice), and the client retries network errors, 5xx and 429 with the same value.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.uploadCouponCodes({
     *   stock_id: '98065001',
     *   coupon_code_list: ['ABC9588200', 'ABC9588201'],
     *   upload_request_no: '1002600620019090123143254440',
     * })
     * ```
     */
    uploadCouponCodes: FacadeMethod<BusifavorEndpoints['upload_coupon_codes']>;
    /**
     * 查询预存code列表 — Page through a stock's uploaded codes.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.listCouponCodes({
     *   stock_id: '1212',
     *   limit: 10,
     *   offset: 0,
     * })
     * ```
     */
    listCouponCodes: FacadeMethod<BusifavorEndpoints['list_coupon_codes']>;
    /**
     * 查询预存code详情 — Read one uploaded code and, once dispatched, the user coupon it became.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.getCouponCode({
     *   stock_id: '1212',
     *   coupon_code: '1212',
     * })
     * ```
     */
    getCouponCode: FacadeMethod<BusifavorEndpoints['get_coupon_code']>;
    /**
     * 删除预存code — Delete an uploaded code that is not dispatched yet.
     *
     * `delete_request_no` travels in the query string.
     *
     * `delete_request_no` may be left out: the facade then makes one (this call cannot apply twice), and the client retries network errors, 5xx and 429 with the same value.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.deleteCouponCode({
     *   stock_id: '1212',
     *   coupon_code: '1212',
     *   delete_request_no: '1002600620019090123143254442',
     * })
     * ```
     */
    deleteCouponCode: FacadeMethod<BusifavorEndpoints['delete_coupon_code']>;
    /**
     * 向用户发券 — Issue one coupon of a stock to a user from your server.
     *
     * The issued code is read with `readSendCouponResult(answer)`, which accepts both shapes the answer may take (`send_coupon_result.coupon_code`, or `coupon_code` at the top level).
     *
     * `out_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.sendCoupon({
     *   openid: 'xsd3434454567676',
     *   appid: 'wx1234567889999',
     *   stock_id: '100088',
     *   out_request_no: '1002600620019090123143254435',
     *   coupon_code: 'sxxe34343434',
     * })
     * ```
     */
    sendCoupon: FacadeMethod<BusifavorEndpoints['send_coupon']>;
    /**
     * 向用户发放商品券 — Issue a product-linked coupon (商品券) to a user.
     *
     * `out_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.sendProductCoupon({
     *   openid: 'xsd3434454567676',
     *   appid: 'wx1234567889999',
     *   stock_id: '100088',
     *   out_request_no: '1002600620019090123143254435',
     *   coupon_type: 'NORMAL',
     *   coupon_code: 'sxxe34343435',
     * })
     * ```
     */
    sendProductCoupon: FacadeMethod<BusifavorEndpoints['send_product_coupon']>;
    /**
     * 向用户预发放商品券 — Get a token for the mini-program coupon issuance component.
     *
     * `send_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.presendProductCoupon({
     *   stock_id: '100088',
     *   appid: 'wx1234567889999',
     *   send_request_no: '1002600620019090123143254439',
     *   openid: 'xsd3434454567676',
     * })
     * ```
     */
    presendProductCoupon: FacadeMethod<BusifavorEndpoints['presend_product_coupon']>;
    /**
     * 核销用户券 — Redeem a coupon (SENDED → USED).
     *
     * `use_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.useCoupon({
     *   coupon_code: 'sxxe34343434',
     *   appid: 'wx1234567889999',
     *   use_time: new Date().toISOString(),
     *   use_request_no: '1002600620019090123143254437',
     *   stock_id: '100088',
     *   openid: 'xsd3434454567676',
     *   out_trade_no: 'MCH_102233445',
     *   mch_id: '1900000001',
     *   transaction_id: '4200000913202101152566792388',
     * })
     * ```
     */
    useCoupon: FacadeMethod<BusifavorEndpoints['use_coupon']>;
    /**
     * 根据过滤条件查询用户券 — Page through one user's coupons, filtered by stock or state.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.listUserCoupons({
     *   openid: '2323dfsdf342342',
     *   appid: 'wx233544546545989',
     *   limit: 20,
     *   offset: 0,
     * })
     * ```
     */
    listUserCoupons: FacadeMethod<BusifavorEndpoints['list_user_coupons']>;
    /**
     * 查询用户单张券详情 — Read one user coupon: state, validity, and the use, return and deactivate records.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.getUserCoupon({
     *   openid: '2323dfsdf342342',
     *   coupon_code: '123446565767',
     *   appid: 'wx233544546545989',
     * })
     * ```
     */
    getUserCoupon: FacadeMethod<BusifavorEndpoints['get_user_coupon']>;
    /**
     * 设置商家券事件通知地址 — Set the URL that receives COUPON.SEND callbacks.
     *
     * No business number: the client does not retry this call by itself after the request was sent.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.setNotifyUrl({
     *   notify_url: 'https://pay.weixin.qq.com',
     *   mchid: '1900000001',
     * })
     * ```
     */
    setNotifyUrl: FacadeMethod<BusifavorEndpoints['set_notify_url']>;
    /**
     * 查询商家券事件通知地址 — Read the callback URL currently set.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.getNotifyUrl()
     * ```
     */
    getNotifyUrl: FacadeMethod<BusifavorEndpoints['get_notify_url']>;
    /**
     * 关联订单信息 — Link a usable coupon to one of your orders.
     *
     * `out_request_no` may be left out: the facade then makes one (this call cannot apply twice), and the client retries network errors, 5xx and 429 with the same value.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.associateTrade({
     *   stock_id: '100088',
     *   coupon_code: 'sxxe34343434',
     *   out_trade_no: 'MCH_102233445',
     *   out_request_no: '1002600620019090123143254435',
     * })
     * ```
     */
    associateTrade: FacadeMethod<BusifavorEndpoints['associate_trade']>;
    /**
     * 取消关联订单信息 — Unlink a coupon from the order `associateTrade` linked it to.
     *
     * `out_request_no` may be left out: the facade then makes one (this call cannot apply twice), and the client retries network errors, 5xx and 429 with the same value.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.disassociateTrade({
     *   stock_id: '100088',
     *   coupon_code: 'sxxe34343434',
     *   out_trade_no: 'MCH_102233445',
     *   out_request_no: '1002600620019090123143254435',
     * })
     * ```
     */
    disassociateTrade: FacadeMethod<BusifavorEndpoints['disassociate_trade']>;
    /**
     * 申请退券 — After a refund, give a redeemed coupon back to the user (USED → SENDED).
     *
     * `return_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.returnCoupon({
     *   coupon_code: 'ABCD12345678',
     *   stock_id: '128888000000001',
     *   return_request_no: '1002600620019090123143254438',
     * })
     * ```
     */
    returnCoupon: FacadeMethod<BusifavorEndpoints['return_coupon']>;
    /**
     * 使券失效 — Make a usable coupon unusable for good (SENDED → DEACTIVATED); resolves with the time it took effect.
     *
     * Create `deactivate_request_no` once (e.g. with `createRequestNo`), store it with your record, then call. If the call times out, the process crashes, or WeChat Pay answers 5xx, call again with the SAME number: WeChat Pay recognizes it and answers as for the first call, so the coupon is deactivated exactly once. A new number for the same coupon is a second request, answered with an error because the coupon is no longer SENDED.
     *
     * `deactivate_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number); 404 `RESOURCE_NOT_EXISTS` (The coupon does not exist)
     * @example
     * ```ts
     * const answer = await busifavor.deactivateCoupon({
     *   coupon_code: 'sxxe34343434',
     *   stock_id: '1234567891',
     *   deactivate_request_no: '1002600620019090123143254436',
     *   deactivate_reason: '此券使用时间设置错误',
     * })
     * ```
     */
    deactivateCoupon: FacadeMethod<BusifavorEndpoints['deactivate_coupon']>;
    /**
     * 发放消费卡 — Issue a consumption card (with its coupons) to a user.
     *
     * WeChat Pay deduplicates on `out_request_no` together with `send_time`: a retry must resend both unchanged.
     *
     * `out_request_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.sendGovCard({
     *   card_id: 'pIJMr5MMiIkO_93VtPyIiEk2DZ4w',
     *   appid: 'wxd678efh567hg6787',
     *   openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
     *   out_request_no: '1002600620019090123143254435',
     *   send_time: new Date().toISOString(),
     * })
     * ```
     */
    sendGovCard: FacadeMethod<BusifavorEndpoints['send_gov_card']>;
    /**
     * 营销补差付款 — Pay the subsidy for a redeemed coupon from the payer merchant to the payee.
     *
     * `out_subsidy_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.subsidyPay({
     *   stock_id: '128888000000001',
     *   coupon_code: 'ABCD12345678',
     *   transaction_id: '4200000913202101152566792388',
     *   payer_merchant: '1900000001',
     *   payee_merchant: '1900000002',
     *   amount: 100,
     *   description: '满200减100营销补差',
     *   out_subsidy_no: 'subsidy-abcd-12345',
     * })
     * ```
     */
    subsidyPay: FacadeMethod<BusifavorEndpoints['subsidy_pay']>;
    /**
     * 查询营销补差付款单列表 — List the subsidy payments of one coupon.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.listSubsidyPayReceipts({
     *   stock_id: '128888000000001',
     *   coupon_code: 'ABCD12345678',
     * })
     * ```
     */
    listSubsidyPayReceipts: FacadeMethod<BusifavorEndpoints['list_subsidy_pay_receipts']>;
    /**
     * 查询营销补差付款单详情 — Read one subsidy payment by its receipt id.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.getSubsidyPayReceipt({
     *   subsidy_receipt_id: '1120200119165100000000000001',
     * })
     * ```
     */
    getSubsidyPayReceipt: FacadeMethod<BusifavorEndpoints['get_subsidy_pay_receipt']>;
    /**
     * 营销补差回退 — After the order is refunded, return a paid subsidy.
     *
     * `out_subsidy_return_no` is yours and never generated: store it before the call and send the same value on every retry. Within one call the client retries network errors, 5xx and 429 with the same body.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.subsidyReturn({
     *   stock_id: '128888000000001',
     *   coupon_code: 'ABCD12345678',
     *   transaction_id: '4200000913202101152566792388',
     *   refund_id: '50100506732021010105138718375',
     *   payer_merchant: '1900000001',
     *   payee_merchant: '1900000002',
     *   amount: 50,
     *   description: '订单退款，回退补差',
     *   out_subsidy_return_no: 'subsidy-return-abcd-12345',
     * })
     * ```
     */
    subsidyReturn: FacadeMethod<BusifavorEndpoints['subsidy_return']>;
    /**
     * 查询营销补差回退单详情 — Read one subsidy return by its receipt id.
     *
     * Read-only: the client retries network errors, 5xx and 429.
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     * const answer = await busifavor.getSubsidyReturnReceipt({
     *   subsidy_return_receipt_id: '2120200119165100000000000001',
     * })
     * ```
     */
    getSubsidyReturnReceipt: FacadeMethod<BusifavorEndpoints['get_subsidy_return_receipt']>;
    /**
     * （营销）图片上传 — Upload a JPG, PNG or BMP image (at most 2 MB) for `merchant_logo_url`, `coupon_image_url` or a video cover; resolves with the `media_url` to use there.
     *
     * Sent as `multipart/form-data` (`meta` + `file`) by `client.uploadImage`; the signature covers the meta JSON.
     *
     * The client retries network errors, 5xx and 429 (uploading the same image twice only yields a second URL).
     * @throws {ValidationError} the input does not match the endpoint (a missing, unknown or too long field, a bad enum value…); `issues` names each field; nothing was sent.
     * @throws {ApiError} 400 `PARAM_ERROR` (A parameter is invalid: fix the field named in detail); 400 `INVALID_REQUEST` (The request breaks an APIv3 rule or the current state does not allow it); 500 `SYSTEM_ERROR` (WeChat Pay system error: retry later with the same request number)
     * @example
     * ```ts
     *
     * const file = await readFile('logo.png')
     *
     * const answer = await busifavor.marketingImageUpload({
     *   file,
     *   filename: 'logo.png',
     * })
     * ```
     */
    marketingImageUpload: FacadeMethod<BusifavorEndpoints['marketing_image_upload']>;
}

/** Options of {@link createBusifavor}: `onResponseIssues` (lenient answer checks) and `requestNo`. */
type BusifavorOptions = FacadeOptions<EndpointId>;
/** What a facade method takes, e.g. `BusifavorInput<Endpoints['deactivate_coupon']>`. */
type BusifavorInput<E extends Endpoints[EndpointId]> = FacadeInput<E>;
/** Per-call transport settings (`signal`, `retry`, `timeouts`, `headers`). */
type BusifavorCallOptions = FacadeCallOptions;
type Generated = {
    [K in EndpointId as Endpoints[K]['idempotency'] extends {
        generate: true;
    } ? K : never]: Endpoints[K]['idempotency'] extends {
        field: infer F;
    } ? F : never;
};
/**
 * Endpoints whose business number the facade fills in when the caller leaves it out, and the field it fills: those
 * whose definition says `idempotency.generate` (setting a state, compare-and-set, or content WeChat Pay deduplicates).
 * Everything that issues, redeems, returns, deactivates or moves money is absent on purpose.
 */
declare const GENERATED_REQUEST_NO_FIELDS: Readonly<Generated>;
/**
 * The typed facade over a `@core/client` client: one method per 商家券 endpoint (see {@link Busifavor}).
 * @throws {ValidationError} unknown or invalid options.
 * @example
 * ```ts
 * import { createClient } from '@core/client'
 * import { createBusifavor } from '@api/busifavor'
 * const client = createClient({ mchid, serial, privateKey, platformKeys })
 * const busifavor = createBusifavor(client, { onResponseIssues: (event) => logger.warn(event) })
 * const { wechatpay_deactivate_time } = await busifavor.deactivateCoupon({
 *   coupon_code, stock_id, deactivate_request_no, deactivate_reason })
 * ```
 */
declare function createBusifavor(client: FacadeClient, options?: BusifavorOptions): Busifavor;
/** The 发券 result fields, wherever the answer put them. */
interface SendCouponResult {
    stock_id: string | undefined;
    out_request_no: string | undefined;
    coupon_code: string | undefined;
}
/**
 * Reads a {@link Busifavor.sendCoupon} answer in either of the shapes it may take: wrapped in `send_coupon_result`,
 * or at the top level. (Sources disagree on which one WeChat Pay sends: Go/Java models wrap it, wechatpay.im does not.)
 * @example
 * ```ts
 * const { coupon_code } = readSendCouponResult(await busifavor.sendCoupon({ openid, appid, stock_id, out_request_no }))
 * ```
 */
declare function readSendCouponResult(answer: EndpointOutput<Endpoints['send_coupon']>): SendCouponResult;

/** A verified COUPON.SEND callback (领券事件) whose decrypted `resource` matched the schema. */
type CouponSendEvent = NotificationEvent<typeof couponSendNotification>;
/**
 * Types a COUPON.SEND (领券) callback that `@core/signer`'s `verifyNotification` (or `client.verifyNotification`, or an
 * adapter) has already verified and decrypted: checks the event type and the decrypted `resource` against the schema.
 * Unknown fields (WeChat Pay adds some) are kept. Callbacks repeat: deduplicate on `id`.
 * @throws {ValidationError} another event type, or a resource missing `coupon_code`, `stock_id`, `send_time`…;
 *   `issues` paths start at the notification (`resource.coupon_code`).
 * @example
 * ```ts
 * const event = parseCouponSendNotification(await client.verifyNotification({ headers, body: rawBody }))
 * await coupons.recordIssued(event.id, event.resource.coupon_code, event.resource.openid)
 * ```
 */
declare function parseCouponSendNotification(notification: VerifiedNotification): CouponSendEvent;

/** Most coupons one 小程序发券插件 call may issue. */
declare const MAX_SEND_COUPON_PARAMS = 10;
/** Where H5 发券 sends the user (the signed parameters go in its query string). */
declare const H5_SEND_COUPON_URL = "https://action.weixin.qq.com/busifavor/getcouponinfo";
declare const coupon: z.ZodObject<{
    stock_id: z.ZodString;
    out_request_no: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
declare const miniProgramInput: z.ZodObject<{
    send_coupon_merchant: z.ZodString;
    send_coupon_params: z.ZodArray<z.ZodObject<{
        stock_id: z.ZodString;
        out_request_no: z.ZodString;
        coupon_code: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    apiv2Key: z.ZodString;
}, z.core.$strict>;
declare const h5Input: z.ZodObject<{
    send_coupon_merchant: z.ZodString;
    open_id: z.ZodString;
    apiv2Key: z.ZodString;
    stock_id: z.ZodString;
    out_request_no: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
type SendCouponParam = z.input<typeof coupon>;
type SignSendCouponParamsInput = z.input<typeof miniProgramInput>;
type H5SendCouponInput = z.input<typeof h5Input>;
/** The attributes of the mini-program `<send-coupon>` component, signed. */
interface SendCouponComponentParams {
    send_coupon_params: SendCouponParam[];
    send_coupon_merchant: string;
    sign: string;
}
/**
 * 小程序发券插件 parameters with their APIv2 signature: each coupon's fields are flattened with its index
 * (`stock_id0`, `out_request_no0`, `coupon_code0`, `stock_id1`, …), `send_coupon_merchant` is added, and the set is
 * signed HMAC-SHA256 with the APIv2 key (`signV2`). Sign on your server only — the APIv2 key must never reach the
 * mini program. Each `out_request_no` must be unique per stock and user, and stored: it is the issuance's
 * idempotency key.
 * @throws {ValidationError} no coupon or more than 10, a bad stock id, request-no or merchant id, or a key that is
 *   not 32 characters (its value never appears in the error).
 * @example
 * ```ts
 * const attrs = signSendCouponParams({
 *   send_coupon_merchant: '10016226',
 *   send_coupon_params: [{ stock_id: '1234567', out_request_no: createRequestNo() }],
 *   apiv2Key: process.env.WECHATPAY_APIV2_KEY!,
 * })
 * // → { send_coupon_params, send_coupon_merchant, sign }: bind them to <send-coupon> in the mini program
 * ```
 */
declare function signSendCouponParams(input: SignSendCouponParamsInput): SendCouponComponentParams;
/**
 * H5 发券: the signed URL to send the user to (`https://action.weixin.qq.com/busifavor/getcouponinfo?…#wechat_redirect`).
 * Signed HMAC-SHA256 with the APIv2 key over `stock_id`, `out_request_no`, `send_coupon_merchant`, `open_id` and
 * `coupon_code` (when given).
 * @throws {ValidationError} a bad field or a key that is not 32 characters (never echoed).
 * @example
 * ```ts
 * res.redirect(buildH5SendCouponUrl({
 *   stock_id, out_request_no, send_coupon_merchant: '10016226', open_id: openid, apiv2Key }))
 * ```
 */
declare function buildH5SendCouponUrl(input: H5SendCouponInput): string;

export { type Busifavor, type BusifavorCallOptions, type BusifavorInput, type BusifavorOptions, type CouponSendEvent, EndpointId, Endpoints, GENERATED_REQUEST_NO_FIELDS, type H5SendCouponInput, H5_SEND_COUPON_URL, MAX_SEND_COUPON_PARAMS, type SendCouponComponentParams, type SendCouponParam, type SendCouponResult, type SignSendCouponParamsInput, buildH5SendCouponUrl, couponSendNotification, createBusifavor, parseCouponSendNotification, readSendCouponResult, signSendCouponParams };

// ── shared chunk schemas-<chunk> ──
import * as _core_kit_define from '@core/kit/define';
import { Family } from '@core/kit/define';
import { z } from 'zod';

declare const setNotifyUrl: _core_kit_define.Endpoint<"set_notify_url", undefined, undefined, z.ZodObject<{
    mchid: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    update_time: z.ZodOptional<z.ZodString>;
    notify_url: z.ZodString;
    mchid: z.ZodString;
}, z.core.$loose>, undefined>;
declare const getNotifyUrl: _core_kit_define.Endpoint<"get_notify_url", undefined, z.ZodObject<{
    mchid: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, undefined, z.ZodObject<{
    notify_url: z.ZodString;
    mchid: z.ZodString;
}, z.core.$loose>, undefined>;

declare const uploadCouponCodes: _core_kit_define.Endpoint<"upload_coupon_codes", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    coupon_code_list: z.ZodArray<z.ZodString>;
    upload_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    total_count: z.ZodInt;
    success_count: z.ZodInt;
    success_codes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    success_time: z.ZodString;
    fail_count: z.ZodOptional<z.ZodInt>;
    fail_codes: z.ZodOptional<z.ZodArray<z.ZodObject<{
        coupon_code: z.ZodString;
        code: z.ZodString;
        message: z.ZodString;
    }, z.core.$loose>>>;
    exist_codes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    duplicate_codes: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$loose>, {
    readonly field: "upload_request_no";
    readonly generate: true;
}>;
declare const listCouponCodes: _core_kit_define.Endpoint<"list_coupon_codes", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    status: z.ZodOptional<z.ZodEnum<{
        AVAILABLE: "AVAILABLE";
        DISPATCHED: "DISPATCHED";
    }>>;
    appid: z.ZodOptional<z.ZodString>;
    offset: z.ZodOptional<z.ZodCoercedNumber<number>>;
    limit: z.ZodOptional<z.ZodCoercedNumber<number>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    total_count: z.ZodInt;
    limit: z.ZodInt;
    offset: z.ZodInt;
    data: z.ZodOptional<z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        code_status: z.ZodEnum<{
            AVAILABLE: "AVAILABLE";
            DISPATCHED: "DISPATCHED";
        }>;
        upload_time: z.ZodOptional<z.ZodString>;
        dispatched_time: z.ZodOptional<z.ZodString>;
        openid: z.ZodOptional<z.ZodString>;
        unionid: z.ZodOptional<z.ZodString>;
        coupon_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const getCouponCode: _core_kit_define.Endpoint<"get_coupon_code", z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    appid: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, undefined, z.ZodObject<{
    code_information: z.ZodObject<{
        code: z.ZodString;
        code_status: z.ZodEnum<{
            AVAILABLE: "AVAILABLE";
            DISPATCHED: "DISPATCHED";
        }>;
        upload_time: z.ZodOptional<z.ZodString>;
        dispatched_time: z.ZodOptional<z.ZodString>;
        openid: z.ZodOptional<z.ZodString>;
        unionid: z.ZodOptional<z.ZodString>;
        coupon_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    coupon_information: z.ZodOptional<z.ZodObject<{
        belong_merchant: z.ZodString;
        stock_name: z.ZodString;
        comment: z.ZodOptional<z.ZodString>;
        goods_name: z.ZodString;
        stock_type: z.ZodEnum<{
            NORMAL: "NORMAL";
            DISCOUNT: "DISCOUNT";
            EXCHANGE: "EXCHANGE";
        }>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
        coupon_state: z.ZodOptional<z.ZodEnum<{
            SENDED: "SENDED";
            USED: "USED";
            EXPIRED: "EXPIRED";
            DELETED: "DELETED";
            DEACTIVATED: "DEACTIVATED";
        }>>;
        display_pattern_info: z.ZodOptional<z.ZodObject<{
            description: z.ZodOptional<z.ZodString>;
            merchant_logo_url: z.ZodOptional<z.ZodString>;
            merchant_name: z.ZodOptional<z.ZodString>;
            background_color: z.ZodOptional<z.ZodEnum<{
                Color010: "Color010";
                Color020: "Color020";
                Color030: "Color030";
                Color040: "Color040";
                Color050: "Color050";
                Color060: "Color060";
                Color070: "Color070";
                Color080: "Color080";
                Color090: "Color090";
                Color100: "Color100";
            }>>;
            coupon_image_url: z.ZodOptional<z.ZodString>;
            finder_info: z.ZodOptional<z.ZodObject<{
                finder_id: z.ZodString;
                finder_video_id: z.ZodString;
                finder_video_cover_image_url: z.ZodString;
            }, z.core.$loose>>;
        }, z.core.$loose>>;
        coupon_use_rule: z.ZodObject<{
            coupon_available_time: z.ZodObject<{
                available_begin_time: z.ZodString;
                available_end_time: z.ZodString;
                available_day_after_receive: z.ZodOptional<z.ZodInt>;
                available_week: z.ZodOptional<z.ZodObject<{
                    week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                    available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        begin_time: z.ZodOptional<z.ZodInt>;
                        end_time: z.ZodOptional<z.ZodInt>;
                    }, z.core.$loose>>>;
                }, z.core.$loose>>;
                irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodString>;
                    end_time: z.ZodOptional<z.ZodString>;
                }, z.core.$loose>>>;
                wait_days_after_receive: z.ZodOptional<z.ZodInt>;
            }, z.core.$loose>;
            fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
                discount_amount: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            discount_coupon: z.ZodOptional<z.ZodObject<{
                discount_percent: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            exchange_coupon: z.ZodOptional<z.ZodObject<{
                exchange_price: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            use_method: z.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>;
            mini_programs_appid: z.ZodOptional<z.ZodString>;
            mini_programs_path: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>;
        custom_entrance: z.ZodOptional<z.ZodObject<{
            mini_programs_info: z.ZodOptional<z.ZodObject<{
                mini_programs_appid: z.ZodString;
                mini_programs_path: z.ZodString;
                entrance_words: z.ZodString;
                guiding_words: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>;
            appid: z.ZodOptional<z.ZodString>;
            hall_id: z.ZodOptional<z.ZodString>;
            store_id: z.ZodOptional<z.ZodString>;
            code_display_mode: z.ZodOptional<z.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, z.core.$loose>>;
        coupon_code: z.ZodOptional<z.ZodString>;
        stock_id: z.ZodOptional<z.ZodString>;
        available_start_time: z.ZodString;
        expire_time: z.ZodString;
        receive_time: z.ZodString;
        send_request_no: z.ZodString;
        use_request_no: z.ZodOptional<z.ZodString>;
        use_time: z.ZodOptional<z.ZodString>;
        associate_out_trade_no: z.ZodOptional<z.ZodString>;
        return_request_no: z.ZodOptional<z.ZodString>;
        return_time: z.ZodOptional<z.ZodString>;
        deactivate_request_no: z.ZodOptional<z.ZodString>;
        deactivate_time: z.ZodOptional<z.ZodString>;
        deactivate_reason: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>, undefined>;
declare const deleteCouponCode: _core_kit_define.Endpoint<"delete_coupon_code", z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    delete_request_no: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    delete_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "delete_request_no";
    readonly generate: true;
}>;

declare const sendCoupon: _core_kit_define.Endpoint<"send_coupon", undefined, undefined, z.ZodObject<{
    openid: z.ZodString;
    appid: z.ZodString;
    stock_id: z.ZodString;
    out_request_no: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodUnion<readonly [z.ZodObject<{
    send_coupon_result: z.ZodOptional<z.ZodObject<{
        stock_id: z.ZodOptional<z.ZodString>;
        out_request_no: z.ZodOptional<z.ZodString>;
        coupon_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>, z.ZodObject<{
    stock_id: z.ZodString;
    out_request_no: z.ZodOptional<z.ZodString>;
    coupon_code: z.ZodOptional<z.ZodString>;
}, z.core.$loose>]>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;
declare const sendProductCoupon: _core_kit_define.Endpoint<"send_product_coupon", undefined, undefined, z.ZodObject<{
    openid: z.ZodString;
    appid: z.ZodString;
    stock_id: z.ZodString;
    out_request_no: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
    coupon_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        MEMBER: "MEMBER";
    }>;
    member_card_id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;
declare const presendProductCoupon: _core_kit_define.Endpoint<"presend_product_coupon", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    send_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    token: z.ZodString;
}, z.core.$loose>, {
    readonly field: "send_request_no";
    readonly generate: false;
}>;
declare const useCoupon: _core_kit_define.Endpoint<"use_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodOptional<z.ZodString>;
    appid: z.ZodString;
    use_time: z.ZodString;
    use_request_no: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    out_trade_no: z.ZodOptional<z.ZodString>;
    mch_id: z.ZodOptional<z.ZodString>;
    transaction_id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    openid: z.ZodString;
    wechatpay_use_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "use_request_no";
    readonly generate: false;
}>;
declare const associateTrade: _core_kit_define.Endpoint<"associate_trade", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_trade_no: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_associate_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: true;
}>;
declare const disassociateTrade: _core_kit_define.Endpoint<"disassociate_trade", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_trade_no: z.ZodString;
    out_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_disassociate_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: true;
}>;
declare const returnCoupon: _core_kit_define.Endpoint<"return_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    return_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_return_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "return_request_no";
    readonly generate: false;
}>;
declare const deactivateCoupon: _core_kit_define.Endpoint<"deactivate_coupon", undefined, undefined, z.ZodObject<{
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    deactivate_request_no: z.ZodString;
    deactivate_reason: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    wechatpay_deactivate_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "deactivate_request_no";
    readonly generate: false;
}>;
declare const sendGovCard: _core_kit_define.Endpoint<"send_gov_card", z.ZodObject<{
    card_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    appid: z.ZodString;
    openid: z.ZodString;
    out_request_no: z.ZodString;
    send_time: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    card_code: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;

/** Largest image WeChat Pay accepts here: 2 MB. */
declare const MAX_IMAGE_BYTES: number;
/**
 * The `meta` part of the multipart body, as WeChat Pay receives it (a JSON string of this object). It is also the
 * body that gets signed. The facade builds it from the file; a server (the sandbox) validates it with this schema.
 */
declare const marketingImageUploadMeta: z.ZodObject<{
    filename: z.ZodString;
    sha256: z.ZodString;
}, z.core.$strict>;
/**
 * 图片上传. `body` is what the caller gives the facade — the file bytes and their name; the facade computes the
 * SHA-256, builds the `meta` part ({@link marketingImageUploadMeta}) and sends `file` + `meta` as multipart/form-data.
 */
declare const marketingImageUpload: _core_kit_define.Endpoint<"marketing_image_upload", undefined, undefined, z.ZodObject<{
    file: z.ZodCustom<Uint8Array<ArrayBufferLike>, Uint8Array<ArrayBufferLike>>;
    filename: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    media_url: z.ZodString;
}, z.core.$loose>, undefined>;

/** The decrypted `resource` (领券事件). Loose: real payloads carry undocumented fields such as `send_req_no`. */
declare const resource: z.ZodObject<{
    event_type: z.ZodOptional<z.ZodEnum<{
        EVENT_TYPE_BUSICOUPON_SEND: "EVENT_TYPE_BUSICOUPON_SEND";
    }>>;
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    send_time: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    unionid: z.ZodOptional<z.ZodString>;
    send_channel: z.ZodUnion<readonly [z.ZodEnum<{
        BUSICOUPON_SEND_CHANNEL_MINIAPP: "BUSICOUPON_SEND_CHANNEL_MINIAPP";
        BUSICOUPON_SEND_CHANNEL_API: "BUSICOUPON_SEND_CHANNEL_API";
        BUSICOUPON_SEND_CHANNEL_PAYGIFT: "BUSICOUPON_SEND_CHANNEL_PAYGIFT";
        BUSICOUPON_SEND_CHANNEL_H5: "BUSICOUPON_SEND_CHANNEL_H5";
        BUSICOUPON_SEND_CHANNEL_FTOF: "BUSICOUPON_SEND_CHANNEL_FTOF";
        BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT: "BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT";
        BUSICOUPON_SEND_CHANNEL_HALL: "BUSICOUPON_SEND_CHANNEL_HALL";
        BUSICOUPON_SEND_CHANNEL_JSAPI: "BUSICOUPON_SEND_CHANNEL_JSAPI";
        JSAPI: "JSAPI";
        BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE: "BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE";
        BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH: "BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH";
        BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT: "BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT";
        BUSICOUPON_SEND_CHANNEL_WECHAT_AD: "BUSICOUPON_SEND_CHANNEL_WECHAT_AD";
        BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM: "BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM";
        BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT: "BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT";
        BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT: "BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT";
        BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL: "BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL";
        BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM: "BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM";
    }>, z.ZodString]>;
    send_merchant: z.ZodString;
    act_id: z.ZodOptional<z.ZodString>;
    attach_info: z.ZodOptional<z.ZodObject<{
        transaction_id: z.ZodOptional<z.ZodString>;
        act_code: z.ZodOptional<z.ZodString>;
        hall_code: z.ZodOptional<z.ZodString>;
        hall_belong_mch_id: z.ZodOptional<z.ZodNumber>;
        card_id: z.ZodOptional<z.ZodString>;
        code: z.ZodOptional<z.ZodString>;
        activity_id: z.ZodOptional<z.ZodString>;
        phone_number: z.ZodOptional<z.ZodString>;
        country_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>;
/** The signed JSON body as it arrives, before decryption. */
declare const envelope: z.ZodObject<{
    id: z.ZodString;
    create_time: z.ZodString;
    event_type: z.ZodEnum<{
        "COUPON.SEND": "COUPON.SEND";
    }>;
    resource_type: z.ZodEnum<{
        "encrypt-resource": "encrypt-resource";
    }>;
    summary: z.ZodString;
    resource: z.ZodObject<{
        original_type: z.ZodEnum<{
            [x: string]: string;
        }>;
        algorithm: z.ZodEnum<{
            AEAD_AES_256_GCM: "AEAD_AES_256_GCM";
        }>;
        associated_data: z.ZodOptional<z.ZodString>;
        nonce: z.ZodString;
        ciphertext: z.ZodString;
    }, z.core.$loose>;
}, z.core.$loose>;
/**
 * 领券事件回调通知 (`COUPON.SEND`): WeChat Pay → the merchant's notify URL (set with `setNotifyUrl`). Received, not
 * called. Research notes: redelivery every 60 s for 11 attempts is from wechatpay.im's comments; an undocumented
 * `send_req_no` field was seen in a 2020 third-party test payload (the resource schema is loose, so it is kept).
 */
declare const couponSendNotification: _core_kit_define.NotificationDefinition<"notify_coupon_send", "COUPON.SEND", z.ZodObject<{
    event_type: z.ZodOptional<z.ZodEnum<{
        EVENT_TYPE_BUSICOUPON_SEND: "EVENT_TYPE_BUSICOUPON_SEND";
    }>>;
    coupon_code: z.ZodString;
    stock_id: z.ZodString;
    send_time: z.ZodString;
    openid: z.ZodOptional<z.ZodString>;
    unionid: z.ZodOptional<z.ZodString>;
    send_channel: z.ZodUnion<readonly [z.ZodEnum<{
        BUSICOUPON_SEND_CHANNEL_MINIAPP: "BUSICOUPON_SEND_CHANNEL_MINIAPP";
        BUSICOUPON_SEND_CHANNEL_API: "BUSICOUPON_SEND_CHANNEL_API";
        BUSICOUPON_SEND_CHANNEL_PAYGIFT: "BUSICOUPON_SEND_CHANNEL_PAYGIFT";
        BUSICOUPON_SEND_CHANNEL_H5: "BUSICOUPON_SEND_CHANNEL_H5";
        BUSICOUPON_SEND_CHANNEL_FTOF: "BUSICOUPON_SEND_CHANNEL_FTOF";
        BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT: "BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT";
        BUSICOUPON_SEND_CHANNEL_HALL: "BUSICOUPON_SEND_CHANNEL_HALL";
        BUSICOUPON_SEND_CHANNEL_JSAPI: "BUSICOUPON_SEND_CHANNEL_JSAPI";
        JSAPI: "JSAPI";
        BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE: "BUSICOUPON_SEND_CHANNEL_MINI_APP_LIVE";
        BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH: "BUSICOUPON_SEND_CHANNEL_WECHAT_SEARCH";
        BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT: "BUSICOUPON_SEND_CHANNEL_PAY_HAS_DISCOUNT";
        BUSICOUPON_SEND_CHANNEL_WECHAT_AD: "BUSICOUPON_SEND_CHANNEL_WECHAT_AD";
        BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM: "BUSICOUPON_SEND_CHANNEL_RIGHTS_PLATFORM";
        BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT: "BUSICOUPON_SEND_CHANNEL_RECEIVE_MONEY_GIFT";
        BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT: "BUSICOUPON_SEND_CHANNEL_MEMBER_PAY_RIGHT";
        BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL: "BUSICOUPON_SEND_CHANNEL_BUSI_SMART_RETAIL";
        BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM: "BUSICOUPON_SEND_CHANNEL_FINDER_LIVEROOM";
    }>, z.ZodString]>;
    send_merchant: z.ZodString;
    act_id: z.ZodOptional<z.ZodString>;
    attach_info: z.ZodOptional<z.ZodObject<{
        transaction_id: z.ZodOptional<z.ZodString>;
        act_code: z.ZodOptional<z.ZodString>;
        hall_code: z.ZodOptional<z.ZodString>;
        hall_belong_mch_id: z.ZodOptional<z.ZodNumber>;
        card_id: z.ZodOptional<z.ZodString>;
        code: z.ZodOptional<z.ZodString>;
        activity_id: z.ZodOptional<z.ZodString>;
        phone_number: z.ZodOptional<z.ZodString>;
        country_code: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>>;
/** The decrypted COUPON.SEND resource (领券事件) as the schema outputs it. */
type CouponSendResource = z.output<typeof resource>;
/** The COUPON.SEND envelope as it arrives (resource still encrypted). */
type CouponSendEnvelope = z.output<typeof envelope>;

declare const createStock: _core_kit_define.Endpoint<"create_stock", undefined, undefined, z.ZodObject<{
    stock_name: z.ZodString;
    belong_merchant: z.ZodString;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodString;
    stock_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        DISCOUNT: "DISCOUNT";
        EXCHANGE: "EXCHANGE";
    }>;
    coupon_use_rule: z.ZodObject<{
        coupon_available_time: z.ZodObject<{
            available_begin_time: z.ZodString;
            available_end_time: z.ZodString;
            available_day_after_receive: z.ZodOptional<z.ZodInt>;
            available_week: z.ZodOptional<z.ZodObject<{
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodInt>;
                    end_time: z.ZodOptional<z.ZodInt>;
                }, z.core.$strict>>>;
            }, z.core.$strict>>;
            irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                begin_time: z.ZodOptional<z.ZodString>;
                end_time: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            wait_days_after_receive: z.ZodOptional<z.ZodInt>;
            available_second_after_receive: z.ZodOptional<z.ZodInt>;
        }, z.core.$strict>;
        fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
            discount_amount: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$strict>>;
        discount_coupon: z.ZodOptional<z.ZodObject<{
            discount_percent: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$strict>>;
        exchange_coupon: z.ZodOptional<z.ZodObject<{
            exchange_price: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$strict>>;
        use_method: z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    stock_send_rule: z.ZodObject<{
        max_amount: z.ZodOptional<z.ZodInt>;
        max_coupons: z.ZodInt;
        max_coupons_per_user: z.ZodInt;
        max_amount_by_day: z.ZodOptional<z.ZodInt>;
        max_coupons_by_day: z.ZodOptional<z.ZodInt>;
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    out_request_no: z.ZodString;
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        store_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$strict>>;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    coupon_code_mode: z.ZodEnum<{
        WECHATPAY_MODE: "WECHATPAY_MODE";
        MERCHANT_API: "MERCHANT_API";
        MERCHANT_UPLOAD: "MERCHANT_UPLOAD";
    }>;
    notify_config: z.ZodOptional<z.ZodObject<{
        notify_appid: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    subsidy: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    stock_id: z.ZodString;
    create_time: z.ZodString;
}, z.core.$loose>, {
    readonly field: "out_request_no";
    readonly generate: false;
}>;
declare const getStock: _core_kit_define.Endpoint<"get_stock", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    stock_name: z.ZodString;
    belong_merchant: z.ZodString;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodString;
    stock_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        DISCOUNT: "DISCOUNT";
        EXCHANGE: "EXCHANGE";
    }>;
    coupon_use_rule: z.ZodObject<{
        coupon_available_time: z.ZodObject<{
            available_begin_time: z.ZodString;
            available_end_time: z.ZodString;
            available_day_after_receive: z.ZodOptional<z.ZodInt>;
            available_week: z.ZodOptional<z.ZodObject<{
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodInt>;
                    end_time: z.ZodOptional<z.ZodInt>;
                }, z.core.$loose>>>;
            }, z.core.$loose>>;
            irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                begin_time: z.ZodOptional<z.ZodString>;
                end_time: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>>;
            wait_days_after_receive: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>;
        fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
            discount_amount: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        discount_coupon: z.ZodOptional<z.ZodObject<{
            discount_percent: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        exchange_coupon: z.ZodOptional<z.ZodObject<{
            exchange_price: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        use_method: z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    stock_send_rule: z.ZodObject<{
        max_amount: z.ZodOptional<z.ZodInt>;
        max_coupons: z.ZodOptional<z.ZodInt>;
        max_coupons_per_user: z.ZodInt;
        max_amount_by_day: z.ZodOptional<z.ZodInt>;
        max_coupons_by_day: z.ZodOptional<z.ZodInt>;
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>;
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        store_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$loose>>;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    stock_state: z.ZodEnum<{
        UNAUDIT: "UNAUDIT";
        RUNNING: "RUNNING";
        STOPED: "STOPED";
        PAUSED: "PAUSED";
    }>;
    coupon_code_mode: z.ZodEnum<{
        WECHATPAY_MODE: "WECHATPAY_MODE";
        MERCHANT_API: "MERCHANT_API";
        MERCHANT_UPLOAD: "MERCHANT_UPLOAD";
    }>;
    stock_id: z.ZodString;
    coupon_code_count: z.ZodOptional<z.ZodObject<{
        total_count: z.ZodInt;
        available_count: z.ZodInt;
    }, z.core.$loose>>;
    notify_config: z.ZodOptional<z.ZodObject<{
        notify_appid: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
    send_count_information: z.ZodOptional<z.ZodObject<{
        total_send_num: z.ZodOptional<z.ZodInt>;
        total_send_amount: z.ZodOptional<z.ZodInt>;
        today_send_num: z.ZodOptional<z.ZodInt>;
        today_send_amount: z.ZodOptional<z.ZodInt>;
    }, z.core.$loose>>;
    subsidy: z.ZodOptional<z.ZodBoolean>;
}, z.core.$loose>, undefined>;
declare const modifyStock: _core_kit_define.Endpoint<"modify_stock", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$strict>>;
    stock_name: z.ZodOptional<z.ZodString>;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodOptional<z.ZodString>;
    out_request_no: z.ZodString;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    coupon_use_rule: z.ZodOptional<z.ZodObject<{
        use_method: z.ZodOptional<z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    stock_send_rule: z.ZodOptional<z.ZodObject<{
        natural_person_limit: z.ZodOptional<z.ZodBoolean>;
        prevent_api_abuse: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    notify_config: z.ZodOptional<z.ZodObject<{
        notify_appid: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    subsidy: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, undefined, {
    readonly field: "out_request_no";
    readonly generate: true;
}>;
declare const modifyBudget: _core_kit_define.Endpoint<"modify_budget", z.ZodObject<{
    stock_id: z.ZodString;
}, z.core.$strict>, undefined, z.ZodObject<{
    target_max_coupons: z.ZodOptional<z.ZodInt>;
    target_max_coupons_by_day: z.ZodOptional<z.ZodInt>;
    current_max_coupons: z.ZodOptional<z.ZodInt>;
    current_max_coupons_by_day: z.ZodOptional<z.ZodInt>;
    modify_budget_request_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    max_coupons: z.ZodInt;
    max_coupons_by_day: z.ZodOptional<z.ZodInt>;
}, z.core.$loose>, {
    readonly field: "modify_budget_request_no";
    readonly generate: true;
}>;

declare const subsidyPay: _core_kit_define.Endpoint<"subsidy_pay", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    out_subsidy_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    subsidy_receipt_id: z.ZodString;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
        PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
        PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
        PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
        PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
        PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
        PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
    }>, z.ZodEnum<{
        ACCEPTED: "ACCEPTED";
        SUCCESS: "SUCCESS";
        FAIL: "FAIL";
        RETURNING: "RETURNING";
        PARTIAL_RETURN: "PARTIAL_RETURN";
        FULL_RETURN: "FULL_RETURN";
    }>]>;
    fail_reason: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
        PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
        PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
        PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
        PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
    }>, z.ZodEnum<{
        INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
        NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
        EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
        EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
        OTHER: "OTHER";
    }>]>>;
    success_time: z.ZodOptional<z.ZodString>;
    out_subsidy_no: z.ZodString;
    create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, {
    readonly field: "out_subsidy_no";
    readonly generate: false;
}>;
declare const listSubsidyPayReceipts: _core_kit_define.Endpoint<"list_subsidy_pay_receipts", undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    out_subsidy_no: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, undefined, z.ZodObject<{
    pay_receipt_list: z.ZodOptional<z.ZodArray<z.ZodObject<{
        subsidy_receipt_id: z.ZodString;
        stock_id: z.ZodString;
        coupon_code: z.ZodString;
        transaction_id: z.ZodString;
        payer_merchant: z.ZodString;
        payee_merchant: z.ZodString;
        amount: z.ZodInt;
        description: z.ZodString;
        status: z.ZodUnion<readonly [z.ZodEnum<{
            PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
            PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
            PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
            PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
            PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
            PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
            PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
        }>, z.ZodEnum<{
            ACCEPTED: "ACCEPTED";
            SUCCESS: "SUCCESS";
            FAIL: "FAIL";
            RETURNING: "RETURNING";
            PARTIAL_RETURN: "PARTIAL_RETURN";
            FULL_RETURN: "FULL_RETURN";
        }>]>;
        fail_reason: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
            PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
            PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
            PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
            PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
        }>, z.ZodEnum<{
            INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
            NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
            EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
            EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
            OTHER: "OTHER";
        }>]>>;
        success_time: z.ZodOptional<z.ZodString>;
        out_subsidy_no: z.ZodString;
        create_time: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>>;
}, z.core.$loose>, undefined>;
declare const getSubsidyPayReceipt: _core_kit_define.Endpoint<"get_subsidy_pay_receipt", z.ZodObject<{
    subsidy_receipt_id: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    subsidy_receipt_id: z.ZodString;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_UNKNOWN: "PAY_RECEIPT_UNKNOWN";
        PAY_RECEIPT_ACCEPTED: "PAY_RECEIPT_ACCEPTED";
        PAY_RECEIPT_SUCCESS: "PAY_RECEIPT_SUCCESS";
        PAY_RECEIPT_FAIL: "PAY_RECEIPT_FAIL";
        PAY_RECEIPT_RETURNING: "PAY_RECEIPT_RETURNING";
        PAY_RECEIPT_PARTIAL_RETURN: "PAY_RECEIPT_PARTIAL_RETURN";
        PAY_RECEIPT_FULL_RETURN: "PAY_RECEIPT_FULL_RETURN";
    }>, z.ZodEnum<{
        ACCEPTED: "ACCEPTED";
        SUCCESS: "SUCCESS";
        FAIL: "FAIL";
        RETURNING: "RETURNING";
        PARTIAL_RETURN: "PARTIAL_RETURN";
        FULL_RETURN: "FULL_RETURN";
    }>]>;
    fail_reason: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        PAY_RECEIPT_INSUFFICIENT_BALANCE: "PAY_RECEIPT_INSUFFICIENT_BALANCE";
        PAY_RECEIPT_NOT_INCOMESPLIT_ORDER: "PAY_RECEIPT_NOT_INCOMESPLIT_ORDER";
        PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA";
        PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA: "PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA";
        PAY_RECEIPT_OTHER: "PAY_RECEIPT_OTHER";
    }>, z.ZodEnum<{
        INSUFFICIENT_BALANCE: "INSUFFICIENT_BALANCE";
        NOT_INCOMESPLIT_ORDER: "NOT_INCOMESPLIT_ORDER";
        EXCEED_SUBSIDY_AMOUNT_QUOTA: "EXCEED_SUBSIDY_AMOUNT_QUOTA";
        EXCEED_SUBSIDY_COUNT_QUOTA: "EXCEED_SUBSIDY_COUNT_QUOTA";
        OTHER: "OTHER";
    }>]>>;
    success_time: z.ZodOptional<z.ZodString>;
    out_subsidy_no: z.ZodString;
    create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, undefined>;
declare const subsidyReturn: _core_kit_define.Endpoint<"subsidy_return", undefined, undefined, z.ZodObject<{
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    refund_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    out_subsidy_return_no: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    subsidy_return_receipt_id: z.ZodOptional<z.ZodString>;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    refund_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodEnum<{
        RETURN_RECEIPT_UNKNOWN: "RETURN_RECEIPT_UNKNOWN";
        RETURN_RECEIPT_ACCEPTED: "RETURN_RECEIPT_ACCEPTED";
        RETURN_RECEIPT_SUCCESS: "RETURN_RECEIPT_SUCCESS";
        RETURN_RECEIPT_FAIL: "RETURN_RECEIPT_FAIL";
    }>;
    fail_reason: z.ZodOptional<z.ZodEnum<{
        RETURN_RECEIPT_INSUFFICIENT_BALANCE: "RETURN_RECEIPT_INSUFFICIENT_BALANCE";
        RETURN_RECEIPT_OTHER: "RETURN_RECEIPT_OTHER";
    }>>;
    return_done_time: z.ZodOptional<z.ZodString>;
    subsidy_receipt_id: z.ZodString;
    out_subsidy_return_no: z.ZodString;
    return_create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, {
    readonly field: "out_subsidy_return_no";
    readonly generate: false;
}>;
declare const getSubsidyReturnReceipt: _core_kit_define.Endpoint<"get_subsidy_return_receipt", z.ZodObject<{
    subsidy_return_receipt_id: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    subsidy_return_receipt_id: z.ZodOptional<z.ZodString>;
    stock_id: z.ZodString;
    coupon_code: z.ZodString;
    transaction_id: z.ZodString;
    refund_id: z.ZodString;
    payer_merchant: z.ZodString;
    payee_merchant: z.ZodString;
    amount: z.ZodInt;
    description: z.ZodString;
    status: z.ZodEnum<{
        RETURN_RECEIPT_UNKNOWN: "RETURN_RECEIPT_UNKNOWN";
        RETURN_RECEIPT_ACCEPTED: "RETURN_RECEIPT_ACCEPTED";
        RETURN_RECEIPT_SUCCESS: "RETURN_RECEIPT_SUCCESS";
        RETURN_RECEIPT_FAIL: "RETURN_RECEIPT_FAIL";
    }>;
    fail_reason: z.ZodOptional<z.ZodEnum<{
        RETURN_RECEIPT_INSUFFICIENT_BALANCE: "RETURN_RECEIPT_INSUFFICIENT_BALANCE";
        RETURN_RECEIPT_OTHER: "RETURN_RECEIPT_OTHER";
    }>>;
    return_done_time: z.ZodOptional<z.ZodString>;
    subsidy_receipt_id: z.ZodString;
    out_subsidy_return_no: z.ZodString;
    return_create_time: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, undefined>;

declare const listUserCoupons: _core_kit_define.Endpoint<"list_user_coupons", z.ZodObject<{
    openid: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    appid: z.ZodString;
    stock_id: z.ZodOptional<z.ZodString>;
    coupon_state: z.ZodOptional<z.ZodEnum<{
        SENDED: "SENDED";
        USED: "USED";
        EXPIRED: "EXPIRED";
        DELETED: "DELETED";
        DEACTIVATED: "DEACTIVATED";
    }>>;
    creator_merchant: z.ZodOptional<z.ZodString>;
    belong_merchant: z.ZodOptional<z.ZodString>;
    sender_merchant: z.ZodOptional<z.ZodString>;
    offset: z.ZodOptional<z.ZodCoercedNumber<number>>;
    limit: z.ZodOptional<z.ZodCoercedNumber<number>>;
}, z.core.$strict>, undefined, z.ZodObject<{
    total_count: z.ZodInt;
    offset: z.ZodInt;
    limit: z.ZodInt;
    data: z.ZodArray<z.ZodObject<{
        belong_merchant: z.ZodString;
        stock_name: z.ZodString;
        comment: z.ZodOptional<z.ZodString>;
        goods_name: z.ZodString;
        stock_type: z.ZodEnum<{
            NORMAL: "NORMAL";
            DISCOUNT: "DISCOUNT";
            EXCHANGE: "EXCHANGE";
        }>;
        transferable: z.ZodOptional<z.ZodBoolean>;
        shareable: z.ZodOptional<z.ZodBoolean>;
        coupon_state: z.ZodOptional<z.ZodEnum<{
            SENDED: "SENDED";
            USED: "USED";
            EXPIRED: "EXPIRED";
            DELETED: "DELETED";
            DEACTIVATED: "DEACTIVATED";
        }>>;
        display_pattern_info: z.ZodOptional<z.ZodObject<{
            description: z.ZodOptional<z.ZodString>;
            merchant_logo_url: z.ZodOptional<z.ZodString>;
            merchant_name: z.ZodOptional<z.ZodString>;
            background_color: z.ZodOptional<z.ZodEnum<{
                Color010: "Color010";
                Color020: "Color020";
                Color030: "Color030";
                Color040: "Color040";
                Color050: "Color050";
                Color060: "Color060";
                Color070: "Color070";
                Color080: "Color080";
                Color090: "Color090";
                Color100: "Color100";
            }>>;
            coupon_image_url: z.ZodOptional<z.ZodString>;
            finder_info: z.ZodOptional<z.ZodObject<{
                finder_id: z.ZodString;
                finder_video_id: z.ZodString;
                finder_video_cover_image_url: z.ZodString;
            }, z.core.$loose>>;
        }, z.core.$loose>>;
        coupon_use_rule: z.ZodObject<{
            coupon_available_time: z.ZodObject<{
                available_begin_time: z.ZodString;
                available_end_time: z.ZodString;
                available_day_after_receive: z.ZodOptional<z.ZodInt>;
                available_week: z.ZodOptional<z.ZodObject<{
                    week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                    available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        begin_time: z.ZodOptional<z.ZodInt>;
                        end_time: z.ZodOptional<z.ZodInt>;
                    }, z.core.$loose>>>;
                }, z.core.$loose>>;
                irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodString>;
                    end_time: z.ZodOptional<z.ZodString>;
                }, z.core.$loose>>>;
                wait_days_after_receive: z.ZodOptional<z.ZodInt>;
            }, z.core.$loose>;
            fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
                discount_amount: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            discount_coupon: z.ZodOptional<z.ZodObject<{
                discount_percent: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            exchange_coupon: z.ZodOptional<z.ZodObject<{
                exchange_price: z.ZodInt;
                transaction_minimum: z.ZodInt;
            }, z.core.$loose>>;
            use_method: z.ZodEnum<{
                OFF_LINE: "OFF_LINE";
                MINI_PROGRAMS: "MINI_PROGRAMS";
                SELF_CONSUME: "SELF_CONSUME";
                PAYMENT_CODE: "PAYMENT_CODE";
            }>;
            mini_programs_appid: z.ZodOptional<z.ZodString>;
            mini_programs_path: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>;
        custom_entrance: z.ZodOptional<z.ZodObject<{
            mini_programs_info: z.ZodOptional<z.ZodObject<{
                mini_programs_appid: z.ZodString;
                mini_programs_path: z.ZodString;
                entrance_words: z.ZodString;
                guiding_words: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>;
            appid: z.ZodOptional<z.ZodString>;
            hall_id: z.ZodOptional<z.ZodString>;
            store_id: z.ZodOptional<z.ZodString>;
            code_display_mode: z.ZodOptional<z.ZodEnum<{
                NOT_SHOW: "NOT_SHOW";
                BARCODE: "BARCODE";
                QRCODE: "QRCODE";
            }>>;
        }, z.core.$loose>>;
        coupon_code: z.ZodOptional<z.ZodString>;
        stock_id: z.ZodOptional<z.ZodString>;
        available_start_time: z.ZodString;
        expire_time: z.ZodString;
        receive_time: z.ZodString;
        send_request_no: z.ZodString;
        use_request_no: z.ZodOptional<z.ZodString>;
        use_time: z.ZodOptional<z.ZodString>;
        associate_out_trade_no: z.ZodOptional<z.ZodString>;
        return_request_no: z.ZodOptional<z.ZodString>;
        return_time: z.ZodOptional<z.ZodString>;
        deactivate_request_no: z.ZodOptional<z.ZodString>;
        deactivate_time: z.ZodOptional<z.ZodString>;
        deactivate_reason: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
}, z.core.$loose>, undefined>;
declare const getUserCoupon: _core_kit_define.Endpoint<"get_user_coupon", z.ZodObject<{
    openid: z.ZodString;
    coupon_code: z.ZodString;
    appid: z.ZodString;
}, z.core.$strict>, undefined, undefined, z.ZodObject<{
    belong_merchant: z.ZodString;
    stock_name: z.ZodString;
    comment: z.ZodOptional<z.ZodString>;
    goods_name: z.ZodString;
    stock_type: z.ZodEnum<{
        NORMAL: "NORMAL";
        DISCOUNT: "DISCOUNT";
        EXCHANGE: "EXCHANGE";
    }>;
    transferable: z.ZodOptional<z.ZodBoolean>;
    shareable: z.ZodOptional<z.ZodBoolean>;
    coupon_state: z.ZodOptional<z.ZodEnum<{
        SENDED: "SENDED";
        USED: "USED";
        EXPIRED: "EXPIRED";
        DELETED: "DELETED";
        DEACTIVATED: "DEACTIVATED";
        PENDING_REDEEM: "PENDING_REDEEM";
        REDEEM_CONFIRMING: "REDEEM_CONFIRMING";
        REDEEM_FAILED: "REDEEM_FAILED";
        REDEEM_EXPIRED: "REDEEM_EXPIRED";
    }>>;
    display_pattern_info: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        merchant_logo_url: z.ZodOptional<z.ZodString>;
        merchant_name: z.ZodOptional<z.ZodString>;
        background_color: z.ZodOptional<z.ZodEnum<{
            Color010: "Color010";
            Color020: "Color020";
            Color030: "Color030";
            Color040: "Color040";
            Color050: "Color050";
            Color060: "Color060";
            Color070: "Color070";
            Color080: "Color080";
            Color090: "Color090";
            Color100: "Color100";
        }>>;
        coupon_image_url: z.ZodOptional<z.ZodString>;
        finder_info: z.ZodOptional<z.ZodObject<{
            finder_id: z.ZodString;
            finder_video_id: z.ZodString;
            finder_video_cover_image_url: z.ZodString;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
    coupon_use_rule: z.ZodObject<{
        coupon_available_time: z.ZodObject<{
            available_begin_time: z.ZodString;
            available_end_time: z.ZodString;
            available_day_after_receive: z.ZodOptional<z.ZodInt>;
            available_week: z.ZodOptional<z.ZodObject<{
                week_day: z.ZodOptional<z.ZodArray<z.ZodLiteral<0 | 4 | 3 | 5 | 2 | 1 | 6>>>;
                available_day_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    begin_time: z.ZodOptional<z.ZodInt>;
                    end_time: z.ZodOptional<z.ZodInt>;
                }, z.core.$loose>>>;
            }, z.core.$loose>>;
            irregulary_avaliable_time: z.ZodOptional<z.ZodArray<z.ZodObject<{
                begin_time: z.ZodOptional<z.ZodString>;
                end_time: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>>;
            wait_days_after_receive: z.ZodOptional<z.ZodInt>;
        }, z.core.$loose>;
        fixed_normal_coupon: z.ZodOptional<z.ZodObject<{
            discount_amount: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        discount_coupon: z.ZodOptional<z.ZodObject<{
            discount_percent: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        exchange_coupon: z.ZodOptional<z.ZodObject<{
            exchange_price: z.ZodInt;
            transaction_minimum: z.ZodInt;
        }, z.core.$loose>>;
        use_method: z.ZodEnum<{
            OFF_LINE: "OFF_LINE";
            MINI_PROGRAMS: "MINI_PROGRAMS";
            SELF_CONSUME: "SELF_CONSUME";
            PAYMENT_CODE: "PAYMENT_CODE";
        }>;
        mini_programs_appid: z.ZodOptional<z.ZodString>;
        mini_programs_path: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    custom_entrance: z.ZodOptional<z.ZodObject<{
        mini_programs_info: z.ZodOptional<z.ZodObject<{
            mini_programs_appid: z.ZodString;
            mini_programs_path: z.ZodString;
            entrance_words: z.ZodString;
            guiding_words: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
        appid: z.ZodOptional<z.ZodString>;
        hall_id: z.ZodOptional<z.ZodString>;
        store_id: z.ZodOptional<z.ZodString>;
        code_display_mode: z.ZodOptional<z.ZodEnum<{
            NOT_SHOW: "NOT_SHOW";
            BARCODE: "BARCODE";
            QRCODE: "QRCODE";
        }>>;
    }, z.core.$loose>>;
    coupon_code: z.ZodOptional<z.ZodString>;
    stock_id: z.ZodOptional<z.ZodString>;
    available_start_time: z.ZodString;
    expire_time: z.ZodString;
    receive_time: z.ZodString;
    send_request_no: z.ZodString;
    use_request_no: z.ZodOptional<z.ZodString>;
    use_time: z.ZodOptional<z.ZodString>;
    associate_out_trade_no: z.ZodOptional<z.ZodString>;
    return_request_no: z.ZodOptional<z.ZodString>;
    return_time: z.ZodOptional<z.ZodString>;
    deactivate_request_no: z.ZodOptional<z.ZodString>;
    deactivate_time: z.ZodOptional<z.ZodString>;
    deactivate_reason: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, undefined>;

/** Every Merchant coupons (busifavor) endpoint definition by id. */
type BusifavorEndpoints = {
    readonly create_stock: typeof createStock;
    readonly get_stock: typeof getStock;
    readonly modify_stock: typeof modifyStock;
    readonly modify_budget: typeof modifyBudget;
    readonly upload_coupon_codes: typeof uploadCouponCodes;
    readonly list_coupon_codes: typeof listCouponCodes;
    readonly get_coupon_code: typeof getCouponCode;
    readonly delete_coupon_code: typeof deleteCouponCode;
    readonly send_coupon: typeof sendCoupon;
    readonly send_product_coupon: typeof sendProductCoupon;
    readonly presend_product_coupon: typeof presendProductCoupon;
    readonly use_coupon: typeof useCoupon;
    readonly list_user_coupons: typeof listUserCoupons;
    readonly get_user_coupon: typeof getUserCoupon;
    readonly set_notify_url: typeof setNotifyUrl;
    readonly get_notify_url: typeof getNotifyUrl;
    readonly associate_trade: typeof associateTrade;
    readonly disassociate_trade: typeof disassociateTrade;
    readonly return_coupon: typeof returnCoupon;
    readonly deactivate_coupon: typeof deactivateCoupon;
    readonly send_gov_card: typeof sendGovCard;
    readonly subsidy_pay: typeof subsidyPay;
    readonly list_subsidy_pay_receipts: typeof listSubsidyPayReceipts;
    readonly get_subsidy_pay_receipt: typeof getSubsidyPayReceipt;
    readonly subsidy_return: typeof subsidyReturn;
    readonly get_subsidy_return_receipt: typeof getSubsidyReturnReceipt;
    readonly marketing_image_upload: typeof marketingImageUpload;
};
/** Every Merchant coupons (busifavor) callback definition by id. */
type BusifavorNotifications = {
    readonly notify_coupon_send: typeof couponSendNotification;
};

/**
 * The one list of the 商家券 family: every endpoint in the order of the docs, and its callback. (The annotation names
 * the generated types so declarations refer to each definition instead of repeating its schemas.)
 */
declare const busifavor: Family<BusifavorEndpoints, BusifavorNotifications>;
/** Every busifavor endpoint by id. */
declare const endpoints: BusifavorEndpoints;
type Endpoints = BusifavorEndpoints;
type EndpointId = keyof Endpoints;

export { sendGovCard as A, type BusifavorEndpoints as B, type CouponSendEnvelope as C, sendProductCoupon as D, type Endpoints as E, setNotifyUrl as F, subsidyPay as G, subsidyReturn as H, uploadCouponCodes as I, useCoupon as J, MAX_IMAGE_BYTES as M, type EndpointId as a, type CouponSendResource as b, couponSendNotification as c, associateTrade as d, busifavor as e, createStock as f, deactivateCoupon as g, deleteCouponCode as h, disassociateTrade as i, endpoints as j, getCouponCode as k, getNotifyUrl as l, getStock as m, getSubsidyPayReceipt as n, getSubsidyReturnReceipt as o, getUserCoupon as p, listCouponCodes as q, listSubsidyPayReceipts as r, listUserCoupons as s, marketingImageUpload as t, marketingImageUploadMeta as u, modifyBudget as v, modifyStock as w, presendProductCoupon as x, returnCoupon as y, sendCoupon as z };
