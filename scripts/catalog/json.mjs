// A stable JSON layout for the spec files, made for review: a value that fits on one line (≤ 120 columns) is written
// on one line, so each field of a table is one line of a diff; anything longer is broken up, two spaces per level.

const WIDTH = 120

function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }` : '{}'
  }
  return JSON.stringify(value)
}

function print(value, indent, prefix) {
  const one = inline(value)
  if (indent.length + prefix.length + one.length <= WIDTH || value === null || typeof value !== 'object') return one
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => `${inner}${print(v, inner, '')}`).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  const lines = entries.map(([k, v]) => {
    const head = `${JSON.stringify(k)}: `
    return `${inner}${head}${print(v, inner, head)}`
  })
  return `{\n${lines.join(',\n')}\n${indent}}`
}

/** `value` as JSON text in the spec layout, with a final newline. */
export function specJson(value) {
  return `${print(value, '', '')}\n`
}
