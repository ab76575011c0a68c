import type { WechatPayClient } from '@core/client'
import type { RedisDedupeClient, VerifiedNotification } from '@core/client/notifications'
import type { Request, RequestHandler } from 'express'
import type { Redis } from 'ioredis'
import { describe, expectTypeOf, it } from 'vitest'
import { type WechatPayNotificationsOptions, wechatpay, wechatpayNotifications } from '../src/index.js'
import { APIV3_KEY, type CouponSend, platformKeys } from './helpers.js'

// Checked by `tsc --noEmit` (the test directory is part of the package's tsconfig); the runtime asserts are trivial.
describe('public types', () => {
  it('req.wechatpay is typed on every Express request by declaration merging', () => {
    expectTypeOf<Request['wechatpay']>().toEqualTypeOf<WechatPayClient>()
  })

  it('onNotification(event, req) receives the typed, decrypted resource and the Express request', () => {
    const middleware = wechatpayNotifications<CouponSend>({
      platformKeys,
      apiv3Key: APIV3_KEY,
      onNotification: (event, req) => {
        expectTypeOf(event).toEqualTypeOf<VerifiedNotification<CouponSend>>()
        expectTypeOf(event.resource.coupon_code).toBeString()
        expectTypeOf(req).toEqualTypeOf<Request>()
      },
    })
    expectTypeOf(middleware).toEqualTypeOf<RequestHandler>()
    expectTypeOf(wechatpay({ client: {} as WechatPayClient })).toEqualTypeOf<RequestHandler>()
    // @ts-expect-error the client must be a @core/client client
    wechatpay({ client: { request: 1 } })
  })

  it('the options need keys or a client, and onNotification', () => {
    // @ts-expect-error onNotification is required
    const noHandler: WechatPayNotificationsOptions = { platformKeys, apiv3Key: APIV3_KEY }
    // @ts-expect-error platformKeys + apiv3Key, or client, are required
    const noKeys: WechatPayNotificationsOptions = { onNotification: () => {} }
    expectTypeOf(noHandler).toEqualTypeOf(noKeys)
  })

  it('an ioredis client fits RedisDedupeStore structurally', () => {
    expectTypeOf<Redis>().toMatchTypeOf<RedisDedupeClient>()
  })
})
