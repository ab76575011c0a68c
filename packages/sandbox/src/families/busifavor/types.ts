// The busifavor family's types in the sandbox, derived from the endpoint schemas: the state's views are the response
// schemas' types, so a view that drifts from what the SDK documents does not compile.
import type { busifavor, Endpoints } from '@api/busifavor/schemas'
import type { z } from 'zod'
import type { Handler } from '../../family.js'
import type { BusifavorState } from './state.js'

type Schema<T> = T extends z.ZodType ? T : never
/** The validated request body of an endpoint. */
export type BodyOf<K extends keyof Endpoints> = z.output<Schema<Endpoints[K]['body']>>
/** An endpoint's answer as the sandbox builds it (the response schema's input). */
export type ViewOf<K extends keyof Endpoints> = z.input<Schema<Endpoints[K]['response']>>

export type BusifavorHandler<K extends keyof Endpoints> = Handler<Endpoints[K], BusifavorState>
export type BusifavorFamily = typeof busifavor

/** A stock as `GET /v3/marketing/busifavor/stocks/{stock_id}` answers it (with the counts the sandbox always has). */
export type StockSnapshot = ViewOf<'get_stock'> & {
  send_count_information: { total_send_num: number; today_send_num: number } & NonNullable<
    ViewOf<'get_stock'>['send_count_information']
  >
}
/** A user coupon as the user-coupon endpoints answer it (the states the sandbox produces). */
export type CouponView = ViewOf<'list_user_coupons'>['data'][number]
/** A user coupon with the fields the sandbox always has, plus its owner's `openid` and `appid`. */
export type CouponSnapshot = CouponView & {
  coupon_code: string
  stock_id: string
  coupon_state: NonNullable<CouponView['coupon_state']>
  available_start_time: string
  expire_time: string
  receive_time: string
  send_request_no: string
  openid: string
  appid: string
}
/** A pre-stored code as `GET …/couponcodes/{coupon_code}` answers it. */
export type CouponCodeSnapshot = ViewOf<'get_coupon_code'>['code_information']
export type SubsidyReturnReceipt = ViewOf<'subsidy_return'>
/** A subsidy payment receipt plus the sandbox's bookkeeping of the amount already returned. */
export type SubsidyPayReceipt = ViewOf<'subsidy_pay'> & { returned: number }

export type CouponState = NonNullable<CouponView['coupon_state']>
export type StockType = StockSnapshot['stock_type']
export type CouponCodeMode = NonNullable<BodyOf<'create_stock'>['coupon_code_mode']>
export type StockState = StockSnapshot['stock_state']
