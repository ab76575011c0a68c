import { invalidRequest } from '../../problem.js'
import type { CouponState } from './types.js'

/**
 * The user coupon's state machine, in one table: which states an action starts from and the state it leaves the
 * coupon in (`undefined`: the action needs the state but does not change it). Every handler goes through `apply`, so a
 * rule lives here once.
 */
export const COUPON_TRANSITIONS = {
  use: { from: ['SENDED'], to: 'USED', zh: '核销' },
  return: { from: ['USED'], to: 'SENDED', zh: '退券' },
  deactivate: { from: ['SENDED'], to: 'DEACTIVATED', zh: '失效' },
  expire: { from: ['SENDED'], to: 'EXPIRED', zh: '过期' },
  associate: { from: ['SENDED'], to: undefined, zh: '关联订单' },
  subsidy: { from: ['USED'], to: undefined, zh: '营销补差' },
} as const satisfies Record<string, { from: readonly CouponState[]; to: CouponState | undefined; zh: string }>

export type CouponAction = keyof typeof COUPON_TRANSITIONS

const LABELS: Record<CouponState, string> = {
  SENDED: '可用（SENDED）',
  USED: '已核销（USED）',
  EXPIRED: '已过期（EXPIRED）',
  DELETED: '已删除（DELETED）',
  DEACTIVATED: '已失效（DEACTIVATED）',
}

/** Whether `action` may start from `state`. */
export function allows(action: CouponAction, state: CouponState): boolean {
  return (COUPON_TRANSITIONS[action].from as readonly CouponState[]).includes(state)
}

/**
 * Applies `action` to a coupon in `coupon.state`: the new state, or WeChat Pay's 400 INVALID_REQUEST naming the
 * state the action needs.
 */
export function apply(action: CouponAction, coupon: { state: CouponState }): CouponState {
  const rule = COUPON_TRANSITIONS[action]
  if (!allows(action, coupon.state)) {
    const needed = rule.from.map((state) => LABELS[state]).join('或')
    throw invalidRequest(`券状态为 ${coupon.state}，只有${needed}状态的券可以${rule.zh}`, {
      coupon_state: coupon.state,
    })
  }
  if (rule.to !== undefined) coupon.state = rule.to
  return coupon.state
}
