import { orderNotExist } from '../problems.js'
import type { PayState } from '../state.js'
import type { PrepayBody, PrepayKind } from '../types.js'
import { transactionView } from '../views.js'
import type { PayHandlers } from './handlers.js'

// Placing, reading and closing orders. A repeated out_trade_no never reaches these handlers while the engine remembers
// it: the four prepay endpoints share one number space (see the family's `idempotency`), so the same request replays
// its first answer and any other use of the number is refused with OUT_TRADE_NO_USED.

/** Places (or repeats) the order and answers the one field its prepay endpoint answers. */
function prepay(kind: PrepayKind, field: 'prepay_id' | 'h5_url' | 'code_url', input: PrepayInput): string {
  const answer = input.state.place(kind, input.body, input.mchid, input.now).prepay as Record<string, string>
  return answer[field]!
}

interface PrepayInput {
  state: PayState
  body: PrepayBody
  mchid: string
  now: number
}

/** The order, if it is the caller's (another merchant's order does not exist for it). */
function mine(mchid: string, query: { mchid: string }, what: string) {
  if (query.mchid !== mchid) throw orderNotExist(`${what}（mchid=${query.mchid} 不是请求签名的商户号）`)
}

export const orderHandlers = {
  jsapi_prepay: (input) => ({ body: { prepay_id: prepay('jsapi', 'prepay_id', input) } }),
  app_prepay: (input) => ({ body: { prepay_id: prepay('app', 'prepay_id', input) } }),
  h5_prepay: (input) => ({ body: { h5_url: prepay('h5', 'h5_url', input) } }),
  native_prepay: (input) => ({ body: { code_url: prepay('native', 'code_url', input) } }),

  query_order_by_out_trade_no: ({ params, query, state, mchid, now }) => {
    mine(mchid, query, `out_trade_no=${params.out_trade_no}`)
    return { body: transactionView(state.order(params.out_trade_no, now)) }
  },

  query_order_by_transaction_id: ({ params, query, state, mchid, now }) => {
    mine(mchid, query, `transaction_id=${params.transaction_id}`)
    return { body: transactionView(state.orderByTransaction(params.transaction_id, now)) }
  },

  close_order: ({ params, body, state, mchid, now }) => {
    mine(mchid, body, `out_trade_no=${params.out_trade_no}`)
    state.move(state.order(params.out_trade_no, now), 'close', now)
    return { status: 204 }
  },
} satisfies Partial<PayHandlers>
