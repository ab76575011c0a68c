// One endpoint's page: title, summary and description, the notes, the request table, when the call is retried, the
// code groups (the SDK's calling styles, then the merchant's own routes), the response table, the errors and the
// official pages — all from the endpoint definition.

import { exampleInput } from '../examples.mjs'
import { frameworkSnippets } from './frameworks.mjs'
import { PENDING_EN, TEXT } from './i18n.mjs'
import { cell, frontmatter, infoList, prose } from './markdown.mjs'
import { retryText } from './retry.mjs'
import { captionOf, rowsOf } from './rows.mjs'
import { callSnippets, LABELS } from './snippets.mjs'
import { hasCjk, renderTable, withTooltips } from './table.mjs'

/** Request rows: path parameters at the top, then `query` and `json` objects with their fields one level down. */
export function requestRows(endpoint, locale) {
  const t = TEXT[locale]
  const rows = [...rowsOf(endpoint.pathParams, 'input', 0)]
  if (endpoint.query) {
    const fields = rowsOf(endpoint.query, 'input', 1)
    rows.push({
      name: 'query',
      type: 'object',
      required: fields.some((r) => r.depth === 1 && r.required),
      depth: 0,
      tooltip: t.queryTip,
      description: t.query,
      en: t.query,
    })
    rows.push(...fields)
  }
  if (endpoint.body) {
    const multipart = endpoint.encoding === 'image-upload'
    const fields = rowsOf(endpoint.body, 'input', 1).map((r) =>
      // z.instanceof(Uint8Array) has no JSON Schema type; name it as callers write it.
      multipart && r.type === 'any' ? { ...r, type: 'Uint8Array' } : r,
    )
    const description = multipart ? t.multipart : t.json
    rows.push({
      name: multipart ? 'multipart' : 'json',
      type: 'object',
      required: true,
      depth: 0,
      tooltip: multipart ? t.multipartTip : t.jsonTip,
      description,
      en: description,
    })
    rows.push(...fields)
  }
  return withTooltips(rows, t.objectTip)
}

export function responseRows(endpoint, locale) {
  return withTooltips(rowsOf(endpoint.response, 'output', 0), TEXT[locale].objectTip)
}

/** A definition's texts in one language; English falls back to saying the text is pending, never to Chinese. */
export function docsText(docs, locale) {
  const own = docs[locale]
  if (locale === 'zh') return own
  const pending = (zh, en, text) => (zh?.length && !en?.length ? [text] : (en ?? []))
  return {
    ...own,
    description: pending(docs.zh.description, own.description, PENDING_EN.description),
    notes: pending(docs.zh.notes, own.notes, PENDING_EN.notes),
  }
}

/**
 * The top of a definition's page: frontmatter (the snippet extractor reads `family` and `endpoint` / `notification`;
 * the edit link reads `source`; no aside, so the code groups get the column's full width), title, summary, description.
 */
export function pageHead(family, ids, text) {
  return [
    frontmatter({
      title: text.title,
      description: text.summary,
      family: family.slug,
      ...ids,
      aside: false,
      source: family.source,
    }),
    `# ${prose(text.title)}`,
    '',
    prose(text.summary),
    '',
    ...(text.description ?? []).flatMap((p) => [prose(p), '']),
  ]
}

/** One `::: code-group` of snippets. */
export function codeGroup(snippets, locale) {
  const blocks = snippets.map(({ style, code }) => `\`\`\`ts [${LABELS[locale][style]}]\n${code}\n\`\`\``)
  return ['::: code-group', '', ...blocks.flatMap((b) => [b, '']), ':::'].join('\n')
}

/** The official pages, each under its own title (`直连商户：使券失效`). */
export function officialLinks(links, locale) {
  if (!links?.length) return []
  return [`## ${TEXT[locale].official} {#official}`, '', ...links.map((l) => `- [${prose(l[locale])}](${l.url})`), '']
}

/** Markdown inside an HTML block: the blank lines let VitePress render (and base-prefix) the links in it. */
function callNote(lines) {
  return ['<div class="call-note">', '', ...lines.flatMap((line) => [line, '']), '</div>', '']
}

function errorsTable(errors, locale) {
  if (!errors?.length) return []
  const rows = errors.map((e) => `| ${e.status} | \`${e.code}\` | ${cell(e[locale])}`)
  const t = TEXT[locale]
  return [`## ${t.errors} {#errors}`, '', t.errorHead, ...rows, '', '{.im-table .errors}', '']
}

function caption(schema, io, locale) {
  const c = captionOf(schema, io)
  const text = locale === 'zh' ? c?.description : (c?.en ?? (hasCjk(c?.description) ? undefined : c?.description))
  return text ? [`<p class="table-caption">${cell(text)}</p>`, ''] : []
}

/**
 * @param {ReturnType<import('./family.mjs').resolveFamily>} family
 * @param {object} endpoint an endpoint definition of the family
 * @param {'zh' | 'en'} locale
 */
export function endpointPage(family, endpoint, locale) {
  const t = TEXT[locale]
  const { facade } = family.registry
  const text = docsText(endpoint.docs, locale)
  const input = exampleInput(endpoint)
  const ctx = { ...facade, package: family.registry.package, reader: family.readers[endpoint.id] }
  const request = requestRows(endpoint, locale)
  const response = responseRows(endpoint, locale)
  const uncertain = endpoint.uncertain || [...request, ...response].some((row) => row.uncertain)
  const method = endpoint.method.toLowerCase()
  const parts = [
    ...pageHead(family, { endpoint: endpoint.id }, text),
    `<p class="endpoint-line"><span class="http-method ${method}">${endpoint.method}</span> <code>${endpoint.path}</code> <span class="facade">${t.facade} <code>${facade.variable}.${endpoint.name}()</code></span></p>`,
    '',
    ...infoList(t.notes, text.notes),
    renderTable({ head: t.request, rows: request, id: 'request', locale }),
    '',
    ...callNote([retryText(endpoint, t), `${t.forms}${locale === 'zh' ? '' : ' '}${t.setup(facade)}`]),
    codeGroup(callSnippets(endpoint, input, ctx), locale),
    '',
  ]
  if (family.frameworks.has(endpoint.id)) {
    const snippets = frameworkSnippets(endpoint, input, { ...ctx, facade, routeBase: family.routeBase })
    parts.push(`<p class="frameworks-lead">${t.frameworks}</p>`, '', codeGroup(snippets, locale), '')
  }
  parts.push(
    ...caption(endpoint.response, 'output', locale),
    renderTable({
      head: t.response,
      rows: response,
      id: 'response',
      locale,
      empty: endpoint.response ? undefined : t.noContent,
    }),
    '',
  )
  if (uncertain) parts.push(`<p class="caveat">${prose(t.uncertain).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`, '')
  parts.push(...errorsTable(endpoint.docs.errors, locale), ...officialLinks(endpoint.docs.links, locale))
  return parts.join('\n')
}
