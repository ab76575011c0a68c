#!/usr/bin/env node
// Writes what each API family would otherwise list by hand, from its registry (`registry.ts`, the one list):
// - `generated/facade.ts`: the facade interface, one method per endpoint with TSDoc made from the definition's docs
//   (summary, description, idempotency rule, errors, example);
// - the export block of the family's barrels (`index.ts`, `schemas.ts`) between the `#region generated` markers.
// `--check` writes nothing and fails when a file is stale (npm test runs it). A family is any `packages/*/src/` or
// `tests/*/fixtures/*/` folder holding a `registry.ts`.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { renderFacade, renderTypes } from './lib/facade-doc.mjs'
import { importSource } from './lib/ts-import.mjs'
import { root } from './lib/workspace.mjs'

const BEGIN = '// #region generated: endpoint definitions'
const END = '// #endregion generated'
const BANNER = 'written by scripts/generate-families.mjs from the registry (npm run generate)'

/** Folders holding a registry.ts: every family of the workspace and the test fixtures. */
export function familyDirs() {
  const dirs = []
  for (const name of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', name, 'src')
    if (existsSync(join(src, 'registry.ts'))) dirs.push(src)
  }
  const tests = join(root, 'tests')
  for (const name of existsSync(tests) ? readdirSync(tests) : []) {
    const fixtures = join(tests, name, 'fixtures')
    if (!existsSync(fixtures)) continue
    for (const fixture of readdirSync(fixtures)) {
      if (existsSync(join(fixtures, fixture, 'registry.ts'))) dirs.push(join(fixtures, fixture))
    }
  }
  return dirs
}

function isFamily(value) {
  return value !== null && typeof value === 'object' && typeof value.endpoints === 'object' && value.facade?.type
}

function isDefinition(value) {
  return value !== null && typeof value === 'object' && typeof value.id === 'string' && value.docs?.zh !== undefined
}

/** Which module under `dir` exports each definition, and under which name. */
async function definitionModules(dir) {
  const found = new Map()
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : walk(path)
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
    })
  for (const file of walk(dir).sort()) {
    if (file.endsWith('registry.ts')) continue
    const text = readFileSync(file, 'utf8')
    if (!/\bdefine(Endpoint|Notification)\(/.test(text)) continue
    const module = await importSource(file)
    for (const [name, value] of Object.entries(module)) {
      if (isDefinition(value) && !found.has(value)) found.set(value, { file, name })
    }
  }
  return found
}

function biomeFormat(path, text) {
  const bin = join(root, 'node_modules', '.bin', 'biome')
  return execFileSync(bin, ['check', '--write', `--stdin-file-path=${path}`], {
    input: text,
    encoding: 'utf8',
    cwd: root,
  })
}

/** A module specifier for `file` as imported from `from` (a file path). */
function specifier(from, file) {
  const spec = relative(dirname(from), file).replace(/\.ts$/, '.js')
  return spec.startsWith('.') ? spec : `./${spec}`
}

function locate(dir, family, modules) {
  return (definition) => {
    const where = modules.get(definition)
    if (where === undefined) throw new Error(`${family.package}: no module under ${dir} exports ${definition.id}`)
    return where
  }
}

function exportBlock(dir, barrel, family, modules) {
  const byFile = new Map()
  const where = locate(dir, family, modules)
  for (const definition of [...Object.values(family.endpoints), ...Object.values(family.notifications)]) {
    const { file, name } = where(definition)
    const names = byFile.get(file) ?? []
    names.push(name)
    byFile.set(file, names)
  }
  const lines = [...byFile.entries()]
    .map(([file, names]) => {
      const spec = specifier(barrel, file)
      return [spec, `export { ${names.sort().join(', ')} } from '${spec}'`]
    })
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, line]) => line)
  return lines.join('\n')
}

/** The barrel with its generated block replaced (undefined when the file has no markers). */
function withBlock(text, block) {
  const begin = text.indexOf(BEGIN)
  const end = text.indexOf(END)
  if (begin === -1 || end === -1) return undefined
  const head = text.slice(0, text.indexOf('\n', begin) + 1)
  return `${head}${block}\n${text.slice(end)}`
}

/** Every file a family's generation owns, with its expected content. */
export async function familyOutputs(dir) {
  const registry = await importSource(join(dir, 'registry.ts'))
  const families = Object.entries(registry).filter(([, value]) => isFamily(value))
  if (families.length !== 1) throw new Error(`${dir}/registry.ts must export exactly one family (defineFamily)`)
  const [, family] = families[0]
  const modules = await definitionModules(dir)
  const outputs = []
  const typesPath = join(dir, 'generated', 'types.ts')
  const types = renderTypes(family, locate(dir, family, modules), BANNER, (file) => specifier(typesPath, file))
  outputs.push([typesPath, biomeFormat(typesPath, types)])
  const facadePath = join(dir, 'generated', 'facade.ts')
  outputs.push([facadePath, biomeFormat(facadePath, renderFacade(family, BANNER))])
  for (const name of ['index.ts', 'schemas.ts']) {
    const barrel = join(dir, name)
    if (!existsSync(barrel)) continue
    const text = readFileSync(barrel, 'utf8')
    const next = withBlock(text, exportBlock(dir, barrel, family, modules))
    if (next !== undefined) outputs.push([barrel, biomeFormat(barrel, next)])
  }
  return outputs
}

async function main() {
  const check = process.argv.includes('--check')
  const stale = []
  let count = 0
  for (const dir of familyDirs()) {
    for (const [path, content] of await familyOutputs(dir)) {
      count++
      const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
      if (current === content) continue
      if (check) stale.push(relative(root, path))
      else {
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, content)
      }
    }
  }
  if (stale.length) {
    console.error(`families: generated files are stale: ${stale.join(', ')}\nRun: npm run generate, then commit them.`)
    process.exit(1)
  }
  console.log(`families: ${count} generated files ${check ? 'up to date' : 'written'}`)
}

if (process.argv[1] === import.meta.filename) await main()
