import { afterEach, describe, expect, it, vi } from 'vitest'
import { needsTag, REQUIREMENTS, requestedSkips } from './requirements.mjs'

describe('requestedSkips(WXPAY_SKIP)', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('nothing set → nothing skipped (whatever the run around this test asked for)', () => {
    vi.stubEnv('WXPAY_SKIP', '')
    expect(requestedSkips()).toEqual([])
    expect(requestedSkips('')).toEqual([])
  })

  it('reads WXPAY_SKIP from the environment by default', () => {
    vi.stubEnv('WXPAY_SKIP', 'redis')
    expect(requestedSkips()).toEqual(['redis'])
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
