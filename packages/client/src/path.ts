import { invalid, type ValidationIssue } from './errors.js'

export type PathParams = Readonly<Record<string, string | number | bigint>>
export type QueryValue = string | number | bigint | boolean | null | undefined
export type Query = Readonly<Record<string, QueryValue | readonly QueryValue[]>>

/** A path template split once into literal parts and `{name}` slots: `parts[0] name[0] parts[1] name[1] … parts[n]`. */
interface CompiledTemplate {
  parts: string[]
  names: string[]
}

// Literal path characters allowed on the wire: printable ASCII minus space, quote, `#`, `<>`, `\`, `^`, backtick,
// `{|}`. Anything else must arrive through a `{param}` (which is percent-encoded) so signing and sending agree.
const LITERAL = /^[!$%&'()*+,\-./0-9:;=?@A-Z[\]_a-z~]*$/
const SLOT = /\{([^{}/]*)\}/g
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

// Templates repeat (one per endpoint), so each is parsed once; the bound keeps paths built from ids from piling up.
const cache = new Map<string, CompiledTemplate>()
const CACHE_SIZE = 256

function compile(template: string): CompiledTemplate {
  let compiled = cache.get(template)
  if (compiled !== undefined) return compiled
  const parts: string[] = []
  const names: string[] = []
  let last = 0
  for (const match of template.matchAll(SLOT)) {
    const name = match[1]!
    if (!NAME.test(name)) {
      invalid('bad path template', [
        { path: ['url'], message: `"{${name}}" is not a parameter name (letters, digits, underscore)` },
      ])
    }
    parts.push(template.slice(last, match.index))
    names.push(name)
    last = match.index + match[0].length
  }
  parts.push(template.slice(last))
  for (const part of parts) {
    if (!LITERAL.test(part)) {
      invalid('bad path', [
        {
          path: ['url'],
          message: `"${template}" has characters that cannot go on the wire as written; put values in {params} so they are percent-encoded`,
        },
      ])
    }
  }
  compiled = { parts, names }
  if (cache.size >= CACHE_SIZE) cache.clear()
  cache.set(template, compiled)
  return compiled
}

function paramText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return String(value)
  return undefined
}

/**
 * Fills `{name}` slots from `params`, each value percent-encoded with `encodeURIComponent` (so `/`, `=`, `|`, `\` and
 * spaces in a coupon code stay inside one segment). A missing, empty or unused parameter is a `ValidationError`.
 */
export function fillPath(template: string, params: PathParams | undefined): string {
  const { parts, names } = compile(template)
  if (names.length === 0) {
    if (params !== undefined) unusedParams(template, params, names)
    return template
  }
  const issues: ValidationIssue[] = []
  let out = parts[0]!
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    const text = params === undefined || !Object.hasOwn(params, name) ? undefined : paramText(params[name])
    if (text === undefined || text === '') {
      const value = params?.[name]
      issues.push({
        path: ['params', name],
        message:
          value === undefined
            ? `missing: the path ${template} needs it`
            : text === ''
              ? 'is empty'
              : `must be a string or number (got ${typeof value})`,
      })
      continue
    }
    out += encodeURIComponent(text) + parts[i + 1]!
  }
  if (issues.length) invalid(`cannot build the path ${template}`, issues)
  if (params !== undefined) unusedParams(template, params, names)
  return out
}

function unusedParams(template: string, params: PathParams, names: string[]): void {
  for (const key of Object.keys(params)) {
    if (!names.includes(key)) {
      invalid(`cannot build the path ${template}`, [
        { path: ['params', key], message: `the path has no {${key}} (a typo?)` },
      ])
    }
  }
}

function queryText(value: QueryValue): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined
  return String(value)
}

/** `k=v&k2=v2` with both sides percent-encoded; undefined and null values are left out, arrays repeat the key. */
export function buildQuery(query: Query | undefined): string {
  if (query === undefined) return ''
  let out = ''
  for (const key of Object.keys(query)) {
    const value = query[key]
    const values = Array.isArray(value) ? (value as readonly QueryValue[]) : [value as QueryValue]
    for (const item of values) {
      const text = queryText(item)
      if (text === undefined) continue
      out += `${out === '' ? '' : '&'}${encodeURIComponent(key)}=${encodeURIComponent(text)}`
    }
  }
  return out
}

/** Joins chained segments as written into an absolute path: `['v3', 'a/b']` → `/v3/a/b`. */
export function joinSegments(segments: readonly string[]): string {
  let path = ''
  for (const segment of segments) {
    const trimmed = segment.replace(/^\/+|\/+$/g, '')
    if (trimmed !== '') path += `/${trimmed}`
  }
  return path === '' ? '/' : path
}
