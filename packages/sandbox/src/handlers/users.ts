import { notExists } from '../problem.js'
import { type Handler, optNum, optStr, str } from './types.js'

export const listUserCoupons: Handler = ({ params, query, state }) => {
  const openid = str(params, 'openid')
  const appid = str(query, 'appid')
  const stockId = optStr(query, 'stock_id')
  const couponState = optStr(query, 'coupon_state')
  const offset = optNum(query, 'offset') ?? 0
  const limit = optNum(query, 'limit') ?? 20
  // creator/belong/sender_merchant say in which role the caller asks; the sandbox has one merchant, so they do not filter.
  const matching = state
    .allCoupons()
    .filter(
      (c) =>
        c.openid === openid &&
        c.appid === appid &&
        (stockId === undefined || c.stock_id === stockId) &&
        (couponState === undefined || c.state === couponState),
    )
  return {
    body: {
      data: matching.slice(offset, offset + limit).map((c) => state.couponView(c)),
      total_count: matching.length,
      offset,
      limit,
    },
  }
}

export const getUserCoupon: Handler = ({ params, state }) => {
  const code = str(params, 'coupon_code')
  const coupon = state
    .couponsByCode(code)
    .find((c) => c.openid === str(params, 'openid') && c.appid === str(params, 'appid'))
  if (coupon === undefined) throw notExists(`用户券不存在：coupon_code=${code}（openid/appid 下没有这张券）`)
  return { body: state.couponView(coupon) }
}
