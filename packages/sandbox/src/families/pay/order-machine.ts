import type { ApiProblem } from '../../problem.js'
import { type PayErrorCode, payProblem } from './problems.js'
import type { TradeState } from './types.js'

/**
 * The order's state machine, in one table: which `trade_state`s an action starts from, the state it leaves the order
 * in, and the error WeChat Pay answers from a state it does not start from (INVALID_REQUEST unless named). Every
 * handler, seed and admin route goes through `apply`, so a rule lives here once.
 */
export const ORDER_TRANSITIONS = {
  pay: {
    from: ['NOTPAY', 'USERPAYING'],
    to: 'SUCCESS',
    zh: '支付',
    refuse: { SUCCESS: 'ORDERPAID', REFUND: 'ORDERPAID', CLOSED: 'ORDER_CLOSED', REVOKED: 'ORDER_CLOSED' },
  },
  fail: { from: ['NOTPAY', 'USERPAYING'], to: 'PAYERROR', zh: '支付失败', refuse: {} },
  // Closing a closed order again succeeds (204), as WeChat Pay answers it.
  close: {
    from: ['NOTPAY', 'PAYERROR', 'CLOSED'],
    to: 'CLOSED',
    zh: '关单',
    refuse: { SUCCESS: 'ORDERPAID', REFUND: 'ORDERPAID' },
  },
  /** time_expire passed (or the admin API let it pass): the order is closed. */
  expire: { from: ['NOTPAY', 'USERPAYING'], to: 'CLOSED', zh: '超时关闭', refuse: {} },
  /** 撤销 (a 付款码 order's reversal; the sandbox offers it through seed and admin). */
  revoke: { from: ['NOTPAY', 'USERPAYING', 'PAYERROR'], to: 'REVOKED', zh: '撤销', refuse: {} },
  /** A refund accepted on a paid order turns it to 转入退款. */
  refund: { from: ['SUCCESS', 'REFUND'], to: 'REFUND', zh: '退款', refuse: {} },
} as const satisfies Record<
  string,
  { from: readonly TradeState[]; to: TradeState; zh: string; refuse: Partial<Record<TradeState, PayErrorCode>> }
>

export type OrderAction = keyof typeof ORDER_TRANSITIONS

/** The words of `trade_state_desc`. */
export const TRADE_STATE_DESC: Record<TradeState, string> = {
  SUCCESS: '支付成功',
  REFUND: '转入退款',
  NOTPAY: '未支付',
  CLOSED: '已关闭',
  REVOKED: '已撤销（付款码支付）',
  USERPAYING: '用户支付中（付款码支付）',
  PAYERROR: '支付失败（其他原因，如银行返回失败）',
}

/** Whether `action` may start from `state`. */
export function allows(action: OrderAction, state: TradeState): boolean {
  return (ORDER_TRANSITIONS[action].from as readonly TradeState[]).includes(state)
}

type Order = { out_trade_no: string; trade_state: TradeState }

/** WeChat Pay's error for `action` on an order in a state it does not start from (ORDERPAID, ORDER_CLOSED…). */
export function refusal(action: OrderAction, order: Order): ApiProblem {
  const rule = ORDER_TRANSITIONS[action]
  const code = (rule.refuse as Partial<Record<TradeState, PayErrorCode>>)[order.trade_state] ?? 'INVALID_REQUEST'
  const needed = rule.from.map((s) => `${TRADE_STATE_DESC[s]}（${s}）`).join('或')
  return payProblem(
    code,
    `订单 ${order.out_trade_no} 为${TRADE_STATE_DESC[order.trade_state]}（${order.trade_state}），只有${needed}的订单可以${rule.zh}`,
    { trade_state: order.trade_state },
  )
}

/** Applies `action` to an order: its new state, or the {@link refusal} naming the state the order is in. */
export function applyToOrder(action: OrderAction, order: Order): TradeState {
  if (!allows(action, order.trade_state)) throw refusal(action, order)
  order.trade_state = ORDER_TRANSITIONS[action].to
  return order.trade_state
}
