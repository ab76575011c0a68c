// industry-coupon: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface IndustryCouponTokensPostJson {
  /** 用户标识 */
  open_id: string
  /** 出行券列表 */
  coupon_list: readonly {
    /** 批次号 */
    stock_id: number
    /** 券ID */
    coupon_id: string
  }[]
}

/** 出行券切卡组件预下单: the options of `POST /v3/industry-coupon/tokens`. */
export interface IndustryCouponTokensPostOptions extends RouteCallOptions {
  json: IndustryCouponTokensPostJson
}

/** 出行券切卡组件预下单: what `POST /v3/industry-coupon/tokens` answers. */
export type IndustryCouponTokensPostResponse = {
  /** 切卡组件token值 */
  token?: string
  /** token过期时间 */
  expires_time?: string
}
