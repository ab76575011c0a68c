import { randomBytes } from 'node:crypto'
import { invalidRequest } from '../problem.js'
import { parseTime, rfc3339 } from '../util.js'
import { type Handler, optStr, str } from './types.js'

export const sendCoupon: Handler = ({ body, state }) => {
  const coupon = state.sendCoupon({
    stock_id: str(body, 'stock_id'),
    openid: str(body, 'openid'),
    appid: str(body, 'appid'),
    send_request_no: str(body, 'out_request_no'),
    coupon_code: optStr(body, 'coupon_code'),
    enforce: true,
  })
  const result = {
    stock_id: coupon.stock_id,
    out_request_no: str(body, 'out_request_no'),
    coupon_code: coupon.coupon_code,
  }
  // The sources disagree on the shape (Go/Java wrap it, wechatpay.im does not): answer both so either parser works.
  return { body: { send_coupon_result: result, ...result } }
}

export const sendProductCoupon: Handler = ({ body, state }) => {
  const coupon = state.sendCoupon({
    stock_id: str(body, 'stock_id'),
    openid: str(body, 'openid'),
    appid: str(body, 'appid'),
    send_request_no: str(body, 'out_request_no'),
    coupon_code: optStr(body, 'coupon_code'),
    enforce: true,
  })
  return {
    body: { stock_id: coupon.stock_id, coupon_code: coupon.coupon_code, out_request_no: str(body, 'out_request_no') },
  }
}

export const presendProductCoupon: Handler = ({ body, state }) => {
  const stock = state.stock(str(body, 'stock_id'))
  const token = `presend_${randomBytes(16).toString('base64url')}`
  state.presends.set(token, {
    stock_id: stock.stock_id,
    appid: str(body, 'appid'),
    openid: optStr(body, 'openid'),
    coupon_code: optStr(body, 'coupon_code'),
  })
  return { body: { token } }
}

export const useCoupon: Handler = ({ body, state, now }) => {
  const stockId = optStr(body, 'stock_id')
  const coupon = state.coupon(str(body, 'coupon_code'), stockId)
  if (stockId === undefined && state.codeMode(state.stock(coupon.stock_id)) !== 'WECHATPAY_MODE') {
    throw invalidRequest('该批次的券 code 由商户指定（MERCHANT_API/MERCHANT_UPLOAD），核销时 stock_id 必填', {
      field: '/stock_id',
    })
  }
  const openid = optStr(body, 'openid')
  if (openid !== undefined && openid !== coupon.openid) throw invalidRequest('openid 与券的持有人不一致')
  if (coupon.state !== 'SENDED') {
    throw invalidRequest(`券状态为 ${coupon.state}，只有可用（SENDED）状态的券可以核销`, { coupon_state: coupon.state })
  }
  if (now < coupon.available_start_time) {
    throw invalidRequest(`券尚未到可用时间（${rfc3339(coupon.available_start_time)}）`)
  }
  coupon.state = 'USED'
  coupon.use_request_no = str(body, 'use_request_no')
  coupon.use_time = now
  return { body: { stock_id: coupon.stock_id, openid: coupon.openid, wechatpay_use_time: rfc3339(now) } }
}

export const associateTrade: Handler = ({ body, state, now }) => {
  const coupon = state.coupon(str(body, 'coupon_code'), str(body, 'stock_id'))
  if (coupon.state !== 'SENDED') {
    throw invalidRequest(`券状态为 ${coupon.state}，只能为可用（SENDED）状态的券关联订单`, {
      coupon_state: coupon.state,
    })
  }
  const trade = str(body, 'out_trade_no')
  if (coupon.associate_out_trade_no !== undefined && coupon.associate_out_trade_no !== trade) {
    throw invalidRequest(`券已关联订单 ${coupon.associate_out_trade_no}，请先取消关联`)
  }
  coupon.associate_out_trade_no = trade
  return { body: { wechatpay_associate_time: rfc3339(now) } }
}

export const disassociateTrade: Handler = ({ body, state, now }) => {
  const coupon = state.coupon(str(body, 'coupon_code'), str(body, 'stock_id'))
  const trade = str(body, 'out_trade_no')
  if (coupon.associate_out_trade_no !== trade) {
    throw invalidRequest(`券未与订单 ${trade} 关联，无法取消关联`, {
      associate_out_trade_no: coupon.associate_out_trade_no ?? null,
    })
  }
  delete coupon.associate_out_trade_no
  return { body: { wechatpay_disassociate_time: rfc3339(now) } }
}

export const returnCoupon: Handler = ({ body, state, now }) => {
  const coupon = state.coupon(str(body, 'coupon_code'), str(body, 'stock_id'))
  if (coupon.state !== 'USED') {
    throw invalidRequest(`券状态为 ${coupon.state}，只有已核销（USED）的券可以退券`, { coupon_state: coupon.state })
  }
  // Back to SENDED: a returned coupon is usable again (and expires normally if its window has passed).
  coupon.state = 'SENDED'
  coupon.return_request_no = str(body, 'return_request_no')
  coupon.return_time = now
  delete coupon.use_request_no
  delete coupon.use_time
  state.refresh(coupon)
  return { body: { wechatpay_return_time: rfc3339(now) } }
}

export const deactivateCoupon: Handler = ({ body, state, now }) => {
  const coupon = state.coupon(str(body, 'coupon_code'), str(body, 'stock_id'))
  if (coupon.state !== 'SENDED') {
    throw invalidRequest(`券状态为 ${coupon.state}，只有可用（SENDED）状态的券可以失效`, { coupon_state: coupon.state })
  }
  coupon.state = 'DEACTIVATED'
  coupon.deactivate_request_no = str(body, 'deactivate_request_no')
  coupon.deactivate_time = now
  const reason = optStr(body, 'deactivate_reason')
  if (reason !== undefined) coupon.deactivate_reason = reason
  return { body: { wechatpay_deactivate_time: rfc3339(now) } }
}

export const sendGovCard: Handler = ({ params, body, state, now }) => {
  const sendTime = parseTime(str(body, 'send_time'))
  if (sendTime < now - 24 * 3600 * 1000) throw invalidRequest('send_time 不能早于当前时间 24 小时以上')
  const card_code = `6${String(state.next()).padStart(17, '0')}`
  state.cards.set(card_code, {
    card_id: str(params, 'card_id'),
    appid: str(body, 'appid'),
    openid: str(body, 'openid'),
    out_request_no: str(body, 'out_request_no'),
  })
  return { body: { card_code } }
}
