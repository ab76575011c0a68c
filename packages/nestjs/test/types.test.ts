import { type Busifavor, type CouponSendEvent, createBusifavor } from '@api/busifavor'
import type { WechatPayClient } from '@core/client'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type FacadeFactory,
  getWechatPayFacadeToken,
  InjectWechatPayClient,
  InjectWechatPayFacade,
  NotificationEvent,
  WechatPayModule,
  type WechatPayModuleAsyncOptions,
  type WechatPayModuleOptions,
  type WechatPayModuleRootOptions,
  WechatPayNotification,
} from '../src/index.js'

describe('types', () => {
  it('a family facade factory registers as is: createBusifavor is a FacadeFactory of Busifavor', () => {
    expectTypeOf(createBusifavor).toMatchTypeOf<FacadeFactory<Busifavor, any>>()
    expectTypeOf(createBusifavor).toMatchTypeOf<(client: WechatPayClient) => Busifavor>()
    expectTypeOf<WechatPayModuleRootOptions['facades']>().toMatchTypeOf<readonly unknown[] | undefined>()
    const root: WechatPayModuleRootOptions = {
      mchid: '1',
      serial: 'A',
      privateKey: '',
      facades: [createBusifavor, { factory: createBusifavor, options: {} }],
    }
    void root
    expectTypeOf(getWechatPayFacadeToken(createBusifavor)).toEqualTypeOf<string>()
    expectTypeOf(InjectWechatPayFacade(createBusifavor)).toMatchTypeOf<ParameterDecorator>()
  })

  it('WechatPayModuleOptions are the client options plus notifications', () => {
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
