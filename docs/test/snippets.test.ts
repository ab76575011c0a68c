// Every API-page snippet of every family is run against the sandbox: the exact text extracted from the generated
// pages, with `client` and each family facade (`busifavor`, `pay`) pointed at a fresh sandbox loaded with the
// documented example values. The framework tabs are served and called; the notification pages get real callbacks.
// Then the examples run again with the sandbox clock and the process clock a year ahead: no date in them may expire.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@core/client'
import { generateSandboxKeys, type SandboxKeys } from '@tools/sandbox'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { exampleInput } from '../scripts/examples.mjs'
import { extract, OUT } from '../scripts/extract-snippets.mjs'
import { FAMILIES } from '../scripts/families.mjs'
import { generate } from '../scripts/generate.mjs'
import { controllerRoute } from '../scripts/lib/frameworks.mjs'
import { serveExpress, serveNest, serveNode } from './frameworks.js'
import {
  captureConsole,
  endpointOf,
  expectValidAnswer,
  factories,
  families,
  familyOf,
  requestValues,
  SETUP,
  type SnippetEntry,
  startWorld,
  TRIGGERS,
  type World,
} from './world.js'

const docs = fileURLToPath(new URL('..', import.meta.url))

// Generation and extraction run at collection time: the test list below is built from what they produce.
generate({ families: FAMILIES })
const manifest = (await extract()) as { snippets: SnippetEntry[]; pending: SnippetEntry[] }

const CALL_STYLES = /^(facade|chained|chain|bracket|upload)-(then|await)$/
const apiSnippets = manifest.snippets.filter((s) => s.endpoint && s.style && CALL_STYLES.test(s.style))
const title = (s: SnippetEntry) => `${s.family}/${s.endpoint ?? s.notification} [${s.label}]`
const key = (s: SnippetEntry) => `${s.family}/${s.endpoint ?? s.notification}`

// 1×1 PNG, for the image-upload example (`readFile('logo.png')`).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

let keys: SandboxKeys
let workdir: string
const cwd = process.cwd()
const open: { close(): Promise<void> }[] = []

beforeAll(() => {
  keys = generateSandboxKeys()
  workdir = mkdtempSync(join(tmpdir(), 'wxpay-docs-'))
  writeFileSync(join(workdir, 'logo.png'), PNG)
  process.chdir(workdir)
})

afterEach(async () => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  // Last opened, first closed: a served app goes before the client and sandbox it uses.
  for (const item of open.splice(0).reverse()) await item.close()
})

afterAll(() => {
  process.chdir(cwd)
  rmSync(workdir, { recursive: true, force: true })
})

async function world(clock?: () => number): Promise<World> {
  const w = await startWorld(keys, clock)
  open.push(w)
  return w
}

/** Runs an API-page snippet: the state its example needs, the snippet itself, and a check of what it printed. */
async function runCallSnippet(snippet: SnippetEntry, file = snippet.file, clock?: () => number) {
  const { facades } = await world(clock)
  await SETUP[key(snippet)]?.(facades)
  const printed = captureConsole()
  await import(join(OUT, file))
  const [value] = await printed
  expectValidAnswer(snippet, value)
}

describe('API-page snippets run against the sandbox', () => {
  it('every endpoint page of every family has snippets to run', () => {
    const covered = new Set(apiSnippets.map(key))
    const all = families.flatMap((f) => f.endpoints.map((e) => `${f.slug}/${e.id}`))
    expect([...covered].sort()).toEqual(all.sort())
  })

  it.each(apiSnippets.map((s) => [title(s), s] as const))('%s', async (_title, snippet) => {
    await runCallSnippet(snippet)
  })
})

// The framework tabs are modules exporting an Express `app` or a NestJS controller: serve them, call the merchant
// route they declare, check the answer. Defined only when the docs package resolves the framework (otherwise the
// snippets are listed as pending below), so nothing is ever skipped.
const frameworkSnippets = manifest.snippets.filter((s) => s.endpoint && (s.style === 'express' || s.style === 'nestjs'))
if (frameworkSnippets.length > 0) {
  describe('Express and NestJS tabs serve their route against the sandbox', () => {
    it.each(frameworkSnippets.map((s) => [title(s), s] as const))('%s', async (_title, snippet) => {
      const family = familyOf(snippet.family)
      const endpoint = endpointOf(snippet)
      const { sandbox, facades } = await world()
      await SETUP[key(snippet)]?.(facades)
      const module = (await import(join(OUT, snippet.file))) as Record<string, unknown>
      const served =
        snippet.style === 'express'
          ? await serveExpress(module)
          : await serveNest(module, sandbox, Object.values(factories))
      open.push(served)
      const input = requestValues(exampleInput(endpoint) as Record<string, unknown>)
      const { full } = controllerRoute(endpoint, family.routeBase)
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
      expectValidAnswer(snippet, JSON.parse(text))
    })
  })
}

// The notification pages: each way of receiving a callback gets a real one from the sandbox, signed and encrypted.
const notificationSnippets = manifest.snippets.filter((s) => s.notification)
describe('notification-page snippets receive a real callback from the sandbox', () => {
  it('every notification page of every family has its three ways of receiving', () => {
    const covered = notificationSnippets.map((s) => `${key(s)} ${s.style}`).sort()
    const all = families.flatMap((f) => f.notifications.map((n) => `${f.slug}/${n.id}`))
    expect(covered).toEqual(all.flatMap((n) => ['express', 'nestjs', 'neutral'].map((s) => `${n} ${s}`)).sort())
  })

  it.each(notificationSnippets.map((s) => [title(s), s] as const))('%s', async (_title, snippet) => {
    const { sandbox } = await world()
    const module = (await import(join(OUT, snippet.file))) as Record<string, unknown>
    const served =
      snippet.style === 'express'
        ? await serveExpress(module)
        : snippet.style === 'nestjs'
          ? await serveNest(module, sandbox, Object.values(factories))
          : await serveNode(module)
    open.push(served)
    const printed = captureConsole()
    const trigger = TRIGGERS[key(snippet)]
    if (!trigger) throw new Error(`${key(snippet)}: add how the sandbox sends it to TRIGGERS in world.ts`)
    const resource = await trigger(sandbox, `${served.url}/wechatpay/notify`)
    const [eventType, received] = await printed
    const definition = familyOf(snippet.family).registry.notifications[snippet.notification as string]
    expect(definition?.eventTypes).toContain(eventType)
    expect(received).toMatchObject(resource)
  })
})

// No time bomb: each example again, with the sandbox's clock and the process's Date a year ahead.
const YEAR_MS = 366 * 86_400_000
const facadeSnippets = apiSnippets.filter((s) => s.style === 'facade-await')
describe('the examples still run a year from now (sandbox clock and process clock moved ahead)', () => {
  it('one facade example per endpoint of every family', () => {
    expect(facadeSnippets.map(key).sort()).toEqual(
      families.flatMap((f) => f.endpoints.map((e) => `${f.slug}/${e.id}`)).sort(),
    )
  })

  it.each(facadeSnippets.map((s) => [title(s), s] as const))('%s', async (_title, snippet) => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: Date.now() + YEAR_MS })
    // A module runs once: a copy of the snippet runs it again under the moved clock.
    const file = snippet.file.replace(/\.ts$/, '.ahead.ts')
    copyFileSync(join(OUT, snippet.file), join(OUT, file))
    await runCallSnippet(snippet, file, () => Date.now())
  })
})

// README blocks marked ```ts sandbox: run with the settings the real `wxpay-sandbox --seed-examples` prints (as
// `npm run sandbox -- --seed-examples > .env` gives them to an app) and `client` and the facades built from them.
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
    open.push({ close: stop }, client)
    const facades = families.map((f) => [f.registry.facade.variable, factories[f.slug]!(client)])
    Object.assign(globalThis, { client, ...Object.fromEntries(facades) })
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
