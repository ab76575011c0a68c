// `wxpay logs --follow` streaming the sandbox's request log as requests arrive, and `wxpay certificates download`.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshHome, jsonLines, Running, type SandboxDoc, sandboxProcess, wxpay } from './run.js'

/** One line a request: `HH:MM:SS.mmm  METHOD  path …`; refusal details are indented under it. */
const requestLines = (text: string) => text.split('\n').filter((l) => /^\d\d:\d\d:\d\d\.\d{3} {2}/.test(l))

describe('wxpay logs --follow', () => {
  const env = { WXPAY_HOME: freshHome() }
  let sandbox: Running
  let doc: SandboxDoc
  const unsigned = (path: string) =>
    fetch(`${doc.env.WECHATPAY_BASE_URL}${path}`, { headers: { Accept: 'application/json' } })
  const signed = (path: string) => wxpay(['request', 'GET', path], { ...env, ...doc.env })

  beforeAll(async () => {
    ;({ sandbox, doc } = await sandboxProcess(['--families', 'pay'], env))
  })
  afterAll(async () => {
    await sandbox?.stop()
  })

  it('prints what came before, then one line for each request as it arrives', async () => {
    expect((await unsigned('/v3/pay/transactions/out-trade-no/BEFORE-1')).status).toBe(401)
    const follow = new Running(['logs', '--follow'], env)
    try {
      await follow.until((f) => (requestLines(f.stdout).length === 1 ? true : undefined), 'the earlier request')
      expect(requestLines(follow.stdout)[0]).toMatch(
        /GET +\/v3\/pay\/transactions\/out-trade-no\/BEFORE-1 {2}401 {2}SIGN_ERROR/,
      )
      expect((await signed(`/v3/pay/transactions/out-trade-no/LIVE-1?mchid=${doc.env.WECHATPAY_MCHID}`)).code).toBe(1)
      expect((await unsigned('/v3/pay/transactions/out-trade-no/LIVE-2')).status).toBe(401)
      const lines = await follow.until((f) => {
        const l = requestLines(f.stdout)
        return l.length >= 3 ? l : undefined
      }, 'two live lines')
      expect(lines).toHaveLength(3)
      expect(lines[1]).toMatch(/LIVE-1\?mchid=\d+ {2}404 {2}ORDER_NOT_EXIST/)
      expect(lines[2]).toMatch(/LIVE-2 {2}401 {2}SIGN_ERROR/)
      // Under a refused request: why (the Authorization header is missing here).
      expect(follow.stdout).toContain('Authorization')
    } finally {
      expect(await follow.stop()).toBe(0)
    }
  })

  it('--json --failed: one object a line, only refused or failed requests, in order', async () => {
    const backlog = jsonLines((await wxpay(['logs', '--failed', '--json'], env)).stdout).length
    expect(backlog).toBeGreaterThan(0)
    const follow = new Running(['logs', '--follow', '--failed', '--json'], env)
    try {
      const before = await follow.until((f) => (f.records().length === backlog ? backlog : undefined), 'the backlog')
      const ok = await wxpay(['request', 'GET', '/v3/certificates'], { ...env, ...doc.env })
      // public-key mode has no platform certificates: a 404, which --failed shows.
      expect(ok.code).toBe(1)
      expect((await unsigned('/v3/pay/transactions/out-trade-no/JSON-1')).status).toBe(401)
      const records = await follow.until(
        (f) => (f.records().length >= before + 2 ? f.records() : undefined),
        'the new failures',
      )
      expect(
        follow.stdout
          .trim()
          .split('\n')
          .every((l) => l.startsWith('{') && l.endsWith('}')),
      ).toBe(true)
      const fresh = records.slice(before)
      expect(fresh.map((r) => [r.url, r.status])).toEqual([
        ['/v3/certificates', 404],
        ['/v3/pay/transactions/out-trade-no/JSON-1', 401],
      ])
      const seqs = records.map((r) => Number(r.seq))
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
      expect(records.every((r) => Number(r.status) >= 400)).toBe(true)
    } finally {
      await follow.stop()
    }
  })
})

describe('wxpay logs --follow when the sandbox goes away', () => {
  it('ends by itself with exit 3', async () => {
    const env = { WXPAY_HOME: freshHome() }
    const { sandbox, doc } = await sandboxProcess(['--families', 'pay'], env)
    const follow = new Running(['logs', '--follow'], env)
    await fetch(`${doc.env.WECHATPAY_BASE_URL}/v3/certificates`)
    await follow.until((f) => (requestLines(f.stdout).length === 1 ? true : undefined), 'following')
    expect(await sandbox.stop()).toBe(0)
    expect(await follow.ended()).toBe(3)
    expect(follow.stderr).toContain('cannot reach the sandbox')
  })
})

describe('wxpay certificates download (certificate mode)', () => {
  const env = { WXPAY_HOME: freshHome() }
  let sandbox: Running
  let doc: SandboxDoc
  beforeAll(async () => {
    ;({ sandbox, doc } = await sandboxProcess(['--families', 'pay', '--mode', 'certificate'], env))
  })
  afterAll(async () => {
    await sandbox?.stop()
  })

  it('decrypts and verifies the certificates and writes them 0600; no secret printed', async () => {
    const out = join(freshHome(), 'certs')
    const r = await wxpay(['certificates', 'download', '--out', out, '--json'], { ...env, ...doc.env })
    expect(r.code, r.stderr).toBe(0)
    const { certificates } = JSON.parse(r.stdout) as { certificates: { serial: string; path: string }[] }
    expect(certificates.map((c) => c.serial)).toEqual([doc.env.WECHATPAY_PLATFORM_CERT_SERIAL])
    const path = certificates[0]!.path
    expect(path).toBe(join(out, `wechatpay_${doc.env.WECHATPAY_PLATFORM_CERT_SERIAL}.pem`))
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(doc.env.WECHATPAY_PLATFORM_CERT_PATH!, 'utf8'))
    const text = await wxpay(['certificates', 'download', '--out', out], { ...env, ...doc.env })
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(`configure: WECHATPAY_PLATFORM_CERT_SERIAL=${doc.env.WECHATPAY_PLATFORM_CERT_SERIAL}`)
    const all = r.stdout + r.stderr + text.stdout + text.stderr
    expect(all).not.toContain(doc.env.WECHATPAY_APIV3_KEY)
    expect(all).not.toContain(readFileSync(doc.env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8').split('\n')[1]!)
  })

  it('a wrong APIv3 key fails (exit 1), writes nothing and does not print the key', async () => {
    const out = join(freshHome(), 'certs')
    const wrong = 'W'.repeat(32)
    const r = await wxpay(['certificates', 'download', '--out', out], {
      ...env,
      ...doc.env,
      WECHATPAY_APIV3_KEY: wrong,
    })
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).not.toContain(wrong)
    let written: string[] = []
    try {
      written = readdirSync(out)
    } catch {
      written = []
    }
    expect(written).toEqual([])
  })
})
