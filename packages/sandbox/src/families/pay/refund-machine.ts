import { payProblem } from './problems.js'
import type { RefundStatus } from './types.js'

/**
 * The refund's state machine, in one table: a refund is accepted PROCESSING and settles SUCCESS, ABNORMAL (the money
 * could not go back the original way) or CLOSED; an ABNORMAL refund goes back to PROCESSING when the merchant applies
 * the abnormal refund (to a bank card). Every handler, seed and admin route goes through `applyToRefund`.
 */
export const REFUND_TRANSITIONS = {
  succeed: { from: ['PROCESSING'], to: 'SUCCESS', zh: '退款成功' },
  abnormal: { from: ['PROCESSING'], to: 'ABNORMAL', zh: '退款异常' },
  close: { from: ['PROCESSING'], to: 'CLOSED', zh: '退款关闭' },
  reapply: { from: ['ABNORMAL'], to: 'PROCESSING', zh: '发起异常退款' },
} as const satisfies Record<string, { from: readonly RefundStatus[]; to: RefundStatus; zh: string }>

export type RefundAction = keyof typeof REFUND_TRANSITIONS

const LABELS: Record<RefundStatus, string> = {
  PROCESSING: '退款处理中（PROCESSING）',
  SUCCESS: '退款成功（SUCCESS）',
  ABNORMAL: '退款异常（ABNORMAL）',
  CLOSED: '退款关闭（CLOSED）',
}

/** The event a settled refund sends, by its final status. */
export const REFUND_EVENTS = {
  SUCCESS: { eventType: 'REFUND.SUCCESS', summary: '退款成功' },
  ABNORMAL: { eventType: 'REFUND.ABNORMAL', summary: '退款异常' },
  CLOSED: { eventType: 'REFUND.CLOSED', summary: '退款关闭' },
} as const

/** Applies `action` to a refund: its new status, or 400 INVALID_REQUEST naming the status the action needs. */
export function applyToRefund(
  action: RefundAction,
  refund: { out_refund_no: string; status: RefundStatus },
): RefundStatus {
  const rule = REFUND_TRANSITIONS[action]
  if (!(rule.from as readonly RefundStatus[]).includes(refund.status)) {
    throw payProblem(
      'INVALID_REQUEST',
      `退款单 ${refund.out_refund_no} 为${LABELS[refund.status]}，只有${rule.from.map((s) => LABELS[s]).join('或')}的退款单可以${rule.zh}`,
      { status: refund.status },
    )
  }
  refund.status = rule.to
  return refund.status
}
