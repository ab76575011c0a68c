import type { z } from 'zod'
import { paramError } from '../problem.js'

export type Location = 'path' | 'query' | 'body'

const LOCATION_ZH: Record<Location, string> = { path: '路径参数', query: '查询参数', body: '请求体' }

// zod 4 keeps a schema's definition under `_zod.def`; only the wrapper kinds the endpoint schemas use are unwrapped.
interface Def {
  type?: string
  innerType?: z.ZodType
  element?: z.ZodType
  shape?: Record<string, z.ZodType>
  options?: z.ZodType[]
}
const defOf = (schema: unknown): Def => ((schema as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def

function metaOf(schema: unknown): { description?: string } | undefined {
  const meta = (schema as { meta?: () => unknown })?.meta
  if (typeof meta !== 'function') return undefined
  try {
    return meta.call(schema) as { description?: string } | undefined
  } catch {
    return undefined
  }
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema
  for (let i = 0; i < 8 && current !== undefined; i++) {
    const def = defOf(current)
    if (def.innerType !== undefined && def.type !== 'object') current = def.innerType
    else break
  }
  return current
}

function childOf(schema: z.ZodType | undefined, key: PropertyKey): z.ZodType | undefined {
  const base = unwrap(schema)
  if (base === undefined) return undefined
  const def = defOf(base)
  if (typeof key === 'number') return def.element
  const shape = (base as { shape?: Record<string, z.ZodType> }).shape ?? def.shape
  return shape?.[String(key)]
}

/** The `description` (中文) of the field at `path` in `schema`, looked up through optional/array wrappers. */
export function describeField(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string | undefined {
  let current: z.ZodType | undefined = schema
  for (const key of path) current = childOf(current, key)
  let node: z.ZodType | undefined = current
  for (let i = 0; i < 8 && node !== undefined; i++) {
    const description = metaOf(node)?.description
    if (description) return description
    const def = defOf(node)
    node = def.type === 'object' ? undefined : def.innerType
  }
  return undefined
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key as string]
  }
  return current
}

interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  input?: unknown
  maximum?: number | bigint
  minimum?: number | bigint
  origin?: string
  values?: unknown[]
  keys?: string[]
  format?: string
}

function reasonZh(issue: Issue, present: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return present ? `类型错误，应为 ${issue.expected}` : '缺失（必填字段）'
    case 'too_big':
      return issue.origin === 'string'
        ? `长度超过最大值 ${issue.maximum}`
        : issue.origin === 'array'
          ? `元素个数超过最大值 ${issue.maximum}`
          : `大于最大值 ${issue.maximum}`
    case 'too_small':
      return issue.origin === 'string'
        ? `长度小于最小值 ${issue.minimum}`
        : issue.origin === 'array'
          ? `元素个数少于最小值 ${issue.minimum}`
          : `小于最小值 ${issue.minimum}`
    case 'invalid_value':
      return `取值无效，应为 ${(issue.values ?? []).map(String).join(' | ')} 之一`
    case 'invalid_format':
      return `格式错误（${issue.message}）`
    case 'unrecognized_keys':
      return `包含未定义的字段 ${(issue.keys ?? []).join(', ')}`
    default:
      return `校验失败（${issue.message}）`
  }
}

/**
 * Validates one part of a request with its schema; a failure becomes WeChat Pay's 400 PARAM_ERROR whose `detail`
 * names the field (`field` as a JSON pointer, `location`, `value`, `issue`), as WeChat Pay's own errors do.
 */
export function validate(schema: z.ZodType, input: unknown, location: Location): unknown {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0] as unknown as Issue
  let path = issue.path
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) path = [...path, issue.keys[0]!]
  const value = valueAt(input, path)
  const present = value !== undefined
  const field = `/${path.map(String).join('/')}`
  const description = issue.code === 'unrecognized_keys' ? undefined : describeField(schema, issue.path)
  const detail: Record<string, unknown> = { location, field, issue: issue.message }
  if (present && (typeof value !== 'object' || value === null)) detail.value = value
  const label = description === undefined ? field : `${field}（${description}）`
  const more = result.error.issues.length > 1 ? `；另有 ${result.error.issues.length - 1} 处错误` : ''
  const gap = description === undefined ? ' ' : ''
  throw paramError(`参数错误：${LOCATION_ZH[location]} ${label}${gap}${reasonZh(issue, present)}${more}`, detail)
}

/**
 * Query strings carry only text; a field whose schema wants a number or boolean gets the converted value when the
 * text converts cleanly, so `limit=20` satisfies `z.number()` while `limit=abc` still fails validation.
 */
export function coerceQuery(schema: z.ZodType, query: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...query }
  for (const [key, text] of Object.entries(query)) {
    const field = childOf(schema, key)
    if (field === undefined || field.safeParse(text).success) continue
    const candidates: unknown[] = []
    if (/^-?\d+(\.\d+)?$/.test(text)) candidates.push(Number(text))
    if (text === 'true' || text === 'false') candidates.push(text === 'true')
    for (const candidate of candidates) {
      if (field.safeParse(candidate).success) {
        out[key] = candidate
        break
      }
    }
  }
  return out
}
