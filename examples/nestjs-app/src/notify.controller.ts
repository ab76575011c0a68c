import { NotificationEvent, WechatPayNotification } from '@adapters/nestjs'
import { type CouponSendEvent, parseCouponSendNotification } from '@api/busifavor'
import { Controller, Inject, Logger, Post } from '@nestjs/common'
import { CouponLedger } from './coupon.ledger.js'

/** The URL to register as the 商家券 notify_url: `https://your.host/wechatpay/notify`. */
@Controller('wechatpay')
export class NotifyController {
  readonly #logger = new Logger(NotifyController.name)

  constructor(@Inject(CouponLedger) private readonly ledger: CouponLedger) {}

  // The guard has verified the signature over the raw body and decrypted the resource; this runs once per
  // notification id. Returning answers 204; throwing answers 500 so WeChat Pay redelivers later.
  @Post('notify')
  @WechatPayNotification()
  received(@NotificationEvent(parseCouponSendNotification) event: CouponSendEvent): void {
    const record = this.ledger.recordReceived(event)
    this.#logger.log(`COUPON.SEND ${record.coupon_code} (stock ${record.stock_id}), notification ${event.id}`)
  }
}
