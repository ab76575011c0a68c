// The APIv3 catalog as the docs read it: the committed spec files of `@api/catalog` (packages/catalog/spec, written by
// scripts/catalog/generate.mjs from the reference), one family per file, every operation with its request parts,
// response, example and official pages. An operation a curated family defines (its `source` names the package and
// endpoint, e.g. `@api/pay#jsapi_prepay`) links to that family's page instead of getting one of its own.

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { slug } from './family.mjs'

/** The spec folder of `@api/catalog`. */
export const CATALOG_SPEC = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'packages',
  'catalog',
  'spec',
)

/** The folder of the catalog pages under `/api/`. */
export const CATALOG_DIR = 'catalog'

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))

/** `bill_sub_merchant_fundflowbill_get` → the page slug, as the curated pages do (`_` → `-`). */
export const operationSlug = (op) => slug(op.id)

export const methodOf = (op) => op.route.slice(0, op.route.indexOf(' '))
export const pathOf = (op) => op.route.slice(op.route.indexOf(' ') + 1)

/**
 * The catalog's families in the spec's order, each `{ family, file, slug, operations }` (`slug`: the page folder,
 * the spec file name without `.json`). Each operation gains `curated`: the link to its curated page, per locale
 * prefix, when a curated family of `families` defines it.
 * @param {ReturnType<import('./family.mjs').resolveFamily>[]} families the resolved docs families
 * @param {string} [dir] the spec folder
 */
export function loadCatalog(families, dir = CATALOG_SPEC) {
  const index = readJson(join(dir, 'index.json'))
  const byPackage = new Map(families.map((f) => [f.registry.package, f]))
  return index.families.map(({ family, file }) => {
    const operations = readJson(join(dir, file)).operations.map((op) => {
      if (op.source === 'reference') return op
      const [pkg, id] = op.source.split('#')
      const owner = byPackage.get(pkg)
      // A curated source the docs do not know would be a page nobody links: refuse it.
      if (!owner?.endpoints.some((e) => e.id === id)) {
        throw new TypeError(`catalog ${op.route}: its source ${op.source} is not an endpoint of a docs family`)
      }
      return { ...op, curated: (prefix) => owner.link(prefix, id) }
    })
    return { family, file, slug: file.replace(/\.json$/, ''), operations }
  })
}

/** The site path of a catalog page: the catalog overview, a family's index, or an operation's page. */
export function catalogLink(prefix, family, op) {
  if (!family) return `${prefix}/api/${CATALOG_DIR}/`
  if (!op) return `${prefix}/api/${CATALOG_DIR}/${family.slug}/`
  return op.curated ? op.curated(prefix) : `${prefix}/api/${CATALOG_DIR}/${family.slug}/${operationSlug(op)}`
}

/** The operations of the catalog that get a page of their own (not those of a curated family). */
export function ownOperations(catalog) {
  return catalog.flatMap((family) => family.operations.filter((op) => !op.curated).map((op) => ({ family, op })))
}
