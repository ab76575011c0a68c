// Example values of an operation, made to fit its own tables: the reference's examples come from the PHP code blocks
// of the pages and sometimes disagree with the tables next to them (a number written as a string, a required field
// left out, a field the table does not have). Each repair is noted on the operation, so the spec says what changed.
//
// Placeholders the printers turn into code: `{ "$encrypt": "<what>" }` → `client.encrypt('<what>')` (a field
// encrypted with WeChat Pay's key), `{ "$code": "file" }` → the bytes of an upload.
import { CLIENT_HEADERS, itemType } from './fields.mjs'

const PARTS = ['params', 'query', 'json', 'headers', 'multipart']

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)

/** What a caller would encrypt: the label without its "encrypted" wording, else the field name. */
function plaintextOf(field) {
  const label = (field.label ?? '')
    .replace(/^(加密后的|加密的|经过加密的)/, '')
    .replace(/(密文|\(加密\)|（加密）)$/, '')
  return label || field.name
}

function minimal(field) {
  if (field.encrypted === 'rsa-oaep' && field.encrypted_to === 'wechatpay') return { $encrypt: plaintextOf(field) }
  if (field.type === 'file') return { $code: 'file' }
  if (itemType(field.type)) return []
  if (field.enum?.length) return field.enum[0]
  if (field.type === 'object') return minimalObject(field.fields ?? [])
  if (field.type === 'integer' || field.type === 'number') return 0
  if (field.type === 'boolean') return false
  return ''
}

function minimalObject(fields) {
  const out = {}
  for (const field of fields) if (field.required) out[field.name] = minimal(field)
  return out
}

/** A scalar of the field's type from the example's value, or undefined when it cannot be read as one. */
function scalar(field, type, value) {
  if (type === 'string') {
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    if (field.encoded === 'json' && value !== null && typeof value === 'object') return JSON.stringify(value)
    return undefined
  }
  if (type === 'integer' || type === 'number') {
    if (typeof value === 'number') return value
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
    return undefined
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value
    if (value === 'true' || value === 'false') return value === 'true'
    return undefined
  }
  return undefined
}

class Repair {
  constructor(notes) {
    this.notes = notes
  }

  note(path, text) {
    this.notes.push(`${path}: ${text}`)
  }

  value(field, value, path) {
    // Placeholders of a curated example (`exampleCode`) stay as written.
    if (isObject(value) && ('$code' in value || '$encrypt' in value)) return value
    if (field.encrypted === 'rsa-oaep' && field.encrypted_to === 'wechatpay') return { $encrypt: plaintextOf(field) }
    if (field.type === 'file') return { $code: 'file' }
    const item = itemType(field.type)
    if (item) {
      const list = Array.isArray(value) ? value : [value]
      if (!Array.isArray(value)) this.note(path, 'a single value where the table has a list; wrapped in one')
      const one = { ...field, type: item }
      return list.map((v, i) => this.value(one, v, `${path}[${i}]`))
    }
    if (field.type === 'object') {
      if (field.encoded === 'json' && typeof value === 'string') return value
      if (!isObject(value)) {
        this.note(path, 'not an object in the example; minimal values')
        return minimalObject(field.fields ?? [])
      }
      return field.fields ? this.object(field.fields, value, path) : value
    }
    const read = scalar(field, field.type, value)
    if (read === undefined) {
      this.note(path, `${JSON.stringify(value)} is not a ${field.type}; a minimal value instead`)
      return minimal(field)
    }
    if (typeof read !== typeof value) this.note(path, `${JSON.stringify(value)} written as the table's ${field.type}`)
    if (field.enum?.length && !field.open && !field.enum.includes(read)) {
      // The example is a real call: its value is evidence the listed values are not all there are.
      field.open = true
      this.note(path, `${JSON.stringify(read)} is not among the listed values; the list is kept open`)
    }
    return read
  }

  object(fields, value, path) {
    const out = {}
    for (const [name, given] of Object.entries(value)) {
      const field = fields.find((f) => f.name === name)
      if (!field) {
        this.note(`${path}.${name}`, 'in the example but not in the table; left out')
        continue
      }
      out[name] = this.value(field, given, `${path}.${name}`)
    }
    for (const field of fields) {
      if (field.required && !(field.name in out)) {
        out[field.name] = minimal(field)
        this.note(`${path}.${field.name}`, 'required by the table, missing from the example; a minimal value')
      }
    }
    // In the table's order, so snippets read like the tables next to them.
    return Object.fromEntries(fields.filter((f) => f.name in out).map((f) => [f.name, out[f.name]]))
  }
}

/**
 * The example of `op` (a catalog operation with `request`), from the reference example's parts. Headers the client
 * sets itself are dropped without a note: the client always sends them.
 */
export function repairExample(op, given, notes, none) {
  if (none) notes.push('example: the reference has none; minimal values from the tables')
  const repair = new Repair(notes)
  const out = {}
  for (const part of PARTS) {
    const fields = op.request[part]
    let value = given[part]
    if (part === 'headers' && isObject(value)) {
      value = Object.fromEntries(Object.entries(value).filter(([name]) => !CLIENT_HEADERS.has(name.toLowerCase())))
    }
    if (!fields) {
      if (isObject(value) && Object.keys(value).length) repair.note(`example.${part}`, 'not in the tables; left out')
      continue
    }
    const repaired = repair.object(fields, isObject(value) ? value : {}, `example.${part}`)
    if (Object.keys(repaired).length) out[part] = repaired
  }
  return out
}
