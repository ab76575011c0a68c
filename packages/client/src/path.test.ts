import { describe, expect, it } from 'vitest'
import { isValidationError } from './errors.js'
import { buildQuery, fillPath, joinSegments } from './path.js'

function issuesOf(fn: () => unknown) {
  try {
    fn()
  } catch (error) {
    if (isValidationError(error)) return error.issues
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('fillPath', () => {
  it('fillPath(template without slots) returns the template unchanged', () => {
    expect(fillPath('/v3/marketing/busifavor/stocks', undefined)).toBe('/v3/marketing/busifavor/stocks')
  })

  it('fillPath fills every slot, percent-encoding / = | \\ space and non-ASCII', () => {
    expect(
      fillPath('/v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}', {
        openid: 'oX-1',
        coupon_code: 'A/B=C|D\\E F 券',
        appid: 'wx1',
      }),
    ).toBe('/v3/marketing/busifavor/users/oX-1/coupons/A%2FB%3DC%7CD%5CE%20F%20%E5%88%B8/appids/wx1')
  })

  it('fillPath accepts numbers and bigints', () => {
    expect(fillPath('/v3/stocks/{stock_id}', { stock_id: 1212 })).toBe('/v3/stocks/1212')
    expect(fillPath('/v3/stocks/{stock_id}', { stock_id: 12n })).toBe('/v3/stocks/12')
  })

  it('fillPath with a missing, empty or non-scalar param lists every issue', () => {
    expect(issuesOf(() => fillPath('/v3/{a}/{b}/{c}', { b: '', c: {} as unknown as string }))).toEqual([
      { path: ['params', 'a'], message: expect.stringContaining('missing') },
      { path: ['params', 'b'], message: 'is empty' },
      { path: ['params', 'c'], message: expect.stringContaining('string or number') },
    ])
  })

  it('fillPath with a param the template lacks reports the typo', () => {
    expect(issuesOf(() => fillPath('/v3/stocks/{stock_id}', { stock_id: '1', stok_id: '2' }))).toEqual([
      { path: ['params', 'stok_id'], message: expect.stringContaining('no {stok_id}') },
    ])
  })

  it('fillPath refuses literal characters that cannot go on the wire as written', () => {
    expect(issuesOf(() => fillPath('/v3/a b', undefined))[0]!.path).toEqual(['url'])
    expect(issuesOf(() => fillPath('/v3/券', undefined))[0]!.path).toEqual(['url'])
    expect(issuesOf(() => fillPath('/v3/{bad-name}', { 'bad-name': 'x' }))[0]!.message).toContain(
      'not a parameter name',
    )
  })

  it('fillPath does not read inherited properties as params', () => {
    expect(issuesOf(() => fillPath('/v3/{toString}', {}))[0]!.path).toEqual(['params', 'toString'])
  })
})

describe('buildQuery', () => {
  it('buildQuery encodes keys and values, skips undefined and null, repeats arrays', () => {
    expect(buildQuery({ a: 'x y', b: undefined, c: null, d: [1, 2], e: true, 'f&': '=' })).toBe(
      'a=x%20y&d=1&d=2&e=true&f%26=%3D',
    )
  })

  it('buildQuery(undefined) and buildQuery({}) are empty', () => {
    expect(buildQuery(undefined)).toBe('')
    expect(buildQuery({})).toBe('')
  })
})

describe('joinSegments', () => {
  it('joinSegments joins as written and collapses edge slashes', () => {
    expect(joinSegments(['v3', 'marketing', 'busifavor'])).toBe('/v3/marketing/busifavor')
    expect(joinSegments(['/v3/marketing/', 'couponsNotify'])).toBe('/v3/marketing/couponsNotify')
    expect(joinSegments(['v3/a', '{stock_id}'])).toBe('/v3/a/{stock_id}')
  })
})
