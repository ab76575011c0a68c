// The generator on the real endpoint registry: rows follow the schemas (nesting, required, enums, lengths,
// uncertain readings), the markdown uses the reference syntax, and two runs write identical files.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { couponSendNotification, endpoints } from '@api/busifavor/schemas'
import { describe, expect, it } from 'vitest'
import { benchPartial, GENERATED, generate, requestRows, responseRows } from '../scripts/generate.mjs'
import { cell, descriptionCell, renderTable, rowsOf } from '../scripts/lib/rows.mjs'

const docs = fileURLToPath(new URL('..', import.meta.url))

interface Row {
  name: string
  type: string
  required: boolean
  depth: number
  enumValues?: string[]
  format?: string
  lengths?: string
  uncertain?: string
  constraints?: string
}

const byName = (rows: Row[], name: string) => rows.find((r) => r.name === name)

describe('requestRows', () => {
  it('requestRows(deactivate_coupon) is the json object and its four fields one level down', () => {
    const rows = requestRows(endpoints.deactivate_coupon, 'zh') as Row[]
    expect(rows.map((r) => [r.name, r.type, r.required, r.depth])).toEqual([
      ['json', 'object', true, 0],
      ['coupon_code', 'string', true, 1],
      ['stock_id', 'string', true, 1],
      ['deactivate_request_no', 'string', true, 1],
      ['deactivate_reason', 'string', false, 1],
    ])
  })

  it('requestRows(list_user_coupons) puts path parameters on top and the query one level down', () => {
    const rows = requestRows(endpoints.list_user_coupons, 'zh') as Row[]
    expect(rows[0]).toMatchObject({ name: 'openid', depth: 0, required: true })
    expect(byName(rows, 'query')).toMatchObject({ depth: 0, required: true, type: 'object' })
    expect(byName(rows, 'appid')).toMatchObject({ depth: 1, required: true })
    expect(byName(rows, 'coupon_state')?.enumValues).toEqual(['SENDED', 'USED', 'EXPIRED', 'DELETED', 'DEACTIVATED'])
    expect(byName(rows, 'limit')).toMatchObject({ depth: 1, type: 'integer', required: false })
  })

  it('requestRows(create_stock) indents nested objects and arrays by depth', () => {
    const rows = requestRows(endpoints.create_stock, 'zh') as Row[]
    expect(byName(rows, 'coupon_use_rule')).toMatchObject({ depth: 1, type: 'object', required: true })
    expect(byName(rows, 'coupon_available_time')).toMatchObject({ depth: 2, type: 'object' })
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
    const rows = requestRows(endpoints.marketing_image_upload, 'zh') as Row[]
    expect(rows.map((r) => [r.name, r.type, r.depth])).toEqual([
      ['multipart', 'object', 0],
      ['file', 'Uint8Array', 1],
      ['filename', 'string', 1],
    ])
  })

  it('responseRows of a 204 endpoint is empty and the table says so', () => {
    const empty = Object.values(endpoints).find((e) => e.response === undefined)
    expect(empty).toBeDefined()
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
})

describe('descriptions', () => {
  it('descriptionCell shows enums, lengths, the format and an uncertain reading', () => {
    const rows = rowsOf(couponSendNotification.resource, 'output') as Row[]
    const channel = byName(rows, 'send_channel') as Row
    expect(channel.uncertain).toBeTruthy()
    const zh = descriptionCell(channel, 'zh')
    expect(zh).toContain('发放渠道')
    expect(zh).toContain('`BUSICOUPON_SEND_CHANNEL_API`')
    expect(zh).toContain('⚠ 待确认：')
    expect(descriptionCell(channel, 'en')).toContain('⚠ unconfirmed: ')
    const sendTime = descriptionCell(byName(rows, 'send_time') as Row, 'zh')
    expect(sendTime).toContain('RFC 3339')
    const lengths = descriptionCell(
      { name: 'x', type: 'string', required: true, depth: 0, lengths: '长度 1..32' },
      'zh',
    )
    expect(lengths).toContain('长度 1..32')
  })

  it('cell() escapes pipes and braces outside code spans', () => {
    expect(cell('a|b {x} `{y}`')).toBe('a\\|b &#123;x&#125; `{y}`')
  })
})

describe('generate()', () => {
  function snapshot(): Map<string, string> {
    const out = new Map<string, string>()
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else out.set(relative(docs, path), createHash('sha256').update(readFileSync(path)).digest('hex'))
      }
    }
    for (const dir of GENERATED as string[]) walk(join(docs, dir))
    return out
  }

  it('writes one page per endpoint and the notification in both locales, identically on every run', () => {
    const summary = generate()
    expect(summary.endpoints).toBe(Object.keys(endpoints).length)
    expect(summary.notifications).toBe(1)
    const first = snapshot()
    for (const prefix of ['api/busifavor', 'en/api/busifavor']) {
      for (const id of Object.keys(endpoints)) expect(first.has(`${prefix}/${id.replace(/_/g, '-')}.md`), id).toBe(true)
      expect(first.has(`${prefix}/notify-coupon-send.md`)).toBe(true)
    }
    generate()
    expect(snapshot()).toEqual(first)
  })

  it('writes the deactivate page in the reference syntax', () => {
    generate()
    const page = readFileSync(join(docs, 'api/busifavor/deactivate-coupon.md'), 'utf8')
    expect(page).toMatch(/^---\ntitle: "使券失效"\ndescription: "商户可以通过该接口将可用券进行失效处理/)
    expect(page).toContain(
      '| 请求参数 | 类型 {.type} | 描述 {.desc}\n| --- | --- | ---\n| json {data-required} | object {data-tooltip=',
    )
    expect(page).toContain('| coupon_code {data-required data-indent=1} | string | 券code')
    expect(page).toContain('| deactivate_reason {data-indent=1} | string | 失效原因')
    expect(page).toContain('{.im-table #request}')
    expect(page).toContain('| 返回字典 | 类型 {.type} | 描述 {.desc}')
    expect(page).toContain('| wechatpay_deactivate_time {data-required} | string | 券成功失效的时间')
    expect(page).toContain('{.im-table #response}')
    expect(page).toContain('::: code-group')
    expect(page).toContain('https://pay.weixin.qq.com/doc/v3/merchant/4012465890')
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
