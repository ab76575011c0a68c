import { randomBytes } from 'node:crypto'
import { invalidRequest, notExists } from '../../../problem.js'
import { parseTime, rfc3339 } from '../../../util.js'
import { apply } from '../coupon-machine.js'
import type { BusifavorHandlers } from './handlers.js'

/** What associating needs from a payments family mounted next to busifavor (its `exports`). */
interface TradeLookup {
  order(outTradeNo: string): object | undefined
}

export const couponHandlers = {
  send_coupon: ({ body, state }) => {
    const coupon = state.sendCoupon({
      stock_id: body.stock_id,
      openid: body.openid,
      appid: body.appid,
      send_request_no: body.out_request_no,
      coupon_code: body.coupon_code,
      enforce: true,
    })
    const result = { stock_id: coupon.stock_id, out_request_no: body.out_request_no, coupon_code: coupon.coupon_code }
    // The sources disagree on the shape (Go/Java wrap it, wechatpay.im does not): answer both so either parser works.
    return { body: { send_coupon_result: result, ...result } }
  },

  send_product_coupon: ({ body, state }) => {
    const coupon = state.sendCoupon({
      stock_id: body.stock_id,
      openid: body.openid,
      appid: body.appid,
      send_request_no: body.out_request_no,
      coupon_code: body.coupon_code,
      enforce: true,
    })
    return { body: { stock_id: coupon.stock_id, coupon_code: coupon.coupon_code, out_request_no: body.out_request_no } }
  },

  presend_product_coupon: ({ body, state }) => {
    const stock = state.stock(body.stock_id)
    const token = `presend_${randomBytes(16).toString('base64url')}`
    state.presends.set(token, {
      stock_id: stock.stock_id,
      appid: body.appid,
      ...(body.openid === undefined ? {} : { openid: body.openid }),
      ...(body.coupon_code === undefined ? {} : { coupon_code: body.coupon_code }),
    })
    return { body: { token } }
  },

  use_coupon: ({ body, state, now }) => {
    const coupon = state.coupon(body.coupon_code, body.stock_id)
    if (body.stock_id === undefined && state.codeMode(state.stock(coupon.stock_id)) !== 'WECHATPAY_MODE') {
      throw invalidRequest('该批次的券 code 由商户指定（MERCHANT_API/MERCHANT_UPLOAD），核销时 stock_id 必填', {
        field: '/stock_id',
      })
    }
    if (body.openid !== undefined && body.openid !== coupon.openid) throw invalidRequest('openid 与券的持有人不一致')
    if (coupon.state === 'SENDED' && now < coupon.available_start_time) {
      throw invalidRequest(`券尚未到可用时间（${rfc3339(coupon.available_start_time)}）`)
    }
    apply('use', coupon)
    coupon.use_request_no = body.use_request_no
    coupon.use_time = now
    return { body: { stock_id: coupon.stock_id, openid: coupon.openid, wechatpay_use_time: rfc3339(now) } }
  },

  associate_trade: ({ body, state, now, family }) => {
    const coupon = state.coupon(body.coupon_code, body.stock_id)
    apply('associate', coupon)
    // The same merchant's payments, when the sandbox emulates them: the order must exist (any order number otherwise).
    const trades = family.use<TradeLookup>('pay')
    if (trades !== undefined && trades.order(body.out_trade_no) === undefined) {
      throw notExists(`订单不存在：out_trade_no=${body.out_trade_no}（关联的订单须已在本商户下单）`, {
        out_trade_no: body.out_trade_no,
      })
    }
    if (coupon.associate_out_trade_no !== undefined && coupon.associate_out_trade_no !== body.out_trade_no) {
      throw invalidRequest(`券已关联订单 ${coupon.associate_out_trade_no}，请先取消关联`)
    }
    coupon.associate_out_trade_no = body.out_trade_no
    return { body: { wechatpay_associate_time: rfc3339(now) } }
  },

  disassociate_trade: ({ body, state, now }) => {
    const coupon = state.coupon(body.coupon_code, body.stock_id)
    if (coupon.associate_out_trade_no !== body.out_trade_no) {
      throw invalidRequest(`券未与订单 ${body.out_trade_no} 关联，无法取消关联`, {
        associate_out_trade_no: coupon.associate_out_trade_no ?? null,
      })
    }
    delete coupon.associate_out_trade_no
    return { body: { wechatpay_disassociate_time: rfc3339(now) } }
  },

  return_coupon: ({ body, state, now }) => {
    const coupon = state.coupon(body.coupon_code, body.stock_id)
    // Back to SENDED: a returned coupon is usable again (and expires normally if its window has passed).
    apply('return', coupon)
    coupon.return_request_no = body.return_request_no
    coupon.return_time = now
    delete coupon.use_request_no
    delete coupon.use_time
    state.refresh(coupon)
    return { body: { wechatpay_return_time: rfc3339(now) } }
  },

  deactivate_coupon: ({ body, state, now }) => {
    const coupon = state.coupon(body.coupon_code, body.stock_id)
    apply('deactivate', coupon)
    coupon.deactivate_request_no = body.deactivate_request_no
    coupon.deactivate_time = now
    if (body.deactivate_reason !== undefined) coupon.deactivate_reason = body.deactivate_reason
    return { body: { wechatpay_deactivate_time: rfc3339(now) } }
  },

  send_gov_card: ({ params, body, state, now }) => {
    if (parseTime(body.send_time) < now - 24 * 3600 * 1000) {
      throw invalidRequest('send_time 不能早于当前时间 24 小时以上')
    }
    const card_code = `6${String(state.next()).padStart(17, '0')}`
    state.cards.set(card_code, {
      card_id: params.card_id,
      appid: body.appid,
      openid: body.openid,
      out_request_no: body.out_request_no,
    })
    return { body: { card_code } }
  },
} satisfies Partial<BusifavorHandlers>
