// Compile-time checks of the typed routes (run by `tsc --noEmit` of this package, noUncheckedIndexedAccess on); the
// runtime part only keeps vitest happy. The generated compile test (test/generated) calls every operation.
import type { ApiResponse, ChainNode, Encrypted, RouteOptions, RouteResponse, WechatPayClient } from '@core/client'
import type { VerifiedNotification } from '@core/signer'
import { describe, expectTypeOf, it } from 'vitest'
import '../src/index.js'

type Jsapi = 'POST /v3/pay/transactions/jsapi'

describe('typed routes', () => {
  it('request(route), chained properties, chain(path) and client[path] give the same typed answer', () => {
    const calls = (client: WechatPayClient, json: RouteOptions<Jsapi>['json']) => [
      client.request('POST /v3/pay/transactions/jsapi', { json }),
      client.v3.pay.transactions.jsapi.post({ json }),
      client.chain('v3/pay/transactions/jsapi').post({ json }),
      client['v3/pay/transactions/jsapi'].post({ json }),
    ]
    expectTypeOf(calls).returns.items.resolves.toEqualTypeOf<ApiResponse<RouteResponse<Jsapi>>>()
    expectTypeOf<RouteResponse<Jsapi>>().toHaveProperty('prepay_id').toEqualTypeOf<string>()
  })

  it('path slots are required params; a GET answer is typed (curated enums closed)', () => {
    const query = (client: WechatPayClient) =>
      client.v3.pay.transactions.id['{transaction_id}'].get({
        params: { transaction_id: '4200' },
        query: { mchid: '1' },
      })
    expectTypeOf(query)
      .returns.resolves.toHaveProperty('data')
      .toHaveProperty('trade_state')
      .toEqualTypeOf<'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | undefined>()
  })

  it('a reference response enum stays open to values WeChat Pay adds; a 204 answers undefined', () => {
    type Bill = RouteResponse<'GET /v3/merchant-service/complaints-v2'>
    expectTypeOf<Bill>().not.toBeAny()
    type Close = RouteResponse<'POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close'>
    expectTypeOf<Close>().toEqualTypeOf<undefined>()
  })

  it('encrypted fields take only what client.encrypt() makes', () => {
    const ok = (client: WechatPayClient) =>
      client.request('POST /v3/profitsharing/orders', {
        json: {
          appid: 'wx8888888888888888',
          transaction_id: '4208450740201411110007820472',
          out_order_no: 'P20150806125346',
          receivers: [
            { type: 'PERSONAL_OPENID', account: 'o-1', name: client.encrypt('张三'), amount: 1, description: 'x' },
          ],
          unfreeze_unsplit: true,
        },
      })
    const plain = (client: WechatPayClient) =>
      client.request('POST /v3/profitsharing/orders', {
        json: {
          appid: 'wx8888888888888888',
          transaction_id: '4208450740201411110007820472',
          out_order_no: 'P20150806125346',
          // @ts-expect-error: a plaintext where WeChat Pay expects a ciphertext of its own key
          receivers: [{ type: 'PERSONAL_OPENID', account: 'o-1', name: '张三', amount: 1, description: 'x' }],
          unfreeze_unsplit: true,
        },
      })
    expectTypeOf<ReturnType<WechatPayClient['encrypt']>>().toEqualTypeOf<Encrypted>()
    expectTypeOf<Encrypted>().toExtend<string>()
    void [ok, plain]
  })

  it('typos are type errors: route, path, segment, field, enum value, missing required part', () => {
    const bad = async (client: WechatPayClient) => {
      // @ts-expect-error: no such route (the error lists the nearest: POST /v3/pay/transactions/jsapi …)
      await client.request('POST /v3/pay/transactions/jsapl', { json: {} })
      // @ts-expect-error: the route exists with another method only
      await client.request('GET /v3/pay/transactions/jsapi')
      // @ts-expect-error: no such chain path
      client.chain('v3/pay/transactions/jsapl')
      // @ts-expect-error: Property 'transactoins' does not exist… Did you mean 'transactions'?
      void client.v3.pay.transactoins
      // @ts-expect-error: Did you mean to write 'appid'?
      await client.v3.pay.transactions.jsapi.post({ json: { apid: 'x' } })
      // @ts-expect-error: params are required for a path with slots
      await client.request('GET /v3/pay/transactions/id/{transaction_id}')
      await client.request('GET /v3/bill/tradebill', {
        // @ts-expect-error: not one of the listed bill types
        query: { bill_date: '2025-01-01', bill_type: 'EVERYTHING' },
      })
      // @ts-expect-error: Idempotency-Key is a required header of this route
      await client.request('POST /v3/marketing/partnerships/build', { json: {} as never })
      await client.request('POST /v3/marketing/partnerships/build', {
        json: {} as never,
        headers: { 'Idempotency-Key': 'k' },
      })
      // @ts-expect-error: `.delete` on a node is the DELETE verb, so the property chain cannot reach …/receivers/delete
      void client.v3.profitsharing.receivers.delete.post
    }
    void bad
  })

  it('the escape hatch: the object form and chain<unknown>() take any path, untyped', () => {
    const untyped = async (client: WechatPayClient) => {
      const a = await client.request<{ id: string }>({ method: 'POST', url: '/v3/brand-new/api', json: { any: 1 } })
      expectTypeOf(a.data).toEqualTypeOf<{ id: string }>()
      const node = client.chain<unknown>('v3/brand-new/api')
      expectTypeOf(node).toEqualTypeOf<ChainNode>()
      const b = await node.post<{ n: number }>({ json: { whatever: true } })
      expectTypeOf(b.data).toEqualTypeOf<{ n: number }>()
    }
    void untyped
  })

  it('verifyNotification<EventType> types the resource; without a type argument it stays unknown', () => {
    const typed = (client: WechatPayClient) => client.verifyNotification<'REFUND.SUCCESS'>({ headers: {}, body: '' })
    expectTypeOf(typed)
      .returns.resolves.toHaveProperty('resource')
      .toHaveProperty('refund_status')
      .toEqualTypeOf<'SUCCESS' | 'CLOSED' | 'ABNORMAL'>()
    expectTypeOf(typed).returns.resolves.toHaveProperty('event_type').toEqualTypeOf<'REFUND.SUCCESS'>()
    const reference = (client: WechatPayClient) =>
      client.verifyNotification<'PAYSCORE.USER_PAID'>({ headers: {}, body: '' })
    expectTypeOf(reference)
      .returns.resolves.toHaveProperty('resource')
      .toHaveProperty('service_id')
      .toEqualTypeOf<string>()
    const plain = (client: WechatPayClient) => client.verifyNotification({ headers: {}, body: '' })
    expectTypeOf(plain).returns.resolves.toEqualTypeOf<VerifiedNotification<unknown>>()
    const own = (client: WechatPayClient) => client.verifyNotification<{ mine: 1 }>({ headers: {}, body: '' })
    expectTypeOf(own).returns.resolves.toEqualTypeOf<VerifiedNotification<{ mine: 1 }>>()
  })
})
