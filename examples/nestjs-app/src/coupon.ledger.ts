import type { CouponSendEvent } from '@api/busifavor'
import { Injectable } from '@nestjs/common'

export interface ReceivedCoupon {
  coupon_code: string
  stock_id: string
  openid: string | undefined
  send_time: string
  /** The notification id: the key that makes handling idempotent. */
  notification_id: string
}

/** Where the app records the coupons users received. In memory here; a table in a real app. */
@Injectable()
export class CouponLedger {
  readonly #received = new Map<string, ReceivedCoupon>()

  recordReceived(event: CouponSendEvent): ReceivedCoupon {
    const { coupon_code, stock_id, openid, send_time } = event.resource
    const record = { coupon_code, stock_id, openid, send_time, notification_id: event.id }
    this.#received.set(coupon_code, record)
    return record
  }

  find(couponCode: string): ReceivedCoupon | undefined {
    return this.#received.get(couponCode)
  }
}
