// The user-facing texts of every busifavor definition: each field, note, description, error and link has an English
// form next to its Chinese one, the English is English, and no research note (sources, dates, disagreements) is left
// in what users read — those belong in `uncertain`.
import { fieldMeta } from '@core/kit'
import type { DocLink, EndpointError, LocalizedDocs } from '@core/kit/define'
import { describe, expect, test } from 'vitest'
import type { z } from 'zod'
import { couponSendNotification, endpoints } from '../src/schemas.js'

type Schema = z.core.$ZodType

const defOf = (schema: Schema) => schema._zod.def as unknown as Record<string, any>

interface Field {
  path: string
  schema: Schema
}

/**
 * Every named field under `schema`, at any depth: object keys, through optional wrappers, arrays and every union
 * option, plus the root when it carries texts of its own (a union answer does).
 */
function fieldsOf(schema: Schema, prefix: string): Field[] {
  const out: Field[] = []
  const walk = (node: Schema, path: string) => {
    const def = defOf(node)
    if (def.type === 'optional' || def.type === 'nullable') return walk(def.innerType, path)
    if (def.type === 'array') return walk(def.element, `${path}[]`)
    if (def.type === 'union') {
      for (const option of def.options as Schema[]) walk(option, path)
      return
    }
    if (def.type === 'object') {
      for (const [name, child] of Object.entries(def.shape as Record<string, Schema>)) {
        out.push({ path: `${path}.${name}`, schema: child })
        walk(child, `${path}.${name}`)
      }
    }
  }
  if (fieldMeta(schema as z.ZodType)?.description) out.push({ path: prefix, schema })
  walk(schema, prefix)
  return out
}

/** CJK characters and full-width punctuation: what an English text must not carry. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/** English with the quoted parts taken out: code in backticks and labels in quotes may be Chinese (「营销事件推送」). */
function unquoted(text: string): string {
  return text.replace(/`[^`]*`|“[^”]*”|"[^"]*"|「[^」]*」/g, '')
}

/** Words that mark a research note: sources, their dates, their disagreements. Never on a user page. */
const RESEARCH =
  /doc text|wechatpay\.im|Go\/Java|\bGo\b|\bJava\b|WxJava|\bSDK 注明|\d{4}\.\d{2}\.\d{2}|官方页|单一来源|待确认|未确认|spec §|CouponEntity/

const apiEntries = Object.values(endpoints).map((endpoint) => {
  const sections = { pathParams: endpoint.pathParams, query: endpoint.query, body: endpoint.body }
  const fields = [
    ...Object.entries(sections).flatMap(([name, schema]) => (schema ? fieldsOf(schema, name) : [])),
    ...(endpoint.response ? fieldsOf(endpoint.response, 'response') : []),
  ]
  return { id: endpoint.id, docs: endpoint.docs, errors: endpoint.docs.errors, links: endpoint.docs.links, fields }
})
const notification = couponSendNotification
const entries = [
  ...apiEntries,
  {
    id: notification.id,
    docs: notification.docs,
    errors: [] as readonly EndpointError[],
    links: notification.docs.links,
    fields: [
      ...fieldsOf(notification.headers, 'headers'),
      ...fieldsOf(notification.envelope, 'envelope'),
      ...fieldsOf(notification.resource, 'resource'),
      ...fieldsOf(notification.ack, 'ack'),
    ],
  },
]

function englishProblems(label: string, text: string | undefined): string[] {
  if (text === undefined || text.trim() === '') return [`${label}: missing`]
  return CJK.test(unquoted(text)) ? [`${label}: not English: ${text}`] : []
}

function researchProblems(label: string, text: string | undefined): string[] {
  return text !== undefined && RESEARCH.test(text) ? [`${label}: research note in user text: ${text}`] : []
}

/** The texts of one language users read on a page, labelled. */
function pageTexts(docs: LocalizedDocs, lang: string): [string, string][] {
  return [
    [`${lang}.summary`, docs.summary],
    ...(docs.description ?? []).map((text, i): [string, string] => [`${lang}.description[${i}]`, text]),
    ...(docs.notes ?? []).map((text, i): [string, string] => [`${lang}.notes[${i}]`, text]),
  ]
}

describe('busifavor texts in English and Chinese', () => {
  test('the walk finds the fields (a walk that finds nothing proves nothing)', () => {
    const count = entries.reduce((sum, entry) => sum + entry.fields.length, 0)
    expect(count).toBeGreaterThan(500)
    const deactivate = entries.find((entry) => entry.id === 'deactivate_coupon')!
    expect(deactivate.fields.map((field) => field.path)).toEqual([
      'body.coupon_code',
      'body.stock_id',
      'body.deactivate_request_no',
      'body.deactivate_reason',
      'response.wechatpay_deactivate_time',
    ])
    // Through unions, arrays and nesting: send_coupon's two answer shapes, the user coupons' rules.
    const paths = entries.flatMap((entry) => entry.fields.map((field) => `${entry.id}:${field.path}`))
    expect(paths).toContain('send_coupon:response')
    expect(paths).toContain('send_coupon:response.send_coupon_result.coupon_code')
    expect(paths).toContain('send_coupon:response.coupon_code')
    expect(paths).toContain(
      'list_user_coupons:response.data[].coupon_use_rule.coupon_available_time.available_week.available_day_time[].begin_time',
    )
    expect(paths).toContain('notify_coupon_send:resource.attach_info.phone_number')
  })

  test.each(entries.map((entry) => [entry.id, entry] as const))('%s: every field has English', (_id, entry) => {
    const problems = entry.fields.flatMap(({ path, schema }) => {
      const meta = fieldMeta(schema as z.ZodType) ?? {}
      return [
        ...(meta.description ? [] : [`${path}: no description`]),
        ...englishProblems(`${path} en`, meta.en),
        ...(meta.constraints === undefined ? [] : englishProblems(`${path} constraintsEn`, meta.constraintsEn)),
        ...(meta.constraintsEn !== undefined && meta.constraints === undefined
          ? [`${path}: constraintsEn without constraints`]
          : []),
        ...researchProblems(`${path} description`, meta.description),
        ...researchProblems(`${path} en`, meta.en),
        ...researchProblems(`${path} constraints`, meta.constraints),
        ...researchProblems(`${path} constraintsEn`, meta.constraintsEn),
      ]
    })
    expect(problems).toEqual([])
  })

  test.each(entries.map((entry) => [entry.id, entry] as const))('%s: notes and descriptions pair up', (_id, entry) => {
    const { zh, en } = entry.docs
    expect(en.notes?.length ?? 0, 'en.notes').toBe(zh.notes?.length ?? 0)
    expect(en.description?.length ?? 0, 'en.description').toBe(zh.description?.length ?? 0)
    const problems = [
      ...pageTexts(en, 'en').flatMap(([label, text]) => [
        ...englishProblems(label, text),
        ...researchProblems(label, text),
      ]),
      ...pageTexts(zh, 'zh').flatMap(([label, text]) => researchProblems(label, text)),
      // A title may name the product once in Chinese (发放消费卡's "政府消费卡"); it must still be there.
      ...(en.title.trim() ? [] : ['en.title: missing']),
    ]
    expect(problems).toEqual([])
  })

  test.each(entries.map((entry) => [entry.id, entry] as const))('%s: errors and links in English', (_id, entry) => {
    const problems = [
      ...entry.errors.flatMap((error: EndpointError) => [
        ...englishProblems(`error ${error.code} en`, error.en),
        ...researchProblems(`error ${error.code} zh`, error.zh),
        ...researchProblems(`error ${error.code} en`, error.en),
      ]),
      ...entry.links.flatMap((link: DocLink) => englishProblems(`link ${link.url} en`, link.en)),
    ]
    expect(problems).toEqual([])
  })

  test('the checks catch what they are for', () => {
    expect(englishProblems('x', undefined)).toHaveLength(1)
    expect(englishProblems('x', '批次号')).toHaveLength(1)
    expect(englishProblems('x', 'Stock ID（批次）')).toHaveLength(1)
    expect(englishProblems('x', 'Turn on “营销事件推送” first')).toEqual([])
    expect(englishProblems('x', 'Call `createRequestNo()`')).toEqual([])
    expect(researchProblems('x', '1..32（2020 doc text）')).toHaveLength(1)
    expect(researchProblems('x', '2025.07.25 版官方页：string(128)')).toHaveLength(1)
    expect(researchProblems('x', 'Go/Java and wechatpay.im disagree')).toHaveLength(1)
    expect(researchProblems('x', '1..32')).toEqual([])
  })
})
