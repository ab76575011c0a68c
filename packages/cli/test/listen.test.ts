// `wxpay listen` forwarding to a node:http app that verifies with node:crypto alone; `trigger` and `resend` on it.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { startSandbox } from '@tools/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, type Received, type ReceiverKeys, startNodeApp } from './apps.js'
import { freshHome, Running, until, wxpay } from './run.js'

describe('wxpay listen → a node:http app, trigger, resend', () => {
  const env = { WXPAY_HOME: freshHome() }
  let listen: Running
  let app: App & { received: Received[]; keys: ReceiverKeys }
  let ready: { sandbox: string; env: Record<string, string> }

  beforeAll(async () => {
    app = await startNodeApp(1)
    listen = new Running(
      ['listen', '--forward-to', app.url, '--families', 'pay', '--retry-delays', '300,300', '--json'],
      env,
    )
    ready = (await listen.until(
      (s) => s.records().find((r) => r.type === 'ready'),
      'the ready record',
    )) as unknown as typeof ready
    app.keys.publicKeyId = ready.env.WECHATPAY_PUBLIC_KEY_ID!
    app.keys.publicKeyPath = ready.env.WECHATPAY_PUBLIC_KEY_PATH!
    app.keys.apiv3Key = ready.env.WECHATPAY_APIV3_KEY!
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

  it('trigger and resend exit 2 on an unknown event or a bad --override, 1 on an unknown notification', async () => {
    const unknown = await wxpay(['trigger', 'transaction.sucess'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('transaction.success')
    const badOverride = await wxpay(['trigger', 'transaction.success', '--override', 'amount.total'], env)
    expect(badOverride.code).toBe(2)
    const missing = await wxpay(['resend', 'no-such-notification'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no-such-notification')
  })
})

describe('wxpay listen lifecycle', () => {
  it('needs --forward-to (exit 2); stopping it removes its key files and the sandbox state', async () => {
    const env = { WXPAY_HOME: freshHome() }
    const usage = await wxpay(['listen'], env)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--forward-to')
    const listen = new Running(['listen', '--forward-to', 'http://127.0.0.1:9/notify', '--json'], env)
    const ready = (await listen.until((s) => s.records().find((r) => r.type === 'ready'), 'ready')) as {
      env: Record<string, string>
    }
    expect(existsSync(ready.env.WECHATPAY_PUBLIC_KEY_PATH!)).toBe(true)
    expect(existsSync(ready.env.WECHATPAY_PRIVATE_KEY_PATH!)).toBe(true)
    expect(await listen.stop()).toBe(0)
    expect(existsSync(ready.env.WECHATPAY_PUBLIC_KEY_PATH!)).toBe(false)
    expect(existsSync(ready.env.WECHATPAY_PRIVATE_KEY_PATH!)).toBe(false)
    // No sandbox is announced any more: trigger has none to talk to (exit 3).
    const after = await wxpay(['trigger', 'transaction.success'], env)
    expect(after.code).toBe(3)
    expect(after.stderr).toContain('no sandbox')
  })

  it('attached to a running sandbox, stopping switches forwarding off only while it is still its own', async () => {
    const sandbox = await startSandbox()
    const forwardTo = async () =>
      ((await (await fetch(`${sandbox.url}/__sandbox/callbacks`)).json()) as { forward_to: string | null }).forward_to
    const listenTo = async (target: string) => {
      const running = new Running(['listen', '--sandbox', sandbox.url, '--forward-to', target, '--json'], {
        WXPAY_HOME: freshHome(),
      })
      await running.until((s) => s.records().find((r) => r.type === 'ready'), `ready (${target})`)
      return running
    }
    try {
      const first = await listenTo('http://127.0.0.1:9/first')
      const second = await listenTo('http://127.0.0.1:9/second')
      // The second listen took the sandbox over: the first one leaving must not switch its forwarding off.
      expect(await first.stop()).toBe(0)
      expect(await forwardTo()).toBe('http://127.0.0.1:9/second')
      expect(await second.stop()).toBe(0)
      expect(await forwardTo()).toBeNull()
    } finally {
      await sandbox.close()
    }
  })
})
