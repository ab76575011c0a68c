// Spec → TypeScript. Everything is a plain interface with literal keys: the route table, the chain trie and the
// events are looked up, never computed from strings, so a consumer pays only for what it touches.
import { anyRequired, itemType } from './fields.mjs'

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/
export const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete'])

export const key = (name) => (IDENT.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
export const pascal = (text) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')

const literal = (value) => (typeof value === 'string' ? key(value).replace(/^(?!')(.*)$/, "'$1'") : String(value))

function doc(text, indent) {
  const clean = String(text ?? '')
    .replace(/\*\//g, '*\\/')
    .replace(/\s+/g, ' ')
    .trim()
  return clean ? `${indent}/** ${clean} */\n` : ''
}

/** The names a catalog operation's types are exported under. */
export function typeNames(op) {
  const base = pascal(op.id)
  return { options: `${base}Options`, json: `${base}Json`, response: `${base}Response` }
}

// Request enums are closed (a typo is a type error) unless the spec says the list is open; response enums from the
// reference are open (WeChat Pay adds values over time), curated ones are as the curated schema has them.
function enumType(field, open) {
  const values = field.enum.map(literal)
  if (open) values.push(field.type === 'string' ? '(string & {})' : '(number & {})')
  return values.join(' | ')
}

/** The TypeScript type of a field. `side`: `request` (what the caller writes) or `response` (what it reads). */
export function fieldType(field, side, indent, openResponse) {
  const item = itemType(field.type)
  if (item) {
    const inner = fieldType({ ...field, type: item }, side, indent, openResponse)
    const wrapped = inner.includes(' | ') && !inner.startsWith('{') ? `(${inner})` : inner
    return side === 'request' ? `readonly ${wrapped}[]` : `${wrapped}[]`
  }
  if (side === 'request' && field.encrypted === 'rsa-oaep' && field.encrypted_to === 'wechatpay') return 'Encrypted'
  if (field.type === 'file') return 'UploadFile'
  if (field.type === 'boolean') return 'boolean'
  if (field.type === 'object') {
    if (field.variants) return field.variants.map((v) => objectType(v, side, indent, openResponse)).join(' | ')
    if (field.encoded === 'json') return 'string'
    return field.fields ? objectType(field.fields, side, indent, openResponse) : 'Record<string, unknown>'
  }
  const open = field.open === true || (side === 'response' && openResponse)
  if (field.enum?.length) return enumType(field, open)
  return field.type === 'string' ? 'string' : 'number'
}

function label(field, side) {
  const parts = [field.label]
  if (field.encoded === 'json') parts.push('(JSON text)')
  if (field.encrypted === 'rsa-oaep') {
    parts.push(side === 'request' ? '(encrypt with `client.encrypt()`)' : '(encrypted to your merchant API key)')
  }
  return parts.filter(Boolean).join(' ')
}

/** `{ … }` of a field list, one property per line, each with its label as TSDoc. */
export function objectType(fields, side, indent, openResponse) {
  if (!fields.length) return 'Record<string, never>'
  const inner = `${indent}  `
  const lines = fields.map((f) => {
    const optional = f.required ? '' : '?'
    return `${doc(label(f, side), inner)}${inner}${key(f.name)}${optional}: ${fieldType(f, side, inner, openResponse)}`
  })
  return `{\n${lines.join('\n')}\n${indent}}`
}

/** Whether a call must pass options (a path slot, a required field or header). */
export function optionsRequired(op) {
  return Object.values(op.request).some((fields) => anyRequired(fields))
}

/** The parts of a route's options: `params`, `query`, required `headers`, `json`, `multipart`. */
function optionParts(op, names, open, declarations) {
  const parts = []
  const { params, query, headers, json, multipart } = op.request
  const optional = (fields) => (anyRequired(fields) ? '' : '?')
  if (params) parts.push(`  params: ${objectType(params, 'request', '  ', open)}`)
  if (query) parts.push(`  query${optional(query)}: ${objectType(query, 'request', '  ', open)}`)
  // Optional headers need no declaration: every route takes any extra header (RouteCallOptions).
  if (headers && anyRequired(headers)) {
    parts.push(
      `  headers: RouteHeaders & ${objectType(
        headers.filter((h) => h.required),
        'request',
        '  ',
        open,
      )}`,
    )
  }
  if (json) {
    declarations.push(`export interface ${names.json} ${objectType(json, 'request', '', open)}`, '')
    parts.push(`  json${optional(json)}: ${names.json}`)
  }
  if (multipart) parts.push(`  multipart: ${objectType(multipart, 'request', '  ', open)}`)
  return parts
}

/** The generated declarations of one family's operations. */
export function renderFamily(family, operations) {
  const body = []
  for (const op of operations) {
    const names = typeNames(op)
    const open = op.source === 'reference'
    const declarations = []
    const parts = optionParts(op, names, open, declarations)
    body.push(...declarations)
    body.push(doc(`${op.title}: the options of \`${op.route}\`.`, '').trimEnd())
    body.push(
      `export interface ${names.options} extends RouteCallOptions {${parts.length ? `\n${parts.join('\n')}\n` : ''}}`,
      '',
    )
    body.push(doc(`${op.title}: what \`${op.route}\` answers.`, '').trimEnd())
    body.push(`export type ${names.response} = ${responseType(op)}`, '')
  }
  const text = body.join('\n')
  const imports = ['Encrypted', 'RouteCallOptions', 'RouteHeaders', 'UploadFile'].filter((name) =>
    new RegExp(`\\b${name}\\b`).test(text),
  )
  return [
    `// ${family}: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.`,
    `import type { ${imports.join(', ')} } from '@core/client'`,
    '',
    text,
  ].join('\n')
}

function responseType(op) {
  if (op.response_kind !== 'json') return 'undefined'
  return op.response.length
    ? objectType(op.response, 'response', '', op.source === 'reference')
    : 'Record<string, unknown>'
}
