import { describe, expect, it } from 'vitest'
import { MemoryDedupeStore, RedisDedupeStore } from './dedupe.js'
import { isNotificationConfigurationError } from './errors.js'

describe('MemoryDedupeStore', () => {
  it('get(key) after set(key, value, ttl) returns the value until the TTL passes', () => {
    let now = 1_000
    const store = new MemoryDedupeStore({ clock: () => now })
    store.set('a', 'done', 500)
    expect(store.get('a')).toBe('done')
    now += 499
    expect(store.get('a')).toBe('done')
    now += 1
    expect(store.get('a')).toBeUndefined()
  })

  it('setIfAbsent(key) claims once, and again after the TTL expires', () => {
    let now = 0
    const store = new MemoryDedupeStore({ clock: () => now })
    expect(store.setIfAbsent('id', 'p1', 100)).toBe(true)
    expect(store.setIfAbsent('id', 'p2', 100)).toBe(false)
    expect(store.get('id')).toBe('p1')
    now = 100
    expect(store.setIfAbsent('id', 'p3', 100)).toBe(true)
    expect(store.get('id')).toBe('p3')
  })

  it('delete(key) frees the key for setIfAbsent', () => {
    const store = new MemoryDedupeStore()
    store.set('id', 'x', 1_000)
    store.delete('id')
    expect(store.setIfAbsent('id', 'y', 1_000)).toBe(true)
  })

  it('keeps at most maxEntries, evicting the oldest write first', () => {
    const store = new MemoryDedupeStore({ maxEntries: 3 })
    for (const key of ['a', 'b', 'c']) store.set(key, key, 60_000)
    store.set('a', 'a2', 60_000) // rewrite: `a` becomes the newest
    store.set('d', 'd', 60_000)
    expect(store.size).toBe(3)
    expect(store.get('b')).toBeUndefined()
    expect([store.get('a'), store.get('c'), store.get('d')]).toEqual(['a2', 'c', 'd'])
  })

  it('new MemoryDedupeStore({ maxEntries: 0 }) and unknown options throw a configuration error', () => {
    expect(() => new MemoryDedupeStore({ maxEntries: 0 })).toThrow(/maxEntries/)
    try {
      new MemoryDedupeStore({ ttl: 5 } as never)
      expect.unreachable()
    } catch (error) {
      expect(isNotificationConfigurationError(error)).toBe(true)
      expect((error as Error).message).toMatch(/no option "ttl"/)
    }
  })
})

describe('RedisDedupeStore', () => {
  // A tiny in-memory stand-in speaking the same commands, to check the exact arguments sent; the real server is
  // exercised in @adapters/express's Redis tests.
  function fakeRedis() {
    const calls: unknown[][] = []
    const data = new Map<string, string>()
    const redis = {
      async set(key: string, value: string, px: 'PX', ms: number, nx?: 'NX') {
        calls.push(['set', key, value, px, ms, ...(nx === undefined ? [] : [nx])])
        if (nx === 'NX' && data.has(key)) return null
        data.set(key, value)
        return 'OK' as const
      },
      async get(key: string) {
        calls.push(['get', key])
        return data.get(key) ?? null
      },
      async del(key: string) {
        calls.push(['del', key])
        return data.delete(key) ? 1 : 0
      },
    }
    return { redis, calls }
  }

  it('setIfAbsent sends SET key value PX ttl NX under the prefix', async () => {
    const { redis, calls } = fakeRedis()
    const store = new RedisDedupeStore({ redis: redis as never, prefix: 'p:' })
    expect(await store.setIfAbsent('id1', 'processing:x', 1500.4)).toBe(true)
    expect(await store.setIfAbsent('id1', 'processing:y', 1500)).toBe(false)
    await store.set('id1', 'done', 90_000)
    expect(await store.get('id1')).toBe('done')
    await store.delete('id1')
    expect(await store.get('id1')).toBeUndefined()
    expect(calls).toEqual([
      ['set', 'p:id1', 'processing:x', 'PX', 1501, 'NX'],
      ['set', 'p:id1', 'processing:y', 'PX', 1500, 'NX'],
      ['set', 'p:id1', 'done', 'PX', 90_000],
      ['get', 'p:id1'],
      ['del', 'p:id1'],
      ['get', 'p:id1'],
    ])
  })

  it('new RedisDedupeStore({}) says an ioredis client is needed', () => {
    expect(() => new RedisDedupeStore({} as never)).toThrow(/ioredis client/)
    expect(() => new RedisDedupeStore({ redis: fakeRedis().redis as never, ttl: 1 } as never)).toThrow(
      /no option "ttl"/,
    )
  })
})
