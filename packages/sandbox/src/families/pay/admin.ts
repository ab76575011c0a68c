import { invalidOption } from '../../errors.js'
import type { AdminRoute } from '../../family.js'
import type { PaySeed, SeedOrderInput, SeedRefundInput } from './seed.js'
import type { PayInput, PayState } from './state.js'
import { orderSnapshot, refundSnapshot } from './views.js'

type Route = AdminRoute<PayState, PaySeed>
const SETTLE = {
  succeed: (seed: PaySeed, no: string) => seed.succeedRefund(no),
  abnormal: (seed: PaySeed, no: string) => seed.abnormalRefund(no),
  close: (seed: PaySeed, no: string) => seed.closeRefund(no),
}
const body = <T>(value: unknown) => (value ?? {}) as T

/**
 * The simulated payer and the refund outcomes under `/__sandbox` (unsigned; for the CLI and tests in any language):
 *
 * - `POST /orders` (a {@link SeedOrderInput}), `GET /orders`, `GET /orders/{out_trade_no}`
 * - `POST /orders/{out_trade_no}/pay` (optional `{ openid, payer_total, bank_type }`), `…/fail` (PAYERROR),
 *   `…/expire` (CLOSED as by time_expire), `…/revoke` (REVOKED)
 * - `POST /orders/{out_trade_no}/refund` (a {@link SeedRefundInput}, plus `settle`: `succeed` | `abnormal` | `close`
 *   to settle it at once, before the sandbox's own settling can), through the real create_refund pipeline
 * - `GET /refunds/{out_refund_no}`, `POST /refunds/{out_refund_no}/succeed|abnormal|close`
 *
 * A refused step answers 400 `{ code: 'SEED_CONFLICT', message }` naming WeChat Pay's error (ORDER_CLOSED, …).
 */
export const payAdmin: readonly Route[] = [
  { method: 'POST', path: '/orders', handle: ({ body: b, seed }) => seed.placeOrder(body<SeedOrderInput>(b)) },
  {
    method: 'GET',
    path: '/orders',
    handle: ({ state }) => [...state.orders.values()].map((o) => orderSnapshot(state, o)),
  },
  {
    method: 'GET',
    path: '/orders/{out_trade_no}',
    handle: ({ params, state }) => {
      const order = state.orders.get(params.out_trade_no!)
      return order === undefined ? undefined : orderSnapshot(state, order)
    },
  },
  {
    method: 'POST',
    path: '/orders/{out_trade_no}/pay',
    handle: ({ body: b, params, seed }) => seed.payOrder(params.out_trade_no!, body<PayInput>(b)),
  },
  {
    method: 'POST',
    path: '/orders/{out_trade_no}/fail',
    handle: ({ params, seed }) => seed.failOrder(params.out_trade_no!),
  },
  {
    method: 'POST',
    path: '/orders/{out_trade_no}/expire',
    handle: ({ params, seed }) => seed.expireOrder(params.out_trade_no!),
  },
  {
    method: 'POST',
    path: '/orders/{out_trade_no}/revoke',
    handle: ({ params, seed }) => seed.revokeOrder(params.out_trade_no!),
  },
  {
    method: 'POST',
    path: '/orders/{out_trade_no}/refund',
    handle: ({ body: b, params, seed }) => {
      const { settle, ...input } = body<SeedRefundInput & { settle?: unknown }>(b)
      if (settle !== undefined && !Object.hasOwn(SETTLE, String(settle))) {
        invalidOption(`settle must be one of ${Object.keys(SETTLE).join(', ')} (got ${JSON.stringify(settle)}).`)
      }
      const refund = seed.refundOrder(params.out_trade_no!, input)
      // Synchronously, in the same turn: the scheduled auto-settle cannot get there first.
      return settle === undefined ? refund : SETTLE[settle as keyof typeof SETTLE](seed, refund.out_refund_no)
    },
  },
  {
    method: 'GET',
    path: '/refunds/{out_refund_no}',
    handle: ({ params, state }) => {
      const refund = state.refunds.get(params.out_refund_no!)
      return refund === undefined ? undefined : refundSnapshot(refund)
    },
  },
  {
    method: 'POST',
    path: '/refunds/{out_refund_no}/succeed',
    handle: ({ params, seed }) => seed.succeedRefund(params.out_refund_no!),
  },
  {
    method: 'POST',
    path: '/refunds/{out_refund_no}/abnormal',
    handle: ({ params, seed }) => seed.abnormalRefund(params.out_refund_no!),
  },
  {
    method: 'POST',
    path: '/refunds/{out_refund_no}/close',
    handle: ({ params, seed }) => seed.closeRefund(params.out_refund_no!),
  },
]
