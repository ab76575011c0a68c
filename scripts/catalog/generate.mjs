#!/usr/bin/env node
// `npm run catalog`: the APIv3 catalog, in two stages.
// 1. reference → spec: shared/reference/apiv3 (see reference.mjs for where it is looked up) into the project's own
//    spec files, packages/catalog/spec/<family>.json and webhooks.json, committed and reviewed; the operations and
//    callbacks of the curated families (busifavor, pay) come from their registries instead, and the reference's
//    version of them is kept in spec/curated-baseline.json (so stage 2 needs no reference).
// 2. spec → code: the TypeScript types (src/generated), the runtime index, the generated compile test
//    (test/generated) and spec/CURATED-DIFFERENCES.md.
// `--check` writes nothing and fails when any output is stale (npm test runs it). Without the reference (a plain
// clone), stage 1 is checked from the committed spec and the curated registries only, and it says so.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { root } from '../lib/workspace.mjs'
import { renderCompileTest } from './compile-tests.mjs'
import { curatedFamilies, curatedOperation, curatedWebhooks } from './curated.mjs'
import { operationDifferences, renderDifferences, webhookDifferences } from './differences.mjs'
import { specJson } from './json.mjs'
import { findReference, loadReference, operationOf, referenceStamp } from './reference.mjs'
import { renderEncrypted, renderEvents, renderRoutes } from './routes.mjs'
import { renderFamily } from './typescript.mjs'
import { webhookOf } from './webhooks.mjs'

export const CATALOG = join(root, 'packages', 'catalog')
const SPEC = join(CATALOG, 'spec')
/** Folders whose every file this script writes: a file it no longer writes is removed. */
const OWNED = [join(CATALOG, 'src', 'generated'), join(CATALOG, 'test', 'generated')]

export const fileOf = (family) => family.replace(/\//g, '-')
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))

/** Stage 1 from the reference: families of operations, webhooks, the curated baseline and the index. */
function specFromReference(dir) {
  const reference = loadReference(dir)
  const families = new Map()
  for (const [family, ops] of reference.families) families.set(family, ops.map(operationOf))
  const baseline = {
    operations: [],
    webhooks: reference.webhooks.map((hook) => webhookOf(hook)),
  }
  return { reference, families, baseline, stamp: referenceStamp(dir), index: reference.index }
}

/** Stage 1 without the reference: the committed spec, to be re-checked against the curated registries. */
function specFromFiles() {
  const index = readJson(join(SPEC, 'index.json'))
  const families = new Map()
  for (const { family } of index.families)
    families.set(family, readJson(join(SPEC, `${fileOf(family)}.json`)).operations)
  const baseline = readJson(join(SPEC, 'curated-baseline.json'))
  return { families, baseline, stamp: index.reference, index: index.ids.map((id) => ({ id })) }
}

/** Puts the curated families' operations and callbacks in place of the reference's. */
async function applyCurated(spec, fromReference) {
  const families = await curatedFamilies(root)
  const baselineOps = []
  const curatedOps = []
  for (const family of families) {
    for (const endpoint of Object.values(family.endpoints)) {
      const route = `${endpoint.method} ${endpoint.path}`
      const found = [...spec.families].find(([, ops]) => ops.some((op) => op.route === route))
      if (!found) throw new Error(`${family.package} ${endpoint.id}: ${route} is not in the reference`)
      const [name, ops] = found
      const at = ops.findIndex((op) => op.route === route)
      const referenceOp = fromReference ? ops[at] : spec.baseline.operations.find((op) => op.route === route)
      if (!referenceOp) throw new Error(`${route}: not in spec/curated-baseline.json; run npm run catalog`)
      const op = curatedOperation(family, endpoint, referenceOp)
      baselineOps.push(referenceOp)
      curatedOps.push(op)
      spec.families.set(
        name,
        ops.map((o, i) => (i === at ? op : o)),
      )
    }
  }
  const hooks = curatedWebhooks(families)
  const baselineHooks = fromReference
    ? spec.baseline.webhooks.filter((h) => hooks.has(h.event_type))
    : spec.baseline.webhooks
  const webhooks = fromReference
    ? spec.baseline.webhooks.map((h) => (hooks.has(h.event_type) ? curatedWebhook(h, hooks.get(h.event_type)) : h))
    : readJson(join(SPEC, 'webhooks.json')).events.map((h) =>
        hooks.has(h.event_type) ? curatedWebhook(h, hooks.get(h.event_type)) : h,
      )
  const differences = {
    operations: operationDifferences(curatedOps, baselineOps),
    webhooks: webhookDifferences(hooks, baselineHooks),
    sources: families.map((f) => `\`${f.package}\``),
  }
  return { webhooks, baseline: { operations: baselineOps, webhooks: baselineHooks }, differences }
}

function curatedWebhook(hook, curated) {
  const { resource_variants: _variants, resource: _resource, ...rest } = hook
  return { ...rest, source: curated.source, resource: curated.resource }
}

/** Every output file with its content. */
export async function outputs() {
  const dir = findReference(root)
  const spec = dir ? specFromReference(dir) : specFromFiles()
  const { webhooks, baseline, differences } = await applyCurated(spec, dir !== undefined)
  const files = []
  const families = [...spec.families]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([family, operations]) => ({ family, file: fileOf(family), operations }))
  for (const { family, file, operations } of families) {
    files.push([join(SPEC, `${file}.json`), specJson({ family, operations })])
    files.push([join(CATALOG, 'src', 'generated', 'families', `${file}.ts`), renderFamily(family, operations)])
    files.push([join(CATALOG, 'test', 'generated', `${file}.ts`), renderCompileTest(family, operations)])
  }
  const all = families.flatMap((f) => f.operations)
  files.push([join(SPEC, 'webhooks.json'), specJson({ events: webhooks })])
  files.push([join(SPEC, 'curated-baseline.json'), specJson(baseline)])
  files.push([join(SPEC, 'CURATED-DIFFERENCES.md'), renderDifferences(differences)])
  files.push([
    join(SPEC, 'index.json'),
    specJson({
      reference: spec.stamp,
      operations: all.length,
      webhooks: webhooks.length,
      families: families.map(({ family, file, operations }) => ({
        family,
        file: `${file}.json`,
        operations: operations.length,
        curated: operations.filter((op) => op.source !== 'reference').length,
      })),
      ids: spec.index.map((entry) => entry.id),
    }),
  ])
  files.push([join(CATALOG, 'src', 'generated', 'routes.ts'), renderRoutes(families)])
  files.push([join(CATALOG, 'src', 'generated', 'events.ts'), renderEvents(webhooks)])
  files.push([join(CATALOG, 'src', 'generated', 'encrypted.ts'), renderEncrypted(all)])
  return { files, reference: dir }
}

function owned(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? owned(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

async function main() {
  const check = process.argv.includes('--check')
  const { files, reference } = await outputs()
  const expected = new Map(files)
  const stale = []
  for (const [path, content] of files) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
    if (current === content) continue
    if (check) stale.push(relative(root, path))
    else {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, content)
    }
  }
  const specFiles = readdirSync(SPEC).map((name) => join(SPEC, name))
  for (const path of [...OWNED.flatMap(owned), ...specFiles]) {
    if (expected.has(path)) continue
    if (check) stale.push(`${relative(root, path)} (no longer generated)`)
    else rmSync(path)
  }
  const source = reference
    ? `from ${relative(root, reference) || reference}`
    : 'from the committed spec (no reference found: set WXPAY_APIV3_REFERENCE to check the spec against it)'
  if (check && stale.length) {
    console.error(`catalog: ${stale.length} stale file(s); run npm run catalog:\n- ${stale.join('\n- ')}`)
    process.exit(1)
  }
  console.log(`catalog: ${files.length} files ${check ? 'up to date' : 'written'}, ${source}`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main()
