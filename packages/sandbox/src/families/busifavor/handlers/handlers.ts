import type { FamilyHandlers } from '../../../family.js'
import type { BusifavorState } from '../state.js'
import type { BusifavorFamily } from '../types.js'
import { codeHandlers } from './codes.js'
import { couponHandlers } from './coupons.js'
import { mediaHandlers } from './media.js'
import { notifyHandlers } from './notify.js'
import { stockHandlers } from './stocks.js'
import { subsidyHandlers } from './subsidy.js'
import { userHandlers } from './users.js'

export type BusifavorHandlers = FamilyHandlers<BusifavorFamily, BusifavorState>

/** Every busifavor handler: the compiler checks this against the registry (a missing endpoint does not compile). */
export const handlers: BusifavorHandlers = {
  ...stockHandlers,
  ...codeHandlers,
  ...couponHandlers,
  ...userHandlers,
  ...notifyHandlers,
  ...subsidyHandlers,
  ...mediaHandlers,
}
