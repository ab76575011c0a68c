import { describe, expect, expectTypeOf, test } from 'vitest'
import { z } from 'zod'
import { defineEndpoint } from './endpoint.js'
import { defineFamily } from './family.js'

const docs = {
  zh: { title: '查询', summary: '查询一项' },
  en: { title: 'Get', summary: 'Read one item.' },
  example: { item_id: '1' },
  errors: [],
  links: [],
}

const getItem = defineEndpoint({
  id: 'get_item',
  method: 'GET',
  path: '/v3/demo/items/{item_id}',
  pathParams: z.strictObject({ item_id: z.string() }),
  query: undefined,
  body: undefined,
  response: z.looseObject({ item_id: z.string() }),
  responseStatus: 200,
  encoding: undefined,
  idempotency: undefined,
  docs,
  uncertain: undefined,
})

const info = {
  package: '@api/demo',
  name: 'demo',
  title: { zh: '演示', en: 'Demo' },
  facade: { type: 'Demo', factory: 'createDemo', variable: 'demo' },
}

describe('defineEndpoint and defineFamily', () => {
  test('defineEndpoint({ id: "get_item" }) names the facade method getItem, at runtime and in the type', () => {
    expect(getItem.name).toBe('getItem')
    expectTypeOf(getItem.name).toEqualTypeOf<'getItem'>()
    expect(Object.isFrozen(getItem)).toBe(true)
  })

  test('defineFamily({ endpoints: [getItem] }) keys the endpoints by id, in the order given', () => {
    const family = defineFamily({ ...info, endpoints: [getItem], notifications: [] })
    expect(Object.keys(family.endpoints)).toEqual(['get_item'])
    expect(family.endpoints.get_item).toBe(getItem)
    expectTypeOf(family.endpoints.get_item).toEqualTypeOf<typeof getItem>()
  })

  test('defineFamily with an endpoint listed twice, or two endpoints on one route, throws naming it', () => {
    expect(() => defineFamily({ ...info, endpoints: [getItem, getItem], notifications: [] })).toThrow(
      '@api/demo: endpoint get_item (GET /v3/demo/items/{item_id}) is listed twice',
    )
    const sameRoute = defineEndpoint({ ...getItem, id: 'read_item' })
    expect(() => defineFamily({ ...info, endpoints: [getItem, sameRoute], notifications: [] })).toThrow(
      /read_item .* is listed twice/,
    )
  })
})
