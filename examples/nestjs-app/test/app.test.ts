// Starts the example against the sandbox: in-process through Nest's testing module (the env handed in by overriding
// APP_ENV), and as users run it — the built `node dist/main.cjs` child process, CommonJS.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { INestApplication } from '@nestjs/common'
import { Test } from '@nestjs/testing'
import { type Sandbox, startSandbox } from '@tools/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_OPTIONS, AppModule } from '../src/app.module.js'
import { APP_ENV } from '../src/config.js'

let sb: Sandbox
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  sb = await startSandbox({ callbackRetryDelaysMs: [20, 40] })
  // The app reads keys from files, as a deployment would mount them.
  dir = mkdtempSync(join(tmpdir(), 'nestjs-app-'))
  writeFileSync(join(dir, 'apiclient_key.pem'), sb.merchant.privateKeyPem)
  writeFileSync(join(dir, 'pub_key.pem'), sb.platform.publicKeyPem)
  env = {
    WECHATPAY_MCHID: sb.merchant.mchid,
    WECHATPAY_SERIAL: sb.merchant.serial,
    WECHATPAY_PRIVATE_KEY_PATH: join(dir, 'apiclient_key.pem'),
    WECHATPAY_PUBLIC_KEY_ID: sb.platform.serial,
    WECHATPAY_PUBLIC_KEY_PATH: join(dir, 'pub_key.pem'),
    WECHATPAY_APIV3_KEY: sb.apiv3Key,
    WECHATPAY_BASE_URL: sb.url,
  }
})

afterAll(async () => {
  await sb?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function json(response: Response): Promise<{ status: number; body: any }> {
  const text = await response.text()
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
}

/** The example's HTTP API, whichever way the app was started. */
function exercise(base: () => string) {
  it('a coupon sent in the sandbox reaches NotifyController (204) and GET /coupons/:code shows it', async () => {
    const coupon = sb.seed.sendCoupon()
    const record = await sb.callbacks.waitFor({ couponCode: coupon.coupon_code })
    expect(record.attempts.map((a) => a.status)).toEqual([204])
    const { status, body } = await json(await fetch(`${base()}/coupons/${coupon.coupon_code}`))
    expect(status).toBe(200)
    expect(body).toMatchObject({
      coupon_code: coupon.coupon_code,
      stock_id: coupon.stock_id,
      notification_id: record.id,
    })
  })

  it('POST /coupons/:code/deactivate deactivates it in the sandbox; a second request-no is refused 400', async () => {
    const coupon = sb.seed.sendCoupon()
    const deactivate = (requestNo: string) =>
      fetch(`${base()}/coupons/${coupon.coupon_code}/deactivate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          stock_id: coupon.stock_id,
          deactivate_request_no: requestNo,
          deactivate_reason: '订单取消',
        }),
      })
    const first = await json(await deactivate(`DEACT-${coupon.coupon_code}`))
    expect(first.status).toBe(200)
    expect(first.body.wechatpay_deactivate_time).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(sb.state.coupon(coupon.coupon_code)?.coupon_state).toBe('DEACTIVATED')
    // The same request-no again is a safe retry: the same answer.
    const retry = await json(await deactivate(`DEACT-${coupon.coupon_code}`))
    expect(retry.body.wechatpay_deactivate_time).toBe(first.body.wechatpay_deactivate_time)
    const again = await json(await deactivate(`DEACT2-${coupon.coupon_code}`))
    expect(again.status).toBe(400)
    expect(again.body.code).toBe('INVALID_REQUEST')
  })

  it('POST /coupons/:code/deactivate without stock_id is a 400 and sends nothing', async () => {
    const before = sb.requestLog.size
    const answer = await json(
      await fetch(`${base()}/coupons/C-1/deactivate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }),
    )
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe('INVALID_INPUT')
    expect(sb.requestLog.size).toBe(before)
  })

  it("the sandbox's signature probe is refused with 401", async () => {
    const record = await sb.callbacks.probe(`${base()}/wechatpay/notify`)
    expect(record.attempts.map((a) => a.status)).toEqual([401])
  })
}

describe('in-process (Test.createTestingModule, APP_ENV overridden)', () => {
  let app: INestApplication
  let url: string

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(APP_ENV)
      .useValue(env)
      .compile()
    app = moduleRef.createNestApplication({ ...APP_OPTIONS, logger: false })
    await app.listen(0, '127.0.0.1')
    url = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`
    sb.seed.setNotifyUrl(`${url}/wechatpay/notify`)
  })

  afterAll(async () => {
    await app?.close()
  })

  exercise(() => url)

  it('without the WECHATPAY_* variables the app refuses to start and names them', async () => {
    const compiling = Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(APP_ENV)
      .useValue({ WECHATPAY_MCHID: '1900000001' })
      .compile()
    await expect(compiling).rejects.toThrow(
      'set WECHATPAY_SERIAL, WECHATPAY_PRIVATE_KEY_PATH, WECHATPAY_PUBLIC_KEY_ID, WECHATPAY_PUBLIC_KEY_PATH, WECHATPAY_APIV3_KEY',
    )
  })
})

describe('node dist/main.cjs (the built CommonJS app)', () => {
  const main = join(import.meta.dirname, '..', 'dist', 'main.cjs')
  let child: ChildProcess
  let url: string
  let output = ''

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build first (pnpm turbo run build).`)
    child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH, ...env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the app did not start:\n${output}`)), 15_000)
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        const match = /listening on (http:\/\/\S+)/.exec(output)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!.replace('[::1]', '127.0.0.1'))
        }
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`the app exited with ${code}:\n${output}`))
      })
    })
    sb.seed.setNotifyUrl(`${url}/wechatpay/notify`)
  })

  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL')
  })

  exercise(() => url)

  it('logs each verified callback and runs the shutdown hooks (closing the client) on SIGTERM', async () => {
    expect(output).toMatch(/COUPON\.SEND \S+ \(stock \d+\), notification \S+/)
    // Nothing secret is ever printed.
    expect(output).not.toMatch(/PRIVATE KEY|Authorization|signature="/)
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    )
    child.kill('SIGTERM')
    // Nest re-raises the signal once every onApplicationShutdown hook has finished (a failing hook exits 1).
    expect(await exited).toBe('SIGTERM')
    expect(output).toMatch(/shut down \(SIGTERM\)/)
  })
})
