import {
  type ApiResponse,
  type CallOptions,
  type RequestOptions,
  type UploadImageOptions,
  ValidationError,
  type ValidationIssue,
} from '@core/client'
import type { z } from 'zod'
import type { EndpointDefinition, EndpointInput, EndpointOutput } from './endpoint.js'
import { type EndpointId, type Endpoints, endpoints } from './endpoints/index.js'
import { createRequestNo } from './request-no.js'

/**
 * Endpoints whose request-no the facade fills in when the caller leaves it out, and the field it fills. Only
 * operations that cannot apply twice are here: they set a state (修改批次, 关联/取消关联订单), compare and set
 * (修改预算 carries the current value), or WeChat Pay deduplicates the content itself (上传预存code, 删除预存code).
 * Everything that issues, redeems, returns, deactivates or moves money is absent on purpose — above all 使券失效:
 * its `deactivate_request_no` belongs to the caller, who must store it before calling so that a retry after a crash
 * sends the same number and gets the same answer instead of a second operation.
 */
export const GENERATED_REQUEST_NO_FIELDS = {
  modify_stock: 'out_request_no',
  modify_budget: 'modify_budget_request_no',
  upload_coupon_codes: 'upload_request_no',
  delete_coupon_code: 'delete_request_no',
  associate_trade: 'out_request_no',
  disassociate_trade: 'out_request_no',
} as const satisfies Partial<Record<EndpointId, string>>

type Generated = typeof GENERATED_REQUEST_NO_FIELDS
type Simplify<T> = { [K in keyof T]: T[K] } & {}

/**
 * What a facade method takes: path parameters, query and body fields side by side in one object (no endpoint uses a
 * name twice), with the request-no optional where {@link GENERATED_REQUEST_NO_FIELDS} lets the facade make one.
 */
export type BusifavorInput<E extends EndpointDefinition> = Simplify<
  E['id'] extends keyof Generated
    ? Omit<EndpointInput<E>, Generated[E['id']]> &
        Partial<Pick<EndpointInput<E>, Generated[E['id']] & keyof EndpointInput<E>>>
    : EndpointInput<E>
>

/** Per-call transport settings passed through to `client.request`. */
export type BusifavorCallOptions = Pick<CallOptions, 'signal' | 'retry' | 'timeouts' | 'headers'>

const CALL_OPTION_KEYS = new Set(['signal', 'retry', 'timeouts', 'headers'])

type Method<E extends EndpointDefinition> =
  {} extends BusifavorInput<E>
    ? (input?: BusifavorInput<E>, options?: BusifavorCallOptions) => Promise<EndpointOutput<E>>
    : (input: BusifavorInput<E>, options?: BusifavorCallOptions) => Promise<EndpointOutput<E>>

/** What `onResponseIssues` receives: an answer that does not match the endpoint's response schema. */
export interface ResponseIssuesEvent {
  /** Endpoint id, e.g. `deactivate_coupon`. */
  endpoint: EndpointId
  method: string
  /** Path template, e.g. `/v3/marketing/busifavor/coupons/deactivate`. */
  path: string
  status: number
  requestId: string | undefined
  /** Where the answer differs from the schema (a missing required field, an unexpected type or value…). */
  issues: ValidationIssue[]
}

export interface BusifavorOptions {
  /**
   * Called when a (verified) answer does not match the response schema — say WeChat Pay dropped a field the spec
   * calls required. The call still resolves with the data as received: answers are checked leniently, never thrown
   * on. A hook that throws is ignored. Without a hook, answers are not checked at all (the check would change nothing).
   */
  onResponseIssues?: (event: ResponseIssuesEvent) => void
  /** Makes the request-nos listed in {@link GENERATED_REQUEST_NO_FIELDS}; default {@link createRequestNo}. */
  requestNo?: () => string
}

const OPTION_KEYS = new Set(['onResponseIssues', 'requestNo'])

/** The part of `@core/client`'s client the facade uses (a `WechatPayClient` fits). */
export interface BusifavorClient {
  request<T = unknown>(options: RequestOptions): Promise<ApiResponse<T>>
  uploadImage(options: UploadImageOptions): Promise<ApiResponse<{ media_url: string }>>
}

/**
 * Every 商家券 endpoint as a method. Each validates its input against the endpoint schema before anything is sent
 * (a `ValidationError` lists every problem with its field path), signs and sends through the client, and resolves with
 * the verified answer's JSON. Calls that carry a business request-no are marked idempotent, so the client retries
 * them on network errors, 5xx and 429 with the same body.
 *
 * Every method can also throw what `client.request` throws: `ApiError` (WeChat Pay answered with an error: `status`,
 * `code`, `apiMessage`, `detail`, `requestId`), `SignatureVerificationError` (an answer not signed by WeChat Pay),
 * `TimeoutError` and `NetworkError` (after the retries).
 */
export interface Busifavor {
  /**
   * 创建商家券 — create a stock (批次) with its use rule, issuance rule, style and code mode; resolves with `stock_id`.
   * `out_request_no` is required: keep it with your record so that a retry after a crash does not create a second
   * stock.
   * @throws {ValidationError} the input breaks the schema (unknown field, missing, too long, bad enum…); nothing sent.
   * @throws {ApiError} WeChat Pay refused the stock (e.g. 400 PARAM_ERROR with `detail`).
   * @example
   * ```ts
   * const { stock_id } = await busifavor.createStock({
   *   stock_name: '满100减10', belong_merchant: '1900000109', goods_name: '全场通用', stock_type: 'NORMAL',
   *   coupon_use_rule: {
   *     // RFC 3339 with offset, e.g. '2025-06-01T00:00:00+08:00'; at most one year apart
   *     coupon_available_time: { available_begin_time: begin, available_end_time: end },
   *     fixed_normal_coupon: { discount_amount: 1000, transaction_minimum: 10000 },
   *     use_method: 'OFF_LINE',
   *   },
   *   stock_send_rule: { max_coupons: 1000, max_coupons_per_user: 1 },
   *   out_request_no: createRequestNo({ prefix: '1900000109' }),
   *   coupon_code_mode: 'WECHATPAY_MODE',
   * })
   * ```
   */
  createStock: Method<Endpoints['create_stock']>
  /**
   * 查询商家券详情 — a stock's rules, style, state (`stock_state`) and issuance counts.
   * @throws {ValidationError} bad `stock_id`; nothing sent.
   * @throws {ApiError} e.g. 404 for an unknown stock.
   * @example
   * ```ts
   * const stock = await busifavor.getStock({ stock_id })
   * console.log(stock.stock_state, stock.send_count_information?.total_send_num)
   * ```
   */
  getStock: Method<Endpoints['get_stock']>
  /**
   * 修改商家券基本信息 — change a stock's name, comment, entrance, style or use method; resolves with `undefined`
   * (WeChat Pay answers 204). `out_request_no` may be left out: the facade makes one, since applying the same change
   * twice is harmless.
   * @throws {ValidationError} unknown or invalid fields; nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST after the stock's end time.
   * @example
   * ```ts
   * await busifavor.modifyStock({ stock_id, comment: '周末可用', display_pattern_info: { background_color: 'Color020' } })
   * ```
   */
  modifyStock: Method<Endpoints['modify_stock']>
  /**
   * 修改批次预算 — change the stock's maximum coupon count (or the daily maximum), passing the current value so that
   * concurrent changes cannot overwrite each other. `modify_budget_request_no` may be left out.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST when `current_max_coupons` is stale.
   * @example
   * ```ts
   * const { max_coupons } = await busifavor.modifyBudget({ stock_id, target_max_coupons: 2000, current_max_coupons: 1000 })
   * ```
   */
  modifyBudget: Method<Endpoints['modify_budget']>
  /**
   * 上传预存code — upload up to 200 codes to a `MERCHANT_UPLOAD` stock. Per-code failures come back in
   * `fail_codes`, not as an error. `upload_request_no` may be left out (WeChat Pay deduplicates codes).
   * @throws {ValidationError} more than 200 codes, a code over 32 characters or with other characters; nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST for a stock that is not in MERCHANT_UPLOAD mode.
   * @example
   * ```ts
   * const { success_count, fail_codes } = await busifavor.uploadCouponCodes({ stock_id, coupon_code_list: ['A001', 'A002'] })
   * ```
   */
  uploadCouponCodes: Method<Endpoints['upload_coupon_codes']>
  /**
   * 查询预存code列表 — page through a stock's uploaded codes. ⚠ No official page: fields from the Go/Java models.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 404 for an unknown stock.
   * @example
   * ```ts
   * const page = await busifavor.listCouponCodes({ stock_id, status: 'AVAILABLE', offset: 0, limit: 20 })
   * ```
   */
  listCouponCodes: Method<Endpoints['list_coupon_codes']>
  /**
   * 查询预存code详情 — one uploaded code and, once dispatched, the user coupon it became. ⚠ No official page.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 404 for an unknown code.
   * @example
   * ```ts
   * const { code_information } = await busifavor.getCouponCode({ stock_id, coupon_code: 'A001' })
   * ```
   */
  getCouponCode: Method<Endpoints['get_coupon_code']>
  /**
   * 删除预存code — delete an uploaded code that is not dispatched yet. `delete_request_no` travels in the query and
   * may be left out. ⚠ No official page.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 404 for an unknown code.
   * @example
   * ```ts
   * const { delete_time } = await busifavor.deleteCouponCode({ stock_id, coupon_code: 'A002' })
   * ```
   */
  deleteCouponCode: Method<Endpoints['delete_coupon_code']>
  /**
   * 向用户发券 — issue one coupon of a stock to a user from your server. `out_request_no` is required and yours to
   * keep: a retry with a new number would give the user a second coupon. ⚠ No official page; the answer comes in one
   * of two shapes (`send_coupon_result.coupon_code`, or `coupon_code` at the top): {@link readSendCouponResult} reads
   * either.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST when the user reached `max_coupons_per_user`.
   * @example
   * ```ts
   * const { coupon_code } = readSendCouponResult(await busifavor.sendCoupon({ openid, appid, stock_id, out_request_no }))
   * ```
   */
  sendCoupon: Method<Endpoints['send_coupon']>
  /**
   * 向用户发放商品券 — issue a product-linked coupon. ⚠ Single source (wechatpay.im). `out_request_no` is yours.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} WeChat Pay refused it.
   * @example
   * ```ts
   * const { coupon_code } = await busifavor.sendProductCoupon({ openid, appid, stock_id, out_request_no, coupon_type: 'NORMAL' })
   * ```
   */
  sendProductCoupon: Method<Endpoints['send_product_coupon']>
  /**
   * 向用户预发放商品券 — get a token for the mini-program issuance component. ⚠ Single source (wechatpay.im).
   * `send_request_no` is yours.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} WeChat Pay refused it.
   * @example
   * ```ts
   * const { token } = await busifavor.presendProductCoupon({ stock_id, appid, send_request_no })
   * ```
   */
  presendProductCoupon: Method<Endpoints['presend_product_coupon']>
  /**
   * 核销用户券 — redeem a coupon (SENDED → USED). `use_request_no` is yours: store it, and retry with the same one.
   * @throws {ValidationError} bad input (e.g. `use_time` not RFC 3339); nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST when the coupon is not SENDED.
   * @example
   * ```ts
   * const { wechatpay_use_time } = await busifavor.useCoupon({
   *   coupon_code, stock_id, appid, use_time: '2025-05-20T13:29:35+08:00', use_request_no })
   * ```
   */
  useCoupon: Method<Endpoints['use_coupon']>
  /**
   * 根据过滤条件查询用户券 — page through one user's coupons, filtered by stock or state.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} WeChat Pay refused the query.
   * @example
   * ```ts
   * const { data, total_count } = await busifavor.listUserCoupons({ openid, appid, coupon_state: 'SENDED', limit: 10 })
   * ```
   */
  listUserCoupons: Method<Endpoints['list_user_coupons']>
  /**
   * 查询用户单张券详情 — one user coupon: state, validity, and the use/return/deactivate records.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 404 for an unknown coupon.
   * @example
   * ```ts
   * const coupon = await busifavor.getUserCoupon({ openid, coupon_code, appid })
   * console.log(coupon.coupon_state, coupon.deactivate_time)
   * ```
   */
  getUserCoupon: Method<Endpoints['get_user_coupon']>
  /**
   * 设置商家券事件通知地址 — set the HTTPS URL that receives COUPON.SEND callbacks.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} WeChat Pay refused it.
   * @example
   * ```ts
   * await busifavor.setNotifyUrl({ notify_url: 'https://shop.example.com/wechatpay/busifavor' })
   * ```
   */
  setNotifyUrl: Method<Endpoints['set_notify_url']>
  /**
   * 查询商家券事件通知地址 — the callback URL currently set.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 404 when none is set.
   * @example
   * ```ts
   * const { notify_url } = await busifavor.getNotifyUrl()
   * ```
   */
  getNotifyUrl: Method<Endpoints['get_notify_url']>
  /**
   * 关联订单信息 — link a usable coupon to one of your orders. `out_request_no` may be left out.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST when the coupon is not usable.
   * @example
   * ```ts
   * const { wechatpay_associate_time } = await busifavor.associateTrade({ stock_id, coupon_code, out_trade_no: 'ORDER-1' })
   * ```
   */
  associateTrade: Method<Endpoints['associate_trade']>
  /**
   * 取消关联订单信息 — undo {@link Busifavor.associateTrade}. `out_request_no` may be left out.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST when that order is not linked.
   * @example
   * ```ts
   * await busifavor.disassociateTrade({ stock_id, coupon_code, out_trade_no: 'ORDER-1' })
   * ```
   */
  disassociateTrade: Method<Endpoints['disassociate_trade']>
  /**
   * 申请退券 — after a refund, give a redeemed coupon back to the user (USED → SENDED). `return_request_no` is yours.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 400 INVALID_REQUEST when the coupon is not USED.
   * @example
   * ```ts
   * const { wechatpay_return_time } = await busifavor.returnCoupon({ coupon_code, stock_id, return_request_no })
   * ```
   */
  returnCoupon: Method<Endpoints['return_coupon']>
  /**
   * 使券失效 — make a usable coupon unusable for good (SENDED → DEACTIVATED); resolves with the time it took effect.
   *
   * `deactivate_request_no` is required and never generated for you. Create it once (e.g. {@link createRequestNo}),
   * store it with your record, then call. If the call times out, the process crashes, or WeChat Pay answers 5xx, call
   * again with the SAME number: WeChat Pay recognizes it and answers as for the first call, so the coupon is
   * deactivated exactly once. A new number for the same coupon is a second request, answered with an error because
   * the coupon is no longer SENDED. Within one call the client already retries network errors, 5xx and 429 with the
   * same body.
   * @throws {ValidationError} bad input — e.g. `coupon_code` over 32 characters, `deactivate_reason` over 64, a
   *   missing `deactivate_request_no`, an unknown field; `issues` lists each with its path; nothing was sent.
   * @throws {ApiError} 400 INVALID_REQUEST when the coupon is not SENDED (used, expired, already deactivated under
   *   another number); 404 when the coupon does not exist (the code is not confirmed for busifavor).
   * @example
   * ```ts
   * const { wechatpay_deactivate_time } = await busifavor.deactivateCoupon({
   *   coupon_code, stock_id, deactivate_request_no: order.deactivateRequestNo, deactivate_reason: '订单取消' })
   * ```
   */
  deactivateCoupon: Method<Endpoints['deactivate_coupon']>
  /**
   * 发放消费卡 — issue a consumption card (with its coupons) to a user. WeChat Pay deduplicates on
   * `out_request_no` + `send_time`: a retry must resend both unchanged.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} WeChat Pay refused it.
   * @example
   * ```ts
   * const { card_code } = await busifavor.sendGovCard({ card_id, appid, openid, out_request_no, send_time })
   * ```
   */
  sendGovCard: Method<Endpoints['send_gov_card']>
  /**
   * 营销补差付款 — pay the subsidy for a redeemed coupon from the payer merchant to the payee. Moves money:
   * `out_subsidy_no` is yours; retry with the same one.
   * @throws {ValidationError} bad input (e.g. `amount` over 500000 分); nothing sent.
   * @throws {ApiError} WeChat Pay refused it; in-band failures show in `status`/`fail_reason`.
   * @example
   * ```ts
   * const receipt = await busifavor.subsidyPay({
   *   stock_id, coupon_code, transaction_id, payer_merchant, payee_merchant, amount: 100, description: '补差', out_subsidy_no })
   * ```
   */
  subsidyPay: Method<Endpoints['subsidy_pay']>
  /**
   * 查询营销补差付款单列表 — the subsidy payments of one coupon.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} WeChat Pay refused the query.
   * @example
   * ```ts
   * const { pay_receipt_list } = await busifavor.listSubsidyPayReceipts({ stock_id, coupon_code })
   * ```
   */
  listSubsidyPayReceipts: Method<Endpoints['list_subsidy_pay_receipts']>
  /**
   * 查询营销补差付款单详情 — one subsidy payment by its receipt id.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 404 for an unknown receipt.
   * @example
   * ```ts
   * const { status } = await busifavor.getSubsidyPayReceipt({ subsidy_receipt_id })
   * ```
   */
  getSubsidyPayReceipt: Method<Endpoints['get_subsidy_pay_receipt']>
  /**
   * 营销补差回退 — after the order is refunded, return a paid subsidy. Moves money: `out_subsidy_return_no` is yours.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} WeChat Pay refused it.
   * @example
   * ```ts
   * const receipt = await busifavor.subsidyReturn({
   *   stock_id, coupon_code, transaction_id, refund_id, payer_merchant, payee_merchant, amount: 100,
   *   description: '退款回退', out_subsidy_return_no })
   * ```
   */
  subsidyReturn: Method<Endpoints['subsidy_return']>
  /**
   * 查询营销补差回退单详情 — one subsidy return by its receipt id.
   * @throws {ValidationError} bad input; nothing sent.
   * @throws {ApiError} e.g. 404 for an unknown receipt.
   * @example
   * ```ts
   * const { status } = await busifavor.getSubsidyReturnReceipt({ subsidy_return_receipt_id })
   * ```
   */
  getSubsidyReturnReceipt: Method<Endpoints['get_subsidy_return_receipt']>
  /**
   * （营销）图片上传 — upload a JPG/PNG/BMP (≤ 2 MB) for `merchant_logo_url`, `coupon_image_url` or a video cover;
   * resolves with the `media_url` to use there. Sent as multipart (`meta` + `file`) by `client.uploadImage`.
   * @throws {ValidationError} empty or over 2 MB, not an image, a file name without .jpg/.bmp/.png; nothing sent.
   * @throws {ApiError} WeChat Pay refused the image.
   * @example
   * ```ts
   * const { media_url } = await busifavor.marketingImageUpload({ file: await readFile('logo.png'), filename: 'logo.png' })
   * ```
   */
  marketingImageUpload: Method<Endpoints['marketing_image_upload']>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function invalid(what: string, issues: ValidationIssue[]): never {
  const list = issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
  throw new ValidationError(`@api/busifavor: ${what}: ${list.join('; ')}`, { issues })
}

/** zod's issues as `{ path, message }`, one per unknown key, with "is required" for a missing field. */
function toIssues(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field' }))
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) return [{ path, message: 'is required' }]
    return [{ path, message: issue.message }]
  })
}

type Part = 'pathParams' | 'query' | 'body'
const PARTS: readonly Part[] = ['pathParams', 'query', 'body']

// Which part (path, query or body) declares each input key, worked out once per endpoint instead of on every call.
const partsByKey = new WeakMap<EndpointDefinition, Map<string, Part>>()
function partOf(definition: EndpointDefinition, key: string): Part | undefined {
  let map = partsByKey.get(definition)
  if (map === undefined) {
    map = new Map()
    for (const part of PARTS) {
      const schema = definition[part]
      if (schema !== undefined) for (const name of Object.keys(schema.shape)) if (!map.has(name)) map.set(name, part)
    }
    partsByKey.set(definition, map)
  }
  return map.get(key)
}

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
export function createBusifavor(client: BusifavorClient, options: BusifavorOptions = {}): Busifavor {
  const issues: ValidationIssue[] = []
  if (!isRecord(client) || typeof client.request !== 'function' || typeof client.uploadImage !== 'function') {
    issues.push({ path: ['client'], message: 'must be a client from @core/client createClient()' })
  }
  if (!isRecord(options)) issues.push({ path: ['options'], message: 'must be an object' })
  else {
    for (const key of Object.keys(options)) {
      if (!OPTION_KEYS.has(key))
        issues.push({ path: [key], message: `unknown option (known: ${[...OPTION_KEYS].join(', ')})` })
    }
    for (const key of OPTION_KEYS) {
      const value = options[key as keyof BusifavorOptions]
      if (value !== undefined && typeof value !== 'function')
        issues.push({ path: [key], message: 'must be a function' })
    }
  }
  if (issues.length) invalid('createBusifavor', issues)

  const makeRequestNo = options.requestNo ?? (() => createRequestNo())
  const api: Record<string, unknown> = {}
  for (const definition of Object.values(endpoints) as EndpointDefinition[]) {
    api[definition.name] = (input?: unknown, callOptions?: BusifavorCallOptions) =>
      call(client, definition, input, callOptions, makeRequestNo, options.onResponseIssues)
  }
  return Object.freeze(api) as unknown as Busifavor
}

async function call(
  client: BusifavorClient,
  definition: EndpointDefinition,
  input: unknown,
  callOptions: BusifavorCallOptions | undefined,
  makeRequestNo: () => string,
  onResponseIssues: BusifavorOptions['onResponseIssues'],
): Promise<unknown> {
  const what = `${definition.name}() was not sent`
  const given = input ?? {}
  if (!isRecord(given)) invalid(what, [{ path: [], message: 'the input must be an object' }])
  if (callOptions !== undefined) {
    if (!isRecord(callOptions)) invalid(what, [{ path: [], message: 'call options must be an object' }])
    const unknown = Object.keys(callOptions).filter((key) => !CALL_OPTION_KEYS.has(key))
    if (unknown.length) {
      invalid(
        what,
        unknown.map((key) => ({
          path: [key],
          message: `unknown call option (known: ${[...CALL_OPTION_KEYS].join(', ')})`,
        })),
      )
    }
  }

  // Split the one input object by the schemas' keys; a key no part declares is an unknown field.
  const split: Record<Part, Record<string, unknown>> = { pathParams: {}, query: {}, body: {} }
  const issues: ValidationIssue[] = []
  const generated = (GENERATED_REQUEST_NO_FIELDS as Partial<Record<string, string>>)[definition.id]
  const fields =
    generated !== undefined && given[generated] === undefined ? { ...given, [generated]: makeRequestNo() } : given
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue
    const part = partOf(definition, key)
    if (part === undefined) issues.push({ path: [key], message: 'unknown field' })
    else split[part][key] = fields[key]
  }
  const parsed: Partial<Record<Part, Record<string, unknown>>> = {}
  for (const part of PARTS) {
    const schema = definition[part]
    if (schema === undefined) continue
    // reportInput makes zod copy the offending values into the issues: worth it only once a parse has failed.
    const result = schema.safeParse(split[part])
    if (result.success) parsed[part] = result.data as Record<string, unknown>
    else issues.push(...toIssues(schema.safeParse(split[part], { reportInput: true }).error!))
  }
  if (definition.contentType === 'multipart/form-data' && callOptions?.headers !== undefined) {
    issues.push({ path: ['headers'], message: 'an image upload takes no extra headers' })
  }
  if (issues.length) invalid(what, issues)

  const response =
    definition.contentType === 'multipart/form-data'
      ? await client.uploadImage({
          file: parsed.body!.file as Uint8Array,
          filename: parsed.body!.filename as string,
          ...(callOptions?.signal && { signal: callOptions.signal }),
          ...(callOptions?.retry !== undefined && { retry: callOptions.retry }),
          ...(callOptions?.timeouts && { timeouts: callOptions.timeouts }),
        })
      : await client.request({
          ...callOptions,
          method: definition.method,
          url: definition.path,
          ...(parsed.pathParams && { params: parsed.pathParams as Record<string, string> }),
          ...(parsed.query && { query: parsed.query as Record<string, string | number> }),
          ...(parsed.body && { json: parsed.body }),
          // A business request-no makes the call safe to repeat: the client may retry it.
          ...(definition.idempotencyKey !== undefined && { idempotent: true }),
        })

  if (definition.response === undefined || response.status === 204) return undefined
  // The answer is returned as received either way, so the schema check only runs when someone listens for issues.
  if (onResponseIssues === undefined) return response.data
  const checked = definition.response.safeParse(response.data)
  if (!checked.success) {
    try {
      onResponseIssues({
        endpoint: definition.id as EndpointId,
        method: definition.method,
        path: definition.path,
        status: response.status,
        requestId: response.requestId,
        issues: toIssues(checked.error),
      })
    } catch {
      // An observer must not turn a successful call into a failure.
    }
  }
  // The data as received (and verified): a lenient check never drops or rewrites what WeChat Pay sent.
  return response.data
}

/** The 发券 result fields, wherever the answer put them. */
export interface SendCouponResult {
  stock_id: string | undefined
  out_request_no: string | undefined
  coupon_code: string | undefined
}

/**
 * Reads a {@link Busifavor.sendCoupon} answer in either of its documented shapes: wrapped in `send_coupon_result`
 * (Go/Java models) or at the top level (wechatpay.im). Which one WeChat Pay sends is not confirmed (spec §6.2).
 * @example
 * ```ts
 * const { coupon_code } = readSendCouponResult(await busifavor.sendCoupon({ openid, appid, stock_id, out_request_no }))
 * ```
 */
export function readSendCouponResult(answer: EndpointOutput<Endpoints['send_coupon']>): SendCouponResult {
  const wrapped = isRecord(answer) ? answer.send_coupon_result : undefined
  const source: Record<string, unknown> = isRecord(wrapped) ? wrapped : isRecord(answer) ? answer : {}
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
  return {
    stock_id: text(source.stock_id),
    out_request_no: text(source.out_request_no),
    coupon_code: text(source.coupon_code),
  }
}
