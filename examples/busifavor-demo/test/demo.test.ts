// Runs the README's demo program as users run it (a child process on the built packages) and checks what it shows.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const demo = join(import.meta.dirname, '..', 'demo.mjs')

describe('busifavor demo', () => {
  it('walks create → send → callback → deactivate → retry → refusal → query against the sandbox', () => {
    const env = { ...process.env, NO_COLOR: '1' }
    for (const key of Object.keys(env)) if (key.startsWith('WECHATPAY_')) delete env[key]
    const run = spawnSync(process.execPath, [demo], { env, encoding: 'utf8', timeout: 60_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const out = run.stdout
    expect(out).toMatch(/创建商家券\s+create stock\s+✓ stock_id \d+/)
    expect(out).toMatch(
      /领券事件回调\s+COUPON\.SEND callback\s+✓ verified \+ decrypted: \S+ \(BUSICOUPON_SEND_CHANNEL_API\)/,
    )
    expect(out).toMatch(/使券失效\s+deactivate\s+✓ wechatpay_deactivate_time \d{4}-\d{2}-\d{2}T/)
    expect(out).toMatch(/signature verified with PUB_KEY_ID_\d+/)
    expect(out).toMatch(/同单号重试\s+retry, same request-no\s+✓ same answer/)
    expect(out).toMatch(/新单号再次失效\s+deactivate again\s+✓ refused: 400 INVALID_REQUEST/)
    expect(out).toMatch(/查询用户券\s+get user coupon\s+✓ coupon_state DEACTIVATED/)
    // The demo prints what was signed, never a signature or a key.
    expect(out).not.toMatch(/signature="|BEGIN (RSA )?PRIVATE KEY/)
  })

  it('in real mode, names every missing WECHATPAY_* variable and sends nothing', () => {
    const env = { ...process.env, NO_COLOR: '1', WECHATPAY_MCHID: '1900000001' }
    const run = spawnSync(process.execPath, [demo], { env, encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/WECHATPAY_SERIAL, WECHATPAY_PRIVATE_KEY_PATH, WECHATPAY_PUBLIC_KEY_ID/)
  })
})
