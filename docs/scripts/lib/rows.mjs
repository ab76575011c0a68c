// Schema → table rows → markdown, for the `请求参数` / `返回字典` tables of the API pages.
//
// The zod schemas are converted with zod's own `toJSONSchema()` (the `.meta()` keys `description`, `constraints` and
// `uncertain` come through as JSON Schema keywords), then walked here. Walking JSON Schema rather than zod internals
// keeps this file independent of zod's private `_zod.def` layout.

/** RFC 3339 pattern used by `@api/busifavor`'s `rfc3339` field; recognised so the type reads as a date-time. */
const RFC3339_HINT = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}T/

// z.int() spells "any safe integer" as these bounds; they say nothing to a reader.
const SAFE = Number.MAX_SAFE_INTEGER

/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} type      e.g. `string`, `integer`, `object[]`
 * @property {boolean} required
 * @property {number} depth     0 for top-level rows
 * @property {string} [tooltip] shown on the type cell
 * @property {string} [description]
 * @property {string[]} [enumValues]
 * @property {string} [format]  `date-time` for RFC 3339 strings
 * @property {string} [lengths] derived from minLength/maxLength/minimum/maximum/maxItems
 * @property {string} [constraints]
 * @property {string} [uncertain]
 */

/** JSON Schema of a zod schema with its metadata; `io` picks what the caller sends (`input`) or receives. */
export function jsonSchemaOf(schema, io) {
  return schema.toJSONSchema({ io, unrepresentable: 'any', reused: 'inline', cycles: 'ref' })
}

function resolve(node, root) {
  let current = node
  const seen = new Set()
  while (current && typeof current.$ref === 'string' && !seen.has(current.$ref)) {
    seen.add(current.$ref)
    const name = current.$ref.replace(/^#\/(\$defs|definitions)\//, '')
    const target = root.$defs?.[name] ?? root.definitions?.[name]
    if (!target) break
    // Keep the metadata written next to the $ref (zod puts descriptions there).
    const { $ref: _ignored, ...rest } = current
    current = { ...target, ...rest }
  }
  return current ?? {}
}

/** Branches of a union, flattened; `null` branches are reported separately. */
function branches(node, root) {
  const list = node.anyOf ?? node.oneOf
  if (!list) return undefined
  const out = []
  for (const branch of list) {
    const resolved = resolve(branch, root)
    const nested = branches(resolved, root)
    if (nested) out.push(...nested)
    else out.push(resolved)
  }
  return out
}

function isIntegerList(values) {
  return values.length > 0 && values.every((v) => typeof v === 'number' && Number.isInteger(v))
}

function scalarType(node) {
  if (Array.isArray(node.enum)) {
    if (node.enum.every((v) => typeof v === 'string')) return 'string'
    if (isIntegerList(node.enum)) return 'integer'
    if (node.enum.every((v) => typeof v === 'number')) return 'number'
    if (node.enum.every((v) => typeof v === 'boolean')) return 'boolean'
  }
  if ('const' in node) {
    if (typeof node.const === 'string') return 'string'
    if (Number.isInteger(node.const)) return 'integer'
    return typeof node.const
  }
  if (Array.isArray(node.type)) return node.type.filter((t) => t !== 'null').join(' | ')
  return node.type ?? 'any'
}

/** What a field node says about itself: type label, enum values, format, lengths, and the object to descend into. */
function describe(node, root) {
  node = resolve(node, root)
  const union = branches(node, root)
  if (union) {
    const nonNull = union.filter((b) => b.type !== 'null')
    const enumValues = nonNull.flatMap((b) => (Array.isArray(b.enum) ? b.enum : 'const' in b ? [b.const] : []))
    const allEnum = nonNull.every((b) => Array.isArray(b.enum) || 'const' in b)
    if (allEnum && nonNull.length > 0) {
      return { type: scalarType({ enum: enumValues }), enumValues: enumValues.map(String), node }
    }
    if (nonNull.length === 1) return { ...describe(nonNull[0], root), node: { ...nonNull[0], ...pickMeta(node) } }
    // An open enum (`z.union([z.enum([...]), z.string()])`): the known values, and any other string.
    const closed = nonNull.filter((b) => Array.isArray(b.enum) || 'const' in b)
    const open = nonNull.filter((b) => !Array.isArray(b.enum) && !('const' in b))
    const openType = [...new Set(open.map((b) => scalarType(b)))]
    if (closed.length > 0 && openType.length === 1 && scalarType({ enum: enumValues }) === openType[0]) {
      return { type: openType[0], enumValues: enumValues.map(String), openEnum: true, node }
    }
    const types = [...new Set(nonNull.map((b) => describe(b, root).type))]
    const child = nonNull.find((b) => b.type === 'object' && b.properties)
    return { type: types.join(' | '), node, child }
  }
  if (node.type === 'array' || (Array.isArray(node.type) && node.type.includes('array'))) {
    const items = resolve(node.items ?? {}, root)
    const inner = describe(items, root)
    return {
      type: `${inner.type}[]`,
      enumValues: inner.enumValues,
      format: inner.format,
      lengths: joinLengths(arrayLengths(node), inner.lengths),
      child: inner.child ?? (items.type === 'object' && items.properties ? items : undefined),
      node,
    }
  }
  if (node.type === 'object' || node.properties) {
    return { type: 'object', child: node.properties ? node : undefined, node }
  }
  const type = scalarType(node)
  const enumValues = Array.isArray(node.enum)
    ? node.enum.map(String)
    : 'const' in node
      ? [String(node.const)]
      : undefined
  const format =
    node.format === 'date-time' || (typeof node.pattern === 'string' && RFC3339_HINT.test(node.pattern))
      ? 'date-time'
      : node.format
  return { type, enumValues, format, lengths: scalarLengths(node, type), node }
}

function pickMeta(node) {
  const out = {}
  for (const key of ['description', 'constraints', 'uncertain']) if (node[key] !== undefined) out[key] = node[key]
  return out
}

function range(min, max) {
  if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min}..${max}`
  if (max !== undefined) return `≤${max}`
  if (min !== undefined) return `≥${min}`
  return undefined
}

function scalarLengths(node, type) {
  if (type === 'string') {
    const r = range(node.minLength, node.maxLength)
    return r && !(node.minLength === 1 && node.maxLength === undefined) ? { kind: 'length', text: r } : undefined
  }
  if (type === 'integer' || type === 'number') {
    const min = node.minimum !== undefined && node.minimum > -SAFE ? node.minimum : undefined
    const max = node.maximum !== undefined && node.maximum < SAFE ? node.maximum : undefined
    const r = range(min, max)
    return r ? { kind: 'range', text: r } : undefined
  }
  return undefined
}

function arrayLengths(node) {
  const r = range(node.minItems, node.maxItems)
  return r ? { kind: 'items', text: r } : undefined
}

function joinLengths(a, b) {
  if (!a) return b
  if (!b) return a
  return { kind: 'items', text: a.text, inner: b }
}

function lengthText(lengths, locale) {
  if (!lengths) return undefined
  const label = {
    zh: { length: '长度', range: '取值', items: '数量' },
    en: { length: 'length', range: 'range', items: 'items' },
  }[locale][lengths.kind]
  const inner = lengths.inner ? `；${lengthText(lengths.inner, locale)}` : ''
  return `${label} ${lengths.text}${inner}`
}

/**
 * Flattens an object schema into rows, depth first, children right after their parent.
 * @returns {Row[]}
 */
export function objectRows(objectNode, root, depth = 0) {
  const node = resolve(objectNode, root)
  const required = new Set(node.required ?? [])
  const rows = []
  for (const [name, raw] of Object.entries(node.properties ?? {})) {
    const field = resolve(raw, root)
    const info = describe(field, root)
    const meta = { ...pickMeta(info.node ?? {}), ...pickMeta(field) }
    rows.push({
      name,
      type: info.type,
      required: required.has(name),
      depth,
      description: meta.description,
      constraints: meta.constraints,
      uncertain: meta.uncertain,
      enumValues: info.enumValues,
      openEnum: info.openEnum,
      format: info.format,
      lengths: lengthText(info.lengths, 'zh'),
      lengthsEn: lengthText(info.lengths, 'en'),
    })
    if (info.child) rows.push(...objectRows(info.child, root, depth + 1))
  }
  return rows
}

/** Rows of a zod object schema (request side uses `input`, response side `output`). */
export function rowsOf(schema, io, depth = 0) {
  if (!schema) return []
  const root = jsonSchemaOf(schema, io)
  return objectRows(root, root, depth)
}

const WORDS = {
  zh: {
    enum: '枚举值之一',
    format: { 'date-time': '格式 RFC 3339（如 `2015-05-20T13:29:35+08:00`）' },
    constraints: '约束',
    uncertain: '待确认',
    colon: '：',
    knownValues: '已知取值',
    orOthers: '（也接受其他值）',
  },
  en: {
    enum: 'one of',
    format: { 'date-time': 'RFC 3339 date-time (e.g. `2015-05-20T13:29:35+08:00`)' },
    constraints: 'constraints',
    uncertain: 'unconfirmed',
    colon: ': ',
    knownValues: 'known values',
    orOthers: ' (other values accepted)',
  },
}

/** Escapes text for a table cell: pipes split cells, newlines end rows. */
export function cell(text) {
  return (
    String(text)
      .replace(/\|/g, '\\|')
      .replace(/\r?\n/g, '<br/>')
      // Braces outside code spans would be read by markdown-it-attrs (`{stock_id}` → an attribute) or by Vue
      // (`{{ }}`); as entities they print as written.
      .split(/(`[^`]*`)/)
      .map((part, i) => (i % 2 ? part : part.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')))
      .join('')
  )
}

/** Escapes an attribute value for markdown-it-attrs (`key="…"`). */
export function attrValue(text) {
  return String(text).replace(/"/g, '&quot;').replace(/[{}]/g, '')
}

function mentions(constraints, lengths) {
  if (!constraints || !lengths) return false
  const numbers = lengths.match(/\d+/g) ?? []
  return numbers.length > 0 && numbers.every((n) => constraints.includes(n))
}

/** The 描述 cell: description, enum values, format, lengths, constraints and the uncertain reading. */
export function descriptionCell(row, locale) {
  const w = WORDS[locale]
  const parts = []
  if (row.description) parts.push(cell(row.description))
  if (row.enumValues?.length) {
    const values = row.enumValues.map((v) => `\`${v}\``).join(' \\| ')
    if (row.openEnum) parts.push(`${w.knownValues}${w.colon}${values}${w.orOthers}`)
    else parts.push(locale === 'zh' ? `${values} ${w.enum}` : `${w.enum} ${values}`)
  }
  if (row.format && w.format[row.format]) parts.push(w.format[row.format])
  const lengths = locale === 'zh' ? row.lengths : row.lengthsEn
  if (lengths && !mentions(row.constraints, lengths)) parts.push(lengths)
  if (row.constraints) parts.push(`${w.constraints}${w.colon}${cell(row.constraints)}`)
  if (row.uncertain) {
    parts.push(
      `<span class="uncertain" title="${attrValue(row.uncertain)}">⚠ ${w.uncertain}${w.colon}${cell(row.uncertain)}</span>`,
    )
  }
  return parts.join('<br/>')
}

/** The name cell with its markdown-it-attrs block: `{data-required data-indent=1}`. */
export function nameCell(row) {
  const attrs = []
  if (row.required) attrs.push('data-required')
  if (row.depth > 0) attrs.push(`data-indent=${row.depth}`)
  return attrs.length ? `${row.name} {${attrs.join(' ')}}` : row.name
}

/** The 类型 cell; objects carry a tooltip the theme shows on hover. */
export function typeCell(row) {
  return row.tooltip ? `${row.type} {data-tooltip="${attrValue(row.tooltip)}"}` : row.type
}

/**
 * One `.im-table` in the exact syntax of the reference pages.
 * @param {{ head: [string, string, string], rows: Row[], id: string, locale: 'zh' | 'en', empty?: string }} table
 */
export function renderTable({ head, rows, id, locale, empty }) {
  const lines = [`| ${head[0]} | ${head[1]} {.type} | ${head[2]} {.desc}`, '| --- | --- | ---']
  for (const row of rows) {
    lines.push(`| ${nameCell(row)} | ${typeCell(row)} | ${descriptionCell(row, locale)}`)
  }
  if (rows.length === 0 && empty) lines.push(`| ${cell(empty)} {.empty colspan=3}`)
  lines.push('', `{.im-table #${id}}`)
  return lines.join('\n')
}
