// One catalog operation's page, in the layout of the family pages (endpoint-page.mjs): the request table (path
// parameters, then the query / headers / json / multipart objects, fields indented by depth, required marked, enums
// listed), the code group (`client.request` and the three chain styles, the very calls the catalog's generated compile
// test makes), the response table (or what a 202 / 204 / file answer is) and the official pages.

import { callsOf, needsFile } from '../../../scripts/catalog/calls.mjs'
import { catalogLink, methodOf, pathOf } from './catalog.mjs'
import { CATALOG_TEXT, officialPages, rolesText } from './catalog-text.mjs'
import { codeGroup, containerRows, officialLinks } from './endpoint-page.mjs'
import { TEXT } from './i18n.mjs'
import { frontmatter, prose } from './markdown.mjs'
import { renderTable, withTooltips } from './table.mjs'

/** The tabs of a catalog page, in display order (labels in snippets.mjs). */
export const CATALOG_STYLES = ['request', 'chained', 'chain', 'bracket']

/** What a field's markers add to its description: how it is encrypted, that it holds JSON. */
function markers(field, c) {
  const out = []
  if (field.encrypted) out.push(field.encrypted_to === 'merchant' ? c.encryptedToMerchant : c.encrypt)
  if (field.encoded === 'json') out.push(c.encoded)
  return out
}

/**
 * Spec fields → table rows (the shape rows.mjs gives the family pages), depth first, children under their parent. In
 * English a row's description is its `label_en` (with the markers), or nothing: the Chinese label never shows there.
 */
export function fieldRows(fields, locale, depth = 0, parent = '') {
  const c = CATALOG_TEXT[locale]
  const rows = []
  for (const field of fields ?? []) {
    const path = parent ? `${parent}.${field.name}` : field.name
    const label = locale === 'zh' ? field.label : field.label_en
    const text = [label, ...markers(field, c)].filter(Boolean).join(locale === 'zh' ? '；' : '; ')
    rows.push({
      name: field.name,
      path,
      // An upload's file part is what the client takes for it.
      type: field.type === 'file' ? 'UploadFile' : field.type,
      required: field.required,
      depth,
      description: text || undefined,
      en: locale === 'en' ? text || undefined : undefined,
      enumValues: field.enum?.map(String),
      openEnum: field.open,
    })
    rows.push(...fieldRows(field.fields, locale, depth + 1, path))
  }
  return rows
}

/** The request rows of an operation: the same container layout as the family pages. */
export function operationRequestRows(op, locale) {
  const r = op.request
  const part = (fields, depth) => (fields ? fieldRows(fields, locale, depth) : undefined)
  const words = { ...TEXT[locale], ...CATALOG_TEXT[locale] }
  return containerRows(
    {
      params: part(r.params, 0),
      query: part(r.query, 1),
      headers: part(r.headers, 1),
      json: part(r.json, 1),
      multipart: part(r.multipart, 1),
    },
    locale,
    words,
  )
}

export function operationResponseRows(op, locale) {
  return withTooltips(fieldRows(op.response, locale), TEXT[locale].objectTip)
}

/** Each tab's code: the catalog's calls of the operation, after `import '@api/catalog'` (and the upload's file). */
export function operationSnippets(op) {
  const calls = callsOf(op)
  const head = needsFile(op)
    ? "import { readFile } from 'node:fs/promises'\nimport '@api/catalog'\n\nconst file = { filename: 'image.png', data: await readFile('image.png') }"
    : "import '@api/catalog'"
  return CATALOG_STYLES.filter((style) => calls[style]).map((style) => ({ style, code: `${head}\n\n${calls[style]}` }))
}

function emptyAnswer(op, c) {
  if (op.response_kind === 'binary') return c.binary
  if (op.response_kind === 'empty') return c.noContent[op.status] ?? c.noContent[204]
  return undefined
}

/**
 * @param {{ family: string, slug: string }} family a catalog family (catalog.mjs)
 * @param {object} op one of its operations
 * @param {'zh' | 'en'} locale
 */
export function operationPage(family, op, locale) {
  const t = TEXT[locale]
  const c = CATALOG_TEXT[locale]
  // Without an English title, the route and its family: VitePress reads a title ending in `{slot}` as attributes.
  const title = locale === 'zh' ? op.title : (op.title_en ?? `${op.route} · ${family.family}`)
  const method = methodOf(op)
  const about = [
    rolesText(op.roles, locale),
    op.base_url ? c.baseUrl(op.base_url, op.base_url_required) : undefined,
  ].filter(Boolean)
  const response = operationResponseRows(op, locale)
  const parts = [
    frontmatter({
      title,
      description: `${op.route}${locale === 'zh' ? `：${op.title}` : ''}`,
      catalog: family.family,
      operation: op.id,
      aside: false,
      source: `packages/catalog/spec/${family.file}`,
    }),
    // A route as the heading is code: VitePress reads a heading ending in `{slot}` as markdown attributes.
    `# ${locale === 'zh' || op.title_en ? prose(title) : `<code>${op.route}</code>`}`,
    '',
    `<p class="endpoint-line"><span class="http-method ${method.toLowerCase()}">${method}</span> <code>${pathOf(op)}</code> <span class="facade">${c.route} <code>${op.id}</code></span></p>`,
    '',
    ...about.flatMap((line) => [line, '']),
    ...(c.englishNote ? [c.englishNote(catalogLink('', family, op)), ''] : []),
    renderTable({ head: t.request, rows: operationRequestRows(op, locale), id: 'request', locale }),
    '',
    '<div class="call-note">',
    '',
    c.call(),
    '',
    '</div>',
    '',
    codeGroup(operationSnippets(op), locale),
    '',
    renderTable({ head: t.response, rows: response, id: 'response', locale, empty: emptyAnswer(op, c) }),
    '',
    ...officialLinks(officialPages(op), locale),
  ]
  return parts.join('\n')
}
