// The catalog's navigation: the overview of every family (`/api/catalog/`), one index page per family, and the
// sidebars under `/api/catalog/` (a family's pages show its group, folded until one of its operations is open).

import { catalogLink, methodOf, pathOf } from './catalog.mjs'
import { CATALOG_TEXT } from './catalog-text.mjs'
import { cell, frontmatter } from './markdown.mjs'

/** An operation's name in navigation: its title, or in English without an English title its method and path. */
export function operationLabel(op, locale) {
  if (locale === 'zh') return op.title
  return op.title_en ?? `${methodOf(op)} ${pathOf(op)}`
}

export function catalogIndex(catalog, locale, prefix) {
  const c = CATALOG_TEXT[locale]
  const total = catalog.reduce((n, f) => n + f.operations.length, 0)
  const rows = catalog.map((family) => {
    const curated = family.operations.filter((op) => op.curated).length
    return `| [${family.family}](${catalogLink(prefix, family)}) | ${family.operations.length} | ${curated || ''}`
  })
  return [
    frontmatter({ title: c.title, description: c.lead(total, catalog.length) }),
    `# ${c.title}`,
    '',
    c.lead(total, catalog.length),
    '',
    c.indexHead,
    ...rows,
    '',
  ].join('\n')
}

export function catalogFamilyPage(family, locale, prefix) {
  const c = CATALOG_TEXT[locale]
  const title = `${family.family} · ${c.title}`
  const rows = family.operations.map((op) => {
    const mark = op.curated ? c.curatedMark : ''
    const path = pathOf(op).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')
    return `| [${cell(operationLabel(op, locale))}](${catalogLink(prefix, family, op)})${mark} | ${methodOf(op)} | <code>${path}</code>`
  })
  return [
    frontmatter({ title, description: c.familyLead(family.family, family.operations.length), catalog: family.family }),
    `# ${family.family}`,
    '',
    c.familyLead(family.family, family.operations.length),
    '',
    c.familyHead,
    ...rows,
    '',
  ].join('\n')
}

/**
 * The sidebars of the catalog, by path: under `/api/catalog/` the overview and every family; under a family's folder
 * the overview and that family's group (folded; VitePress opens it on the page of one of its operations). A family's
 * sidebar lists no other family: VitePress renders every sidebar item into every page's HTML, folded or not, and puts
 * every sidebar into the site data each visitor loads: a thousand operations on each of two thousand pages made the
 * site over a gigabyte, and every family on every family's sidebar made the site data megabytes.
 */
export function catalogSidebars(catalog, locale, prefix) {
  const overview = { text: CATALOG_TEXT[locale].title, link: catalogLink(prefix) }
  const group = (family) => ({
    text: family.family,
    link: catalogLink(prefix, family),
    collapsed: true,
    items: family.operations.map((op) => ({ text: operationLabel(op, locale), link: catalogLink(prefix, family, op) })),
  })
  const sidebars = {
    [catalogLink(prefix)]: [
      overview,
      ...catalog.map((family) => ({ text: family.family, link: catalogLink(prefix, family) })),
    ],
  }
  for (const family of catalog) sidebars[catalogLink(prefix, family)] = [overview, group(family)]
  return sidebars
}
