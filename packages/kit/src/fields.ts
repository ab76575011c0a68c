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

/** An amount of money in 分 (fen, 1/100 元): a non-negative integer. A float or a negative is refused before sending. */
export const fen = z.int('must be an integer number of 分 (1 元 = 100)').min(0, 'must not be negative (分)')

/**
 * What every field's `.meta()` may carry, for the docs tables and for anyone reading the schemas: `description` (中文)
 * and `en`, `constraints` / `constraintsEn` (rules in words), and `uncertain` (why the reading is unconfirmed — a
 * research note, never rendered).
 */
export interface FieldMeta {
  description?: string
  en?: string
  constraints?: string
  constraintsEn?: string
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

/**
 * How objects are built, so a structure shared by requests and responses is written once: strict for what the
 * merchant sends (unknown keys are reported), loose for what WeChat Pay answers (fields it adds later are kept).
 */
export interface Style<Config extends z.core.$ZodObjectConfig> {
  object<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodObject<Shape, Config>
  /** `true` in requests: picks the wording of the few constraints that differ (必填 vs 返回). */
  request: boolean
}

export const REQUEST: Style<z.core.$strict> = {
  object: (shape) => z.strictObject(shape) as never,
  request: true,
}

export const RESPONSE: Style<z.core.$loose> = {
  object: (shape) => z.looseObject(shape) as never,
  request: false,
}
