// Conformance: every injectable fault, switched at run time through sb.faults and the admin route.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateSandboxKeys, isSandboxError, type Sandbox, startSandbox } from '../src/index.js'
import { get, post, raw } from './raw.js'

const keys = generateSandboxKeys()
let sb: Sandbox
let stockPath = ''

beforeAll(async () => {
  sb = await startSandbox({ keys, randomSeed: 7 })
  stockPath = `/v3/marketing/busifavor/stocks/${sb.seed.createStock().stock_id}`
})
afterAll(() => sb.close())
afterEach(() => sb.faults.reset())

const deactivateBody = () => {
  const c = sb.seed.sendCoupon()
  return { coupon_code: c.coupon_code, stock_id: c.stock_id, deactivate_request_no: `f-${c.coupon_code}` }
}

describe('each fault', () => {
  it('latencyMs delays the answer and is recorded in the request log', async () => {
    sb.faults.set({ latencyMs: 25 })
    const answer = await get(sb, stockPath)
    expect(answer.status).toBe(200)
    expect(sb.requestLog.last()?.faults).toEqual(['latency'])
  })

  it('serverErrorRate 1 → 500 SYSTEM_ERROR (signed) and the request has no effect', async () => {
    sb.faults.set({ serverErrorRate: 1 })
    const body = deactivateBody()
    const answer = await post(sb, '/v3/marketing/busifavor/coupons/deactivate', body)
    expect(answer.status).toBe(500)
    expect(answer.json.code).toBe('SYSTEM_ERROR')
    expect(answer.signature).toBe(true)
    expect(sb.state.coupon(body.coupon_code)?.coupon_state).toBe('SENDED')
  })

  it('serverErrorAfterCommit: the 500 comes after the change; a retry with the same request-no gets the original answer', async () => {
    sb.faults.set({ serverErrorRate: 1, serverErrorAfterCommit: true, times: 1 })
    const body = deactivateBody()
    const lost = await post(sb, '/v3/marketing/busifavor/coupons/deactivate', body)
    expect(lost.status).toBe(500)
    expect(sb.state.coupon(body.coupon_code)?.coupon_state).toBe('DEACTIVATED')
    const retry = await post(sb, '/v3/marketing/busifavor/coupons/deactivate', body)
    expect(retry.status).toBe(200)
    expect(retry.json.wechatpay_deactivate_time).toBe(sb.state.coupon(body.coupon_code)?.deactivate_time)
    expect(sb.requestLog.last()?.replayed).toBe(true)
  })

  it('rateLimitRate 1 → 429 FREQUENCY_LIMITED with the configured Retry-After', async () => {
    sb.faults.set({ rateLimitRate: 1, retryAfterSeconds: 2 })
    const answer = await get(sb, stockPath)
    expect(answer.status).toBe(429)
    expect(answer.json.code).toBe('FREQUENCY_LIMITED')
    expect(answer.headers.get('retry-after')).toBe('2')
    expect(answer.signature).toBe(true)
  })

  it('resetRate 1 → the connection is destroyed before any answer', async () => {
    sb.faults.set({ resetRate: 1 })
    await expect(get(sb, stockPath)).rejects.toThrow()
    expect(sb.requestLog.last()).toMatchObject({ status: 0, faults: ['reset'] })
  })

  it('truncateRate 1 → half the body, then the socket closes (Content-Length promised more)', async () => {
    sb.faults.set({ truncateRate: 1 })
    const res = await fetch(`${sb.url}${stockPath}`, { headers: { Authorization: 'x' } })
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(10)
    await expect(res.text()).rejects.toThrow()
    expect(sb.requestLog.last()?.faults).toContain('truncate')
  })

  it('wrongSignatureRate 1 → a well-formed signature that does not verify', async () => {
    sb.faults.set({ wrongSignatureRate: 1 })
    const answer = await get(sb, stockPath)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('wechatpay-signature')).toMatch(/^[A-Za-z0-9+/]{340,}={0,2}$/)
    expect(answer.signature).toBe('bad')
  })

  it('missingSignatureRate 1 → no Wechatpay-* signature headers at all', async () => {
    sb.faults.set({ missingSignatureRate: 1 })
    const answer = await get(sb, stockPath)
    expect(answer.status).toBe(200)
    expect(answer.signature).toBe('missing')
    expect(answer.headers.get('wechatpay-serial')).toBeNull()
    expect(answer.headers.get('request-id')).toBeTruthy()
  })

  it('probeSignatureRate 1 → a WECHATPAY/SIGNTEST/ probe signature', async () => {
    sb.faults.set({ probeSignatureRate: 1 })
    const answer = await get(sb, stockPath)
    expect(answer.signature).toBe('probe')
    expect(answer.headers.get('wechatpay-signature')).toMatch(/^WECHATPAY\/SIGNTEST\//)
  })
})

describe('fault control', () => {
  it('times: N clears the faults after N affected requests', async () => {
    sb.faults.set({ serverErrorRate: 1, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await get(sb, stockPath)).status)
    expect(statuses).toEqual([500, 500, 200])
    expect(sb.faults.get()).toEqual({})
  })

  it('endpoints limits the faults to those endpoint ids', async () => {
    sb.faults.set({ serverErrorRate: 1, endpoints: ['deactivate_coupon'] })
    expect((await get(sb, stockPath)).status).toBe(200)
    expect((await post(sb, '/v3/marketing/busifavor/coupons/deactivate', deactivateBody())).status).toBe(500)
  })

  it('the same randomSeed replays the same fault sequence; another seed does not', async () => {
    const run = async (seed: number) => {
      const other = await startSandbox({ keys, randomSeed: seed, faults: { serverErrorRate: 0.5 } })
      try {
        const path = `/v3/marketing/busifavor/stocks/${other.seed.createStock().stock_id}`
        const out: number[] = []
        for (let i = 0; i < 24; i++) out.push((await get(other, path)).status)
        return out
      } finally {
        await other.close()
      }
    }
    const [a, b, c] = [await run(42), await run(42), await run(43)]
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    expect(a).toContain(500)
    expect(a).toContain(200)
  })

  it('faults.set({ seed }) reseeds at run time', async () => {
    const statuses = async () => {
      sb.faults.set({ serverErrorRate: 0.5, seed: 99 })
      const out: number[] = []
      for (let i = 0; i < 12; i++) out.push((await get(sb, stockPath)).status)
      return out
    }
    expect(await statuses()).toEqual(await statuses())
  })

  it('unknown faults and out-of-range rates throw SandboxError INVALID_OPTION', () => {
    for (const bad of [{ bogus: 1 }, { serverErrorRate: 2 }, { latencyMs: -1 }, { times: 0 }]) {
      let error: unknown
      try {
        sb.faults.set(bad as never)
      } catch (e) {
        error = e
      }
      expect(isSandboxError(error) && error.code).toBe('INVALID_OPTION')
    }
  })

  it('the admin route PUT/GET/DELETE /__sandbox/faults switches faults over HTTP', async () => {
    const put = await fetch(`${sb.url}/__sandbox/faults`, { method: 'PUT', body: JSON.stringify({ rateLimitRate: 1 }) })
    expect(await put.json()).toEqual({ rateLimitRate: 1 })
    expect((await get(sb, stockPath)).status).toBe(429)
    expect(await (await fetch(`${sb.url}/__sandbox/faults`)).json()).toEqual({ rateLimitRate: 1 })
    expect((await fetch(`${sb.url}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(204)
    expect((await get(sb, stockPath)).status).toBe(200)
    const bad = await fetch(`${sb.url}/__sandbox/faults`, { method: 'PUT', body: '{"nope":true}' })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { code: string }).code).toBe('INVALID_OPTION')
  })

  it('admin routes are neither logged nor faulted', async () => {
    sb.faults.set({ resetRate: 1 })
    sb.requestLog.clear()
    const res = await fetch(`${sb.url}/__sandbox/faults`)
    expect(res.status).toBe(200)
    expect(sb.requestLog.size).toBe(0)
  })

  it('faults apply before authentication, like a gateway in front of WeChat Pay', async () => {
    sb.faults.set({ rateLimitRate: 1 })
    const answer = await raw(sb, { method: 'GET', path: stockPath, unsigned: true })
    expect(answer.status).toBe(429)
  })
})
