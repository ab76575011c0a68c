// The generator on the real families registry: rows follow the schemas (nesting, required, enums, lengths), the
// markdown uses the reference syntax, every text comes from the definitions in the page's language, research notes
// never reach a page, and two runs write identical files.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { couponSendNotification, endpoints } from '@api/busifavor/schemas'
import { endpoints as payEndpoints } from '@api/pay/schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FAMILIES } from '../scripts/families.mjs'
import { benchPartial, type DocsFamily, GENERATED, generate, requestRows, responseRows } from '../scripts/generate.mjs'
import { resolveFamily } from '../scripts/lib/family.mjs'
import { cell } from '../scripts/lib/markdown.mjs'
import { rowsOf } from '../scripts/lib/rows.mjs'
import { descriptionCell, renderTable } from '../scripts/lib/table.mjs'

interface Row {
  name: string
  path: string
  type: string
  required: boolean
  depth: number
  enumValues?: string[]
  format?: string
  lengths?: string
  uncertain?: string
  constraints?: string
  description?: string
  en?: string
}

const byName = (rows: Row[], name: string) => rows.find((r) => r.name === name)

let out: string
let summary: ReturnType<typeof generate>
const read = (path: string) => readFileSync(join(out, path), 'utf8')

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'wxpay-docs-gen-'))
  summary = generate({ families: FAMILIES, out })
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'))
    }
  }
  for (const dir of GENERATED) if (statSync(join(root, dir), { throwIfNoEntry: false })) walk(join(root, dir))
  return files
}

function allPages(): [string, string][] {
  return [...snapshot(out).keys()].filter((p) => p.endsWith('.md')).map((p) => [p, read(p)])
}

describe('requestRows', () => {
  it('requestRows(deactivate_coupon) is the json object and its four fields one level down', () => {
    const rows = requestRows(endpoints.deactivate_coupon, 'zh') as unknown as Row[]
    expect(rows.map((r) => [r.name, r.type, r.required, r.depth])).toEqual([
      ['json', 'object', true, 0],
      ['coupon_code', 'string', true, 1],
      ['stock_id', 'string', true, 1],
      ['deactivate_request_no', 'string', true, 1],
      ['deactivate_reason', 'string', false, 1],
    ])
  })

  it('requestRows(list_user_coupons) puts path parameters on top and the query one level down', () => {
    const rows = requestRows(endpoints.list_user_coupons, 'zh') as unknown as Row[]
    expect(rows[0]).toMatchObject({ name: 'openid', depth: 0, required: true })
    expect(byName(rows, 'query')).toMatchObject({ depth: 0, required: true, type: 'object' })
    expect(byName(rows, 'appid')).toMatchObject({ depth: 1, required: true })
    expect(byName(rows, 'coupon_state')?.enumValues).toEqual(['SENDED', 'USED', 'EXPIRED', 'DELETED', 'DEACTIVATED'])
    expect(byName(rows, 'limit')).toMatchObject({ depth: 1, type: 'integer', required: false })
  })

  it('requestRows(create_stock) indents nested objects and arrays by depth, with dotted paths', () => {
    const rows = requestRows(endpoints.create_stock, 'zh') as unknown as Row[]
    expect(byName(rows, 'coupon_use_rule')).toMatchObject({ depth: 1, type: 'object', required: true })
    expect(byName(rows, 'coupon_available_time')).toMatchObject({
      depth: 2,
      type: 'object',
      path: 'coupon_use_rule.coupon_available_time',
    })
    expect(byName(rows, 'available_begin_time')).toMatchObject({ depth: 3, format: 'date-time', required: true })
    expect(byName(rows, 'week_day')).toMatchObject({
      type: 'integer[]',
      enumValues: ['0', '1', '2', '3', '4', '5', '6'],
    })
    expect(byName(rows, 'available_day_time')).toMatchObject({ type: 'object[]', depth: 4 })
    // Children of an array of objects follow it, one level deeper.
    const index = rows.findIndex((r) => r.name === 'available_day_time')
    expect(rows[index + 1]).toMatchObject({ name: 'begin_time', depth: 5, type: 'integer' })
    expect(byName(rows, 'stock_type')?.enumValues).toEqual(['NORMAL', 'DISCOUNT', 'EXCHANGE'])
  })

  it('requestRows(marketing_image_upload) names the file part as callers write it', () => {
    const rows = requestRows(endpoints.marketing_image_upload, 'zh') as unknown as Row[]
    expect(rows.map((r) => [r.name, r.type, r.depth])).toEqual([
      ['multipart', 'object', 0],
      ['file', 'Uint8Array', 1],
      ['filename', 'string', 1],
    ])
  })

  it('requestRows(close_order) puts the out_trade_no path parameter above the json body', () => {
    const rows = requestRows(payEndpoints.close_order, 'en') as unknown as Row[]
    expect(rows.map((r) => [r.name, r.depth, r.required])).toEqual([
      ['out_trade_no', 0, true],
      ['json', 0, true],
      ['mchid', 1, true],
    ])
  })

  it('responseRows of a 204 endpoint is empty and the table says so', () => {
    const empty = Object.values(endpoints).find((e) => e.response === undefined)
    expect(responseRows(empty, 'zh')).toEqual([])
    const table = renderTable({
      head: ['返回字典', '类型', '描述'],
      rows: [],
      id: 'response',
      locale: 'zh',
      empty: '无',
    })
    expect(table).toContain('| 无 {.empty colspan=3}')
  })

  it('responseRows(send_coupon) lists both shapes of the answer (a union): wrapped and flat, nothing required', () => {
    const rows = responseRows(endpoints.send_coupon, 'zh') as unknown as Row[]
    expect(rows.map((r) => [r.path, r.required])).toEqual([
      ['send_coupon_result', false],
      ['send_coupon_result.stock_id', false],
      ['send_coupon_result.out_request_no', false],
      ['send_coupon_result.coupon_code', false],
      ['stock_id', false],
      ['out_request_no', false],
      ['coupon_code', false],
    ])
  })
})

describe('description cells', () => {
  it('show enums, lengths and the format, and never a research note', () => {
    const rows = rowsOf(couponSendNotification.resource, 'output') as Row[]
    const channel = byName(rows, 'send_channel') as Row
    expect(channel.uncertain).toBeTruthy()
    const zh = descriptionCell(channel, 'zh')
    expect(zh).toContain('发放渠道')
    expect(zh).toContain('`BUSICOUPON_SEND_CHANNEL_API`')
    expect(zh).not.toContain(channel.uncertain)
    expect(zh).not.toContain('待确认')
    expect(descriptionCell(byName(rows, 'send_time') as Row, 'zh')).toContain('RFC 3339')
    const lengths = { name: 'x', type: 'string', required: true, depth: 0, lengths: '长度 1..32' }
    expect(descriptionCell(lengths, 'zh')).toContain('长度 1..32')
  })

  it('print the en text on English pages, a pending line where it is missing, language-neutral constraints as is', () => {
    const base = { name: 'x', type: 'string', required: true, depth: 0 }
    expect(descriptionCell({ ...base, description: '券code', en: 'Coupon code' }, 'en')).toBe('Coupon code')
    const pending = descriptionCell({ ...base, description: '券code' }, 'en')
    expect(pending).toContain('English description pending')
    expect(pending).not.toContain('券')
    expect(descriptionCell({ ...base, description: '批次号', en: 'Stock id', constraints: '1..20' }, 'en')).toBe(
      'Stock id<br/>constraints: 1..20',
    )
    const zhOnly = descriptionCell({ ...base, description: '批次号', en: 'Stock id', constraints: '默认 false' }, 'en')
    expect([zhOnly.includes('默认'), zhOnly.includes('pending')]).toEqual([false, true])
  })

  it('cell() escapes pipes and braces outside code spans', () => {
    expect(cell('a|b {x} `{y}`')).toBe('a\\|b &#123;x&#125; `{y}`')
  })
})

describe('generate({ families, out })', () => {
  it('writes per family an overview, one page per endpoint and notification, in both locales, and the index', () => {
    expect(summary.families).toEqual(['busifavor', 'pay'])
    const files = snapshot(out)
    for (const entry of FAMILIES) {
      const family = resolveFamily(entry)
      for (const prefix of [`api/${family.slug}`, `en/api/${family.slug}`]) {
        expect(files.has(`${prefix}/index.md`)).toBe(true)
        for (const d of [...family.endpoints, ...family.notifications]) {
          expect(files.has(`${prefix}/${d.id.replace(/_/g, '-')}.md`), d.id).toBe(true)
        }
      }
    }
    const perLocale = 1 + FAMILIES.length + summary.endpoints + summary.notifications
    expect(summary.pages).toBe(2 * perLocale)
    expect(read('api/index.md')).toContain('| [基础支付 API](/api/pay/) | `@api/pay` | 12 | 2')
    expect(read('en/api/index.md')).toContain('| [Payments API](/en/api/pay/) | `@api/pay` | 12 | 2')
  })

  it('writes identical files on a second run, and removes a page whose definition is gone', () => {
    const first = snapshot(out)
    const stale = join(out, 'api', 'pay', 'removed-endpoint.md')
    writeFileSync(stale, '# gone\n')
    generate({ families: FAMILIES, out })
    expect(snapshot(out)).toEqual(first)
  })

  it('gives each overview group one heading, in the registry order (发券与核销 once)', () => {
    const busifavor = read('api/busifavor/index.md')
    expect(busifavor.match(/^## 发券与核销$/gm)).toHaveLength(1)
    expect(read('api/pay/index.md').match(/^## .+$/gm)).toEqual([
      '## 下单',
      '## 查询与关单',
      '## 退款',
      '## 账单',
      '## 回调',
    ])
    expect(read('en/api/pay/index.md').match(/^## .+$/gm)).toEqual([
      '## Placing orders',
      '## Query and close',
      '## Refunds',
      '## Bills',
      '## Callbacks',
    ])
  })

  it("writes the sidebar by path: a family's own groups open, the others folded", () => {
    const sidebar = JSON.parse(read('.generated/sidebar.json'))
    const pay = sidebar.zh.api['/api/pay/'] as { text: string; collapsed: boolean; items: any[] }[]
    expect(pay.map((f) => [f.text, f.collapsed])).toEqual([
      ['商家券 API', true],
      ['基础支付 API', false],
    ])
    expect(pay[1]?.items.map((g) => g.text)).toEqual(['下单', '查询与关单', '退款', '账单', '回调'])
    expect(pay[1]?.items[4].items).toEqual([
      { text: '支付成功通知', link: '/api/pay/notify-transaction' },
      { text: '退款结果通知', link: '/api/pay/notify-refund' },
    ])
    expect(sidebar.en.api['/en/api/'].map((f: { text: string }) => f.text)).toEqual([
      'Merchant coupons (busifavor) API',
      'Payments API',
    ])
  })

  it('declares each family facade for the snippets', () => {
    const globals = read('.generated/snippet-globals.d.ts')
    expect(globals).toContain("import type { Pay } from '@api/pay'")
    expect(globals).toContain('  const busifavor: Busifavor\n  const pay: Pay\n')
  })
})

describe('pages say what the definition says', () => {
  it('the deactivate page in the reference syntax, with its titled official links', () => {
    const page = read('api/busifavor/deactivate-coupon.md')
    const { zh } = endpoints.deactivate_coupon.docs
    expect(page.startsWith(`---\ntitle: "${zh.title}"\ndescription: ${JSON.stringify(zh.summary)}\n`)).toBe(true)
    expect(page).toContain(
      '| 请求参数 | 类型 {.type} | 描述 {.desc}\n| --- | --- | ---\n| json {data-required} | object {data-tooltip=',
    )
    expect(page).toContain('| coupon_code {data-required data-indent=1} | string | 券code')
    expect(page).toContain('| wechatpay_deactivate_time {data-required} | string | 券成功失效的时间')
    expect(page).toContain('{.im-table #request}')
    expect(page).toContain('{.im-table #response}')
    for (const link of endpoints.deactivate_coupon.docs.links) expect(page).toContain(`- [${link.zh}](${link.url})`)
    const en = read('en/api/busifavor/deactivate-coupon.md')
    for (const link of endpoints.deactivate_coupon.docs.links) expect(en).toContain(`- [${link.en}](${link.url})`)
  })

  it('every page carries its title, summary, notes, errors (in its language) and example from the definition', () => {
    for (const entry of FAMILIES) {
      const family = resolveFamily(entry)
      for (const e of family.endpoints) {
        for (const [dir, locale] of [
          ['', 'zh'],
          ['en/', 'en'],
        ] as const) {
          const page = read(`${dir}api/${family.slug}/${e.id.replace(/_/g, '-')}.md`)
          const docs = e.docs[locale]
          expect(page, e.id).toContain(`# ${docs.title}`)
          expect(page).toContain(docs.summary.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;'))
          for (const error of e.docs.errors) expect(page).toContain(`| ${error.status} | \`${error.code}\` |`)
          if (locale === 'en') for (const error of e.docs.errors) expect(page).toContain(cell(error.en))
          expect(page).toContain(`${family.registry.facade.variable}.${e.name}(`)
        }
      }
    }
  })

  it('no page prints a research note; pages of uncertain definitions say it in one user-facing sentence', () => {
    const notes = FAMILIES.flatMap(({ registry }) =>
      [...Object.values(registry.endpoints), ...Object.values(registry.notifications)]
        .map((d) => d.uncertain)
        .filter((n): n is string => typeof n === 'string'),
    )
    expect(notes.length).toBeGreaterThan(5)
    for (const [path, page] of allPages()) {
      for (const note of notes) expect(page.includes(note), `${path}: ${note}`).toBe(false)
      expect(page, path).not.toMatch(/待确认|Unconfirmed|unconfirmed|class="uncertain"/)
    }
    expect(read('api/busifavor/send-coupon.md')).toContain('响应字段以实际返回为准，SDK 原样透传')
    expect(read('en/api/busifavor/send-coupon.md')).toContain('the SDK passes the answer through')
    expect(read('api/pay/close-order.md')).not.toContain('响应字段以实际返回为准')
  })

  it('says exactly when a call is retried, and the chained examples of an endpoint with a business number agree', () => {
    const deactivate = read('api/busifavor/deactivate-coupon.md')
    expect(deactivate).toContain('门面调用携带业务单号 `deactivate_request_no`')
    expect(deactivate).toContain('链式调用只在传入 `idempotent: true` 时重试')
    const chained = deactivate.split('```ts [').filter((b) => /^(异步|同步)(纯链式|声明式|属性式)]/.test(b))
    expect(chained).toHaveLength(6)
    for (const block of chained) expect(block).toContain('idempotent: true')
    const query = read('en/api/pay/query-order-by-out-trade-no.md')
    expect(query).toContain('Retries: a GET is safe to repeat')
    expect(query).not.toContain('idempotent: true')
    expect(read('en/api/busifavor/modify-stock.md')).toContain('`out_request_no` may be left out')
    expect(read('api/busifavor/marketing-image-upload.md')).toContain('上传同一张图片没有业务副作用')
  })

  it('the code group: the facade and three chains, .then (异步) before await (同步); frameworks in a second group', () => {
    const page = read('api/busifavor/deactivate-coupon.md')
    const groups = page.split('::: code-group').slice(1)
    expect(groups).toHaveLength(2)
    const labels = (group: string) => [...group.matchAll(/^```ts \[(.+)\]$/gm)].map((m) => m[1])
    expect(labels(groups[0] as string)).toEqual([
      '异步门面',
      '异步纯链式',
      '异步声明式',
      '异步属性式',
      '同步门面',
      '同步纯链式',
      '同步声明式',
      '同步属性式',
    ])
    expect(labels(groups[1] as string)).toEqual(['Express', 'NestJS'])
    expect(labels(read('api/pay/close-order.md').split('::: code-group')[1] as string)).toHaveLength(8)
    expect(read('api/pay/close-order.md').split('::: code-group')).toHaveLength(2)
  })

  it("an Express tab of a call keyed by the caller's number shows the recipe: stored first, same input on retry, refusals mapped", () => {
    const tab = (page: string) => (read(page).split('```ts [Express]')[1] as string).split('```')[0] as string
    for (const page of ['api/busifavor/deactivate-coupon.md', 'api/busifavor/use-coupon.md']) {
      const code = tab(page)
      expect(code).toContain("import { ApiError, ValidationError } from '@core/client'")
      expect(code).toMatch(/Store (deactivate_request_no|use_request_no) \(yours, never made up by the SDK\)/)
      expect(code).toContain('if (error instanceof ValidationError) res.status(400)')
      expect(code).toContain('else if (error instanceof ApiError) res.status(error.status >= 500 ? 502 : 409)')
    }
    // A call without a caller-owned number keeps the plain tab.
    expect(tab('api/busifavor/get-user-coupon.md')).not.toContain('try {')
  })

  it("send_coupon's facade examples read the issued code with readSendCouponResult", () => {
    const page = read('api/busifavor/send-coupon.md')
    expect(page).toContain("import { readSendCouponResult } from '@api/busifavor'")
    expect(page).toContain('const result = readSendCouponResult(await busifavor.sendCoupon({')
  })

  it('notification pages type the event with the family parser named in the families registry', () => {
    const page = read('api/pay/notify-refund.md')
    expect(page).toContain('`REFUND.SUCCESS` / `REFUND.ABNORMAL` / `REFUND.CLOSED`')
    expect(page).toContain('@NotificationEvent(parseRefundNotification) event: RefundEvent')
    expect(page).toContain("import { parseRefundNotification } from '@api/pay'")
  })
})

describe('the families registry', () => {
  const busifavor = FAMILIES[0] as DocsFamily
  it('refuses an entry that leaves an endpoint out of its groups, or lists an unknown id', () => {
    const groups = busifavor.groups?.map((g) => ({ ...g, ids: g.ids.filter((id) => id !== 'deactivate_coupon') }))
    expect(() => resolveFamily({ ...busifavor, groups })).toThrow(/: deactivate_coupon in no group/)
    const extra = [...(busifavor.groups ?? []), { zh: 'x', en: 'X', ids: ['no_such_endpoint'] }]
    expect(() => resolveFamily({ ...busifavor, groups: extra })).toThrow(/lists "no_such_endpoint"/)
  })

  it('refuses a notification without its parser', () => {
    expect(() => resolveFamily({ ...busifavor, parsers: {} })).toThrow(/notify_coupon_send.*needs its parser/)
  })
})

describe('benchPartial', () => {
  it('benchPartial(locale, dir) includes every results file with its headings demoted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxpay-bench-'))
    try {
      writeFileSync(
        join(dir, 'client.md'),
        '# client vs raw\n\n| subject | req/s |\n| --- | ---: |\n| ours | 9,000 |\n',
      )
      writeFileSync(join(dir, 'run.tmp.md'), '# half written\n')
      const text = benchPartial('zh', dir)
      expect(text).toContain('### client vs raw')
      expect(text).toContain('| ours | 9,000 |')
      expect(text).not.toContain('half written')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('benchPartial(locale, missing dir) says how to produce results', () => {
    expect(benchPartial('en', join(tmpdir(), 'no-such-bench-dir'))).toContain('pnpm bench')
  })
})
