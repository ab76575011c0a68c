#!/usr/bin/env node
// Extracts every TypeScript code block of the site (guides and generated API pages, both locales) and of the READMEs
// (the repository's and each package's) into `.snippets/` so `tsc -p tsconfig.snippets.json` type-checks them against
// the built packages and the docs tests can run the API-page ones, and the README blocks marked `ts sandbox`, against
// the sandbox. What readers copy is exactly what is checked.
//
// A snippet may use `client` and each family's facade (`busifavor`, `pay`) without creating them (declared in
// .generated/snippet-globals.d.ts, written by generate.mjs from the families registry); everything else it imports.
// A snippet importing a package the docs package cannot resolve is set aside as "pending" and reported, so a missing
// dependency is visible instead of silently unchecked.

import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const docs = join(dirname(fileURLToPath(import.meta.url)), '..')
const repo = join(docs, '..')
export const OUT = join(docs, '.snippets')
const SKIP = new Set(['node_modules', '.vitepress', '.snippets', '.generated', 'public', 'test', 'scripts'])
const FENCE = /^(?<indent> {0,3})(?<fence>`{3,}|~{3,})(?<info>[^\n`]*)\n(?<code>[\s\S]*?)^\k<indent>\k<fence>[ \t]*$/gm
const LANGS = new Set(['ts', 'typescript'])

function markdownFiles(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name)) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path))
    else if (name.endsWith('.md')) out.push(path)
  }
  return out
}

/** The repository README and each package's, named `readme/<path>` in the manifest. */
function readmeFiles() {
  const packages = join(repo, 'packages')
  const files = [join(repo, 'README.md')]
  for (const dir of readdirSync(packages).sort()) files.push(join(packages, dir, 'README.md'))
  return files.filter((file) => existsSync(file))
}

function frontmatterOf(text) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  const out = {}
  if (!match) return out
  for (const line of match[1].split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line)
    if (!kv) continue
    try {
      out[kv[1]] = JSON.parse(kv[2])
    } catch {
      out[kv[1]] = kv[2].replace(/^['"]|['"]$/g, '')
    }
  }
  return out
}

/** Package names a snippet imports (`node:` built-ins left out). */
export function importsOf(code) {
  const names = new Set()
  for (const m of code.matchAll(/^\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2]
    if (spec.startsWith('node:') || spec.startsWith('.')) continue
    const parts = spec.split('/')
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0])
  }
  return [...names]
}

/**
 * Whether Node's own lookup from docs/ finds the package. NODE_PATH is ignored on purpose: package-manager shims set
 * it to the hoisted store, where anything resolves, which would hide a dependency missing from docs/package.json.
 */
function resolvable(name) {
  for (let dir = docs; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return true
    if (dirname(dir) === dir) return false
  }
}

function slugify(text) {
  return (
    text
      .toLowerCase()
      .replace(/\.then/g, 'then')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'code'
  )
}

/** Maps a zh/en tab label back to its style id (labels differ by locale, the code does not). */
async function styleOfLabel() {
  const { LABELS } = await import('./lib/snippets.mjs')
  const map = new Map()
  for (const labels of Object.values(LABELS)) for (const [style, label] of Object.entries(labels)) map.set(label, style)
  return map
}

/**
 * Writes `.snippets/**` and `.snippets/manifest.json`; returns the manifest.
 * @returns {Promise<{ snippets: object[], pending: object[] }>}
 */
export async function extract() {
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const styles = await styleOfLabel()
  const byHash = new Map()
  const sources = [
    ...markdownFiles(docs).map((file) => ({ file, page: relative(docs, file).split(sep).join('/') })),
    ...readmeFiles().map((file) => ({ file, page: `readme/${relative(repo, file).split(sep).join('/')}` })),
  ]
  for (const { file, page } of sources) {
    const text = readFileSync(file, 'utf8')
    const fm = frontmatterOf(text)
    let index = 0
    for (const m of text.matchAll(FENCE)) {
      const info = m.groups.info.trim()
      const lang = info.split(/[\s[{:]/)[0]
      if (!LANGS.has(lang)) continue
      index++
      const label = /\[([^\]]*)\]/.exec(info)?.[1] ?? ''
      const code = m.groups.code
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 10)
      const existing = byHash.get(hash)
      if (existing) {
        existing.pages.push(page)
        continue
      }
      const base = page.replace(/^en\//, '').replace(/\.md$/, '')
      byHash.set(hash, {
        hash,
        pages: [page],
        label,
        style: styles.get(label),
        family: fm.family,
        endpoint: fm.endpoint,
        notification: fm.notification,
        // A README block that calls the API says so (```ts sandbox): the docs tests run it against the sandbox.
        sandbox: page.startsWith('readme/') && /(^|\s)sandbox(\s|$)/.test(info.slice(lang.length)),
        imports: importsOf(code),
        file: `${base}/${String(index).padStart(2, '0')}-${slugify(label || lang)}-${hash}.ts`,
        code,
      })
    }
  }
  const snippets = []
  const pending = []
  for (const entry of byHash.values()) {
    const missing = entry.imports.filter((name) => !resolvable(name))
    const isModule = /^\s*(import|export)\s/m.test(entry.code)
    // `export {}` makes every snippet a module: top-level await works and names do not clash across snippets.
    const body = `// extracted from ${entry.pages.join(', ')}${entry.label ? ` [${entry.label}]` : ''}\n${entry.code}${isModule ? '' : '\nexport {}\n'}`
    const { code: _code, ...meta } = entry
    if (missing.length) {
      entry.file = `pending/${entry.file}`
      pending.push({ ...meta, file: entry.file, missing })
    } else {
      snippets.push({ ...meta })
    }
    const target = join(OUT, entry.file)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, body)
  }
  const manifest = { snippets, pending }
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = await extract()
  console.log(`docs: extracted ${manifest.snippets.length} snippets to ${relative(process.cwd(), OUT) || OUT}`)
  if (manifest.pending.length) {
    const missing = [...new Set(manifest.pending.flatMap((p) => p.missing))].sort()
    console.warn(
      `docs: ${manifest.pending.length} snippets NOT type-checked: the docs package cannot resolve ${missing.join(', ')} ` +
        `(add ${missing.length > 1 ? 'them' : 'it'} to docs/package.json devDependencies). Snippets: ${OUT}/pending`,
    )
  }
  if (!existsSync(join(OUT, 'manifest.json'))) process.exitCode = 1
}
