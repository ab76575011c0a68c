// What the catalog's route types cost the compiler: `tsc --extendedDiagnostics` on a consumer file making ten calls,
// typed through `@api/catalog` versus the same ten calls through the untyped escape hatch. Three runs each,
// alternating; medians of check time and memory. Run: node bench/src/catalog-types/run.mjs (after the build).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const fixtures = join(root, 'tests/consumers/fixtures')
// Inside the catalog package, so `@api/catalog` (self-reference) and `@core/client` resolve to the built packages.
const work = join(root, 'packages/catalog/.tsc-cost')
const tsc = join(root, 'node_modules/typescript/bin/tsc')
const RUNS = 3

/** The fixture's three calls, three times over, plus a tenth (the prepay). */
function tenCalls(fixture, tenth) {
  const source = readFileSync(join(fixtures, fixture), 'utf8').replace(/\/\/ @ts-expect-error[^\n]*\n[^\n]*\n/, '')
  const copies = [1, 2, 3].map((n) =>
    source.replace(/^import[^\n]*\n/gm, '').replace('function calls(', `function calls${n}(`),
  )
  const imports = source.match(/^import[^\n]*\n/gm).join('')
  return `${imports}${copies.join('\n')}\nexport const tenth = (client: WechatPayClient) => ${tenth}\n`
}

const PREPAY_JSON =
  "{ appid: 'wx1', mchid: '1900000001', description: 'd', out_trade_no: 'o1', notify_url: 'https://e.x/n', amount: { total: 1 }, payer: { openid: 'o' } }"
const programs = {
  untyped: tenCalls(
    'catalog-untyped.mts',
    `client.request({ method: 'POST', url: '/v3/pay/transactions/jsapi', json: ${PREPAY_JSON} })`,
  ),
  typed: tenCalls('catalog.mts', `client.request('POST /v3/pay/transactions/jsapi', { json: ${PREPAY_JSON} })`),
}

function measure(name) {
  const file = join(work, `${name}.mts`)
  const config = join(work, `tsconfig.${name}.json`)
  writeFileSync(file, programs[name])
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'node16',
        moduleResolution: 'node16',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        noUncheckedIndexedAccess: true,
        types: [],
      },
      files: [file],
    }),
  )
  const out = execFileSync(process.execPath, [tsc, '-p', config, '--extendedDiagnostics'], { encoding: 'utf8' })
  const number = (label) => Number(out.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm'))?.[1])
  return { check: number('Check time'), total: number('Total time'), memory: number('Memory used') / 1024 }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
const samples = { untyped: [], typed: [] }
try {
  for (let i = 0; i < RUNS; i++) for (const name of ['untyped', 'typed']) samples[name].push(measure(name))
} finally {
  rmSync(work, { recursive: true, force: true })
}
const row = (name) => {
  const s = samples[name]
  return {
    check: median(s.map((x) => x.check)),
    total: median(s.map((x) => x.total)),
    memory: median(s.map((x) => x.memory)),
  }
}
const a = row('untyped')
const b = row('typed')
console.log(
  JSON.stringify(
    {
      runs: RUNS,
      untyped: a,
      typed: b,
      added: { check: b.check - a.check, total: b.total - a.total, memory: b.memory - a.memory },
    },
    null,
    2,
  ),
)
