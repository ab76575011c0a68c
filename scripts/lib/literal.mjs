// A tiny printer of plain values as TypeScript source, formatted the way biome formats this repository
// (single quotes, 2-space indent, trailing commas), so generated snippets and TSDoc examples look hand-written.
// Shared by the families generator (TSDoc examples) and the docs generator (snippets).

// `exampleCode()` values of @core/kit carry this brand: printed as the code they hold.
const EXAMPLE_CODE = Symbol.for('wechatpay-ts.example-code')

function codeOf(value) {
  if (value instanceof RawCode) return value.code
  if (value !== null && typeof value === 'object' && value[EXAMPLE_CODE] === true) return value.code
  return undefined
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/

export function key(name) {
  return IDENT.test(name) ? name : quote(name)
}

export function quote(text) {
  return `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
}

/** Prints `value` as a TypeScript expression; `indent` is the indentation of the line the value starts on. */
export function literal(value, indent = '') {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'bigint') return `${value}n`
  const code = codeOf(value)
  if (code !== undefined) return code
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const flat = value.map((item) => literal(item, indent))
    const oneLine = `[${flat.join(', ')}]`
    if (value.every((item) => typeof item !== 'object' || item === null) && oneLine.length + indent.length <= 100) {
      return oneLine
    }
    return `[\n${value.map((item) => `${inner}${literal(item, inner)},`).join('\n')}\n${indent}]`
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return '{}'
  const line = ([k, v]) => (codeOf(v) === k ? `${inner}${k},` : `${inner}${key(k)}: ${literal(v, inner)},`)
  return `{\n${entries.map(line).join('\n')}\n${indent}}`
}

/** Code inserted verbatim by `literal` (e.g. `req.params.coupon_code`). */
export class RawCode {
  constructor(code) {
    this.code = code
  }
}

export function raw(code) {
  return new RawCode(code)
}
