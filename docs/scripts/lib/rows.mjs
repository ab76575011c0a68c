// Schema → table rows → markdown, for the `请求参数` / `返回字典` tables of the API pages.
//
// The zod schemas are converted with zod's own `toJSONSchema()` (the `.meta()` keys `description`, `en`,
// `constraints`, `constraintsEn` and `uncertain` come through as JSON Schema keywords), then walked here. Walking JSON
// Schema rather than zod internals keeps this file independent of zod's private `_zod.def` layout. Rendering the rows
// is table.mjs's job.

/** RFC 3339 pattern used by `@api/busifavor`'s `rfc3339` field; recognised so the type reads as a date-time. */
const RFC3339_HINT = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}T/

// z.int() spells "any safe integer" as these bounds; they say nothing to a reader.
const SAFE = Number.MAX_SAFE_INTEGER

/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} path      dotted from the schema's top, e.g. `coupon_use_rule.coupon_available_time`
 * @property {string} type      e.g. `string`, `integer`, `object[]`
 * @property {boolean} required
 * @property {number} depth     0 for top-level rows
 * @property {string} [tooltip] shown on the type cell
 * @property {string} [description] Chinese
 * @property {string} [en]          English
 * @property {string[]} [enumValues]
 * @property {string} [format]  `date-time` for RFC 3339 strings
 * @property {string} [lengths] derived from minLength/maxLength/minimum/maximum/maxItems
 * @property {string} [constraints]
 * @property {string} [constraintsEn]
 * @property {string} [uncertain]   a research note: never rendered, only counted (the page's one-line caveat)
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

const META = ['description', 'en', 'constraints', 'constraintsEn', 'uncertain']

function pickMeta(node) {
  const out = {}
  for (const key of META) if (node[key] !== undefined) out[key] = node[key]
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
  const inner = lengths.inner ? `${locale === 'zh' ? '；' : '; '}${lengthText(lengths.inner, locale)}` : ''
  return `${label} ${lengths.text}${inner}`
}

/**
 * Flattens an object schema into rows, depth first, children right after their parent.
 * @returns {Row[]}
 */
export function objectRows(objectNode, root, depth = 0, parent = '') {
  const node = resolve(objectNode, root)
  const required = new Set(node.required ?? [])
  const rows = []
  for (const [name, raw] of Object.entries(node.properties ?? {})) {
    const field = resolve(raw, root)
    const info = describe(field, root)
    const meta = { ...pickMeta(info.node ?? {}), ...pickMeta(field) }
    const path = parent ? `${parent}.${name}` : name
    rows.push({
      name,
      path,
      type: info.type,
      required: required.has(name),
      depth,
      description: meta.description,
      en: meta.en,
      constraints: meta.constraints,
      constraintsEn: meta.constraintsEn,
      uncertain: meta.uncertain,
      enumValues: info.enumValues,
      openEnum: info.openEnum,
      format: info.format,
      lengths: lengthText(info.lengths, 'zh'),
      lengthsEn: lengthText(info.lengths, 'en'),
    })
    if (info.child) rows.push(...objectRows(info.child, root, depth + 1, path))
  }
  return rows
}

/**
 * A union of objects as one object: every field of every branch, in order, required only where every branch requires
 * it (e.g. send_coupon's answer, wrapped in `send_coupon_result` or flat).
 */
function mergedBranches(node, root) {
  const list = branches(node, root)
  if (!list?.length || !list.every((b) => b.type === 'object' && b.properties)) return undefined
  const properties = {}
  for (const branch of list) for (const [name, field] of Object.entries(branch.properties)) properties[name] ??= field
  const required = Object.keys(properties).filter((name) => list.every((b) => b.required?.includes(name)))
  return { type: 'object', properties, required }
}

/** Rows of a zod object schema (request side uses `input`, response side `output`); a union of objects is merged. */
export function rowsOf(schema, io, depth = 0) {
  if (!schema) return []
  const root = jsonSchemaOf(schema, io)
  const node = root.properties ? root : (mergedBranches(root, root) ?? root)
  return objectRows(node, root, depth)
}

/** What a schema says about itself as a whole (`.meta()` on the object or union): shown above its table. */
export function captionOf(schema, io) {
  if (!schema) return undefined
  const { description, en } = jsonSchemaOf(schema, io)
  return description === undefined && en === undefined ? undefined : { description, en }
}
