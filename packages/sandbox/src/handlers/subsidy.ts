import { invalidRequest, notExists } from '../problem.js'
import type { SubsidyPayReceipt, SubsidyReturnReceipt } from '../state.js'
import { rfc3339 } from '../util.js'
import { type Handler, optStr, str } from './types.js'

/** 单笔最高 5000 元. */
const MAX_SUBSIDY_FEN = 500_000

function receiptId(prefix: string, now: number, n: number): string {
  const stamp = rfc3339(now).slice(0, 19).replace(/\D/g, '')
  return `${prefix}${stamp}${String(n).padStart(12, '0')}`
}

function payView(receipt: SubsidyPayReceipt): Record<string, unknown> {
  const { returned: _, ...view } = receipt
  return view
}

export const subsidyPay: Handler = ({ body, state, now }) => {
  const stock = state.stock(str(body, 'stock_id'))
  if (stock.definition.stock_type === 'EXCHANGE') throw invalidRequest('换购券批次不支持营销补差')
  const coupon = state.coupon(str(body, 'coupon_code'), stock.stock_id)
  if (coupon.state !== 'USED') throw invalidRequest(`券状态为 ${coupon.state}，营销补差要求券已核销（USED）`)
  const amount = body.amount as number
  if (amount > MAX_SUBSIDY_FEN) throw invalidRequest('补差付款金额单笔最高 5000 元')
  const discount = state.discountAmount(stock)
  const paid = [...state.payReceipts.values()]
    .filter((r) => r.stock_id === stock.stock_id && r.coupon_code === coupon.coupon_code)
    .reduce((sum, r) => sum + r.amount, 0)
  if (discount !== undefined && paid + amount > discount) {
    throw invalidRequest(`补差付款总额不能超过券的优惠金额 ${discount} 分（已补差 ${paid} 分）`)
  }
  const receipt: SubsidyPayReceipt = {
    subsidy_receipt_id: receiptId('11', now, state.next()),
    stock_id: stock.stock_id,
    coupon_code: coupon.coupon_code,
    transaction_id: str(body, 'transaction_id'),
    payer_merchant: str(body, 'payer_merchant'),
    payee_merchant: str(body, 'payee_merchant'),
    amount,
    description: str(body, 'description'),
    status: 'PAY_RECEIPT_SUCCESS',
    success_time: rfc3339(now),
    out_subsidy_no: str(body, 'out_subsidy_no'),
    create_time: rfc3339(now),
    returned: 0,
  }
  state.payReceipts.set(receipt.subsidy_receipt_id, receipt)
  return { body: payView(receipt) }
}

export const listSubsidyPayReceipts: Handler = ({ query, state }) => {
  const outNo = optStr(query, 'out_subsidy_no')
  const list = [...state.payReceipts.values()].filter(
    (r) =>
      r.stock_id === str(query, 'stock_id') &&
      r.coupon_code === str(query, 'coupon_code') &&
      (outNo === undefined || r.out_subsidy_no === outNo),
  )
  // WeChat Pay only returns the list when the coupon had subsidy payments.
  return { body: list.length === 0 ? {} : { pay_receipt_list: list.map(payView) } }
}

export const getSubsidyPayReceipt: Handler = ({ params, state }) => {
  const receipt = state.payReceipts.get(str(params, 'subsidy_receipt_id'))
  if (receipt === undefined) throw notExists(`补差付款单不存在：${str(params, 'subsidy_receipt_id')}`)
  return { body: payView(receipt) }
}

export const subsidyReturn: Handler = ({ body, state, now }) => {
  const amount = body.amount as number
  const candidates = [...state.payReceipts.values()].filter(
    (r) =>
      r.stock_id === str(body, 'stock_id') &&
      r.coupon_code === str(body, 'coupon_code') &&
      r.transaction_id === str(body, 'transaction_id'),
  )
  if (candidates.length === 0) throw notExists('没有找到该券与该微信支付订单的补差付款单')
  const receipt = candidates.find((r) => r.amount - r.returned >= amount)
  if (receipt === undefined) {
    const left = Math.max(...candidates.map((r) => r.amount - r.returned))
    throw invalidRequest(`补差回退金额 ${amount} 分超过可回退金额 ${left} 分`)
  }
  receipt.returned += amount
  receipt.status = receipt.returned === receipt.amount ? 'PAY_RECEIPT_FULL_RETURN' : 'PAY_RECEIPT_PARTIAL_RETURN'
  const back: SubsidyReturnReceipt = {
    subsidy_return_receipt_id: receiptId('21', now, state.next()),
    stock_id: receipt.stock_id,
    coupon_code: receipt.coupon_code,
    transaction_id: receipt.transaction_id,
    refund_id: str(body, 'refund_id'),
    payer_merchant: str(body, 'payer_merchant'),
    payee_merchant: str(body, 'payee_merchant'),
    amount,
    description: str(body, 'description'),
    status: 'RETURN_RECEIPT_SUCCESS',
    return_done_time: rfc3339(now),
    subsidy_receipt_id: receipt.subsidy_receipt_id,
    out_subsidy_return_no: str(body, 'out_subsidy_return_no'),
    return_create_time: rfc3339(now),
  }
  state.returnReceipts.set(back.subsidy_return_receipt_id, back)
  return { body: { ...back } }
}

export const getSubsidyReturnReceipt: Handler = ({ params, state }) => {
  const receipt = state.returnReceipts.get(str(params, 'subsidy_return_receipt_id'))
  if (receipt === undefined) throw notExists(`补差回退单不存在：${str(params, 'subsidy_return_receipt_id')}`)
  return { body: { ...receipt } }
}
