import { describe, expect, it } from 'vitest'
import { needsTag, REQUIREMENTS, requestedSkips } from './requirements.mjs'

describe('requestedSkips(WXPAY_SKIP)', () => {
  it('nothing set → nothing skipped', () => {
    expect(requestedSkips(undefined)).toEqual([])
    expect(requestedSkips('')).toEqual([])
  })

  it('comma- or space-separated names, deduplicated and sorted', () => {
    expect(requestedSkips('redis,browser')).toEqual(['browser', 'redis'])
    expect(requestedSkips(' redis  redis ')).toEqual(['redis'])
  })

  it('an unknown name is an error that lists the valid ones (a typo never silently skips nothing)', () => {
    expect(() => requestedSkips('redis,chrome')).toThrow(/"chrome".*browser, redis/)
  })

  it('every requirement has a tag and a description', () => {
    expect(Object.keys(REQUIREMENTS).sort()).toEqual(['browser', 'redis'])
    expect(needsTag('redis')).toBe('[needs redis]')
  })
})
