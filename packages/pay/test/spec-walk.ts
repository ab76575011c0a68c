// Reading the reference rows and the zod schemas side by side: the helpers of spec.test.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fieldMeta } from '@core/kit'
import { z } from 'zod'

/** One row of shared/reference/apiv3 (see its README: name, type, required, depth, desc, enum, …). */
export interface Row {
  name: string
  type: string
  required: boolean
  depth: number | null
  desc: string
  enum?: (string | number)[]
  encrypted?: string
  encrypted_key?: string
}

export interface Operation {
  id: string
  method: string
  path: string
  title_zh: string
  response_status: number
  official_docs: string[]
  content_type: string | null
  response_kind: string
  path_params: Row[]
  query: Row[]
  headers: Row[]
  body: Row[] | null
  response: Row[] | null
}

export interface Webhook {
  event_type: string
  title_zh: string
  original_type: string
  event_type_enum: string[]
  official_docs: string[]
  headers: Row[]
  body: Row[]
  resource: Row[]
  ack: Row[]
}

export const reference: { operations: Operation[]; webhooks: Webhook[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/apiv3-pay.json'), 'utf8'),
)

export type Schema = z.core.$ZodType

const defOf = (schema: Schema) => schema._zod.def as unknown as Record<string, any>

/** Strips `.optional()` wrappers and says whether there was one. */
export function unwrap(schema: Schema): { inner: Schema; optional: boolean } {
  let inner = schema
  let optional = false
  while (defOf(inner).type === 'optional') {
    optional = true
    inner = defOf(inner).innerType
  }
  return { inner, optional }
}

/** The object shapes under a schema (arrays are looked through). */
function shapesOf(schema: Schema): Record<string, Schema>[] {
  const { inner } = unwrap(schema)
  const def = defOf(inner)
  if (def.type === 'object') return [def.shape]
  if (def.type === 'array') return shapesOf(def.element)
  return []
}

/** The schema at a field path, if declared. */
export function lookup(root: Schema, path: readonly string[]): Schema | undefined {
  let current: Schema | undefined = root
  for (const name of path) current = current && shapesOf(current).find((shape) => name in shape)?.[name]
  return current
}

/** Every field path a schema declares, with its schema. */
export function declared(schema: Schema, prefix: string[] = []): { path: string[]; schema: Schema }[] {
  return shapesOf(schema).flatMap((shape) =>
    Object.entries(shape).flatMap(([name, child]) => [
      { path: [...prefix, name], schema: child },
      ...declared(child, [...prefix, name]),
    ]),
  )
}

/** The reference's flat `depth` list as paths. */
export function withPaths(rows: readonly Row[]): { row: Row; path: string[] }[] {
  const stack: string[] = []
  return rows.map((row) => {
    stack.length = row.depth ?? 0
    stack.push(row.name)
    return { row, path: [...stack] }
  })
}

export const accepts = (schema: Schema, value: unknown) => z.safeParse(schema as z.ZodType, value).success

/** The type a schema declares, written the reference's way (`string`, `integer`, `object[]`…). */
export function kindOf(schema: Schema): string {
  const { inner } = unwrap(schema)
  const def = defOf(inner)
  switch (def.type) {
    case 'string':
    case 'enum':
      return 'string'
    case 'literal':
      return def.values.every((value: unknown) => typeof value === 'number') ? 'integer' : 'string'
    case 'number':
      return accepts(inner, 1.5) ? 'number' : 'integer'
    case 'array':
      return `${kindOf(def.element)}[]`
    default:
      return def.type
  }
}

/** The element schema of an array field, the field itself otherwise. */
export function leafOf(schema: Schema): Schema {
  const { inner } = unwrap(schema)
  return defOf(inner).type === 'array' ? leafOf(defOf(inner).element) : inner
}

/** The values of an enum (or literal) leaf, `undefined` for an open type. */
export function enumValues(schema: Schema): unknown[] | undefined {
  const def = defOf(leafOf(schema))
  if (def.type === 'enum') return Object.values(def.entries)
  if (def.type === 'literal') return def.values
  return undefined
}

export const metaOf = (schema: Schema) => fieldMeta(schema as z.ZodType)
