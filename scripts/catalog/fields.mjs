// The catalog's field tree: one shape for what the reference tables and the curated zod schemas say about a request
// part or a response, so both can be written to the spec files, compared, and turned into TypeScript alike.
//
// A field: { name, type, required, label, label_en?, enum?, open?, encrypted?, encrypted_to?, encoded?, fields? }
// - type: string | integer | number | boolean | object | file, or an array of one of them (`object[]`, `string[]`)
// - enum: the values the table lists; `open: true` when other values are accepted too
// - encrypted: `rsa-oaep`; encrypted_to: `wechatpay` (the caller encrypts with `client.encrypt`) or `merchant`
//   (WeChat Pay encrypted it to the merchant's API key)
// - encoded: `json` for a string field holding JSON, whose shape is `fields`
// - fields: the children of an object (or of each item of an object array, or of a JSON-encoded string)
// - variants: instead of fields, alternative shapes of an object (one field list each; a webhook documents two)

/** Headers the client sets on every request (the serial of the key `encrypt` uses, the body's type): never the caller's. */
export const CLIENT_HEADERS = new Set(['wechatpay-serial', 'content-type'])

const SCALARS = new Set(['string', 'integer', 'number', 'boolean', 'object', 'file'])

/** The item type of an array type (`object[]` → `object`), or undefined for a non-array. */
export function itemType(type) {
  return type.endsWith('[]') ? type.slice(0, -2) : undefined
}

/** Checks a type label of the reference: one scalar, optionally an array of it. */
export function checkType(type, where) {
  const base = itemType(type) ?? type
  if (!SCALARS.has(base)) throw new Error(`${where}: unknown field type "${type}"`)
  return type
}

/** Reference rows (flat, with `depth`) → field tree. `sub` rows (a JSON-encoded string's shape) become its fields. */
export function treeOfRows(rows, where) {
  const root = []
  const stack = [{ depth: -1, fields: root }]
  for (const row of rows ?? []) {
    while (stack[stack.length - 1].depth >= row.depth) stack.pop()
    const field = fieldOfRow(row, where)
    const parent = stack[stack.length - 1]
    const twin = parent.fields.find((f) => f.name === field.name)
    if (twin && row.variant_break && twin.type === 'object') {
      // A separator line then the same object again: an alternative shape of it (`variants`, one field list each).
      twin.variants ??= [twin.fields ?? []]
      delete twin.fields
      const variant = []
      twin.variants.push(variant)
      stack.push({ depth: row.depth, fields: variant })
      continue
    }
    if (twin) throw new Error(`${where}: ${field.name} is listed twice`)
    parent.fields.push(field)
    field.fields ??= []
    stack.push({ depth: row.depth, fields: field.fields })
  }
  return prune(root)
}

function fieldOfRow(row, where) {
  const field = { name: row.name, type: checkType(row.type, `${where}.${row.name}`), required: row.required === true }
  field.label = row.desc ?? ''
  if (row.enum?.length) field.enum = row.enum
  if (row.encrypted) {
    field.encrypted = row.encrypted
    field.encrypted_to = row.encrypted_key
  }
  if (row.encoded) field.encoded = row.encoded
  if (row.sub?.length) field.fields = treeOfRows(row.sub, `${where}.${row.name}`)
  return field
}

/** Drops empty `fields` arrays, recursively, so the spec files hold no noise. */
function prune(fields) {
  for (const field of fields) {
    if (field.fields?.length === 0) delete field.fields
    else if (field.fields) prune(field.fields)
    for (const variant of field.variants ?? []) prune(variant)
  }
  return fields
}

// ───────────────────────────── zod → JSON Schema → field tree ─────────────────────────────

function resolve(node, root) {
  let current = node ?? {}
  while (typeof current.$ref === 'string') {
    const name = current.$ref.replace(/^#\/(\$defs|definitions)\//, '')
    const { $ref: _ref, ...rest } = current
    current = { ...(root.$defs?.[name] ?? root.definitions?.[name] ?? {}), ...rest }
  }
  return current
}

const literalOf = (node) => (Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined)

function scalarOf(node) {
  const values = literalOf(node)
  if (values) {
    if (values.every((v) => typeof v === 'string')) return 'string'
    if (values.every((v) => Number.isInteger(v))) return 'integer'
    if (values.every((v) => typeof v === 'number')) return 'number'
    return 'boolean'
  }
  if (node.type === 'array') return undefined
  if (node.type === 'object' || node.properties) return 'object'
  // `z.instanceof(Uint8Array)` has no JSON Schema type: the only such field is an upload's file.
  return typeof node.type === 'string' ? node.type : 'file'
}

/** A JSON Schema node → { type, enum?, open?, child? } (child: the object node to descend into). */
function describe(node, root) {
  node = resolve(node, root)
  const branches = (node.anyOf ?? node.oneOf)?.map((b) => resolve(b, root)).filter((b) => b.type !== 'null')
  if (branches?.length === 1) return describe({ ...branches[0] }, root)
  if (branches?.length) {
    const closed = branches.filter((b) => literalOf(b))
    const values = closed.flatMap((b) => literalOf(b))
    const others = branches.filter((b) => !literalOf(b))
    const type = scalarOf(closed[0] ?? others[0])
    return { type, enum: values.length ? values : undefined, open: others.length > 0 && values.length > 0 }
  }
  if (node.type === 'array') {
    const inner = describe(node.items ?? {}, root)
    return { ...inner, type: `${inner.type}[]` }
  }
  const type = scalarOf(node)
  return { type, enum: literalOf(node), child: type === 'object' && node.properties ? node : undefined }
}

/** The field tree of an object schema's JSON Schema (`z.toJSONSchema`), labels from the `.meta()` descriptions. */
export function treeOfJsonSchema(objectNode, root = objectNode) {
  const node = resolve(objectNode, root)
  const required = new Set(node.required ?? [])
  const out = []
  for (const [name, raw] of Object.entries(node.properties ?? {})) {
    const property = resolve(raw, root)
    const info = describe(property, root)
    const field = { name, type: info.type, required: required.has(name), label: property.description ?? '' }
    if (property.en) field.label_en = property.en
    if (info.enum?.length) field.enum = info.enum
    if (info.open) field.open = true
    const child = info.child ?? childOfArray(property, root)
    if (child) {
      const fields = treeOfJsonSchema(child, root)
      if (fields.length) field.fields = fields
    }
    out.push(field)
  }
  return out
}

function childOfArray(property, root) {
  const node = resolve(property, root)
  const branch = (node.anyOf ?? []).map((b) => resolve(b, root)).find((b) => b.type === 'array' || b.properties)
  const target = node.type === 'array' ? node : branch
  if (!target) return undefined
  if (target.properties) return target
  const items = resolve(target.items ?? {}, root)
  return items.properties ? items : undefined
}

/** JSON Schema of a zod schema, as the docs tables read it (`io`: what the caller sends, or receives). */
export function jsonSchemaOf(schema, io) {
  return schema.toJSONSchema({ io, unrepresentable: 'any', reused: 'inline', cycles: 'ref' })
}

// ───────────────────────────── walking ─────────────────────────────

/** Calls `visit(field, path)` for every field, depth first (`path`: dotted names from the container). */
export function walk(fields, visit, prefix = '') {
  for (const field of fields ?? []) {
    const path = `${prefix}${field.name}`
    visit(field, path)
    if (field.fields) walk(field.fields, visit, `${path}.`)
    for (const variant of field.variants ?? []) walk(variant, visit, `${path}.`)
  }
}

/**
 * Paths of the fields the caller encrypts with WeChat Pay's key (RSA-OAEP): dotted, `[]` after a list, e.g.
 * `payer.identity.number` or `receivers[].name`.
 */
export function encryptedPaths(fields, prefix = '') {
  const out = []
  for (const field of fields ?? []) {
    const path = `${prefix}${field.name}${itemType(field.type) ? '[]' : ''}`
    if (field.encrypted === 'rsa-oaep' && field.encrypted_to === 'wechatpay') out.push(path)
    for (const list of [field.fields, ...(field.variants ?? [])]) out.push(...encryptedPaths(list, `${path}.`))
  }
  return out
}

/** Whether any field of the list (top level) is required. */
export function anyRequired(fields) {
  return (fields ?? []).some((f) => f.required)
}
