// What an editor sees, through the TypeScript language service over the built @core/client: route completions
// after `client.request('POST /v3/pay/`, segment completions on the chain, an error that names the nearest routes —
// and, in a program that does not import @api/catalog, the client exactly as untyped as before plus the escape hatch.
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const dir = join(import.meta.dirname, '..')
const CONSUMER = join(dir, 'test', '__consumer__.ts')
const CATALOG = join(dir, 'src', 'index.ts')
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
}

/** A language service over one in-memory consumer file (plus the catalog's source when it imports it). */
function service(text: string) {
  const files = text.includes('@api/catalog') ? [CONSUMER, CATALOG] : [CONSUMER]
  const source = text.replace("import '@api/catalog'", "import '../src/index.js'")
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => files,
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const content = file === CONSUMER ? source : ts.sys.readFile(file)
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content)
    },
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === CONSUMER || ts.sys.fileExists(file),
    readFile: (file) => (file === CONSUMER ? source : ts.sys.readFile(file)),
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  const ls = ts.createLanguageService(host)
  return {
    completions: () => ls.getCompletionsAtPosition(CONSUMER, source.length, {})?.entries.map((e) => e.name) ?? [],
    errors: () =>
      [...ls.getSyntacticDiagnostics(CONSUMER), ...ls.getSemanticDiagnostics(CONSUMER)].map((d) => ({
        code: d.code,
        text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      })),
  }
}

const HEAD = "import type { WechatPayClient } from '@core/client'\ndeclare const client: WechatPayClient\n"

describe('with @api/catalog imported', { timeout: 60_000 }, () => {
  it("completes routes after client.request('POST /v3/pay/ — the pay routes among them", () => {
    const names = service(`import '@api/catalog'\n${HEAD}client.request('POST /v3/pay/`).completions()
    // Narrowed as typed: only POST routes below /v3/pay/ (the parameter type of a partial route is its neighbours).
    expect(names.every((name) => name.startsWith('POST /v3/pay/'))).toBe(true)
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /v3/pay/transactions/jsapi',
        'POST /v3/pay/transactions/app',
        'POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close',
        'POST /v3/pay/partner/transactions/jsapi',
      ]),
    )
    expect(names.length).toBeGreaterThan(20)
  })

  it('completes the next segments of a chain, and the typed verb of an operation node', () => {
    expect(service(`import '@api/catalog'\n${HEAD}client.v3.pay.transactions.`).completions()).toEqual(
      // (`out-trade-no` is completed inside brackets: client.v3.pay.transactions['out-trade-no'])
      expect.arrayContaining(['jsapi', 'app', 'h5', 'native', 'id']),
    )
    expect(service(`import '@api/catalog'\n${HEAD}client.v3.pay.transactions.jsapi.`).completions()).toEqual(['post'])
  })

  it('a mistyped route is one error listing the nearest routes, not a thousand', () => {
    const errors = service(
      `import '@api/catalog'\n${HEAD}void client.request('POST /v3/pay/transactions/jsapl', { json: {} as never })\n`,
    ).errors()
    expect(errors).toHaveLength(1)
    expect(errors[0]?.text).toMatch(
      /parameter of type '"POST \/v3\/pay\/transactions\/jsapi" \| "POST \/v3\/pay\/transactions\/jsapi-with-contract"'/,
    )
  })
})

describe('without @api/catalog', { timeout: 60_000 }, () => {
  it('chained properties are ChainNode | undefined under noUncheckedIndexedAccess, as they always were', () => {
    const errors = service(`${HEAD}void client.v3.pay.transactions.jsapi.post({ json: {} })\n`).errors()
    expect(errors.map((e) => e.code)).toContain(18048)
  })

  it('the same calls compile through the escape hatch (object form, chain<unknown>()), and route strings are untyped', () => {
    const errors = service(
      `${HEAD}export async function f() {
  const a = await client.request<{ prepay_id: string }>({ method: 'POST', url: '/v3/pay/transactions/jsapi', json: {} })
  const b = await client.chain<unknown>('v3/pay/transactions/jsapi').post<{ prepay_id: string }>({ json: {} })
  const c = await client.request('POST /v3/anything/at/all', { json: { free: 'form' } })
  const d: unknown = c.data
  return [a.data.prepay_id, b.data.prepay_id, d]
}\n`,
    ).errors()
    expect(errors).toEqual([])
  })
})
