import { type Busifavor, createBusifavor } from '@api/busifavor'
import type { WechatPayClient } from '@core/client'
import { Inject, Injectable } from '@nestjs/common'
import { splitOptions, type WechatPayModuleOptions } from './options.js'
import { WECHATPAY_CLIENT, WECHATPAY_OPTIONS } from './tokens.js'

// A base class whose instances carry the facade's methods, so the injectable class below is typed as `Busifavor`
// without restating its 27 endpoints (they stay defined once, in @api/busifavor).
const BusifavorFacade = class {
  constructor(facade: Busifavor) {
    Object.assign(this, facade)
  }
} as new (
  facade: Busifavor,
) => Busifavor

/**
 * Every 商家券 endpoint of `@api/busifavor` as an injectable service, bound to the module's client: inject it by
 * class. Each method validates its input, signs, sends, verifies and resolves with the typed answer.
 * @example
 * ```ts
 * @Injectable()
 * class CouponService {
 *   constructor(@Inject(BusifavorService) private readonly busifavor: BusifavorService) {}
 *   deactivate(coupon_code: string, stock_id: string) {
 *     return this.busifavor.deactivateCoupon({ coupon_code, stock_id, deactivate_request_no: createRequestNo() })
 *   }
 * }
 * ```
 */
@Injectable()
export class BusifavorService extends BusifavorFacade {
  constructor(
    @Inject(WECHATPAY_CLIENT) client: WechatPayClient,
    @Inject(WECHATPAY_OPTIONS) options: WechatPayModuleOptions,
  ) {
    const { busifavor } = splitOptions(options)
    super(createBusifavor(client, busifavor))
  }
}
