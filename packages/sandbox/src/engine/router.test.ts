import type { AnyEndpoint as EndpointDefinition } from '@core/kit/define'
import { describe, expect, it } from 'vitest'
import { Router } from './router.js'

const endpoint = (id: string, method: string, path: string) => ({ id, method, path }) as unknown as EndpointDefinition

describe('Router', () => {
  const router = new Router([
    endpoint('by_card', 'POST', '/v3/coupons/{card_id}/send'),
    endpoint('literal', 'POST', '/v3/coupons/special/send'),
    endpoint('get_one', 'GET', '/v3/stocks/{stock_id}'),
  ])

  it('match() prefers a literal segment over a {param} and returns raw params', () => {
    expect(router.match('POST', '/v3/coupons/special/send')).toMatchObject({
      kind: 'match',
      match: { endpoint: { id: 'literal' } },
    })
    expect(router.match('POST', '/v3/coupons/a%2Fb/send')).toMatchObject({
      kind: 'match',
      match: { endpoint: { id: 'by_card' }, rawParams: { card_id: 'a%2Fb' } },
    })
  })

  it('match() with another method reports the allowed ones; an unknown path reports none', () => {
    expect(router.match('DELETE', '/v3/stocks/1')).toEqual({ kind: 'method', allowed: ['GET'] })
    expect(router.match('GET', '/v3/stocks/1/extra')).toEqual({ kind: 'none' })
    expect(router.match('GET', '/v3/stocks/')).toEqual({ kind: 'none' })
  })
})
