import type { FamilyContext } from '../../family.js'
import { DAY_MS, rfc3339 } from '../../util.js'
import type { BusifavorSeed } from './seed.js'
import type { BusifavorState } from './state.js'

/**
 * The example values of WeChat Pay's busifavor pages (and of the SDK docs that copy them), pre-loaded by
 * `seedExamples: true` / `--seed-examples` so documentation snippets run unchanged against the sandbox.
 */
export const SANDBOX_EXAMPLES = Object.freeze({
  /** 使券失效 / 申请退券 example: a SENDED coupon (so deactivate succeeds; return needs USED and is refused). */
  deactivate: {
    stock_id: '1234567891',
    coupon_code: 'sxxe34343434',
    deactivate_request_no: '1002600620019090123143254436',
    deactivate_reason: '此券使用时间设置错误',
  },
  /** 核销 / 关联订单 / 取消关联 / 向用户发券 example: a MERCHANT_API stock whose coupon was sent with this request-no. */
  use: {
    stock_id: '100088',
    coupon_code: 'sxxe34343434',
    openid: 'xsd3434454567676',
    appid: 'wx1234567889999',
    out_request_no: '1002600620019090123143254435',
    out_trade_no: 'MCH_102233445',
  },
  /** 查询商家券详情 / 查询预存code详情 example: a MERCHANT_UPLOAD stock holding the AVAILABLE code `1212`. */
  stock: { stock_id: '1212', coupon_code: '1212' },
  /** 修改商家券基本信息 example. */
  modifyStock: { stock_id: '101156451224' },
  /** 修改批次预算 / 上传预存code example: max_coupons 500, max_coupons_by_day 300, MERCHANT_UPLOAD. */
  budget: { stock_id: '98065001', current_max_coupons: 500, current_max_coupons_by_day: 300 },
  /** 根据过滤条件查询用户券 / 查询用户单张券详情 example. */
  user: { stock_id: '9865000', openid: '2323dfsdf342342', appid: 'wx233544546545989', coupon_code: '123446565767' },
  /** 营销补差 examples: a USED coupon with a paid subsidy and a partial return on it. */
  subsidy: {
    stock_id: '128888000000001',
    coupon_code: 'ABCD12345678',
    transaction_id: '4200000913202101152566792388',
    payer_merchant: '1900000001',
    payee_merchant: '1900000002',
    subsidy_receipt_id: '1120200119165100000000000001',
    subsidy_return_receipt_id: '2120200119165100000000000001',
  },
})

/** Loads {@link SANDBOX_EXAMPLES} into a sandbox. */
export function loadExamples(seed: BusifavorSeed, state: BusifavorState, context: FamilyContext): void {
  const now = context.clock()
  const window = {
    coupon_available_time: {
      available_begin_time: rfc3339(now - DAY_MS),
      available_end_time: rfc3339(now + 364 * DAY_MS),
    },
  }
  const d = SANDBOX_EXAMPLES.deactivate
  seed.createStock({ stock_id: d.stock_id, coupon_code_mode: 'MERCHANT_API', coupon_use_rule: window })
  seed.sendCoupon({
    stock_id: d.stock_id,
    coupon_code: d.coupon_code,
    openid: SANDBOX_EXAMPLES.use.openid,
    appid: SANDBOX_EXAMPLES.use.appid,
    notify: false,
  })

  // Sent through the real pipeline so the documented send request replays its original answer (same request-no).
  const u = SANDBOX_EXAMPLES.use
  seed.createStock({ stock_id: u.stock_id, coupon_code_mode: 'MERCHANT_API', coupon_use_rule: window })
  const sendBody = {
    openid: u.openid,
    appid: u.appid,
    stock_id: u.stock_id,
    out_request_no: u.out_request_no,
    coupon_code: u.coupon_code,
  }
  context.execute('send_coupon', { json: sendBody })

  const s = SANDBOX_EXAMPLES.stock
  seed.createStock({ stock_id: s.stock_id, coupon_code_mode: 'MERCHANT_UPLOAD', coupon_use_rule: window })
  seed.uploadCodes(s.stock_id, [s.coupon_code])
  seed.createStock({ stock_id: SANDBOX_EXAMPLES.modifyStock.stock_id, coupon_use_rule: window })

  const b = SANDBOX_EXAMPLES.budget
  seed.createStock({
    stock_id: b.stock_id,
    stock_type: 'DISCOUNT',
    coupon_code_mode: 'MERCHANT_UPLOAD',
    coupon_use_rule: window,
    stock_send_rule: { max_coupons: b.current_max_coupons, max_coupons_by_day: b.current_max_coupons_by_day },
  })

  const user = SANDBOX_EXAMPLES.user
  seed.createStock({ stock_id: user.stock_id, coupon_code_mode: 'MERCHANT_API', coupon_use_rule: window })
  seed.sendCoupon({
    stock_id: user.stock_id,
    coupon_code: user.coupon_code,
    openid: user.openid,
    appid: user.appid,
    notify: false,
  })

  const sub = SANDBOX_EXAMPLES.subsidy
  seed.createStock({
    stock_id: sub.stock_id,
    coupon_code_mode: 'MERCHANT_API',
    coupon_use_rule: { ...window, fixed_normal_coupon: { discount_amount: 10_000, transaction_minimum: 20_000 } },
  })
  seed.sendCoupon({ stock_id: sub.stock_id, coupon_code: sub.coupon_code, coupon_state: 'USED', notify: false })
  state.payReceipts.set(sub.subsidy_receipt_id, {
    subsidy_receipt_id: sub.subsidy_receipt_id,
    stock_id: sub.stock_id,
    coupon_code: sub.coupon_code,
    transaction_id: sub.transaction_id,
    payer_merchant: sub.payer_merchant,
    payee_merchant: sub.payee_merchant,
    amount: 200,
    description: '沙箱示例补差',
    status: 'PAY_RECEIPT_PARTIAL_RETURN',
    success_time: rfc3339(now),
    out_subsidy_no: 'sandbox-example-subsidy-0001',
    create_time: rfc3339(now),
    returned: 50,
  })
  state.returnReceipts.set(sub.subsidy_return_receipt_id, {
    subsidy_return_receipt_id: sub.subsidy_return_receipt_id,
    stock_id: sub.stock_id,
    coupon_code: sub.coupon_code,
    transaction_id: sub.transaction_id,
    refund_id: '50100506732021010105138718375',
    payer_merchant: sub.payer_merchant,
    payee_merchant: sub.payee_merchant,
    amount: 50,
    description: '沙箱示例补差回退',
    status: 'RETURN_RECEIPT_SUCCESS',
    return_done_time: rfc3339(now),
    subsidy_receipt_id: sub.subsidy_receipt_id,
    out_subsidy_return_no: 'sandbox-example-return-0001',
    return_create_time: rfc3339(now),
  })
}
