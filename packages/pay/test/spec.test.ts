// Every pay endpoint and callback against the reference it was written from (test/fixtures/apiv3-pay.json, the pay
// entries of shared/reference/apiv3 copied unchanged): every row at its depth, required flags, types, enums,
// descriptions in both languages — and, the other way round, nothing declared that the reference does not list,
// except the deliberate differences in the tables below, each with its reason.
import { describe, expect, test } from 'vitest'
import { endpoints, refundNotification, transactionNotification } from '../src/schemas.js'
import {
  accepts,
  declared,
  enumValues,
  kindOf,
  leafOf,
  lookup,
  metaOf,
  type Row,
  reference,
  type Schema,
  unwrap,
  withPaths,
} from './spec-walk.js'

/** Our endpoint id → the reference's mechanical id. */
const REFERENCE_IDS = {
  jsapi_prepay: 'pay_transactions_jsapi_post',
  app_prepay: 'pay_transactions_app_post',
  h5_prepay: 'pay_transactions_h5_post',
  native_prepay: 'pay_transactions_native_post',
  query_order_by_out_trade_no: 'pay_transactions_by_out_trade_no_get',
  query_order_by_transaction_id: 'pay_transactions_by_transaction_id_get',
  close_order: 'pay_transactions_by_out_trade_no_close_post',
  create_refund: 'refund_domestic_refunds_post',
  query_refund: 'refund_domestic_refunds_by_out_refund_no_get',
  apply_abnormal_refund: 'refund_domestic_refunds_by_refund_id_apply_abnormal_refund_post',
  trade_bill: 'bill_tradebill_get',
  fund_flow_bill: 'bill_fundflowbill_get',
} as const satisfies Record<keyof typeof endpoints, string>

// ───────────────────────────── deliberate differences, each with its reason ─────────────────────────────

const PARTNER = 'a 服务商 / 电商平台 field: this family is the direct merchant’s (a strict request refuses it)'
/** Reference rows the SDK does not declare. */
const NOT_DECLARED = new Map<string, string>([
  ['create_refund:body:sub_mchid', PARTNER],
  ['query_refund:query:sub_mchid', PARTNER],
  ['apply_abnormal_refund:body:sub_mchid', PARTNER],
  ['trade_bill:query:sub_mchid', PARTNER],
  ['fund_flow_bill:query:sub_mchid', PARTNER],
  ['notify_refund:resource:sp_mchid', PARTNER],
  ['notify_refund:resource:sub_mchid', PARTNER],
  ['notify_refund:resource:refund_account', PARTNER],
  ['notify_refund:resource:individual_auth_id', PARTNER],
])

const ORDER_AS_HELD =
  'the answer is the order as WeChat Pay holds it: the reference repeats the prepay request’s required flags here, ' +
  'and wechatpay-go’s Transaction model carries no such field — optional, so the type never promises it'
/** Rows the reference marks required that the SDK declares optional. */
const OPTIONAL_HERE = new Map<string, string>([
  ['query_order_by_out_trade_no:response:description', ORDER_AS_HELD],
  ['query_order_by_out_trade_no:response:notify_url', ORDER_AS_HELD],
  ['query_order_by_transaction_id:response:description', ORDER_AS_HELD],
  ['query_order_by_transaction_id:response:notify_url', ORDER_AS_HELD],
])

const ORDER_FIELDS =
  'the paid order as wechatpay-go’s Transaction model and WeChat Pay’s answers carry it; the reference table lists ' +
  'only what the prepay request sent'
const SAME_ORDER = 'the same order object as the out_trade_no query answers (the reference row set is shorter here)'
/** Paths the SDK declares beyond the reference rows (children of a listed path are covered by it). */
const EXTRA = new Map<string, string>([
  ['query_order_by_out_trade_no:response:amount.payer_total', ORDER_FIELDS],
  ['query_order_by_out_trade_no:response:amount.payer_currency', ORDER_FIELDS],
  ['query_order_by_out_trade_no:response:promotion_detail', ORDER_FIELDS],
  ['query_order_by_transaction_id:response:amount.payer_total', ORDER_FIELDS],
  ['query_order_by_transaction_id:response:amount.payer_currency', ORDER_FIELDS],
  ['query_order_by_transaction_id:response:promotion_detail', ORDER_FIELDS],
  ['query_order_by_transaction_id:response:payer', SAME_ORDER],
  ['query_order_by_transaction_id:response:installment_info', SAME_ORDER],
])

const PROTOCOL_STATES = 'protocol.md §6 lists the states (the reference README: rendered only in the swagger $refs)'
/** Closed enums where the reference row lists no values. */
const ADDED_ENUMS = new Map<string, string>([
  ['query_order_by_out_trade_no:response:trade_state', PROTOCOL_STATES],
  ['query_order_by_transaction_id:response:trade_state', PROTOCOL_STATES],
  ['create_refund:response:status', PROTOCOL_STATES],
  ['query_refund:response:status', PROTOCOL_STATES],
  ['apply_abnormal_refund:response:status', PROTOCOL_STATES],
  ['notify_transaction:body:resource_type', 'protocol.md §3: always encrypt-resource'],
  ['notify_refund:body:resource_type', 'protocol.md §3: always encrypt-resource'],
])

/** zh labels that do not start with the reference's label. */
const RELABELED = new Map<string, string>([
  ['app_prepay:body:appid', 'the reference labels it 公众号ID; an APP order is placed with the mobile app’s AppID'],
])

/** zh titles that do not contain the reference title. */
const RETITLED = new Map<string, string>([
  ['jsapi_prepay', 'JSAPI下单 in the reference: the same endpoint places Mini Program (小程序) orders'],
  ['close_order', '关单 in the reference; 关闭订单 is the official page title'],
])

/** Enums the SDK narrows to what a direct merchant receives. */
const NARROWED = new Map<string, string>([
  ['notify_transaction:body:resource.original_type', 'profitsharing is the profit-sharing callbacks’ original_type'],
])

// Reference `number` rows: all of them are amounts in 分 (or counts), which WeChat Pay states are integers.
const NUMBER_IS_INTEGER = true

/** The request header rows: `Wechatpay-Serial` names the key of encrypted fields, and the client sends it on every call. */
const CLIENT_HEADERS = new Set(['Wechatpay-Serial'])

// ───────────────────────────────────────────────── checks ─────────────────────────────────────────────────

/** Table entries a check relied on: an entry no check needs any more is stale (see the last test). */
const used = new Set<string>()

/** Whether `key` (or a parent path of it) is in `table`, recording the entry used. */
function covered(table: Map<string, string>, key: string): boolean {
  const entry = [...table.keys()].find((name) => key === name || key.startsWith(`${name}.`))
  if (entry !== undefined) used.add(entry)
  return entry !== undefined
}

function checkRow(where: string, row: Row, path: string[], schema: Schema, options: { labels: boolean }): void {
  const key = `${where}:${path.join('.')}`
  const { optional } = unwrap(schema)
  const expectOptional = !row.required || covered(OPTIONAL_HERE, key)
  expect(optional, `${key} is ${expectOptional ? 'optional' : 'required'}`).toBe(expectOptional)

  const expected = row.type.replace(/^number/, NUMBER_IS_INTEGER ? 'integer' : 'number')
  expect(kindOf(schema), `${key} type`).toBe(expected)

  const meta = metaOf(schema)
  expect(meta?.description, `${key} zh description`).toMatch(/\p{Script=Han}/u)
  expect(meta?.en, `${key} en description`).toMatch(/[A-Za-z]{2}/)
  if (options.labels && row.desc && !covered(RELABELED, key)) {
    expect(meta?.description?.startsWith(row.desc), `${key}: "${meta?.description}" starts with "${row.desc}"`).toBe(
      true,
    )
  }
  if (row.encrypted === 'rsa-oaep') expect(meta?.description, `${key} says how to encrypt`).toContain('client.encrypt')

  const leaf = leafOf(schema)
  const values = enumValues(schema)
  if (row.enum) {
    const narrowed = covered(NARROWED, key)
    for (const value of row.enum) {
      if (!narrowed) expect(accepts(leaf, value), `${key} accepts ${value}`).toBe(true)
    }
    if (narrowed) expect(accepts(leaf, row.enum[0]), `${key} keeps ${row.enum[0]}`).toBe(true)
    const bogus = typeof row.enum[0] === 'number' ? 99 : 'NOT_AN_ENUM_VALUE'
    expect(accepts(leaf, bogus), `${key} is a closed enum`).toBe(false)
  } else if (values !== undefined) {
    expect(covered(ADDED_ENUMS, key), `${key} declares enum values the reference does not list`).toBe(true)
  }
}

function checkSection(
  where: string,
  rows: readonly Row[] | null | undefined,
  schema: Schema | undefined,
  options = { labels: true },
): void {
  const all = withPaths(rows ?? [])
  const skipped = all.filter(({ path }) => covered(NOT_DECLARED, `${where}:${path.join('.')}`))
  for (const { path } of skipped) expect(schema && lookup(schema, path), `${where}:${path.join('.')}`).toBeFalsy()
  const listed = all.filter((entry) => !skipped.includes(entry))
  if (listed.length === 0) {
    expect(schema, `${where} is not declared`).toBeUndefined()
    return
  }
  expect(schema, `${where} is declared`).toBeDefined()
  for (const { row, path } of listed) {
    const field = lookup(schema!, path)
    expect(field, `${where}:${path.join('.')} is declared`).toBeDefined()
    checkRow(where, row, path, field!, options)
  }
  const known = new Set(listed.map(({ path }) => path.join('.')))
  for (const { path, schema: field } of declared(schema!)) {
    const key = `${where}:${path.join('.')}`
    if (known.has(path.join('.'))) continue
    expect(covered(EXTRA, key), `${key} is declared but not in the reference`).toBe(true)
    // What the reference does not list still speaks both languages.
    expect(metaOf(field)?.description, `${key} zh description`).toMatch(/\p{Script=Han}/u)
    expect(metaOf(field)?.en, `${key} en description`).toMatch(/[A-Za-z]{2}/)
  }
}

const operations = new Map(reference.operations.map((operation) => [operation.id, operation]))

describe('pay endpoints against the apiv3 reference', () => {
  test('the registry lists the twelve direct-merchant operations', () => {
    expect(Object.keys(endpoints)).toEqual(Object.keys(REFERENCE_IDS))
  })

  test.each(Object.entries(REFERENCE_IDS))('%s matches %s', (id, referenceId) => {
    const definition = endpoints[id as keyof typeof endpoints]
    const entry = operations.get(referenceId)!
    expect(definition.method).toBe(entry.method)
    expect(definition.path).toBe(entry.path)
    expect(definition.responseStatus).toBe(entry.response_status)
    expect(definition.encoding).toBe(entry.content_type === 'application/json' ? 'json' : undefined)
    if (covered(RETITLED, id)) expect(definition.docs.zh.title).not.toContain(entry.title_zh)
    else expect(definition.docs.zh.title).toContain(entry.title_zh)

    const placeholders = [...entry.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
    expect(Object.keys(definition.pathParams?.shape ?? {})).toEqual(placeholders)
    for (const row of entry.headers ?? []) expect(CLIENT_HEADERS.has(row.name), row.name).toBe(true)

    checkSection(`${id}:path_params`, entry.path_params, definition.pathParams)
    checkSection(`${id}:query`, entry.query, definition.query)
    checkSection(`${id}:body`, entry.body, definition.body)
    checkSection(`${id}:response`, entry.response, definition.response)

    expect(definition.docs.links.length).toBeGreaterThan(0)
    for (const link of definition.docs.links) {
      expect(entry.official_docs, `${id} links official pages only`).toContain(link.url)
      expect(link.zh).toMatch(/^直连商户/)
      expect(link.en).toMatch(/^Direct merchant/)
    }
  })

  test('every field of every schema is described in Chinese and in English', () => {
    for (const definition of Object.values(endpoints)) {
      for (const part of ['pathParams', 'query', 'body', 'response'] as const) {
        const schema = definition[part] as Schema | undefined
        for (const { path, schema: field } of schema ? declared(schema) : []) {
          const label = `${definition.id}:${part}:${path.join('.')}`
          expect(metaOf(field)?.description, label).toMatch(/\S/)
          expect(metaOf(field)?.en, label).toMatch(/\S/)
        }
      }
    }
  })

  test('bill download stays out of the registry (its answer is an unsigned file, fetched by the client)', () => {
    const download = operations.get('billdownload_file_get')!
    expect(download.response_kind).toBe('binary')
    expect(Object.values(endpoints).map((definition) => definition.path)).not.toContain(download.path)
  })
})

const webhooks = new Map(reference.webhooks.map((webhook) => [webhook.event_type, webhook]))

/** The `ack` rows are `status` (the HTTP status) and the JSON `body` the kit's ack schema describes. */
function ackRows(rows: readonly Row[]): Row[] {
  return rows.filter((row) => row.name !== 'status' && row.name !== 'body').map((row) => ({ ...row, depth: 0 }))
}

// TRANSACTION.SUCCESS rows of other products that webhooks.json merges into one page.
const COMBINED = 'combined orders (合单支付)'
const FOREIGN_TRANSACTION_ROWS = new Map<string, string>([
  ['sp_mchid', PARTNER],
  ['sub_mchid', PARTNER],
  ['sub_appid', PARTNER],
  ['payer.sub_openid', PARTNER],
  ['order_id', 'profit-sharing (分账) callbacks'],
  ['out_order_no', 'profit-sharing (分账) callbacks'],
  ['receiver', 'profit-sharing (分账) callbacks'],
  ['trade_scene', 'parking (停车) orders'],
  ['parking_info', 'parking (停车) orders'],
  ['user_repaid', 'parking (停车) orders'],
  ['create_time', 'parking (停车) orders'],
  ['trade_state_description', 'parking (停车) orders'],
  ['promotion_detail.activity_id', 'parking (停车) orders; a direct merchant’s promotions name stock_id'],
  ['amount.exchange_rate', 'cross-border orders'],
  ['combine_appid', COMBINED],
  ['combine_mchid', COMBINED],
  ['combine_out_trade_no', COMBINED],
  ['combine_transaction_id', COMBINED],
  ['scene_info.sub_orders', COMBINED],
  ['scene_info.combine_payer_info', COMBINED],
  ['scene_info.installment_info', `${COMBINED}; the direct merchant's installment_info is top level`],
])

describe('pay callbacks against the apiv3 reference', () => {
  test('TRANSACTION.SUCCESS: envelope, headers and ack as the reference; the resource is the queried order', () => {
    const page = webhooks.get('TRANSACTION.SUCCESS')!
    expect(transactionNotification.eventTypes).toEqual(page.event_type_enum)
    expect(transactionNotification.originalType).toBe(page.original_type)
    checkSection('notify_transaction:body', page.body, transactionNotification.envelope, { labels: false })
    checkSection(
      'notify_transaction:headers',
      page.headers.filter((row) => row.name !== 'Content-Type'),
      transactionNotification.headers,
      { labels: false },
    )
    checkSection('notify_transaction:ack', ackRows(page.ack), transactionNotification.ack, { labels: false })
    // protocol.md §6: the plaintext is the order as the query returns it — one schema, walked above.
    expect(transactionNotification.resource).toBe(endpoints.query_order_by_out_trade_no.response)
    for (const { row, path } of withPaths(page.resource)) {
      const key = path.join('.')
      const field = lookup(transactionNotification.resource, path)
      if (covered(FOREIGN_TRANSACTION_ROWS, `${key}`)) {
        if (FOREIGN_TRANSACTION_ROWS.has(key)) expect(field, `${key} belongs to another product`).toBeUndefined()
        continue
      }
      expect(field, `${key} is declared`).toBeDefined()
      expect(kindOf(field!), `${key} type`).toBe(row.type.replace(/^number/, 'integer'))
    }
  })

  test('REFUND.SUCCESS / ABNORMAL / CLOSED: one definition matching all three pages', () => {
    const pages = ['REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED'].map((event) => webhooks.get(event)!)
    expect(refundNotification.eventTypes).toEqual(pages.flatMap((page) => page.event_type_enum))
    for (const page of pages) {
      expect(refundNotification.originalType).toBe(page.original_type)
      const body = page.body.map((row) =>
        row.name === 'event_type' ? { ...row, enum: [...refundNotification.eventTypes] } : row,
      )
      checkSection('notify_refund:body', body, refundNotification.envelope, { labels: false })
      checkSection('notify_refund:ack', ackRows(page.ack), refundNotification.ack, { labels: false })
    }
    // A row is required when every page lists it as required; otherwise optional.
    const merged = new Map<string, Row & { path: string[] }>()
    for (const page of pages) {
      for (const { row, path } of withPaths(page.resource)) {
        const key = path.join('.')
        const seen = merged.get(key)
        merged.set(key, { ...row, path, required: (seen ? seen.required : true) && row.required })
      }
    }
    for (const [key, row] of merged) {
      const everywhere = pages.every((page) => withPaths(page.resource).some(({ path }) => path.join('.') === key))
      if (!everywhere) merged.set(key, { ...row, required: false })
    }
    // Parents before their children (sorted by path), depth restored, so the section walk sees the nesting.
    const ordered = [...merged.values()]
      .sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')))
      .map(({ path, ...row }) => ({ ...row, depth: path.length - 1 }))
    checkSection('notify_refund:resource', ordered, refundNotification.resource, { labels: false })
  })
})

test('every deliberate difference listed above is still needed', () => {
  const tables = {
    NOT_DECLARED,
    OPTIONAL_HERE,
    EXTRA,
    ADDED_ENUMS,
    RELABELED,
    RETITLED,
    NARROWED,
    FOREIGN_TRANSACTION_ROWS,
  }
  for (const [name, table] of Object.entries(tables)) {
    for (const key of table.keys()) expect(used.has(key), `${name}: ${key} is no longer needed`).toBe(true)
  }
})
