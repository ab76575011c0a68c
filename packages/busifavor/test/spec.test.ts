// The registry against the spec it was written from (test/fixtures/busifavor-spec.json, a copy of
// shared/reference/busifavor-spec.json): every endpoint, every field at its depth, required flags, types, enums,
// formats, lengths, descriptions, constraints and uncertainty notes. Where the spec's text mixes a rule with a research
// note (a source, a date, a disagreement), users read the rule and the note lives in `uncertain`: MOVED_NOTES and
// MOVED_CONSTRAINTS list each such text and where it went; everything else must match the spec verbatim.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fieldMeta } from '@core/kit'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { NO_PAGE_NOTE, PASSED_THROUGH_NOTE } from '../src/endpoints/shared.js'
import { couponSendNotification, endpoints, marketingImageUploadMeta } from '../src/schemas.js'

interface SpecField {
  name: string
  type: string
  required: boolean
  depth: number | null
  desc: string
  constraints?: string
  enum?: (string | number)[]
  format?: string
  uncertain?: boolean
  note?: string
}

interface SpecEndpoint {
  n: number
  kind: 'api' | 'webhook'
  id: string
  title_zh: string
  title_en: string
  method: string
  path: string
  content_type: string | null
  response_status: number
  path_params: SpecField[]
  query: SpecField[]
  headers?: SpecField[]
  body: SpecField[] | null
  plaintext?: SpecField[]
  response: SpecField[] | null
  idempotency_key: string | null
  notes: string[]
  errors: { status: number; code: string; desc: string }[]
  official_docs: string[]
  uncertain: boolean
  uncertain_reason?: string
}

const spec: SpecEndpoint[] = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/busifavor-spec.json'), 'utf8'))
const apis = spec.filter((entry) => entry.kind === 'api')
const webhook = spec.find((entry) => entry.kind === 'webhook')!

type Schema = z.core.$ZodType

const defOf = (schema: Schema) => schema._zod.def as unknown as Record<string, any>

/** Strips `.optional()` wrappers and says whether there was one. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean } {
  let inner = schema
  let optional = false
  while (defOf(inner).type === 'optional') {
    optional = true
    inner = defOf(inner).innerType
  }
  return { inner, optional }
}

/** The object shapes under a schema: arrays are looked through, union options all count. */
function shapesOf(schema: Schema): Record<string, Schema>[] {
  const { inner } = unwrap(schema)
  const def = defOf(inner)
  if (def.type === 'object') return [def.shape]
  if (def.type === 'array') return shapesOf(def.element)
  if (def.type === 'union') return def.options.flatMap((option: Schema) => shapesOf(option))
  return []
}

/** Every schema found at `path` (several when a union offers the field in more than one option). */
function lookup(root: Schema, path: readonly string[]): Schema[] {
  let current: Schema[] = [root]
  for (const name of path) {
    current = current.flatMap((schema) => shapesOf(schema).flatMap((shape) => (name in shape ? [shape[name]!] : [])))
  }
  return current
}

/** Every field path a schema declares (for the reverse check: nothing invented). */
function declaredPaths(schema: Schema, prefix: string[] = []): string[][] {
  return shapesOf(schema).flatMap((shape) =>
    Object.entries(shape).flatMap(([name, child]) => [[...prefix, name], ...declaredPaths(child, [...prefix, name])]),
  )
}

/** The spec's flat `depth` list as paths. */
function withPaths(fields: readonly SpecField[]): { field: SpecField; path: string[] }[] {
  const stack: string[] = []
  return fields.map((field) => {
    const depth = field.depth ?? 0
    stack.length = depth
    stack.push(field.name)
    return { field, path: [...stack] }
  })
}

function kindOf(schema: Schema): string {
  const { inner } = unwrap(schema)
  const def = defOf(inner)
  switch (def.type) {
    case 'string':
      return 'string'
    case 'enum': {
      const values = Object.values(def.entries)
      return values.every((value) => typeof value === 'string') ? 'string' : 'mixed'
    }
    case 'literal':
      return def.values.every((value: unknown) => typeof value === 'number') ? 'integer' : 'string'
    case 'union': {
      const kinds = new Set<string>(def.options.map((option: Schema) => kindOf(option)))
      return kinds.size === 1 ? [...kinds][0]! : `union(${[...kinds].join(',')})`
    }
    case 'number':
      return z.safeParse(inner as z.ZodType, 1.5).success ? 'number' : 'integer'
    case 'boolean':
      return 'boolean'
    case 'object':
      return 'object'
    case 'array':
      return `${kindOf(def.element)}[]`
    case 'custom':
      return 'binary'
    default:
      return def.type
  }
}

const accepts = (schema: Schema, value: unknown) => z.safeParse(schema as z.ZodType, value).success

/** The element schema of an array field, the field itself otherwise. */
function leafOf(schema: Schema): Schema {
  const { inner } = unwrap(schema)
  return defOf(inner).type === 'array' ? leafOf(defOf(inner).element) : inner
}

// Closed enums reject anything else; these are documented as open (any string accepted, see their meta).
const OPEN_ENUMS = new Set(['notify_coupon_send:plaintext:send_channel'])

// Fields the SDK declares beyond the spec's own rows, each for a stated reason.
const EXTRA_FIELDS = new Set([
  // §6.2: wechatpay.im's top-level reading of the 发券 response, accepted alongside send_coupon_result.
  'send_coupon:response:stock_id',
  'send_coupon:response:out_request_no',
  'send_coupon:response:coupon_code',
])

/**
 * Spec notes (`<endpoint id>#<index>`) that were research, in part or whole: the user-facing notes (or description
 * paragraphs) they became — none when the note was research only — and what the endpoint's `uncertain` now says.
 */
const MOVED_NOTES: Record<string, { zh: readonly string[]; description?: readonly string[]; uncertain: RegExp }> = {
  // "…（2020 doc text）": the source.
  'create_stock#0': {
    zh: [
      '跳转小程序时链接会带 stock_id、openid、nonce、associate=COUPON_CODE、ciphertext；ciphertext 用 APIv3 密钥 AEAD_AES_256_GCM 解密得 coupon_code',
    ],
    uncertain: /2020 doc text/,
  },
  // "（wechatpay.im 仅链接产品介绍页），字段取自 Go/Java 生成模型": the sources.
  'list_coupon_codes#0': { zh: [NO_PAGE_NOTE.zh], uncertain: /Go\/Java models.*links only the product introduction/ },
  // "CouponEntity" is the Go/Java model's name; users get the endpoint whose answer has the same shape.
  'get_coupon_code#0': {
    zh: [NO_PAGE_NOTE.zh, 'coupon_information 的结构与查询用户单张券详情的应答相同'],
    uncertain: /CouponEntity/,
  },
  // "（Go/Java/wechatpay.im 一致）": the sources.
  'delete_coupon_code#0': {
    zh: [],
    description: ['`delete_request_no` 在查询串（query string）中传递。'],
    uncertain: /agree that delete_request_no is a query parameter/,
  },
  'delete_coupon_code#1': { zh: [NO_PAGE_NOTE.zh], uncertain: /no public official page/ },
  // The issuance channels stay; "（wechatpay.im 仅链接产品介绍页）" goes.
  'send_coupon#0': {
    zh: [
      '常规发券渠道是前端的小程序发券插件与 H5 发券（以 APIv2 密钥 HMAC-SHA256 签名，见 signSendCouponParams 与 buildH5SendCouponUrl）',
      NO_PAGE_NOTE.zh,
    ],
    uncertain: /links only the product introduction page/,
  },
  // "单一来源（wechatpay.im，2025.07.15），Go/Java SDK 无此接口": sources and a date.
  'send_product_coupon#0': {
    zh: ['仅用于关联了商品信息的商家券', PASSED_THROUGH_NOTE.zh],
    uncertain: /2025\.07\.15, no Go\/Java/,
  },
  // All research: the single source, its date and its undefined required fields.
  'presend_product_coupon#0': {
    zh: [PASSED_THROUGH_NOTE.zh],
    uncertain: /2025\.12\.08.*brand_id and product_coupon_id/,
  },
  // "2025.07.25 版官方页：…": the lengths it gives are the schema's; the page and its date are research.
  'deactivate_coupon#1': { zh: [], uncertain: /2025\.07\.25 official page/ },
}

/**
 * Spec constraints that name their source: the rule users read instead (checked like the spec's own text, see
 * checkRange) and what the field's `uncertain` says about the source.
 */
const MOVED_CONSTRAINTS: Record<string, { constraints: string; uncertain: RegExp }> = {
  '1..100（wechatpay.im 定义）': { constraints: '1..100', uncertain: /wechatpay\.im only/ },
  '0..10000000（Go SDK）；wechatpay.im 定义最小值为1': {
    constraints: '0..10000000',
    uncertain: /Go SDK; wechatpay\.im defines a minimum of 1/,
  },
  '1..21字；Go 注明暂不支持修改': { constraints: '1..21字；暂不支持修改', uncertain: /Go SDK model comment/ },
  'Go 注明暂不支持修改': { constraints: '暂不支持修改', uncertain: /Go SDK model comment/ },
  '2019 doc text 1..32；2023 官方页标 string(128)': { constraints: '1..128', uncertain: /2019 doc text.*2023 page/ },
  '1..32（2020 doc text 误写为 1..20）': { constraints: '1..32', uncertain: /2020 doc text swaps/ },
  '1..20（2020 doc text 误写为 1..32）': { constraints: '1..20', uncertain: /2020 doc text swaps/ },
  '1..32（2020 doc text）': { constraints: '1..32', uncertain: /2020 doc text/ },
  '1..20（2020 doc text）': { constraints: '1..20', uncertain: /2020 doc text/ },
}

function checkField(where: string, field: SpecField, candidates: Schema[], request: boolean): void {
  const label = `${where} ${field.name}`
  expect(candidates.length, `${label} is declared`).toBeGreaterThan(0)
  const matching = candidates.filter((schema) => unwrap(schema).optional === !field.required)
  expect(matching.length, `${label} is ${field.required ? 'required' : 'optional'}`).toBeGreaterThan(0)
  const schema = matching[0]!

  const expectedKind = field.type === 'integer[]' ? 'integer[]' : field.type
  expect(kindOf(schema), `${label} type`).toBe(
    expectedKind === 'string' && field.format === 'json' ? 'object' : expectedKind,
  )

  const meta = fieldMeta(schema as z.ZodType)
  expect(meta?.description, `${label} description`).toBe(field.desc)
  const moved = field.constraints === undefined ? undefined : MOVED_CONSTRAINTS[field.constraints]
  if (moved) {
    expect(meta?.constraints, `${label} constraints (source moved to uncertain)`).toBe(moved.constraints)
    expect(meta?.uncertain, `${label} uncertain names the source of "${field.constraints}"`).toMatch(moved.uncertain)
  } else if (field.constraints) {
    expect(meta?.constraints, `${label} constraints`).toBe(field.constraints)
  }
  if (field.uncertain) expect(meta?.uncertain, `${label} uncertain note`).toMatch(/\S/)

  const leaf = leafOf(schema)
  if (field.enum) {
    for (const value of field.enum) expect(accepts(leaf, value), `${label} accepts ${value}`).toBe(true)
    const bogus = typeof field.enum[0] === 'number' ? 99 : 'NOT_AN_ENUM_VALUE'
    const open = OPEN_ENUMS.has(`${where}:${field.name}`)
    expect(accepts(leaf, bogus), `${label} is ${open ? 'an open' : 'a closed'} enum`).toBe(open)
  }
  if (field.format === 'rfc3339') {
    expect(accepts(leaf, '2015-05-20T13:29:35+08:00'), `${label} accepts RFC 3339`).toBe(true)
    expect(accepts(leaf, '2020-05-20T13:29:35.120+08:00'), `${label} accepts milliseconds`).toBe(true)
    expect(accepts(leaf, '2015-05-20 13:29:35'), `${label} rejects a non-RFC 3339 time`).toBe(false)
  }
  checkRange(label, field, schema, request)
  // The rule users read holds too.
  if (moved) checkRange(`${label} (as shown)`, { ...field, constraints: moved.constraints }, schema, request)
}

/** Lengths and ranges written `a..b`, `最多N字`, `最大N` or `最多N个` in the spec's constraints. */
function checkRange(label: string, field: SpecField, schema: Schema, request: boolean): void {
  const text = field.constraints ?? ''
  const range = /^(\d+)\.\.(\d+)/.exec(text)
  const atMost = /^最多(\d+)/.exec(text) ?? /^最大(\d+)/.exec(text)
  const { inner } = unwrap(schema)
  if (field.type === 'string' && (range || atMost)) {
    const min = range ? Number(range[1]) : 0
    const max = Number(range ? range[2] : atMost![1])
    expect(accepts(inner, 'a'.repeat(max)), `${label} accepts ${max} characters`).toBe(true)
    expect(accepts(inner, 'a'.repeat(max + 1)), `${label} rejects ${max + 1} characters`).toBe(false)
    if (min > 0) expect(accepts(inner, 'a'.repeat(min - 1)), `${label} rejects ${min - 1} characters`).toBe(false)
    // A character is a character: 汉字 count one each, as the spec says.
    expect(accepts(inner, '券'.repeat(Math.max(min, 1))), `${label} counts 汉字 as one`).toBe(true)
  }
  if (field.type === 'integer' && (range || atMost)) {
    const min = range ? Number(range[1]) : undefined
    const max = Number(range ? range[2] : atMost![1])
    expect(accepts(inner, max), `${label} accepts ${max}`).toBe(true)
    expect(accepts(inner, max + 1), `${label} rejects ${max + 1}`).toBe(false)
    if (min !== undefined) {
      expect(accepts(inner, min), `${label} accepts ${min}`).toBe(true)
      expect(accepts(inner, min - 1), `${label} rejects ${min - 1}`).toBe(false)
    }
  }
  const items = /^最多(\d+)个$/.exec(text)
  if (field.type === 'object[]' && items) {
    const max = Number(items[1])
    expect(
      accepts(
        inner,
        Array.from({ length: max }, () => ({})),
      ),
      `${label} accepts ${max} items`,
    ).toBe(true)
    expect(
      accepts(
        inner,
        Array.from({ length: max + 1 }, () => ({})),
      ),
      `${label} rejects ${max + 1} items`,
    ).toBe(false)
  }
  // Request-side strings the spec gives no length for must still not be empty when required.
  if (request && field.type === 'string' && field.required && !field.format && !field.enum) {
    expect(accepts(inner, ''), `${label} rejects an empty string`).toBe(false)
  }
}

function checkSection(
  id: string,
  section: string,
  fields: readonly SpecField[] | null | undefined,
  schema: Schema | undefined,
  request: boolean,
): void {
  if (!fields || fields.length === 0) {
    expect(schema, `${id} has no ${section}`).toBeUndefined()
    return
  }
  expect(schema, `${id} declares ${section}`).toBeDefined()
  const rows = withPaths(fields)
  for (const { field, path } of rows) checkField(`${id}:${section}`, field, lookup(schema!, path), request)
  // Reverse: nothing declared that the spec does not list.
  const known = new Set(rows.map(({ path }) => path.join('.')))
  for (const path of declaredPaths(schema!)) {
    const key = path.join('.')
    if (!known.has(key))
      expect(EXTRA_FIELDS.has(`${id}:${section}:${key}`), `${id}:${section} declares ${key}`).toBe(true)
  }
}

const camelCase = (id: string) => id.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

describe('endpoints registry against busifavor-spec.json', () => {
  test('endpoints lists every spec id, in spec order', () => {
    expect(apis).toHaveLength(27)
    expect(Object.keys(endpoints)).toEqual(apis.map((entry) => entry.id))
  })

  test.each(apis.map((entry) => [entry.id, entry] as const))('endpoints.%s matches the spec', (id, entry) => {
    const definition = endpoints[id as keyof typeof endpoints]
    expect(definition.id).toBe(id)
    expect(definition.name).toBe(camelCase(id))
    expect(definition.docs.zh.title).toBe(entry.title_zh)
    expect(definition.docs.en.title).toBe(entry.title_en)
    expect(definition.method).toBe(entry.method)
    expect(definition.path).toBe(entry.path)
    const encoding = { 'application/json': 'json', 'multipart/form-data': 'image-upload' } as const
    expect(definition.encoding).toBe(
      entry.content_type === null ? undefined : encoding[entry.content_type as keyof typeof encoding],
    )
    expect(definition.responseStatus).toBe(entry.response_status)
    // `out_request_no (+send_time)`: the key field is the first word.
    expect(definition.idempotency?.field).toBe(entry.idempotency_key?.split(' ')[0] ?? undefined)
    const movedNotes = entry.notes.flatMap((note, index) => {
      const moved = MOVED_NOTES[`${id}#${index}`]
      return moved ? [{ note, ...moved }] : []
    })
    if (entry.uncertain) expect(definition.uncertain?.startsWith(entry.uncertain_reason!)).toBe(true)
    else if (movedNotes.length === 0) expect(definition.uncertain).toBeUndefined()
    for (const moved of movedNotes) {
      expect(definition.uncertain, `uncertain keeps the research of "${moved.note}"`).toMatch(moved.uncertain)
      for (const note of moved.zh) expect(definition.docs.zh.notes, `what "${moved.note}" became`).toContain(note)
      for (const text of moved.description ?? []) {
        expect(definition.docs.zh.description, `what "${moved.note}" became`).toContain(text)
      }
    }

    expect(definition.docs.links.map((link) => link.url)).toEqual(entry.official_docs)
    expect(definition.docs.zh.summary).toMatch(/\p{Script=Han}/u)
    entry.notes.forEach((note, index) => {
      if (!MOVED_NOTES[`${id}#${index}`]) expect(definition.docs.zh.notes).toContain(note)
    })
    for (const error of entry.errors) {
      expect(definition.docs.errors).toContainEqual(
        expect.objectContaining({ status: error.status, code: error.code, zh: error.desc }),
      )
    }
    for (const error of definition.docs.errors) {
      const documented = entry.errors.some((known) => known.code === error.code && known.status === error.status)
      if (!documented) expect(error.uncertain, `${id} error ${error.code} says why it is listed`).toMatch(/\S/)
    }

    const placeholders = [...entry.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
    expect(Object.keys(definition.pathParams?.shape ?? {})).toEqual(placeholders)
    expect(entry.path_params.map((field) => field.name)).toEqual(placeholders)

    checkSection(id, 'path_params', entry.path_params, definition.pathParams, true)
    checkSection(id, 'query', entry.query, definition.query, true)
    if (entry.content_type === 'multipart/form-data') {
      // The multipart body: `file` is given as is, `meta` (a JSON string) is built by the facade from `filename`.
      const [file, meta, ...metaFields] = entry.body!
      expect([file!.name, meta!.name, meta!.format]).toEqual(['file', 'meta', 'json'])
      checkSection(id, 'body', [file!, { ...metaFields[0]!, depth: 0 }], definition.body, true)
      checkSection(id, 'meta', [meta!, ...metaFields], z.strictObject({ meta: marketingImageUploadMeta }), true)
    } else {
      checkSection(id, 'body', entry.body, definition.body, true)
    }
    checkSection(id, 'response', entry.response, definition.response, false)
  })

  test('every moved note and constraint is one the spec has', () => {
    for (const key of Object.keys(MOVED_NOTES)) {
      const [id, index] = key.split('#')
      expect(apis.find((entry) => entry.id === id)?.notes[Number(index)], key).toBeTypeOf('string')
    }
    const constraints = new Set(
      spec.flatMap((entry) =>
        [entry.path_params, entry.query, entry.body ?? [], entry.response ?? []].flat().map((f) => f.constraints),
      ),
    )
    for (const text of Object.keys(MOVED_CONSTRAINTS)) expect(constraints.has(text), text).toBe(true)
  })

  test('no endpoint has a path parameter, query or body field sharing a name (the facade takes them in one object)', () => {
    for (const definition of Object.values(endpoints)) {
      const names = [definition.pathParams, definition.query, definition.body].flatMap((schema) =>
        Object.keys(schema?.shape ?? {}),
      )
      expect(new Set(names).size, definition.id).toBe(names.length)
    }
  })

  test('the idempotency key is a required input field of its endpoint', () => {
    for (const definition of Object.values(endpoints)) {
      if (!definition.idempotency) continue
      const owner = definition.body?.shape ?? definition.query?.shape
      const field = (owner as Record<string, Schema> | undefined)?.[definition.idempotency.field]
      expect(field, definition.id).toBeDefined()
      expect(unwrap(field!).optional, definition.id).toBe(false)
    }
  })
})

describe('couponSendNotification against busifavor-spec.json', () => {
  test('the notification matches the spec', () => {
    expect(couponSendNotification.id).toBe(webhook.id)
    expect(couponSendNotification.docs.zh.title).toBe(webhook.title_zh)
    expect(couponSendNotification.docs.links.map((link) => link.url)).toEqual(webhook.official_docs)
    // Every callback is deduplicated on its notification id (the kit's handlers do it for all of them).
    expect(webhook.idempotency_key?.split(' ')[0]).toBe('id')
    checkSection(webhook.id, 'headers', webhook.headers, couponSendNotification.headers, false)
    checkSection(webhook.id, 'body', webhook.body, couponSendNotification.envelope, false)
    checkSection(webhook.id, 'plaintext', webhook.plaintext, couponSendNotification.resource, false)
    checkSection(webhook.id, 'response', webhook.response, couponSendNotification.ack, false)
  })

  test('COUPON.SEND is not in the HTTP endpoints registry', () => {
    expect(Object.keys(endpoints)).not.toContain(webhook.id)
  })
})
