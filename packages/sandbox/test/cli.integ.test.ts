// The CLI: settings printed as .env or JSON, PEM files written and removed, usable by any client.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLI_USAGE, runCli } from '../src/cli-main.js'
import { isSandboxError, type Sandbox } from '../src/index.js'
import { post } from './raw.js'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err }
}

/** A client configured only from the printed settings (no access to the sandbox object). */
function fromEnv(env: Record<string, string>): Sandbox {
  const keys: Record<string, string> = {}
  if (env.WECHATPAY_PUBLIC_KEY_ID)
    keys[env.WECHATPAY_PUBLIC_KEY_ID] = readFileSync(env.WECHATPAY_PUBLIC_KEY_PATH!, 'utf8')
  if (env.WECHATPAY_PLATFORM_CERT_SERIAL) {
    keys[env.WECHATPAY_PLATFORM_CERT_SERIAL] = readFileSync(env.WECHATPAY_PLATFORM_CERT_PATH!, 'utf8')
  }
  return {
    url: env.WECHATPAY_BASE_URL!,
    merchant: {
      mchid: env.WECHATPAY_MCHID!,
      serial: env.WECHATPAY_SERIAL!,
      privateKeyPem: readFileSync(env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8'),
    },
    platform: { keys },
  } as unknown as Sandbox
}

describe('wxpay-sandbox', () => {
  it('--seed-examples prints a .env block whose settings run the deactivate example', async () => {
    const { io, out, err } = capture()
    const running = (await runCli(['--port', '0', '--seed-examples'], io))!
    try {
      const lines = out.join('').trim().split('\n')
      expect(lines[0]).toMatch(/^# wxpay-sandbox \(public-key mode\)/)
      const env = Object.fromEntries(
        lines.slice(1).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      )
      expect(Object.keys(env)).toEqual([
        'WECHATPAY_MCHID',
        'WECHATPAY_SERIAL',
        'WECHATPAY_PRIVATE_KEY_PATH',
        'WECHATPAY_PUBLIC_KEY_ID',
        'WECHATPAY_PUBLIC_KEY_PATH',
        'WECHATPAY_APIV3_KEY',
        'WECHATPAY_COUPON_CODE',
        'WECHATPAY_STOCK_ID',
        'WECHATPAY_BASE_URL',
      ])
      expect(env).toEqual(running.env)
      expect(readFileSync(env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8')).toContain('BEGIN PRIVATE KEY')
      expect(err.join('')).toContain(env.WECHATPAY_BASE_URL)
      const answer = await post(fromEnv(env), '/v3/marketing/busifavor/coupons/deactivate', {
        coupon_code: env.WECHATPAY_COUPON_CODE,
        stock_id: env.WECHATPAY_STOCK_ID,
        deactivate_request_no: '1002600620019090123143254436',
      })
      expect(answer.status).toBe(200)
      expect(answer.signature).toBe(true)
    } finally {
      await running.close()
    }
    expect(existsSync(running.dir)).toBe(false)
  })

  it('--json --mode both prints JSON with the public key and the platform certificate', async () => {
    const { io, out } = capture()
    const running = (await runCli(['--json', '--mode', 'both', '--mchid', '1230000109'], io))!
    try {
      const printed = JSON.parse(out.join('')) as { mode: string; adminUrl: string; env: Record<string, string> }
      expect(printed.mode).toBe('both')
      expect(printed.adminUrl).toBe(`${running.sandbox.url}/__sandbox`)
      expect(printed.env).toMatchObject({
        WECHATPAY_MCHID: '1230000109',
        WECHATPAY_PUBLIC_KEY_ID: running.sandbox.platform.serial,
        WECHATPAY_PLATFORM_CERT_SERIAL: running.sandbox.platform.certificateSerial,
      })
      expect(readFileSync(printed.env.WECHATPAY_PLATFORM_CERT_PATH!, 'utf8')).toContain('BEGIN CERTIFICATE')
      const answer = await post(fromEnv(printed.env), '/v3/marketing/busifavor/callbacks', {
        notify_url: 'http://127.0.0.1:9/n',
      })
      expect(answer.signature).toBe(true)
    } finally {
      await running.close()
    }
  })

  it('--mode certificate prints no public key id', async () => {
    const { io, out } = capture()
    const running = (await runCli(['--mode', 'certificate'], io))!
    await running.close()
    expect(out.join('')).not.toContain('WECHATPAY_PUBLIC_KEY_ID')
    expect(out.join('')).toContain('WECHATPAY_PLATFORM_CERT_SERIAL=')
  })

  it('--help prints the usage and starts nothing', async () => {
    const { io, out } = capture()
    expect(await runCli(['--help'], io)).toBeUndefined()
    expect(out.join('')).toBe(CLI_USAGE)
  })

  it('an unknown flag or a bad port throws INVALID_OPTION with the usage', async () => {
    for (const argv of [['--bogus'], ['--port', 'abc'], ['--mode', 'nope']]) {
      const error = await runCli(argv, capture().io).catch((e: unknown) => e)
      expect(isSandboxError(error) && error.code).toBe('INVALID_OPTION')
    }
  })
})
