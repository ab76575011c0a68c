import {
  type ApiResponse,
  type ChainNode,
  createClient,
  isApiError,
  isValidationError,
  type ValidationIssue,
  type WechatPayClient,
} from '@core/client'
import type { PlatformKeys, VerifiedNotification } from '@core/signer'
import { describe, expectTypeOf, it } from 'vitest'

// Compile-time checks of the public API (run by `tsc --noEmit`); the runtime part only keeps vitest happy.
describe('public types', () => {
  it('createClient returns a WechatPayClient whose request result is generic', () => {
    expectTypeOf(createClient).returns.toEqualTypeOf<WechatPayClient>()
    type Request = WechatPayClient['request']
    expectTypeOf<ReturnType<Request>>().toEqualTypeOf<Promise<ApiResponse<unknown>>>()
    const typed = (client: WechatPayClient) => client.request<{ stock_id: string }>({ method: 'GET', url: '/v3/x' })
    expectTypeOf(typed).returns.resolves.toHaveProperty('data').toEqualTypeOf<{ stock_id: string }>()
  })

  it('any chained path is a ChainNode; verbs take a type argument', () => {
    const chained = (client: WechatPayClient) => client.v3!.marketing!.busifavor!['{stock_id}']!
    expectTypeOf(chained).returns.toEqualTypeOf<ChainNode>()
    const verb = (client: WechatPayClient) => client.chain('v3/a').get<{ a: number }>()
    expectTypeOf(verb).returns.resolves.toEqualTypeOf<ApiResponse<{ a: number }>>()
  })

  it('named members keep their own types', () => {
    expectTypeOf<WechatPayClient['mchid']>().toEqualTypeOf<string>()
    expectTypeOf<WechatPayClient['platformKeys']>().toEqualTypeOf<PlatformKeys>()
    expectTypeOf<ReturnType<WechatPayClient['verifyNotification']>>().toEqualTypeOf<
      Promise<VerifiedNotification<unknown>>
    >()
  })

  it('guards narrow', () => {
    const check = (error: unknown) => {
      if (isValidationError(error)) expectTypeOf(error.issues).toEqualTypeOf<ValidationIssue[]>()
      if (isApiError(error)) expectTypeOf(error.code).toEqualTypeOf<string>()
    }
    void check
  })

  it('bad calls do not compile', () => {
    const bad = (client: WechatPayClient) => {
      // @ts-expect-error: the method must be an HTTP verb.
      void client.request({ method: 'FETCH', url: '/v3/x' })
      // @ts-expect-error: url is required.
      void client.request({ method: 'GET' })
      // @ts-expect-error: params are strings or numbers.
      void client.chain('v3/x').get({ params: { id: {} } })
    }
    void bad
  })
})
