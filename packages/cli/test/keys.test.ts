// `wxpay sandbox` (the settings it prints), `wxpay keys inspect` on the files it writes, and `wxpay profile`.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshHome, type Running, type SandboxDoc, sandboxProcess, wxpay } from './run.js'

describe('wxpay sandbox --mode both, keys inspect, profile', () => {
  const env = { WXPAY_HOME: freshHome() }
  let sandbox: Running
  let doc: SandboxDoc
  beforeAll(async () => {
    ;({ sandbox, doc } = await sandboxProcess(['--mode', 'both', '--port', '0'], env))
  })
  afterAll(async () => {
    await sandbox?.stop()
  })

  it('sandbox prints the WECHATPAY_* settings (--json), key files 0600, and answers on them', async () => {
    expect(doc.mode).toBe('both')
    expect(doc.families).toEqual(['busifavor', 'pay'])
    expect(doc.env.WECHATPAY_MCHID).toMatch(/^\d+$/)
    expect(doc.env.WECHATPAY_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(readFileSync(doc.env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8')).toContain('PRIVATE KEY')
    for (const name of ['WECHATPAY_PRIVATE_KEY_PATH', 'WECHATPAY_PUBLIC_KEY_PATH', 'WECHATPAY_PLATFORM_CERT_PATH']) {
      expect(statSync(doc.env[name]!).mode & 0o777).toBe(0o600)
    }
    const info = await fetch(doc.adminUrl)
    expect(info.status).toBe(200)
  })

  it('keys inspect tells a private key, a certificate and a public key apart, and whether two match', async () => {
    const inspect = async (file: string, ...more: string[]) => {
      const r = await wxpay(['keys', 'inspect', file, ...more, '--json'], env)
      return { code: r.code, doc: JSON.parse(r.stdout) as Record<string, unknown>, all: r.stdout + r.stderr }
    }
    const key = await inspect(doc.env.WECHATPAY_PRIVATE_KEY_PATH!)
    expect(key.code).toBe(0)
    expect(key.doc.kind).toBe('merchant-private-key')
    expect(key.all).not.toContain(readFileSync(doc.env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8').split('\n')[1]!)
    const pub = await inspect(doc.env.WECHATPAY_PUBLIC_KEY_PATH!)
    expect(pub.doc.kind).toBe('wechatpay-public-key')
    const cert = await inspect(doc.env.WECHATPAY_PLATFORM_CERT_PATH!)
    expect(cert.doc.kind).toBe('platform-certificate')
    expect(JSON.stringify(cert.doc)).toContain(doc.env.WECHATPAY_PLATFORM_CERT_SERIAL!)
    const mismatch = await inspect(doc.env.WECHATPAY_PRIVATE_KEY_PATH!, '--match', doc.env.WECHATPAY_PUBLIC_KEY_PATH!)
    expect(mismatch.code).toBe(1)
    expect(mismatch.doc.match).toMatchObject({ matches: false })
    const missing = await wxpay(['keys', 'inspect', join(freshHome(), 'none.pem')], env)
    expect(missing.code).toBe(3)
  })

  it('profile save keeps the settings 0600 without showing the APIv3 key; request --profile uses them', async () => {
    const saved = await wxpay(['profile', 'save', 'local'], { ...env, ...doc.env })
    expect(saved.code).toBe(0)
    const home = env.WXPAY_HOME
    expect(statSync(join(home, 'config.json')).mode & 0o777).toBe(0o600)
    const shown = await wxpay(['profile', 'show', 'local'], env)
    expect(shown.stdout).toContain(doc.env.WECHATPAY_MCHID)
    expect(shown.stdout + saved.stdout + saved.stderr).not.toContain(doc.env.WECHATPAY_APIV3_KEY)
    expect((await wxpay(['profile', 'list'], env)).stdout).toContain('local')
    const call = await wxpay(['request', 'GET', '/v3/certificates', '--profile', 'local', '--json'], env)
    expect(call.code, call.stderr).toBe(0)
    expect(JSON.parse(call.stdout)).toMatchObject({ status: 200 })
    const unknown = await wxpay(['request', 'GET', '/v3/certificates', '--profile', 'nope'], env)
    expect(unknown.code).toBe(2)
  })
})
