// Every API-page snippet is run against the sandbox: the exact text extracted from the generated pages, with
// `client` and `busifavor` pointed at a fresh sandbox loaded with the documented example values. A snippet that no
// longer compiles (see typecheck.test.ts) or no longer works fails here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBusifavor, type EndpointId, endpoints } from '@api/busifavor'
import { createClient, type WechatPayClient } from '@core/client'
import { generateSandboxKeys, type Sandbox, type SandboxKeys, startSandbox } from '@tools/sandbox'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
// @ts-expect-error plain ESM build scripts without type declarations
import { exampleInput } from '../scripts/examples.mjs'
// @ts-expect-error plain ESM build scripts without type declarations
import { extract, OUT } from '../scripts/extract-snippets.mjs'
// @ts-expect-error plain ESM build scripts without type declarations
import { generate } from '../scripts/generate.mjs'
// @ts-expect-error plain ESM build scripts without type declarations
import { controllerRoute } from '../scripts/lib/snippets.mjs'

interface SnippetEntry {
  file: string
  pages: string[]
  label: string
  style?: string
  endpoint?: EndpointId
  imports: string[]
  missing?: string[]
}

// Generation and extraction run at collection time: the test list below is built from what they produce.
generate()
const manifest: { snippets: SnippetEntry[]; pending: SnippetEntry[] } = await extract()

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
const expressSnippets = manifest.snippets.filter((s) => s.endpoint && s.style === 'express')

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
const open: { sandbox?: Sandbox; client?: WechatPayClient }[] = []

beforeAll(() => {
  keys = generateSandboxKeys()
  workdir = mkdtempSync(join(tmpdir(), 'wxpay-docs-'))
  writeFileSync(join(workdir, 'logo.png'), PNG)
  process.chdir(workdir)
})

afterEach(async () => {
  vi.restoreAllMocks()
  for (const { sandbox, client } of open.splice(0)) {
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

// The Express tabs are modules exporting `app`: mount it, call the merchant route it declares, check the answer.
// Defined only when the docs package can resolve `express` (see the pending list otherwise), so nothing is skipped.
if (expressSnippets.length > 0)
  describe('Express tabs serve their route against the sandbox', () => {
    it.each(expressSnippets.map((s) => [s.endpoint as string, s] as const))('%s', async (_title, snippet) => {
      const id = snippet.endpoint as EndpointId
      const endpoint = endpoints[id]
      await world()
      const { app } = (await import(join(OUT, snippet.file))) as {
        app: { listen(port: number, host: string, cb: () => void): import('node:http').Server }
      }
      const server = await new Promise<import('node:http').Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s))
      })
      try {
        const input = exampleInput(endpoint) as Record<string, unknown>
        const { full } = controllerRoute(endpoint)
        const path = full.replace(/:(\w+)/g, (_: string, name: string) => encodeURIComponent(String(input[name])))
        const body = Object.fromEntries(
          Object.entries(input).filter(([k]) => endpoint.body && Object.hasOwn(endpoint.body.shape, k)),
        )
        const { port } = server.address() as import('node:net').AddressInfo
        const response = await fetch(`http://127.0.0.1:${port}${path}`, {
          method: endpoint.method,
          headers: endpoint.body ? { 'content-type': 'application/json' } : {},
          body: endpoint.body ? JSON.stringify(body) : undefined,
        })
        expect(response.status).toBe(endpoint.response ? 200 : 204)
        if (endpoint.response) expectValidAnswer(id, 'express', await response.json())
      } finally {
        await new Promise((resolve) => server.close(resolve))
      }
    })
  })

describe('snippets that cannot be checked yet', () => {
  it('name the dependency the docs package is missing', () => {
    for (const p of manifest.pending) expect(p.missing?.length, p.file).toBeGreaterThan(0)
    // Each is written out for inspection, so the report can point at it.
    for (const p of manifest.pending) expect(readFileSync(join(OUT, p.file), 'utf8')).toContain('import')
  })
})
