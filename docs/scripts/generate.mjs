#!/usr/bin/env node
// Generates the API reference from the families registry (families.mjs): per family an overview and one page per
// endpoint and per notification, zh-CN and English; the index of families; the sidebar; the snippets' globals; and
// for the site itself the changelog pages and the benchmark partial. Run before `vitepress build`.
//
// The output is a pure function of the registries, the CHANGELOG.md files and bench/results: no timestamps, a stable
// order, and whatever a run did not write in the folders it owns is removed, so two runs give byte-identical files.
// The generated files are not committed (docs/.gitignore): a page can never drift from the schemas it documents.

import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CATALOG_DIR, loadCatalog, operationSlug, ownOperations } from './lib/catalog.mjs'
import { catalogFamilyPage, catalogIndex, catalogSidebars } from './lib/catalog-nav.mjs'
import { operationPage } from './lib/catalog-page.mjs'
import { CATALOG_TEXT } from './lib/catalog-text.mjs'
import { endpointPage } from './lib/endpoint-page.mjs'
import { resolveFamily, slug } from './lib/family.mjs'
import { LOCALES } from './lib/i18n.mjs'
import { notificationPage } from './lib/notification-page.mjs'
import { createOutput } from './lib/output.mjs'
import { apiSidebars, familiesIndex, overviewPage } from './lib/overview.mjs'
import { benchPartial, changelogIndex, changelogPage, packagesWithNames } from './lib/site-pages.mjs'

export { requestRows, responseRows } from './lib/endpoint-page.mjs'
export { benchPartial } from './lib/site-pages.mjs'

const docs = join(dirname(fileURLToPath(import.meta.url)), '..')
const repo = join(docs, '..')

/** Folders the generator owns under its output directory; everything in them is rewritten on each run. */
export const GENERATED = ['api', 'en/api', 'changelog', 'en/changelog', '.generated']

/** `declare global` of what every snippet may use unannounced: `client` and each family's facade. */
function snippetGlobals(families) {
  const imports = families.map(({ registry }) => `import type { ${registry.facade.type} } from '${registry.package}'`)
  const globals = families.map(({ registry }) => `  const ${registry.facade.variable}: ${registry.facade.type}`)
  return [
    '// Written by docs/scripts/generate.mjs from the families registry: what every docs snippet may use without',
    '// creating it. The docs tests provide each, pointed at the sandbox.',
    ...imports,
    "import type { WechatPayClient } from '@core/client'",
    '',
    'declare global {',
    '  const client: WechatPayClient',
    ...globals,
    '}',
    '',
    'export {}',
    '',
  ].join('\n')
}

/**
 * Generates the pages of `families` under `out`.
 * @param {{ families: import('./generate.mjs').DocsFamily[], out?: string, site?: boolean, catalog?: boolean }}
 *   options `site` (default true when `out` is the docs folder) adds the changelog pages and the benchmark partial;
 *   `catalog` (default: as `site`) a page per operation of `@api/catalog` that no family of `families` defines
 */
export function generate({ families: entries, out = docs, site = out === docs, catalog: withCatalog = site } = {}) {
  if (!Array.isArray(entries) || entries.length === 0)
    throw new TypeError('generate({ families }): give a non-empty list')
  const families = entries.map(resolveFamily)
  const slugs = families.map((f) => f.slug)
  if (new Set(slugs).size !== slugs.length) throw new TypeError(`generate(): two families share a slug (${slugs})`)
  const output = createOutput(out, GENERATED)
  const catalog = withCatalog ? loadCatalog(families) : []
  const operations = ownOperations(catalog)
  const packages = site ? packagesWithNames(repo) : []
  const sidebar = {}
  let pages = 0
  const page = (path, text) => {
    output.write(path, text)
    pages++
  }

  for (const { locale, prefix, dir } of LOCALES) {
    const toCatalog = catalog.length
      ? { text: CATALOG_TEXT[locale].title, link: `${prefix}/api/${CATALOG_DIR}/` }
      : undefined
    page(join(dir, 'api', 'index.md'), familiesIndex(families, locale, prefix, toCatalog))
    for (const family of families) {
      const base = join(dir, 'api', family.slug)
      page(join(base, 'index.md'), overviewPage(family, locale, prefix))
      for (const e of family.endpoints) page(join(base, `${slug(e.id)}.md`), endpointPage(family, e, locale))
      for (const n of family.notifications) page(join(base, `${slug(n.id)}.md`), notificationPage(family, n, locale))
    }
    if (catalog.length) {
      const base = join(dir, 'api', CATALOG_DIR)
      page(join(base, 'index.md'), catalogIndex(catalog, locale, prefix))
      for (const family of catalog) page(join(base, family.slug, 'index.md'), catalogFamilyPage(family, locale, prefix))
      for (const { family, op } of operations) {
        page(join(base, family.slug, `${operationSlug(op)}.md`), operationPage(family, op, locale))
      }
    }
    const api = apiSidebars(families, locale, prefix)
    if (toCatalog) {
      for (const items of Object.values(api)) items.push(toCatalog)
      Object.assign(api, catalogSidebars(catalog, locale, prefix))
    }
    sidebar[locale] = {
      api,
      changelog: packages.map((p) => ({ text: p.name, link: `${prefix}/changelog/${p.dir}` })),
    }
    if (site) {
      for (const pkg of packages) page(join(dir, 'changelog', `${pkg.dir}.md`), changelogPage(pkg, locale))
      page(join(dir, 'changelog', 'index.md'), changelogIndex(packages, locale, prefix))
      output.write(join('.generated', `bench.${locale}.md`), benchPartial(locale, join(repo, 'bench', 'results')))
    }
  }
  output.write(join('.generated', 'sidebar.json'), `${JSON.stringify(sidebar, null, 2)}\n`)
  output.write(join('.generated', 'snippet-globals.d.ts'), snippetGlobals(families))
  output.finish()
  return {
    families: families.map((f) => f.slug),
    endpoints: families.reduce((n, f) => n + f.endpoints.length, 0),
    notifications: families.reduce((n, f) => n + f.notifications.length, 0),
    catalog: { families: catalog.length, operations: operations.length },
    packages: packages.length,
    pages,
    locales: LOCALES.length,
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { FAMILIES } = await import('./families.mjs')
  const started = performance.now()
  const s = generate({ families: FAMILIES })
  const ms = Math.round(performance.now() - started)
  const { missingEnglish } = await import('./lib/english.mjs')
  const pending = missingEnglish(FAMILIES).length
  console.log(
    `docs: ${s.pages} pages (${s.families.join(', ')}: ${s.endpoints} endpoints, ${s.notifications} notifications; catalog: ${s.catalog.operations} operations in ${s.catalog.families} families; ${s.packages} changelogs; × ${s.locales} locales) in ${ms} ms (${relative(process.cwd(), docs) || '.'})`,
  )
  if (pending) console.log(`docs: ${pending} Chinese texts have no English yet (listed in docs/test/pending-en.json)`)
}
