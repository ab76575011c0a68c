#!/usr/bin/env node
// Two packaging checks over every built public package, run by `npm test` after the build:
// 1. API surface: each entry's rolled-up `.d.ts` must equal the committed report in `packages/<dir>/api/`, so any
//    change to the public API shows up in review (`node scripts/check-packages.mjs --update` rewrites the reports).
// 2. Declared dependencies: every bare import in `dist/` is the package itself, a `node:` builtin, or listed in
//    dependencies / peerDependencies (an undeclared import works in the workspace and breaks for users).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join } from 'node:path'

const root = join(import.meta.dirname, '..')
const update = process.argv.includes('--update')
const builtins = new Set(builtinModules)
const problems = []

for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgDir = join(root, 'packages', dir)
  const manifestPath = join(pkgDir, 'package.json')
  if (!existsSync(manifestPath)) continue
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  if (manifest.private) continue
  const dist = join(pkgDir, 'dist')
  if (!existsSync(dist)) {
    problems.push(`${manifest.name}: no dist/ (run the build first)`)
    continue
  }

  // 1. API reports, one per export entry.
  const apiDir = join(pkgDir, 'api')
  for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
    if (typeof conditions !== 'object') continue
    const types = conditions.import?.types
    if (!types) continue
    const entry = subpath === '.' ? 'index' : subpath.slice(2)
    const built = normalize(withChunks(join(pkgDir, types)))
    const reportPath = join(apiDir, `${entry}.d.ts`)
    if (update) {
      mkdirSync(apiDir, { recursive: true })
      writeFileSync(reportPath, built)
    } else if (!existsSync(reportPath)) {
      problems.push(`${manifest.name}${subpath.slice(1)}: no API report; run node scripts/check-packages.mjs --update`)
    } else if (readFileSync(reportPath, 'utf8') !== built) {
      problems.push(
        `${manifest.name}${subpath.slice(1)}: public API changed (packages/${dir}/api/${entry}.d.ts differs from the build); review it, then run node scripts/check-packages.mjs --update and commit the report with a changeset`,
      )
    }
  }

  // 2. Undeclared imports in the published JavaScript.
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ])
  for (const file of readdirSync(dist).filter((f) => /\.(c?js|d\.c?ts)$/.test(f))) {
    const text = readFileSync(join(dist, file), 'utf8')
    const specifiers = [
      ...text.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["']([^"'./][^"']*)["']/g),
    ].map((m) => m[1])
    for (const spec of specifiers) {
      if (spec.startsWith('node:') || builtins.has(spec)) continue
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]
      if (!declared.has(name))
        problems.push(`${manifest.name}: dist/${file} imports "${spec}" but package.json does not declare "${name}"`)
    }
  }
}

/**
 * An entry's declarations with the shared chunks it re-exports from (`./schemas-<hash>.js`, written by tsup when two
 * entries share modules) appended, so the report holds the whole API; the hashes are left out of the text.
 */
function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return ''
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  const chunks = [...text.matchAll(/from\s*'\.\/([\w.-]+-[A-Za-z0-9_]{8})\.js'/g)].map((m) => m[1])
  const unhashed = (t) => t.replace(/(['/])([\w.-]+)-[A-Za-z0-9_]{8}(\.js')/g, '$1$2-<chunk>$3')
  let out = unhashed(text)
  for (const chunk of [...new Set(chunks)]) {
    const path = join(dirname(file), `${chunk}${file.endsWith('.d.cts') ? '.d.cts' : '.d.ts'}`)
    if (existsSync(path))
      out += `\n// ── shared chunk ${chunk.replace(/-[A-Za-z0-9_]{8}$/, '-<chunk>')} ──\n${withChunks(path, seen)}`
  }
  return out
}

// Source maps and tsup banners aside, the .d.ts text is the API; normalize line endings only.
function normalize(text) {
  return `${text.replace(/\r\n/g, '\n').trimEnd()}\n`
}

if (problems.length > 0) {
  console.error(`check-packages: ${problems.length} problem(s)\n- ${[...new Set(problems)].join('\n- ')}`)
  process.exit(1)
}
console.log(
  update ? 'check-packages: API reports updated' : 'check-packages: API reports match, every import is declared',
)
