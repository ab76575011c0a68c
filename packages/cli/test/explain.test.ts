// `wxpay explain` on real deliveries of the sandbox (captured by a node:http app): a clean pass, and each cause
// named on its own; and on a refused request read from `wxpay logs --json`.
import { createSign, generateKeyPairSync, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, type Received, type ReceiverKeys, startNodeApp } from './apps.js'
import { freshHome, Running, until, wxpay } from './run.js'

interface Explained {
  code: number | null
  causes: { code: string; message: string; fix: string }[]
  steps: { title: string; status: string; lines: string[] }[]
  all: string
}

describe('wxpay explain', () => {
  const env = { WXPAY_HOME: freshHome() }
  const dir = freshHome()
  let listen: Running
  let app: App & { received: Received[]; keys: ReceiverKeys }
  let ready: { env: Record<string, string> }
  let genuine: Received
  let probe: Received
  let keyArgs: string[]
  let now: string[]

  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }
  const headersFile = (name: string, headers: Record<string, unknown>) => file(name, JSON.stringify(headers))
  /** `wxpay explain … --json`: the causes and steps, and all it printed (to look for secrets). */
  const explain = async (args: string[], stdin?: string): Promise<Explained> => {
    const r = await wxpay(['explain', ...args, '--json'], env, stdin)
    const doc = JSON.parse(r.stdout) as Omit<Explained, 'code' | 'all'>
    return { code: r.code, ...doc, all: r.stdout + r.stderr }
  }
  const codes = (e: Explained) => e.causes.map((c) => c.code)

  beforeAll(async () => {
    app = await startNodeApp(0)
    listen = new Running(['listen', '--forward-to', app.url, '--families', 'pay', '--probe', '--json'], env)
    ready = (await listen.until((s) => s.records().find((r) => r.type === 'ready'), 'ready')) as typeof ready
    app.keys.publicKeyId = ready.env.WECHATPAY_PUBLIC_KEY_ID!
    app.keys.publicKeyPath = ready.env.WECHATPAY_PUBLIC_KEY_PATH!
    app.keys.apiv3Key = ready.env.WECHATPAY_APIV3_KEY!
    const fired = await wxpay(['trigger', 'transaction.success', '--json'], env)
    expect(fired.code).toBe(0)
    genuine = await until(() => app.received.find((r) => r.verified), 'a genuine delivery')
    probe = await until(
      () => app.received.find((r) => String(r.headers['wechatpay-signature']).startsWith('WECHATPAY/SIGNTEST/')),
      'the probe',
    )
    keyArgs = ['--key', `${ready.env.WECHATPAY_PUBLIC_KEY_ID}=${ready.env.WECHATPAY_PUBLIC_KEY_PATH}`]
    now = ['--now', String(genuine.headers['wechatpay-timestamp'])]
  })
  afterAll(async () => {
    await listen?.stop()
    await app?.close()
  })

  it('a genuine callback verifies and decrypts with the running sandbox’s keys (no --key), exit 0, no secret shown', async () => {
    const headers = headersFile('genuine.json', genuine.headers)
    const body = file('genuine.body', genuine.body)
    const r = await wxpay(['explain', '--headers', headers, '--body', body, ...now], env)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('using the keys of the sandbox')
    expect(r.stdout).toContain('verifies: a genuine, current message from WeChat Pay')
    expect(r.stdout).toContain('the APIv3 key decrypts it')
    expect(r.stdout + r.stderr).not.toContain(ready.env.WECHATPAY_APIV3_KEY)
    expect(r.stdout + r.stderr).not.toContain(String(genuine.headers['wechatpay-signature']).slice(0, 12))
    expect(r.stdout).toMatch(/Wechatpay-Signature: \[\d+ characters, not shown\]/)
  })

  it('RESERIALIZED_BODY: the body parsed and written again (indentation) is named', async () => {
    const headers = headersFile('genuine.json', genuine.headers)
    const pretty = file('pretty.json', JSON.stringify(JSON.parse(genuine.body.toString()), null, 2))
    const e = await explain(['--headers', headers, '--body', pretty, ...keyArgs, ...now])
    expect(e.code).toBe(1)
    expect(codes(e)).toEqual(['RESERIALIZED_BODY'])
    expect(e.causes[0]!.message).toMatch(/indent|whitespace/)
  })

  it('WRONG_APIV3_KEY: a valid signature whose resource the given APIv3 key does not decrypt', async () => {
    const headers = headersFile('genuine.json', genuine.headers)
    const body = file('genuine.body', genuine.body)
    const wrong = randomBytes(16).toString('hex')
    const e = await explain([
      '--headers',
      headers,
      '--body',
      body,
      ...keyArgs,
      '--apiv3-key-file',
      file('wrong-apiv3.txt', wrong),
      ...now,
    ])
    expect(e.code).toBe(1)
    expect(codes(e)).toEqual(['WRONG_APIV3_KEY'])
    expect(e.all).not.toContain(wrong)
  })

  it('WRONG_PLATFORM_KEY: another key under the serial — a stranger’s, swapped files, the merchant’s own key', async () => {
    const headers = headersFile('genuine.json', genuine.headers)
    const body = file('genuine.body', genuine.body)
    const id = ready.env.WECHATPAY_PUBLIC_KEY_ID!
    const stranger = file(
      'stranger.pem',
      generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }),
    )
    const other = await explain(['--headers', headers, '--body', body, '--key', `${id}=${stranger}`, ...now])
    expect(other.code).toBe(1)
    expect(codes(other)).toEqual(['WRONG_PLATFORM_KEY'])
    expect(other.causes[0]!.message).toContain('is not the key WeChat Pay signed with')

    const swapped = await explain([
      ...['--headers', headers, '--body', body, '--key', `${id}=${stranger}`],
      ...['--key', `PUB_KEY_ID_0119000000010000000000000000=${ready.env.WECHATPAY_PUBLIC_KEY_PATH}`, ...now],
    ])
    expect(codes(swapped)).toEqual(['WRONG_PLATFORM_KEY'])
    expect(swapped.causes[0]!.message).toContain('the files are swapped')

    const merchant = ready.env.WECHATPAY_PRIVATE_KEY_PATH!
    // apiclient_key.pem where WeChat Pay's public key belongs: named as the merchant's own key.
    const own = await explain(['--headers', headers, '--body', body, '--key', `${id}=${merchant}`, ...now])
    expect(codes(own)).toEqual(['WRONG_PLATFORM_KEY'])
    expect(own.causes[0]!.message).toContain('your own merchant certificate/key')
    expect(own.causes[0]!.message).toContain('a private key')
    expect(own.all).not.toContain(readFileSync(merchant, 'utf8').split('\n')[1]!)
  })

  it('TIMESTAMP_SKEW: outside the window (old or in the future), inside a wider --max-skew', async () => {
    const headers = headersFile('genuine.json', genuine.headers)
    const body = file('genuine.body', genuine.body)
    const ts = Number(genuine.headers['wechatpay-timestamp'])
    const old = await explain(['--headers', headers, '--body', body, ...keyArgs, '--now', String(ts + 301)])
    expect(old.code).toBe(1)
    expect(codes(old)).toEqual(['TIMESTAMP_SKEW'])
    expect(old.causes[0]!.message).toContain('301s old')
    // The signature itself is fine: only the window fails.
    expect(old.steps.find((s) => s.title.startsWith('signature'))?.status).toBe('ok')
    const ahead = await explain(['--headers', headers, '--body', body, ...keyArgs, '--now', String(ts - 400)])
    expect(ahead.causes[0]!.message).toContain('400s in the future')
    const wide = await explain([
      ...['--headers', headers, '--body', body, ...keyArgs, '--now', String(ts + 400), '--max-skew', '600'],
    ])
    expect(wide.code).toBe(0)
  })

  it('SIGNATURE_PROBE: the sandbox’s WECHATPAY/SIGNTEST/ probe, as listen --probe delivered it', async () => {
    const headers = headersFile('probe.json', probe.headers)
    const body = file('probe.body', probe.body)
    const p = ['--now', String(probe.headers['wechatpay-timestamp'])]
    const e = await explain(['--headers', headers, '--body', body, ...keyArgs, ...p])
    expect(e.code).toBe(1)
    expect(codes(e)).toContain('SIGNATURE_PROBE')
    expect(codes(e)).not.toContain('WRONG_PLATFORM_KEY')
    expect(e.causes.find((c) => c.code === 'SIGNATURE_PROBE')!.fix).toContain('refuse it')
    expect(e.steps[0]!.lines).toContain(
      `Wechatpay-Signature: WECHATPAY/SIGNTEST/… [${String(probe.headers['wechatpay-signature']).length} characters, not shown]`,
    )
  })

  it('UNKNOWN_SERIAL: a serial no configured key has; the fix names the file it verifies with', async () => {
    const body = file('genuine.body', genuine.body)
    const unknownId = 'PUB_KEY_ID_0119000000019999999999999999'
    const headers = headersFile('unknown.json', { ...genuine.headers, 'wechatpay-serial': unknownId })
    const e = await explain(['--headers', headers, '--body', body, ...keyArgs, ...now])
    expect(e.code).toBe(1)
    expect(codes(e)).toEqual(['UNKNOWN_SERIAL'])
    expect(e.causes[0]!.message).toContain(unknownId)
    expect(e.causes[0]!.fix).toContain(`it verifies with the key in ${ready.env.WECHATPAY_PUBLIC_KEY_PATH}`)
    const certSerial = headersFile('cert.json', {
      ...genuine.headers,
      'wechatpay-serial': '5157F09EFDC096DE15EBE81A47057A72',
    })
    const cert = await explain(['--headers', certSerial, '--body', body, ...keyArgs, ...now])
    expect(codes(cert)).toEqual(['UNKNOWN_SERIAL'])
  })

  it('MISSING_HEADER: curl -D style headers without Wechatpay-Signature, read from stdin', async () => {
    const lines = [
      'HTTP/1.1 200 OK',
      ...Object.entries(genuine.headers)
        .filter(([name]) => name !== 'wechatpay-signature')
        .map(([name, value]) => `${name.replace(/(^|-)([a-z])/g, (m) => m.toUpperCase())}: ${value}`),
      '',
    ].join('\r\n')
    const body = file('genuine.body', genuine.body)
    const e = await explain(['--headers', '-', '--body', body, ...keyArgs, ...now], lines)
    expect(e.code).toBe(1)
    expect(codes(e)).toEqual(['MISSING_HEADER'])
    expect(e.causes[0]!.message).toContain('Wechatpay-Signature')
    expect(e.steps[0]!.lines).toContain('Wechatpay-Signature: MISSING')
  })

  it('--request reads a refused request from wxpay logs --json (stdin) and compares the sign string signed', async () => {
    const mchid = ready.env.WECHATPAY_MCHID!
    const path = '/v3/pay/transactions/out-trade-no/EXPLAIN-1'
    const ts = String(Math.floor(Date.now() / 1000))
    const nonce = randomBytes(8).toString('hex')
    // The classic mistake: the query left out of what was signed.
    const signed = `GET\n${path}\n${ts}\n${nonce}\n\n`
    const signature = createSign('RSA-SHA256')
      .update(signed)
      .sign(readFileSync(ready.env.WECHATPAY_PRIVATE_KEY_PATH!), 'base64')
    const refused = await fetch(`${ready.env.WECHATPAY_BASE_URL}${path}?mchid=${mchid}`, {
      headers: {
        Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",nonce_str="${nonce}",timestamp="${ts}",serial_no="${ready.env.WECHATPAY_SERIAL}",signature="${signature}"`,
        Accept: 'application/json',
      },
    })
    expect(refused.status).toBe(401)
    const logs = await wxpay(['logs', '--failed', '--json'], env)
    expect(logs.code).toBe(0)
    // The sandbox never keeps the signature: the log holds the sign string it built, not what was signed with.
    expect(logs.stdout).not.toContain(signature.slice(0, 24))
    expect(logs.stdout).toContain('[redacted')
    const mine = file('mine.txt', signed)
    const r = await wxpay(['explain', '--request', '-', '--signed', mine], env, logs.stdout)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`GET ${path}?mchid=${mchid} → 401 SIGN_ERROR`)
    expect(r.stdout).toContain('the signature matches the path without its query string')
    expect(r.stdout).toMatch(/line 2 \(URL .*\) differs/)
    expect(r.stdout + r.stderr).not.toContain(signature)
    const json = JSON.parse((await wxpay(['explain', '--request', '-', '--json'], env, logs.stdout)).stdout) as {
      refusal: { check: string; signString: string }
    }
    expect(json.refusal.check).toBe('signature')
    expect(json.refusal.signString).toBe(`GET\n${path}?mchid=${mchid}\n${ts}\n${nonce}\n\n`)
  })
})
