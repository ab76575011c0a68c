// Turning what arrived into an endpoint's input: path parameters, JSON bodies, the image upload's meta part.
import type { AnyEndpoint } from '@core/kit/define'
import { z } from 'zod'
import { MAX_JSON_DEPTH } from '../constants.js'
import { jsonNestsDeeperThan } from '../json.js'
import { paramError } from '../problem.js'

// The image upload's meta part (the JSON WeChat Pay signs), checked with the endpoint's own filename rule.
const uploadMeta = new WeakMap<AnyEndpoint, z.ZodType>()
export function uploadMetaOf(endpoint: AnyEndpoint): z.ZodType {
  let schema = uploadMeta.get(endpoint)
  if (schema === undefined) {
    const filename = (endpoint.body?.shape as Record<string, z.ZodType> | undefined)?.filename ?? z.string()
    const sha256 = z.string().regex(/^[0-9a-f]{64}$/i, 'must be the 64-character hex SHA-256 of the file')
    schema = z.strictObject({ meta: z.strictObject({ filename, sha256 }) })
    uploadMeta.set(endpoint, schema)
  }
  return schema
}

export function decodeParams(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    try {
      out[name] = decodeURIComponent(value)
    } catch {
      throw paramError(`参数错误：路径参数 ${name} 不是合法的百分号编码`, {
        location: 'path',
        field: `/${name}`,
        value,
      })
    }
  }
  return out
}

/**
 * Parses a JSON body as WeChat Pay would answer it: 400 PARAM_ERROR when it is not JSON, or nests deeper than
 * {@link MAX_JSON_DEPTH} (checked on the text first, so no later step recurses through hostile depth).
 */
export function parseBodyJson(bytes: Buffer, what: string, detail: Record<string, unknown>): unknown {
  const text = bytes.toString('utf8')
  if (jsonNestsDeeperThan(text)) throw paramError(`${what.trimEnd()} JSON 嵌套超过 ${MAX_JSON_DEPTH} 层`, detail)
  try {
    return JSON.parse(text)
  } catch {
    throw paramError(`${what}不是合法的 JSON`, detail)
  }
}
