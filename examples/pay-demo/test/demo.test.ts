// Runs the README's payment demo as users run it (a child process on the built packages) and checks what it shows.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const demo = join(import.meta.dirname, '..', 'demo.mjs')

describe('pay demo', () => {
  it('walks prepay → invoke → pay → callbacks → query → refund → bill → coupon against the sandbox', () => {
    const env = { ...process.env, NO_COLOR: '1' }
    for (const key of Object.keys(env)) if (key.startsWith('WECHATPAY_')) delete env[key]
    const run = spawnSync(process.execPath, [demo], { env, encoding: 'utf8', timeout: 60_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const out = run.stdout
    expect(out).toMatch(/JSAPI 下单\s+JSAPI prepay\s+✓ prepay_id wx\w+ \(DEMO\d+, 10\.00 元\)/)
    expect(out).toMatch(/调起支付参数\s+invoke params\s+✓ package prepay_id=wx\w+, signType RSA/)
    expect(out).toMatch(/模拟用户付款\s+payer pays \(sandbox\)\s+✓ POST \/__sandbox\/orders\/DEMO\d+\/pay → 200/)
    expect(out).toMatch(/TRANSACTION\.SUCCESS\s+✓ verified \+ decrypted: SUCCESS, transaction_id \d+/)
    expect(out).toMatch(/查询订单\s+query order\s+✓ trade_state SUCCESS, same as the callback/)
    expect(out).toMatch(/部分退款\s+refund part of it\s+✓ 3\.00 元 of 10\.00 元/)
    expect(out).toMatch(/REFUND\.SUCCESS\s+✓ verified \+ decrypted: SUCCESS, 3\.00 元 back/)
    expect(out).toMatch(
      /下载交易账单\s+download the trade bill\s+✓ \d{4}-\d{2}-\d{2}: \d+ bytes \(gunzipped\), SHA1 = hash_value/,
    )
    expect(out).toMatch(/核销商家券\s+redeem the coupon\s+✓ USED at \d{4}-\d{2}-\d{2}T/)
    expect(out).not.toMatch(/✗/)
    // The demo names what was signed, never a signature or a key.
    expect(out).not.toMatch(/signature="|BEGIN (RSA )?PRIVATE KEY|paySign: [A-Za-z0-9+/]{40}/)
  })

  it('in real mode, names every missing WECHATPAY_* variable and sends nothing', () => {
    const env = { ...process.env, NO_COLOR: '1', WECHATPAY_MCHID: '1900000001' }
    const run = spawnSync(process.execPath, [demo], { env, encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/WECHATPAY_SERIAL, WECHATPAY_PRIVATE_KEY_PATH, WECHATPAY_PUBLIC_KEY_ID/)
  })
})
