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
// A `.` or `..` segment, also percent-encoded (`%2e`) and before a `;` path parameter: servers and proxies resolve
// them, so the path signed and checked here would not be the resource served. Only the part before `?` is a path.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?=[/;?]|$)/gi

// Messages name the field and the expected shape, never the value: a secret pasted into `url` or `params` must not
// reach a log through an error.
const WHAT = 'cannot build the request path'

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
        { path: ['url'], message: 'has a {slot} whose name is not letters, digits and underscores' },
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
          message:
            'has characters that cannot go on the wire as written (space, quotes, #, <>, \\, ^, `, {|}, control or non-ASCII characters); put values in {params} so they are percent-encoded',
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

/** `encodeURIComponent`, or undefined for text with a lone surrogate (not valid UTF-16, so it has no UTF-8 form). */
function encoded(text: string): string | undefined {
  try {
    return encodeURIComponent(text)
  } catch {
    return undefined
  }
}

const LONE_SURROGATE = 'holds a lone surrogate (not valid UTF-16), which cannot be percent-encoded'
const DOT_MESSAGE = 'would make a "." or ".." path segment, which servers resolve to another path; it is refused'

/** The [start, end) of the first dot segment in the path part of `path`, if any. */
function dotSegment(path: string): [number, number] | undefined {
  const query = path.indexOf('?')
  const bare = query === -1 ? path : path.slice(0, query)
  DOT_SEGMENT.lastIndex = 0
  const match = DOT_SEGMENT.exec(bare)
  if (match === null) return undefined
  const start = match[0].startsWith('/') ? match.index + 1 : match.index
  return [start, match.index + match[0].length]
}

/** Whether the path part of `path` holds a `.` or `..` segment (literal or percent-encoded). */
export function hasDotSegment(path: string): boolean {
  return dotSegment(path) !== undefined
}

/**
 * Fills `{name}` slots from `params`, each value percent-encoded with `encodeURIComponent` (so `/`, `=`, `|`, `\` and
 * spaces in a coupon code stay inside one segment). A missing, empty or unused parameter, a value with a lone
 * surrogate, and a path with a `.` or `..` segment are a `ValidationError`.
 */
export function fillPath(template: string, params: PathParams | undefined): string {
  const { parts, names } = compile(template)
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    invalid(WHAT, [{ path: ['params'], message: 'must be an object of path parameters' }])
  }
  if (names.length === 0) {
    if (params !== undefined) unusedParams(params, names)
    if (hasDotSegment(template)) invalid(WHAT, [{ path: ['url'], message: DOT_MESSAGE }])
    return template
  }
  const issues: ValidationIssue[] = []
  // Where each value went in `out`, to name the parameter that makes a dot segment.
  const spans: number[] = []
  let out = parts[0]!
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    const value = params === undefined || !Object.hasOwn(params, name) ? undefined : params[name]
    const text = paramText(value)
    const wire = text === undefined || text === '' ? undefined : encoded(text)
    if (wire === undefined) {
      issues.push({
        path: ['params', name],
        message:
          value === undefined
            ? `missing: the path has a {${name}} slot`
            : text === ''
              ? 'is empty'
              : text === undefined
                ? `must be a string or number (got ${value === null ? 'null' : typeof value})`
                : LONE_SURROGATE,
      })
      continue
    }
    spans.push(out.length, out.length + wire.length)
    out += wire + parts[i + 1]!
  }
  if (issues.length) invalid(WHAT, issues)
  if (params !== undefined) unusedParams(params, names)
  const dot = dotSegment(out)
  if (dot !== undefined) {
    for (let i = 0; i < names.length; i++) {
      if (spans[2 * i]! < dot[1] && spans[2 * i + 1]! > dot[0])
        issues.push({ path: ['params', names[i]!], message: DOT_MESSAGE })
    }
    invalid(WHAT, issues.length ? issues : [{ path: ['url'], message: DOT_MESSAGE }])
  }
  return out
}

function unusedParams(params: PathParams, names: string[]): void {
  for (const key of Object.keys(params)) {
    if (!names.includes(key)) {
      invalid(WHAT, [{ path: ['params', key], message: 'the path has no slot of this name (a typo?)' }])
    }
  }
}

function queryText(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'string' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  // Objects would be sent as "[object Object]": refused.
  return null
}

/**
 * `k=v&k2=v2` with both sides percent-encoded; undefined and null values are left out, arrays repeat the key. A value
 * that is not a scalar, or a key or value with a lone surrogate, is a `ValidationError` naming `query.<key>`.
 */
export function buildQuery(query: Query | undefined): string {
  if (query === undefined) return ''
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    invalid('cannot build the query', [{ path: ['query'], message: 'must be an object of query parameters' }])
  }
  let out = ''
  for (const key of Object.keys(query)) {
    const value = query[key]
    const values = Array.isArray(value) ? (value as readonly QueryValue[]) : [value as QueryValue]
    const wireKey = encoded(key)
    if (wireKey === undefined)
      invalid('cannot build the query', [{ path: ['query'], message: `a key ${LONE_SURROGATE}` }])
    for (const item of values) {
      const text = queryText(item)
      if (text === undefined) continue
      const wire = text === null ? undefined : encoded(text)
      if (wire === undefined) {
        invalid('cannot build the query', [
          {
            path: ['query', key],
            message:
              text === null ? 'must be a string, number, bigint or boolean (or an array of them)' : LONE_SURROGATE,
          },
        ])
      }
      out += `${out === '' ? '' : '&'}${wireKey}=${wire}`
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
