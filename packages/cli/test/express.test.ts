// `wxpay listen` forwarding to an Express 5 app that uses @adapters/express: the adapter verifies and decrypts what
// the sandbox sends, refuses the signature probe, and its dedupe answers a `wxpay resend` without a second handling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, type Handled, startExpressApp } from './apps.js'
import { freshHome, Running, until, wxpay } from './run.js'

type ExpressApp = Awaited<ReturnType<typeof startExpressApp>>

describe('wxpay listen → Express 5 with @adapters/express', () => {
  const env = { WXPAY_HOME: freshHome() }
  let listen: Running
  let app: App & ExpressApp
  const handledOf = (id: string) => app.handled.filter((h: Handled) => h.id === id)
  const deliveriesOf = (id: string) =>
    listen.records().filter((r) => r.type === 'delivery' && r.notificationId === id && r.probe !== true)

  beforeAll(async () => {
    app = await startExpressApp()
    listen = new Running(['listen', '--forward-to', app.url, '--probe', '--json'], env)
    const ready = (await listen.until((s) => s.records().find((r) => r.type === 'ready'), 'the ready record')) as {
      env: Record<string, string>
    }
    // Configured with exactly what listen printed.
    app.configure({
      publicKeyId: ready.env.WECHATPAY_PUBLIC_KEY_ID!,
      publicKeyPath: ready.env.WECHATPAY_PUBLIC_KEY_PATH!,
      apiv3Key: ready.env.WECHATPAY_APIV3_KEY!,
    })
  })
  afterAll(async () => {
    await listen?.stop()
    await app?.close()
  })

  it('the adapter refuses the WECHATPAY/SIGNTEST/ probe with 401; listen records it as refused', async () => {
    const probe = await listen.until(
      (s) => s.records().find((r) => r.type === 'delivery' && r.probe === true),
      'the probe delivery',
    )
    expect(probe).toMatchObject({ ok: false, status: 401 })
    expect(app.answers[0]).toBe(401)
    expect(app.handled).toEqual([])
  })

  it('trigger transaction.success: verified and decrypted by the adapter, handled once, answered 204', async () => {
    const fired = await wxpay(['trigger', 'transaction.success', '--override', 'amount.total=1', '--json'], env)
    expect(fired.code).toBe(0)
    const doc = JSON.parse(fired.stdout) as { notification: { id: string }; delivered: boolean }
    expect(doc.delivered).toBe(true)
    const id = doc.notification.id
    const [handled] = handledOf(id)
    expect(handled).toMatchObject({
      eventType: 'TRANSACTION.SUCCESS',
      resource: { trade_state: 'SUCCESS', amount: { total: 1 } },
    })
    const shown = await until(() => (deliveriesOf(id).length > 0 ? deliveriesOf(id) : undefined), 'the line')
    expect(shown.map((d) => d.status)).toEqual([204])
  })

  it('resend is a duplicate to the adapter: 2xx again, the handler not called a second time', async () => {
    const fired = await wxpay(['trigger', 'refund.success', '--json'], env)
    expect(fired.code).toBe(0)
    const id = (JSON.parse(fired.stdout) as { notification: { id: string } }).notification.id
    expect(handledOf(id)).toHaveLength(1)
    expect(handledOf(id)[0]!.eventType).toBe('REFUND.SUCCESS')
    for (let i = 0; i < 2; i++) {
      const resent = await wxpay(['resend', id, '--json'], env)
      expect(resent.code).toBe(0)
      expect(JSON.parse(resent.stdout)).toMatchObject({ attempt: { ok: true, status: 204, resend: true } })
    }
    expect(handledOf(id)).toHaveLength(1)
    const shown = await listen.until(
      () => (deliveriesOf(id).length >= 3 ? deliveriesOf(id) : undefined),
      'the resends on listen',
    )
    expect(shown.map((d) => [d.status, d.resend === true])).toEqual([
      [204, false],
      [204, true],
      [204, true],
    ])
  })

  it('coupon.send (busifavor) reaches the same route and handler', async () => {
    const fired = await wxpay(['trigger', 'coupon.send', '--json'], env)
    expect(fired.code).toBe(0)
    const id = (JSON.parse(fired.stdout) as { notification: { id: string } }).notification.id
    const [handled] = await until(() => (handledOf(id).length ? handledOf(id) : undefined), 'the coupon')
    expect(handled!.eventType).toBe('COUPON.SEND')
    expect(typeof handled!.resource.coupon_code).toBe('string')
  })
})
