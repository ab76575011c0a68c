import { invalidRequest, notExists } from '../../../problem.js'
import { rfc3339 } from '../../../util.js'
import { apply } from '../coupon-machine.js'
import type { SubsidyPayReceipt, SubsidyReturnReceipt, ViewOf } from '../types.js'
import type { BusifavorHandlers } from './handlers.js'

/** 单笔最高 5000 元. */
const MAX_SUBSIDY_FEN = 500_000

function receiptId(prefix: string, now: number, n: number): string {
  const stamp = rfc3339(now).slice(0, 19).replace(/\D/g, '')
  return `${prefix}${stamp}${String(n).padStart(12, '0')}`
}

function payView(receipt: SubsidyPayReceipt): ViewOf<'subsidy_pay'> {
  const { returned: _, ...view } = receipt
  return view
}

export const subsidyHandlers = {
  subsidy_pay: ({ body, state, now }) => {
    const stock = state.stock(body.stock_id)
    if (stock.definition.stock_type === 'EXCHANGE') throw invalidRequest('换购券批次不支持营销补差')
    const coupon = state.coupon(body.coupon_code, stock.stock_id)
    apply('subsidy', coupon)
    if (body.amount > MAX_SUBSIDY_FEN) throw invalidRequest('补差付款金额单笔最高 5000 元')
    const discount = state.discountAmount(stock)
    const paid = [...state.payReceipts.values()]
      .filter((r) => r.stock_id === stock.stock_id && r.coupon_code === coupon.coupon_code)
      .reduce((sum, r) => sum + r.amount, 0)
    if (discount !== undefined && paid + body.amount > discount) {
      throw invalidRequest(`补差付款总额不能超过券的优惠金额 ${discount} 分（已补差 ${paid} 分）`)
    }
    const receipt: SubsidyPayReceipt = {
      subsidy_receipt_id: receiptId('11', now, state.next()),
      stock_id: stock.stock_id,
      coupon_code: coupon.coupon_code,
      transaction_id: body.transaction_id,
      payer_merchant: body.payer_merchant,
      payee_merchant: body.payee_merchant,
      amount: body.amount,
      description: body.description,
      status: 'PAY_RECEIPT_SUCCESS',
      success_time: rfc3339(now),
      out_subsidy_no: body.out_subsidy_no,
      create_time: rfc3339(now),
      returned: 0,
    }
    state.payReceipts.set(receipt.subsidy_receipt_id, receipt)
    return { body: payView(receipt) }
  },

  list_subsidy_pay_receipts: ({ query, state }) => {
    const list = [...state.payReceipts.values()].filter(
      (r) =>
        r.stock_id === query.stock_id &&
        r.coupon_code === query.coupon_code &&
        (query.out_subsidy_no === undefined || r.out_subsidy_no === query.out_subsidy_no),
    )
    // WeChat Pay only returns the list when the coupon had subsidy payments.
    return { body: list.length === 0 ? {} : { pay_receipt_list: list.map(payView) } }
  },

  get_subsidy_pay_receipt: ({ params, state }) => {
    const receipt = state.payReceipts.get(params.subsidy_receipt_id)
    if (receipt === undefined) throw notExists(`补差付款单不存在：${params.subsidy_receipt_id}`)
    return { body: payView(receipt) }
  },

  subsidy_return: ({ body, state, now }) => {
    const candidates = [...state.payReceipts.values()].filter(
      (r) =>
        r.stock_id === body.stock_id && r.coupon_code === body.coupon_code && r.transaction_id === body.transaction_id,
    )
    if (candidates.length === 0) throw notExists('没有找到该券与该微信支付订单的补差付款单')
    const receipt = candidates.find((r) => r.amount - r.returned >= body.amount)
    if (receipt === undefined) {
      const left = Math.max(...candidates.map((r) => r.amount - r.returned))
      throw invalidRequest(`补差回退金额 ${body.amount} 分超过可回退金额 ${left} 分`)
    }
    receipt.returned += body.amount
    receipt.status = receipt.returned === receipt.amount ? 'PAY_RECEIPT_FULL_RETURN' : 'PAY_RECEIPT_PARTIAL_RETURN'
    const back: SubsidyReturnReceipt = {
      subsidy_return_receipt_id: receiptId('21', now, state.next()),
      stock_id: receipt.stock_id,
      coupon_code: receipt.coupon_code,
      transaction_id: receipt.transaction_id,
      refund_id: body.refund_id,
      payer_merchant: body.payer_merchant,
      payee_merchant: body.payee_merchant,
      amount: body.amount,
      description: body.description,
      status: 'RETURN_RECEIPT_SUCCESS',
      return_done_time: rfc3339(now),
      subsidy_receipt_id: receipt.subsidy_receipt_id,
      out_subsidy_return_no: body.out_subsidy_return_no,
      return_create_time: rfc3339(now),
    }
    state.returnReceipts.set(back.subsidy_return_receipt_id!, back)
    return { body: { ...back } }
  },

  get_subsidy_return_receipt: ({ params, state }) => {
    const receipt = state.returnReceipts.get(params.subsidy_return_receipt_id)
    if (receipt === undefined) throw notExists(`补差回退单不存在：${params.subsidy_return_receipt_id}`)
    return { body: { ...receipt } }
  },
} satisfies Partial<BusifavorHandlers>
