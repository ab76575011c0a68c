import { describe, expect, it } from 'vitest'
import { isSandboxError } from './errors.js'
import { Faults } from './faults.js'

const decisions = (faults: Faults, count: number) =>
  Array.from({ length: count }, () => faults.decide('deactivate_coupon').serverError)

describe('Faults', () => {
  it('decide() with the same seed yields the same sequence', () => {
    const a = new Faults(1, { serverErrorRate: 0.5 })
    const b = new Faults(1, { serverErrorRate: 0.5 })
    expect(decisions(a, 50)).toEqual(decisions(b, 50))
    expect(decisions(new Faults(2, { serverErrorRate: 0.5 }), 50)).not.toEqual(
      decisions(new Faults(1, { serverErrorRate: 0.5 }), 50),
    )
  })

  it('decide() for an endpoint outside `endpoints` applies nothing', () => {
    const faults = new Faults(1, { serverErrorRate: 1, endpoints: ['use_coupon'] })
    expect(faults.decide('deactivate_coupon').serverError).toBe(false)
    expect(faults.decide('use_coupon').serverError).toBe(true)
  })

  it('a reset wins over the other faults of the same request, and latency ranges stay in range', () => {
    const faults = new Faults(3, { resetRate: 1, serverErrorRate: 1, rateLimitRate: 1, latencyMs: { min: 5, max: 10 } })
    const decision = faults.decide('x')
    expect(decision).toMatchObject({ reset: true, serverError: false, rateLimit: false })
    expect(decision.latencyMs).toBeGreaterThanOrEqual(5)
    expect(decision.latencyMs).toBeLessThanOrEqual(10)
  })

  it('set() rejects unknown keys and bad values with INVALID_OPTION; get() returns a copy', () => {
    const faults = new Faults(1)
    for (const bad of [
      { wat: 1 },
      { resetRate: -0.1 },
      { latencyMs: { min: 5, max: 1 } },
      { endpoints: 'x' },
      { seed: 1.5 },
    ]) {
      let error: unknown
      try {
        faults.set(bad as never)
      } catch (e) {
        error = e
      }
      expect(isSandboxError(error) && error.code).toBe('INVALID_OPTION')
    }
    faults.set({ endpoints: ['a'] })
    const copy = faults.get()
    ;(copy.endpoints as string[]).push('b')
    expect(faults.get().endpoints).toEqual(['a'])
  })
})
