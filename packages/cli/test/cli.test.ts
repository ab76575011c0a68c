import { createDecipheriv, createPublicKey, verify } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshHome, Running, wxpay } from './run.js'

interface Received {
  headers: IncomingHttpHeaders
  body: Buffer
  verified: boolean
  resource?: Record<string, unknown>
  id: string
}

/** A merchant app that verifies and decrypts callbacks with node:crypto alone, failing its first answer. */
function startApp(keys: { publicKeyPath: string; apiv3Key: string }) {
  const received: Received[] = []
  let failNext = 1
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const h = req.headers
      const message = `${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n${body.toString('utf8')}\n`
      const verified = verify(
        'RSA-SHA256',
        Buffer.from(message),
        createPublicKey(readFileSync(keys.publicKeyPath)),
        Buffer.from(String(h['wechatpay-signature']), 'base64'),
      )
      const parsed = JSON.parse(body.toString('utf8')) as {
        id: string
        resource: { ciphertext: string; nonce: string; associated_data: string }
      }
      let resource: Record<string, unknown> | undefined
      if (verified) {
        const data = Buffer.from(parsed.resource.ciphertext, 'base64')
        const decipher = createDecipheriv('aes-256-gcm', Buffer.from(keys.apiv3Key), parsed.resource.nonce)
        decipher.setAAD(Buffer.from(parsed.resource.associated_data))
        decipher.setAuthTag(data.subarray(-16))
        resource = JSON.parse(Buffer.concat([decipher.update(data.subarray(0, -16)), decipher.final()]).toString())
      }
      received.push({ headers: h, body, verified, resource, id: parsed.id })
      if (!verified) res.writeHead(401).end()
      else if (failNext-- > 0) res.writeHead(500).end('busy')
      else res.writeHead(204).end()
    })
  })
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}/wechatpay/notify`,
        received,
        close: () => new Promise((r) => server.close(() => r())),
      })
    })
  })
}

const until = async <T>(test: () => T | undefined, what: string, ms = 15_000): Promise<T> => {
  const end = Date.now() + ms
  for (;;) {
    const v = test()
    if (v !== undefined) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('wxpay without and with --help', () => {
  it('says what to try first and exits 0; an unknown command exits 2', async () => {
    const home = freshHome()
    const bare = await wxpay([], { WXPAY_HOME: home })
    expect(bare.code).toBe(0)
    expect(bare.stdout).toContain('wxpay listen --forward-to')
    const unknown = await wxpay(['lisen'], { WXPAY_HOME: home })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown command')
    const help = await wxpay(['--help'], { WXPAY_HOME: home })
    expect(help.code).toBe(0)
    for (const name of ['sandbox', 'listen', 'trigger', 'resend', 'logs', 'request', 'explain', 'keys']) {
      expect(help.stdout).toContain(`  ${name} `)
    }
    const listenHelp = await wxpay(['listen', '--help'], { WXPAY_HOME: home })
    expect(listenHelp.stdout).toContain('--forward-to URL')
    expect(listenHelp.stdout).toContain('Exit status')
  })
})

describe('wxpay sandbox', () => {
  it('prints the WECHATPAY_* settings (--json) and the sandbox answers on them', async () => {
    const sandbox = new Running(['sandbox', '--port', '0', '--json'], { WXPAY_HOME: freshHome() })
    try {
      const doc = await sandbox.until((s) => {
        try {
          return JSON.parse(s.stdout) as { mode: string; adminUrl: string; env: Record<string, string> }
        } catch {
          return undefined
        }
      }, 'the settings')
      expect(doc.env.WECHATPAY_MCHID).toMatch(/^\d+$/)
      expect(doc.env.WECHATPAY_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+/)
      expect(readFileSync(doc.env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8')).toContain('PRIVATE KEY')
      const info = await fetch(doc.adminUrl)
      expect(info.status).toBe(200)
    } finally {
      expect(await sandbox.stop()).toBe(0)
    }
  })
})

describe('wxpay listen, trigger, resend, logs, request, explain', () => {
  const home = freshHome()
  const env = { WXPAY_HOME: home }
  let listen: Running
  let app: Awaited<ReturnType<typeof startApp>>
  let ready: { sandbox: string; env: Record<string, string> }

  beforeAll(async () => {
    // The app's address must be known before listen starts: bind a server first, then give it the keys.
    const keys = { publicKeyPath: '', apiv3Key: '' }
    app = await startApp(keys)
    listen = new Running(
      ['listen', '--forward-to', app.url, '--families', 'pay', '--retry-delays', '300,300', '--json'],
      env,
    )
    ready = (await listen.until(
      (s) => s.records().find((r) => r.type === 'ready'),
      'the ready record',
    )) as unknown as typeof ready
    keys.publicKeyPath = ready.env.WECHATPAY_PUBLIC_KEY_PATH!
    keys.apiv3Key = ready.env.WECHATPAY_APIV3_KEY!
  })
  afterAll(async () => {
    await listen?.stop()
    await app?.close()
  })

  it('listen prints the keys to configure, with the key files 0600', () => {
    expect(ready.env.WECHATPAY_PUBLIC_KEY_ID).toMatch(/^PUB_KEY_ID_/)
    expect(ready.env.WECHATPAY_APIV3_KEY).toHaveLength(32)
    expect(statSync(ready.env.WECHATPAY_PUBLIC_KEY_PATH!).mode & 0o777).toBe(0o600)
    expect(readFileSync(ready.env.WECHATPAY_PUBLIC_KEY_PATH!, 'utf8')).toContain('BEGIN PUBLIC KEY')
  })

  it('trigger transaction.success --override amount.total=1 reaches the app signed and encrypted, retried after a 500', async () => {
    const fired = await wxpay(['trigger', 'transaction.success', '--override', 'amount.total=1', '--json'], env)
    const doc = JSON.parse(fired.stdout) as { notification: { id: string }; delivered: boolean }
    // The app answered 500 the first time.
    expect(fired.code).toBe(1)
    expect(doc.delivered).toBe(false)
    const id = doc.notification.id
    const attempts = await until(() => {
      const mine = app.received.filter((r) => r.id === id)
      return mine.length >= 2 ? mine : undefined
    }, 'the retry')
    expect(attempts.every((a) => a.verified)).toBe(true)
    expect(attempts[0]!.body.equals(attempts[1]!.body)).toBe(true)
    expect(attempts[0]!.resource).toMatchObject({ trade_state: 'SUCCESS', amount: { total: 1 } })
    const shown = await listen.until((s) => {
      const d = s.records().filter((r) => r.type === 'delivery' && r.notificationId === id)
      return d.length >= 2 ? d : undefined
    }, 'listen showing both deliveries')
    expect(shown.map((d) => d.status)).toEqual([500, 204])
  })

  it('resend replays one notification: same id and body, a fresh signature; exit 0 when the app answers 2xx', async () => {
    const first = app.received.find((r) => r.verified)!
    const before = app.received.length
    const result = await wxpay(['resend', first.id, '--json'], env)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ notification: first.id, attempt: { ok: true, status: 204 } })
    const again = app.received[before]!
    expect(again.id).toBe(first.id)
    expect(again.body.equals(first.body)).toBe(true)
    expect(again.headers['wechatpay-nonce']).not.toBe(first.headers['wechatpay-nonce'])
    expect(again.verified).toBe(true)
  })

  it('logs --failed shows why a badly signed request was refused', async () => {
    const refused = await fetch(
      `${ready.env.WECHATPAY_BASE_URL}/v3/pay/transactions/out-trade-no/none?mchid=${ready.env.WECHATPAY_MCHID}`,
      {
        headers: {
          Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${ready.env.WECHATPAY_MCHID}",nonce_str="abc",timestamp="${Math.floor(Date.now() / 1000)}",serial_no="${ready.env.WECHATPAY_SERIAL}",signature="AAAA"`,
          Accept: 'application/json',
        },
      },
    )
    expect(refused.status).toBe(401)
    const json = await wxpay(['logs', '--failed', '--json'], env)
    expect(json.code).toBe(0)
    const entries = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.every((e) => Number(e.status) >= 400 || e.status === undefined)).toBe(true)
    const text = await wxpay(['logs', '--failed'], env)
    expect(text.stdout).toContain('SIGN_ERROR')
    expect(text.stdout).toMatch(/sign string/)
    expect(text.stdout).not.toContain('signature="AAAA"')
  })

  it('request GET /v3/… against the sandbox prints the verified answer; --verbose never prints a secret', async () => {
    const fired = await wxpay(['trigger', 'transaction.success', '--json'], env)
    const created = JSON.parse(fired.stdout) as { notification: { resource?: unknown } }
    // Find the out_trade_no from what the app decrypted.
    const paid = await until(() => app.received.filter((r) => r.resource).at(-1), 'a paid order')
    const outTradeNo = String(paid.resource!.out_trade_no)
    expect(created).toBeDefined()
    const result = await wxpay(
      [
        'request',
        'GET',
        '/v3/pay/transactions/out-trade-no/{no}',
        '--param',
        `no=${outTradeNo}`,
        '--query',
        `mchid=${ready.env.WECHATPAY_MCHID}`,
        '--verbose',
      ],
      { ...env, ...ready.env },
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(outTradeNo)
    const all = result.stdout + result.stderr
    expect(all).not.toContain(ready.env.WECHATPAY_APIV3_KEY)
    const privateKey = readFileSync(ready.env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8')
    const keyBody = privateKey.split('\n')[1]!
    expect(all).not.toContain(keyBody)
    expect(all).not.toMatch(/signature="[A-Za-z0-9+/=]{20,}"/)
    const missing = await wxpay(
      [
        'request',
        'GET',
        '/v3/pay/transactions/out-trade-no/nope',
        '--query',
        `mchid=${ready.env.WECHATPAY_MCHID}`,
        '--json',
      ],
      { ...env, ...ready.env },
    )
    expect(missing.code).toBe(1)
  })

  it('explain verifies a captured callback, names a re-serialized body and a wrong APIv3 key, and prints no secret', async () => {
    const captured = app.received.find((r) => r.verified)!
    const dir = freshHome()
    const headers = join(dir, 'headers.json')
    writeFileSync(headers, JSON.stringify(captured.headers))
    const body = join(dir, 'body.json')
    writeFileSync(body, captured.body)
    const keyArgs = ['--key', `${ready.env.WECHATPAY_PUBLIC_KEY_ID}=${ready.env.WECHATPAY_PUBLIC_KEY_PATH}`]
    const apiv3 = join(dir, 'apiv3.txt')
    writeFileSync(apiv3, ready.env.WECHATPAY_APIV3_KEY!)
    const now = ['--now', String(captured.headers['wechatpay-timestamp'])]

    const good = await wxpay(
      ['explain', '--headers', headers, '--body', body, ...keyArgs, '--apiv3-key-file', apiv3, ...now, '--json'],
      env,
    )
    expect(good.code).toBe(0)
    expect((JSON.parse(good.stdout) as { causes: unknown[] }).causes).toEqual([])

    const reserialized = join(dir, 'reserialized.json')
    writeFileSync(reserialized, JSON.stringify(JSON.parse(captured.body.toString()), null, 2))
    const bad = await wxpay(
      ['explain', '--headers', headers, '--body', reserialized, ...keyArgs, ...now, '--json'],
      env,
    )
    expect(bad.code).toBe(1)
    expect((JSON.parse(bad.stdout) as { causes: { code: string }[] }).causes.map((c) => c.code)).toContain(
      'RESERIALIZED_BODY',
    )

    const wrongKey = join(dir, 'wrong.txt')
    writeFileSync(wrongKey, 'x'.repeat(32))
    const wrong = await wxpay(
      ['explain', '--headers', headers, '--body', body, ...keyArgs, '--apiv3-key-file', wrongKey, ...now],
      env,
    )
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toContain('WRONG_APIV3_KEY')
    expect(wrong.stdout + wrong.stderr).not.toContain('x'.repeat(32))
    expect(good.stdout + good.stderr).not.toContain(ready.env.WECHATPAY_APIV3_KEY)
  })
})

describe('wxpay keys inspect', () => {
  it('tells a private key, a certificate and a public key apart, and whether a key matches a certificate', async () => {
    const env = { WXPAY_HOME: freshHome() }
    const sandbox = new Running(['sandbox', '--mode', 'both', '--json'], env)
    try {
      const doc = await sandbox.until((s) => {
        try {
          return JSON.parse(s.stdout) as { env: Record<string, string> }
        } catch {
          return undefined
        }
      }, 'the settings')
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
    } finally {
      await sandbox.stop()
    }
  })
})
