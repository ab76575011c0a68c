import { refundView } from '../views.js'
import type { PayHandlers } from './handlers.js'

// Refunds: accepted PROCESSING within the order's refundable balance, settled later (by themselves after the family's
// delay, or through the admin API), and rescued to a bank card when ABNORMAL.

export const refundHandlers = {
  create_refund: ({ body, state, now }) => ({ body: refundView(state.refund(body, now)) }),

  query_refund: ({ params, state }) => ({ body: refundView(state.refundByNo(params.out_refund_no)) }),

  apply_abnormal_refund: ({ params, body, state }) => ({
    body: refundView(state.reapply(state.refundById(params.refund_id), body)),
  }),
} satisfies Partial<PayHandlers>
