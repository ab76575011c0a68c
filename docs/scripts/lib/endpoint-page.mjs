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

/**
 * The request table's rows from the rows of each part: path parameters at the top, then the `query`, `headers` and
 * `json` (or `multipart`) objects, each with its fields (already one level down) under it. Shared by the family pages
 * and the catalog pages.
 * @param {{ params?: object[], query?: object[], headers?: object[], json?: object[], multipart?: object[] }} parts
 * @param {typeof TEXT.zh} [t] the words of the container rows (the catalog pages have no facade to speak of)
 */
export function containerRows(parts, locale, t = TEXT[locale]) {
  const rows = [...(parts.params ?? [])]
  const container = (name, fields, description, tooltip, required) => {
    rows.push({ name, type: 'object', required, depth: 0, tooltip, description, en: description }, ...fields)
  }
  const anyRequired = (fields) => fields.some((r) => r.depth === 1 && r.required)
  if (parts.query) container('query', parts.query, t.query, t.queryTip, anyRequired(parts.query))
  if (parts.headers)
    container('headers', parts.headers, t.requestHeaders, t.requestHeadersTip, anyRequired(parts.headers))
  if (parts.json) container('json', parts.json, t.json, t.jsonTip, true)
  if (parts.multipart) container('multipart', parts.multipart, t.multipart, t.multipartTip, true)
  return withTooltips(rows, t.objectTip)
}

/** Request rows of an endpoint definition: path parameters, then its `query` and `json` (or `multipart`) objects. */
export function requestRows(endpoint, locale) {
  const multipart = endpoint.encoding === 'image-upload'
  // z.instanceof(Uint8Array) has no JSON Schema type; name it as callers write it.
  const body = endpoint.body
    ? rowsOf(endpoint.body, 'input', 1).map((r) => (multipart && r.type === 'any' ? { ...r, type: 'Uint8Array' } : r))
    : undefined
  return containerRows(
    {
      params: rowsOf(endpoint.pathParams, 'input', 0),
      query: endpoint.query ? rowsOf(endpoint.query, 'input', 1) : undefined,
      [multipart ? 'multipart' : 'json']: body,
    },
    locale,
  )
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
