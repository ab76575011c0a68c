// The pay family's types in the sandbox, derived from the endpoint and callback schemas of @api/pay: the views are the
// response schemas' input types, so a view that drifts from what the SDK documents does not compile.
import type { Endpoints, pay, refundNotification } from '@api/pay/schemas'
import type { z } from 'zod'
import type { Handler } from '../../family.js'
import type { PayState } from './state.js'

type Schema<T> = T extends z.ZodType ? T : never
/** The validated request body of an endpoint. */
export type BodyOf<K extends keyof Endpoints> = z.output<Schema<Endpoints[K]['body']>>
/** The validated query of an endpoint. */
export type QueryOf<K extends keyof Endpoints> = z.output<Schema<Endpoints[K]['query']>>
/** An endpoint's answer as the sandbox builds it (the response schema's input). */
export type ViewOf<K extends keyof Endpoints> = z.input<Schema<Endpoints[K]['response']>>

export type PayFamily = typeof pay
export type PayHandler<K extends keyof Endpoints> = Handler<Endpoints[K], PayState>

/** The order as both queries answer it, and (decrypted) as TRANSACTION.SUCCESS carries it. */
export type TransactionView = ViewOf<'query_order_by_out_trade_no'>
/** The refund as create, query and abnormal refund answer it. */
export type RefundView = ViewOf<'query_refund'>
/** The decrypted resource of REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED. */
export type RefundResourceView = z.input<(typeof refundNotification)['resource']>

export type TradeState = NonNullable<TransactionView['trade_state']>
export type RefundStatus = RefundView['status']
/** Which prepay endpoint placed the order. */
export type PrepayKind = 'jsapi' | 'app' | 'h5' | 'native'
/** `trade_type` as WeChat Pay writes it (H5 is `MWEB`). */
export type TradeType = 'JSAPI' | 'APP' | 'MWEB' | 'NATIVE'
/** What a prepay answers: the one field the payer's client needs next. */
export type PrepayAnswer = { prepay_id: string } | { h5_url: string } | { code_url: string }
/** Any prepay body (the four share their order fields). */
export type PrepayBody = BodyOf<'jsapi_prepay'> | BodyOf<'app_prepay'> | BodyOf<'h5_prepay'> | BodyOf<'native_prepay'>

/** An order as `sb.state.order()` shows it: the query's view plus what the sandbox always knows. */
export type OrderSnapshot = TransactionView & {
  trade_state: TradeState
  trade_type: TradeType
  /** When the order was placed (RFC 3339, Beijing time). */
  create_time: string
  /** 分 that may still be refunded (the paid amount less every refund that is not CLOSED). */
  refundable: number
  /** The prepay answer (`prepay_id`, `h5_url` or `code_url`). */
  prepay: PrepayAnswer
}

/** A refund as `sb.state.refund()` shows it (what the refund query answers). */
export type RefundSnapshot = RefundView
