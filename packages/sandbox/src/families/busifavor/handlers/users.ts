import { notExists } from '../../../problem.js'
import { couponView } from '../views.js'
import type { BusifavorHandlers } from './handlers.js'

export const userHandlers = {
  list_user_coupons: ({ params, query, state }) => {
    const offset = query.offset ?? 0
    const limit = query.limit ?? 20
    // creator/belong/sender_merchant say in which role the caller asks; the sandbox has one merchant, so they do not
    // filter.
    const matching = state
      .allCoupons()
      .filter(
        (c) =>
          c.openid === params.openid &&
          c.appid === query.appid &&
          (query.stock_id === undefined || c.stock_id === query.stock_id) &&
          (query.coupon_state === undefined || c.state === query.coupon_state),
      )
    return {
      body: {
        data: matching.slice(offset, offset + limit).map((c) => couponView(state, c)),
        total_count: matching.length,
        offset,
        limit,
      },
    }
  },

  get_user_coupon: ({ params, state }) => {
    const coupon = state
      .couponsByCode(params.coupon_code)
      .find((c) => c.openid === params.openid && c.appid === params.appid)
    if (coupon === undefined) {
      throw notExists(`用户券不存在：coupon_code=${params.coupon_code}（openid/appid 下没有这张券）`)
    }
    return { body: couponView(state, coupon) }
  },
} satisfies Partial<BusifavorHandlers>
