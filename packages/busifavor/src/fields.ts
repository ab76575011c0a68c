import { z } from 'zod'

// RFC 3339 with an offset; WeChat Pay answers sometimes carry milliseconds (2020-05-20T13:29:35.120+08:00).
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

/** An RFC 3339 date-time string, e.g. `2015-05-20T13:29:35+08:00`. */
export const rfc3339 = z.string().regex(RFC3339, 'must be RFC 3339 with an offset, e.g. 2015-05-20T13:29:35+08:00')

/**
 * A non-negative integer carried in the query string. Callers pass a number (that is its TypeScript type); a server
 * parsing the URL (the sandbox) gets the text coerced back to a number by the same schema.
 */
export const queryInt = z.coerce.number<number>().int().min(0)

/**
 * What every field's `.meta()` may carry, for the docs tables and for anyone reading the schemas:
 * `description` (中文), `constraints` (the spec's 约束 text, verbatim) and `uncertain` (why the reading is unconfirmed).
 */
export interface FieldMeta {
  description?: string
  constraints?: string
  uncertain?: string
}

/** The metadata attached to a schema with `.meta()`, looking through `.optional()` wrappers. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema
  while (current) {
    const meta = z.globalRegistry.get(current)
    if (meta) return meta as FieldMeta
    current = current instanceof z.ZodOptional ? (current.unwrap() as z.ZodType) : undefined
  }
  return undefined
}
