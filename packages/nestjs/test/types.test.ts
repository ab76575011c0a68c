import type { Busifavor, CouponSendEvent } from '@api/busifavor'
import type { WechatPayClient } from '@core/client'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type BusifavorService,
  InjectWechatPayClient,
  NotificationEvent,
  WechatPayModule,
  type WechatPayModuleAsyncOptions,
  type WechatPayModuleOptions,
  WechatPayNotification,
} from '../src/index.js'

describe('types', () => {
  it('BusifavorService carries every facade method with its typed input and output', () => {
    expectTypeOf<BusifavorService>().toMatchTypeOf<Busifavor>()
    expectTypeOf<BusifavorService['deactivateCoupon']>().toEqualTypeOf<Busifavor['deactivateCoupon']>()
    expectTypeOf<Awaited<ReturnType<BusifavorService['deactivateCoupon']>>>()
      .toHaveProperty('wechatpay_deactivate_time')
      .toEqualTypeOf<string>()
  })

  it('WechatPayModuleOptions are the client options plus busifavor and notifications', () => {
    expectTypeOf<WechatPayModuleOptions['mchid']>().toEqualTypeOf<string>()
    // @ts-expect-error the controller is the handler, not an option
    const bad: WechatPayModuleOptions['notifications'] = { onNotification: () => {} }
    void bad
  })

  it('forRootAsync takes a typed factory and refuses a factory returning something else', () => {
    expectTypeOf(WechatPayModule.forRootAsync).parameter(0).toEqualTypeOf<WechatPayModuleAsyncOptions>()
    // @ts-expect-error createWechatPayOptions is missing
    const options: WechatPayModuleAsyncOptions = { useClass: class {} }
    void options
  })

  it('the decorators are a method, a parameter and a property-or-parameter decorator', () => {
    expectTypeOf(WechatPayNotification()).toEqualTypeOf<MethodDecorator>()
    expectTypeOf(NotificationEvent()).toEqualTypeOf<ParameterDecorator>()
    expectTypeOf(InjectWechatPayClient()).toMatchTypeOf<ParameterDecorator>()
    expectTypeOf<CouponSendEvent['event_type']>().toEqualTypeOf<'COUPON.SEND'>()
    expectTypeOf<WechatPayClient['close']>().returns.resolves.toBeVoid()
  })
})
