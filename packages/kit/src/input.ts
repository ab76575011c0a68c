import type { ValidationIssue } from '@core/client'
import type { AnyEndpoint } from './endpoint.js'
import { fastParser, UNSURE } from './fast-parse.js'
import { toIssues } from './issues.js'

export type Part = 'pathParams' | 'query' | 'body'
const PARTS: readonly Part[] = ['pathParams', 'query', 'body']

export type ParsedInput = Partial<Record<Part, Record<string, unknown>>>

// Which part (path, query or body) declares each input key, worked out once per endpoint instead of on every call.
const partsByKey = new WeakMap<AnyEndpoint, Map<string, Part>>()

function partOf(endpoint: AnyEndpoint, key: string): Part | undefined {
  let map = partsByKey.get(endpoint)
  if (map === undefined) {
    map = new Map()
    for (const part of PARTS) {
      const schema = endpoint[part]
      if (schema !== undefined) for (const name of Object.keys(schema.shape)) if (!map.has(name)) map.set(name, part)
    }
    partsByKey.set(endpoint, map)
  }
  return map.get(key)
}

/**
 * Splits one flat input object into the endpoint's path, query and body parts by the schemas' keys, and parses each
 * part with its schema. A key no part declares is an unknown field. Issues are pushed to `issues`.
 */
export function parseInput(
  endpoint: AnyEndpoint,
  fields: Record<string, unknown>,
  issues: ValidationIssue[],
): ParsedInput {
  // Only the parts this input uses get an object: most endpoints have a body or a query, rarely all three.
  const split: Partial<Record<Part, Record<string, unknown>>> = {}
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue
    const part = partOf(endpoint, key)
    if (part === undefined) issues.push({ path: [key], message: 'unknown field' })
    else {
      split[part] ??= {}
      split[part][key] = fields[key]
    }
  }
  const parsed: ParsedInput = {}
  for (const part of PARTS) {
    const schema = endpoint[part]
    if (schema === undefined) continue
    const given = split[part] ?? {}
    // The compiled parser answers for plainly valid input (the common case) with zod's own result; anything else,
    // and every schema it does not compile, goes to zod.
    const fast = fastParser(schema)?.(given) ?? UNSURE
    if (fast !== UNSURE) {
      parsed[part] = fast as Record<string, unknown>
      continue
    }
    const result = schema.safeParse(given)
    if (result.success) parsed[part] = result.data as Record<string, unknown>
    // reportInput makes zod copy the offending values into the issues: worth it only once a parse has failed.
    else issues.push(...toIssues(schema.safeParse(given, { reportInput: true }).error!))
  }
  return parsed
}
