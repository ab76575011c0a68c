// How the state looks in answers: each view is typed by the response schema it answers, so drift does not compile.
import { beijingDay, clone, compact, rfc3339 } from '../../util.js'
import type { BusifavorState, CodeRecord, CouponRecord, StockRecord } from './state.js'
import type { CouponCodeSnapshot, CouponSnapshot, CouponView, StockSnapshot } from './types.js'

export function stockView(state: BusifavorState, stock: StockRecord): StockSnapshot {
  const now = state.clock()
  const today = stock.sentByDay.get(beijingDay(now)) ?? 0
  const amount = state.discountAmount(stock)
  const view: StockSnapshot = {
    ...clone(stock.definition),
    stock_id: stock.stock_id,
    stock_state: stock.stock_state,
    coupon_code_mode: state.codeMode(stock),
    send_count_information: {
      total_send_num: stock.sent,
      today_send_num: today,
      ...(amount === undefined ? {} : { total_send_amount: amount * stock.sent, today_send_amount: amount * today }),
    },
  }
  if (state.codeMode(stock) === 'MERCHANT_UPLOAD') {
    let available = 0
    for (const code of stock.codes.values()) if (code.code_status === 'AVAILABLE') available++
    view.coupon_code_count = { total_count: stock.codes.size, available_count: available }
  }
  return view
}

export function codeView(code: CodeRecord): CouponCodeSnapshot {
  return compact({
    code: code.code,
    code_status: code.code_status,
    upload_time: rfc3339(code.upload_time),
    dispatched_time: code.dispatched_time === undefined ? undefined : rfc3339(code.dispatched_time),
    openid: code.openid,
    coupon_code: code.coupon_code,
  })
}

export function couponView(state: BusifavorState, coupon: CouponRecord): CouponView {
  const d = state.stock(coupon.stock_id).definition
  const t = (ms: number | undefined) => (ms === undefined ? undefined : rfc3339(ms))
  return compact({
    belong_merchant: d.belong_merchant,
    stock_name: d.stock_name,
    comment: d.comment,
    goods_name: d.goods_name,
    stock_type: d.stock_type,
    transferable: d.stock_send_rule.transferable,
    shareable: d.stock_send_rule.shareable,
    coupon_state: state.refresh(coupon).state,
    display_pattern_info: clone(d.display_pattern_info),
    coupon_use_rule: clone(d.coupon_use_rule),
    custom_entrance: clone(d.custom_entrance),
    coupon_code: coupon.coupon_code,
    stock_id: coupon.stock_id,
    available_start_time: rfc3339(coupon.available_start_time),
    expire_time: rfc3339(coupon.expire_time),
    receive_time: rfc3339(coupon.receive_time),
    send_request_no: coupon.send_request_no,
    use_request_no: coupon.use_request_no,
    use_time: t(coupon.use_time),
    associate_out_trade_no: coupon.associate_out_trade_no,
    return_request_no: coupon.return_request_no,
    return_time: t(coupon.return_time),
    deactivate_request_no: coupon.deactivate_request_no,
    deactivate_time: t(coupon.deactivate_time),
    deactivate_reason: coupon.deactivate_reason,
  })
}

export function couponSnapshot(state: BusifavorState, coupon: CouponRecord): CouponSnapshot {
  return {
    ...couponView(state, coupon),
    coupon_code: coupon.coupon_code,
    stock_id: coupon.stock_id,
    coupon_state: coupon.state,
    available_start_time: rfc3339(coupon.available_start_time),
    expire_time: rfc3339(coupon.expire_time),
    receive_time: rfc3339(coupon.receive_time),
    send_request_no: coupon.send_request_no,
    openid: coupon.openid,
    appid: coupon.appid,
  }
}
