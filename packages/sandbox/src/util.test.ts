import { describe, expect, it } from 'vitest'
import { beijingDay, randomSerial, rfc3339, stableStringify } from './util.js'

describe('util', () => {
  it('rfc3339(ms) writes Beijing time with +08:00, as WeChat Pay does', () => {
    expect(rfc3339(Date.UTC(2020, 4, 20, 5, 29, 35, 120))).toBe('2020-05-20T13:29:35+08:00')
    expect(beijingDay(Date.UTC(2020, 4, 20, 16, 0, 0))).toBe('2020-05-21')
  })

  it('stableStringify ignores key order and undefined values', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      stableStringify({ a: { d: [1, { x: 1, y: 2 }] }, b: 1 }),
    )
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: '1' }))
  })

  it('randomSerial() is 40 uppercase hex characters without a leading zero', () => {
    for (let i = 0; i < 20; i++) expect(randomSerial()).toMatch(/^[1-7][0-9A-F]{39}$/)
  })
})
