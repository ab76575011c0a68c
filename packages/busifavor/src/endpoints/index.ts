import { deactivateCoupon } from './coupons.js'

/** Every busifavor endpoint, by id, in the order of the spec. */
export const endpoints = {
  deactivate_coupon: deactivateCoupon,
} as const

export type Endpoints = typeof endpoints
export type EndpointId = keyof Endpoints

export { deactivateCoupon }
