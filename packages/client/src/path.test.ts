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
      { path: ['params', 'stok_id'], message: expect.stringContaining('no slot of this name') },
    ])
  })

  it('fillPath refuses literal characters that cannot go on the wire as written', () => {
    expect(issuesOf(() => fillPath('/v3/a b', undefined))[0]!.path).toEqual(['url'])
    expect(issuesOf(() => fillPath('/v3/券', undefined))[0]!.path).toEqual(['url'])
    expect(issuesOf(() => fillPath('/v3/{bad-name}', { 'bad-name': 'x' }))[0]!.message).toContain(
      'not letters, digits and underscores',
    )
  })

  it('fillPath does not read inherited properties as params', () => {
    expect(issuesOf(() => fillPath('/v3/{toString}', {}))[0]!.path).toEqual(['params', 'toString'])
  })
})

describe('fillPath refuses dot segments', () => {
  it.each(['.', '..'])('a param that is exactly %j is a ValidationError naming it', (value) => {
    expect(issuesOf(() => fillPath('/v3/marketing/busifavor/users/{openid}/coupons', { openid: value }))).toEqual([
      { path: ['params', 'openid'], message: expect.stringContaining('path segment') },
    ])
  })

  it('params that together make a dot segment are all named', () => {
    expect(issuesOf(() => fillPath('/v3/x/{a}{b}/y', { a: '.', b: '.' })).map((i) => i.path)).toEqual([
      ['params', 'a'],
      ['params', 'b'],
    ])
    expect(issuesOf(() => fillPath('/v3/x/.{a}', { a: '.' })).map((i) => i.path)).toEqual([['params', 'a']])
  })

  it('literal dot segments, percent-encoded ones and ..; are refused as url', () => {
    for (const template of [
      '/v3/../x',
      '/v3/./x',
      '/v3/x/..',
      '/v3/%2e%2e/x',
      '/v3/.%2E/x',
      '/v3/%2e/x',
      '/v3/..;/x',
    ]) {
      expect(issuesOf(() => fillPath(template, undefined)).map((i) => i.path)).toEqual([['url']])
    }
  })

  it('values that only look like dots are percent-encoded and kept: %2e, ..., a.b, ../x', () => {
    expect(fillPath('/v3/{a}/{b}/{c}/{d}', { a: '%2e%2e', b: '...', c: 'a.b', d: '../x' })).toBe(
      '/v3/%252e%252e/.../a.b/..%2Fx',
    )
  })

  it('dots after the query mark are not path segments', () => {
    expect(fillPath('/v3/x?next=..', undefined)).toBe('/v3/x?next=..')
  })
})

describe('lone surrogates', () => {
  it('a path param with a lone surrogate is a ValidationError naming it, not a URIError', () => {
    expect(issuesOf(() => fillPath('/v3/stocks/{stock_id}', { stock_id: 'ab\ud800' }))).toEqual([
      { path: ['params', 'stock_id'], message: expect.stringContaining('lone surrogate') },
    ])
  })

  it('a query value or key with a lone surrogate is a ValidationError naming the field', () => {
    expect(issuesOf(() => buildQuery({ stock_name: 'ab\ud800' }))).toEqual([
      { path: ['query', 'stock_name'], message: expect.stringContaining('lone surrogate') },
    ])
    expect(issuesOf(() => buildQuery({ ok: ['x', '\udc00'] }))[0]!.path).toEqual(['query', 'ok'])
    expect(issuesOf(() => buildQuery({ '\ud800': 'x' }))[0]!.path).toEqual(['query'])
  })

  it('a well-formed astral character is encoded as its UTF-8', () => {
    expect(buildQuery({ q: '😀' })).toBe('q=%F0%9F%98%80')
  })
})

describe('buildQuery', () => {
  it('buildQuery encodes keys and values, skips undefined and null, repeats arrays', () => {
    expect(buildQuery({ a: 'x y', b: undefined, c: null, d: [1, 2], e: true, 'f&': '=' })).toBe(
      'a=x%20y&d=1&d=2&e=true&f%26=%3D',
    )
  })

  it('buildQuery refuses objects as values instead of sending "[object Object]"', () => {
    expect(issuesOf(() => buildQuery({ a: {} as unknown as string }))[0]!.path).toEqual(['query', 'a'])
    expect(issuesOf(() => buildQuery('a=1' as unknown as Record<string, string>))[0]!.path).toEqual(['query'])
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
