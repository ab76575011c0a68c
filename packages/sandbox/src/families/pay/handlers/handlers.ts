import type { FamilyHandlers } from '../../../family.js'
import type { PayState } from '../state.js'
import type { PayFamily } from '../types.js'
import { billHandlers } from './bills.js'
import { orderHandlers } from './orders.js'
import { refundHandlers } from './refunds.js'

export type PayHandlers = FamilyHandlers<PayFamily, PayState>

/** Every pay handler: the compiler checks this against the registry (a missing endpoint does not compile). */
export const handlers: PayHandlers = {
  ...orderHandlers,
  ...refundHandlers,
  ...billHandlers,
}
