import { FacadeMethod, FacadeCallOptions, FacadeInput, FacadeOptions, FacadeClient, EndpointOutput, NotificationEvent } from '@core/kit';
export { CreateRequestNoOptions, EndpointInput, EndpointOutput, FacadeCall, FacadeResult, ResponseIssuesEvent, createRequestNo } from '@core/kit';
import { BusifavorEndpoints, Endpoints, EndpointId, couponSendNotification } from './schemas.js';
export { BusifavorNotifications, CouponSendEnvelope, CouponSendResource, MAX_IMAGE_BYTES, associateTrade, busifavor, createStock, deactivateCoupon, deleteCouponCode, disassociateTrade, endpoints, getCouponCode, getNotifyUrl, getStock, getSubsidyPayReceipt, getSubsidyReturnReceipt, getUserCoupon, listCouponCodes, listSubsidyPayReceipts, listUserCoupons, marketingImageUpload, marketingImageUploadMeta, modifyBudget, modifyStock, presendProductCoupon, returnCoupon, sendCoupon, sendGovCard, sendProductCoupon, setNotifyUrl, subsidyPay, subsidyReturn, uploadCouponCodes, useCoupon } from './schemas.js';
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
     * 创建商家券 — Create a stock (a batch of coupons) with its redemption rule, issuance rule, style and code mode; resolves with `stock_id`.
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
     * 修改商家券基本信息 — Change a stock's name, comment, entrance, style or redemption method; resolves with `undefined` (WeChat Pay answers 204).
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
     * 修改批次预算 — Change the stock's maximum coupon count (or its daily limit), passing the current value so that concurrent changes cannot overwrite each other.
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
     * 查询预存code列表 — Page through a stock's uploaded codes and whether each is dispatched.
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
     * 向用户发券 — Issue one coupon of a stock to a user from your server; the answer carries the issued coupon code.
     *
     * Read the issued code with `readSendCouponResult(answer)`: it accepts both shapes the answer may take (`send_coupon_result.coupon_code`, or `coupon_code` at the top level) and returns `{ stock_id, out_request_no, coupon_code }`, with `undefined` for a field that is missing.
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
     * 向用户发放商品券 — Issue a merchant coupon linked to product information (a product coupon) to a user.
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
     * 向用户预发放商品券 — Get a token for the Mini Program coupon issuance component.
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
     * 设置商家券事件通知地址 — Set the https URL that receives the COUPON.SEND callbacks (a user received a coupon).
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
 * Reads the issued coupon from a {@link Busifavor.sendCoupon} answer, in either of the shapes it may take: wrapped in
 * `send_coupon_result`, or at the top level. A field the answer lacks is `undefined`; this never throws.
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

export { type Busifavor, type BusifavorCallOptions, BusifavorEndpoints, type BusifavorInput, type BusifavorOptions, type CouponSendEvent, EndpointId, Endpoints, GENERATED_REQUEST_NO_FIELDS, type H5SendCouponInput, H5_SEND_COUPON_URL, MAX_SEND_COUPON_PARAMS, type SendCouponComponentParams, type SendCouponParam, type SendCouponResult, type SignSendCouponParamsInput, buildH5SendCouponUrl, couponSendNotification, createBusifavor, parseCouponSendNotification, readSendCouponResult, signSendCouponParams };
