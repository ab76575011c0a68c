import {
  createFacade,
  type EndpointOutput,
  type FacadeCallOptions,
  type FacadeClient,
  type FacadeInput,
  type FacadeOptions,
} from '@core/kit'
import type { Busifavor } from './generated/facade.js'
import { busifavor, type EndpointId, type Endpoints } from './registry.js'

/** Options of {@link createBusifavor}: `onResponseIssues` (lenient answer checks) and `requestNo`. */
export type BusifavorOptions = FacadeOptions<EndpointId>

/** What a facade method takes, e.g. `BusifavorInput<Endpoints['deactivate_coupon']>`. */
export type BusifavorInput<E extends Endpoints[EndpointId]> = FacadeInput<E>

/** Per-call transport settings (`signal`, `retry`, `timeouts`, `headers`). */
export type BusifavorCallOptions = FacadeCallOptions

type Generated = {
  [K in EndpointId as Endpoints[K]['idempotency'] extends { generate: true }
    ? K
    : never]: Endpoints[K]['idempotency'] extends {
    field: infer F
  }
    ? F
    : never
}

/**
 * Endpoints whose business number the facade fills in when the caller leaves it out, and the field it fills: those
 * whose definition says `idempotency.generate` (setting a state, compare-and-set, or content WeChat Pay deduplicates).
 * Everything that issues, redeems, returns, deactivates or moves money is absent on purpose.
 */
export const GENERATED_REQUEST_NO_FIELDS = Object.freeze(
  Object.fromEntries(
    Object.values(busifavor.endpoints).flatMap((endpoint) =>
      endpoint.idempotency?.generate ? [[endpoint.id, endpoint.idempotency.field]] : [],
    ),
  ),
) as Readonly<Generated>

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
export function createBusifavor(client: FacadeClient, options: BusifavorOptions = {}): Busifavor {
  return createFacade(busifavor, client, options as FacadeOptions) as Busifavor
}

/** The 发券 result fields, wherever the answer put them. */
export interface SendCouponResult {
  stock_id: string | undefined
  out_request_no: string | undefined
  coupon_code: string | undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads the issued coupon from a {@link Busifavor.sendCoupon} answer, in either of the shapes it may take: wrapped in
 * `send_coupon_result`, or at the top level. A field the answer lacks is `undefined`; this never throws.
 * @example
 * ```ts
 * const { coupon_code } = readSendCouponResult(await busifavor.sendCoupon({ openid, appid, stock_id, out_request_no }))
 * ```
 */
export function readSendCouponResult(answer: EndpointOutput<Endpoints['send_coupon']>): SendCouponResult {
  // Sources disagree on the shape WeChat Pay sends (Go/Java models wrap it, wechatpay.im does not): read both.
  const wrapped = isRecord(answer) ? answer.send_coupon_result : undefined
  const source: Record<string, unknown> = isRecord(wrapped) ? wrapped : isRecord(answer) ? answer : {}
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
  return {
    stock_id: text(source.stock_id),
    out_request_no: text(source.out_request_no),
    coupon_code: text(source.coupon_code),
  }
}
