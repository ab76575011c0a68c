// Every API-page snippet is run against the sandbox: the exact text extracted from the generated pages, with
// `client` and `busifavor` pointed at a fresh sandbox loaded with the documented example values. A snippet that no
// longer compiles (see typecheck.test.ts) or no longer works fails here.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBusifavor, type EndpointId, endpoints } from '@api/busifavor'
import { createClient, type WechatPayClient } from '@core/client'
import { signNotificationForTest } from '@core/signer/testing'
import { generateSandboxKeys, type Sandbox, type SandboxKeys, startSandbox } from '@tools/sandbox'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { RawCode } from '../../scripts/lib/literal.mjs'
import { exampleInput } from '../scripts/examples.mjs'
import { extract, OUT } from '../scripts/extract-snippets.mjs'
import { generate } from '../scripts/generate.mjs'
import { controllerRoute } from '../scripts/lib/snippets.mjs'
import { serveExpress, serveNest } from './frameworks.js'

interface SnippetEntry {
  file: string
  sandbox?: boolean
  pages: string[]
  label: string
  style?: string
  endpoint?: EndpointId
  notification?: string
  imports: string[]
  missing?: string[]
}

const docs = fileURLToPath(new URL('..', import.meta.url))

// Generation and extraction run at collection time: the test list below is built from what they produce.
generate()
const manifest = (await extract()) as { snippets: SnippetEntry[]; pending: SnippetEntry[] }

const CLIENT_STYLES = new Set([
  'facade-await',
  'facade-then',
  'chained-await',
  'chained-then',
  'chain-await',
  'chain-then',
  'bracket-await',
  'bracket-then',
  'upload-await',
  'upload-then',
])
const apiSnippets = manifest.snippets.filter((s) => s.endpoint && s.style && CLIENT_STYLES.has(s.style))

// 1×1 PNG, for the image-upload example (`readFile('logo.png')`).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** State an example needs beyond the sandbox's seeded examples (e.g. an association before disassociating). */
const SETUP: Partial<Record<EndpointId, (busifavor: ReturnType<typeof createBusifavor>) => Promise<unknown>>> = {
  get_notify_url: (b) => b.setNotifyUrl({ mchid: '1900000001', notify_url: 'https://pay.weixin.qq.com' }),
  disassociate_trade: (b) => {
    const input = exampleInput(endpoints.disassociate_trade)
    return b.associateTrade({
      stock_id: input.stock_id,
      coupon_code: input.coupon_code,
      out_trade_no: input.out_trade_no,
      out_request_no: 'docs-setup-associate-0001',
    })
  },
}

let keys: SandboxKeys
let workdir: string
const cwd = process.cwd()
const open: { sandbox?: Sandbox; client?: WechatPayClient; close?: () => Promise<void> }[] = []

beforeAll(() => {
  keys = generateSandboxKeys()
  workdir = mkdtempSync(join(tmpdir(), 'wxpay-docs-'))
  writeFileSync(join(workdir, 'logo.png'), PNG)
  process.chdir(workdir)
})

afterEach(async () => {
  vi.restoreAllMocks()
  // Last opened, first closed: a served app goes before the client and sandbox it uses.
  for (const { sandbox, client, close } of open.splice(0).reverse()) {
    await close?.()
    await client?.close()
    await sandbox?.close()
  }
})

afterAll(() => {
  process.chdir(cwd)
  rmSync(workdir, { recursive: true, force: true })
})

async function world() {
  const sandbox = await startSandbox({ keys, seedExamples: true })
  const client = createClient({
    mchid: sandbox.merchant.mchid,
    serial: sandbox.merchant.serial,
    privateKey: sandbox.merchant.privateKeyPem,
    platformKeys: sandbox.platform.keys,
    apiv3Key: sandbox.apiv3Key,
    baseUrl: sandbox.url,
  })
  open.push({ sandbox, client })
  const busifavor = createBusifavor(client)
  Object.assign(globalThis, { client, busifavor })
  return { sandbox, client, busifavor }
}

/** Captures console output; resolves with the first `console.log` arguments or rejects on `console.error`. */
function captureConsole(timeoutMs = 10_000) {
  let settle: { resolve: (args: unknown[]) => void; reject: (e: unknown) => void } | undefined
  const done = new Promise<unknown[]>((resolve, reject) => {
    settle = { resolve, reject }
  })
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => settle?.resolve(args))
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => settle?.reject(args[0]))
  const timer = setTimeout(() => settle?.reject(new Error('the snippet printed nothing')), timeoutMs)
  return done.finally(() => clearTimeout(timer))
}

/** The example input as a client of the merchant's route sends it: code values (`new Date()…`) evaluated. */
function requestValues(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, v instanceof RawCode ? new Function(`return ${v.code}`)() : v]),
  )
}

function expectValidAnswer(endpointId: EndpointId, style: string, printed: unknown) {
  const endpoint = endpoints[endpointId]
  if (!endpoint.response) {
    expect(printed).toBe(style.startsWith('facade') ? 'done' : 204)
    return
  }
  const parsed = endpoint.response.safeParse(printed)
  expect(parsed.error?.issues ?? []).toEqual([])
  expect(printed).toBeTypeOf('object')
}

describe('API-page snippets run against the sandbox', () => {
  it('every endpoint page has snippets to run', () => {
    const covered = new Set(apiSnippets.map((s) => s.endpoint))
    expect([...covered].sort()).toEqual(Object.keys(endpoints).sort())
  })

  it.each(apiSnippets.map((s) => [`${s.endpoint} [${s.label}]`, s] as const))('%s', async (_title, snippet) => {
    const { busifavor } = await world()
    await SETUP[snippet.endpoint as EndpointId]?.(busifavor)
    const printed = captureConsole()
    await import(join(OUT, snippet.file))
    const [value] = await printed
    expectValidAnswer(snippet.endpoint as EndpointId, snippet.style as string, value)
  })
})

// The framework tabs are modules exporting an Express `app` or a NestJS controller: serve them, call the merchant
// route they declare, check the answer. Defined only when the docs package resolves the framework (otherwise the
// snippets are listed as pending below), so nothing is ever skipped.
const frameworkSnippets = manifest.snippets.filter((s) => s.endpoint && (s.style === 'express' || s.style === 'nestjs'))
if (frameworkSnippets.length > 0) {
  describe('Express and NestJS tabs serve their route against the sandbox', () => {
    it.each(frameworkSnippets.map((s) => [`${s.endpoint} [${s.label}]`, s] as const))('%s', async (_title, snippet) => {
      const id = snippet.endpoint as EndpointId
      const endpoint = endpoints[id]
      const { sandbox, busifavor } = await world()
      await SETUP[id]?.(busifavor)
      const module = (await import(join(OUT, snippet.file))) as Record<string, unknown>
      const served = snippet.style === 'express' ? await serveExpress(module) : await serveNest(module, sandbox)
      try {
        const input = requestValues(exampleInput(endpoint) as Record<string, unknown>)
        const { full } = controllerRoute(endpoint)
        const path = full.replace(/:(\w+)/g, (_: string, name: string) => encodeURIComponent(String(input[name])))
        const body = Object.fromEntries(
          Object.entries(input).filter(([k]) => endpoint.body && Object.hasOwn(endpoint.body.shape, k)),
        )
        const response = await fetch(`${served.url}${path}`, {
          method: endpoint.method,
          headers: endpoint.body ? { 'content-type': 'application/json' } : {},
          body: endpoint.body ? JSON.stringify(body) : undefined,
        })
        const text = await response.text()
        // NestJS answers a POST with 201 unless told otherwise; Express's res.json with 200.
        const ok = snippet.style === 'nestjs' && endpoint.method === 'POST' ? 201 : 200
        expect([response.status, text]).toEqual([ok, expect.any(String)])
        expectValidAnswer(id, snippet.style as string, JSON.parse(text))
      } finally {
        await served.close()
      }
    })
  })
}

// The notification page: each way of receiving COUPON.SEND gets a real callback from the sandbox.
const notificationSnippets = manifest.snippets.filter((s) => s.notification)
describe('notification-page snippets receive a COUPON.SEND from the sandbox', () => {
  it.each(notificationSnippets.map((s) => [s.label, s] as const))('%s', async (_title, snippet) => {
    const { sandbox } = await world()
    const module = (await import(join(OUT, snippet.file))) as Record<string, unknown>
    const code = `docs-notify-${snippet.style}`
    const printed = captureConsole()
    if (snippet.style === 'neutral') {
      const handler = module.notifications as {
        handle(request: { headers: Record<string, string>; body: string }): Promise<{ status: number }>
      }
      const { headers, body } = signNotificationForTest({
        event: {
          event_type: 'COUPON.SEND',
          resource: {
            coupon_code: code,
            stock_id: '1234567891',
            send_time: '2025-05-20T13:29:35+08:00',
            send_channel: 'BUSICOUPON_SEND_CHANNEL_API',
            send_merchant: sandbox.merchant.mchid,
          },
        },
        apiv3Key: sandbox.apiv3Key,
        platformPrivateKey: sandbox.platform.privateKeyPem,
        serial: sandbox.platform.serial,
      })
      expect((await handler.handle({ headers, body })).status).toBe(204)
    } else {
      const served = snippet.style === 'express' ? await serveExpress(module) : await serveNest(module, sandbox)
      open.push({ close: served.close })
      sandbox.seed.setNotifyUrl(`${served.url}/wechatpay/notify`)
      sandbox.seed.sendCoupon({ stock_id: '1234567891', coupon_code: code })
      const record = await sandbox.callbacks.waitFor({ couponCode: code })
      expect(record.state).toBe('delivered')
    }
    const args = await printed
    expect(args).toContain(code)
  })
})

// README blocks marked ```ts sandbox: run with the settings the real `wxpay-sandbox --seed-examples` prints (as
// `npm run sandbox -- --seed-examples > .env` gives them to an app) and `client` / `busifavor` built from them.
const readmeSnippets = manifest.snippets.filter((s) => s.pages.some((page) => page.startsWith('readme/')))
const sandboxCli = join(dirname(createRequire(import.meta.url).resolve('@tools/sandbox/package.json')), 'dist/cli.js')

async function cliSandbox(): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [sandboxCli, '--seed-examples', '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const printed = await new Promise<{ env: Record<string, string> }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      try {
        resolve(JSON.parse(out))
      } catch {}
    })
    child.once('exit', (code) => reject(new Error(`wxpay-sandbox exited with ${code}: ${out}`)))
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    child.kill('SIGTERM')
    await exited
  }
  return { env: printed.env, stop }
}

describe('README blocks that call the API run against the sandbox', () => {
  it('the README blocks that run are the ones marked ts sandbox', () => {
    expect(readmeSnippets.filter((s) => s.sandbox).map((s) => s.pages[0])).toEqual([
      'readme/README.md',
      'readme/packages/client/README.md',
      'readme/packages/sandbox/README.md',
    ])
  })

  it.each(readmeSnippets.filter((s) => s.sandbox).map((s) => [s.file, s] as const))('%s', async (_title, snippet) => {
    const { env, stop } = await cliSandbox()
    const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
    Object.assign(process.env, env)
    const client = createClient({
      mchid: env.WECHATPAY_MCHID as string,
      serial: env.WECHATPAY_SERIAL as string,
      privateKey: readFileSync(env.WECHATPAY_PRIVATE_KEY_PATH as string),
      platformKeys: {
        [env.WECHATPAY_PUBLIC_KEY_ID as string]: readFileSync(env.WECHATPAY_PUBLIC_KEY_PATH as string, 'utf8'),
      },
      baseUrl: env.WECHATPAY_BASE_URL as string,
    })
    open.push({ client, close: stop })
    Object.assign(globalThis, { client, busifavor: createBusifavor(client) })
    vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      await import(join(OUT, snippet.file))
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  })
})

describe('every extracted snippet type-checks', () => {
  it('tsc -p tsconfig.snippets.json reports no error', () => {
    // Against the built packages (dist), as users compile them; `turbo run build` built them before the tests.
    const tsc = join(docs, 'node_modules', 'typescript', 'bin', 'tsc')
    const result = spawnSync(process.execPath, [tsc, '-p', join(docs, 'tsconfig.snippets.json')], { encoding: 'utf8' })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 120_000)
})

describe('snippets that cannot be checked yet', () => {
  it('name the dependency the docs package is missing', () => {
    for (const p of manifest.pending) expect(p.missing?.length, p.file).toBeGreaterThan(0)
    // Each is written out for inspection, so the report can point at it.
    for (const p of manifest.pending) expect(readFileSync(join(OUT, p.file), 'utf8')).toContain('import')
  })
})
