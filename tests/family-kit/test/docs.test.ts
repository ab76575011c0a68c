// The kit's promise for the docs: the fixture family (fixtures/demo), given to the site's generator as one families
// entry, gets its pages in both languages — overview, one page per endpoint and per callback, tables from its schemas,
// the code groups from its example inputs — with no edit outside its folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type DocsFamily, generate } from '../../../docs/scripts/generate.mjs'
import { demo } from '../fixtures/demo/index.js'

const entry: DocsFamily = {
  registry: demo,
  slug: 'demo',
  frameworks: ['get_widget'],
  parsers: { notify_widget_created: { parse: 'parseWidgetCreated' } },
}

let out: string
let summary: ReturnType<typeof generate>
const page = (path: string) => readFileSync(join(out, path), 'utf8')
const labels = (group: string) => [...group.matchAll(/^```ts \[(.+)\]$/gm)].map((m) => m[1])
const groups = (text: string) => text.split('::: code-group').slice(1)

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'wxpay-demo-docs-'))
  summary = generate({ families: [entry], out })
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('the demo family through the docs generator', () => {
  test('one overview, a page per endpoint and callback, in zh and en, and the index of families', () => {
    expect(summary).toMatchObject({ families: ['demo'], endpoints: 3, notifications: 1, packages: 0 })
    expect(summary.pages).toBe(2 * (1 + 1 + 3 + 1))
    for (const dir of ['', 'en/']) {
      for (const name of ['index', 'create-widget', 'get-widget', 'delete-widget', 'notify-widget-created']) {
        expect(page(`${dir}api/demo/${name}.md`).length).toBeGreaterThan(100)
      }
    }
    expect(page('api/index.md')).toContain('| [演示小部件 API](/api/demo/) | `@api/demo` | 3 | 1')
    expect(page('en/api/demo/index.md')).toContain('| [Create a widget](/en/api/demo/create-widget) | POST |')
  })

  test('the request and response tables follow the schemas, in the page language', () => {
    const zh = page('api/demo/create-widget.md')
    expect(zh).toContain('| 请求参数 | 类型 {.type} | 描述 {.desc}\n| --- | --- | ---\n| json {data-required} | object')
    expect(zh).toContain('| name {data-required data-indent=1} | string | 名称<br/>约束：1..16')
    expect(zh).toContain('| price {data-required data-indent=1} | integer | 价格（分）<br/>取值 ≥0')
    expect(zh).toContain('| out_request_no {data-required data-indent=1} | string | 商户请求单号')
    expect(zh).toContain('| widget_id {data-required} | string | 小部件ID')
    const en = page('en/api/demo/create-widget.md')
    expect(en).toContain('| name {data-required data-indent=1} | string | Name<br/>constraints: 1 to 16 characters')
    expect(en).toContain('| price {data-required data-indent=1} | integer | Price (fen)<br/>range ≥0')
    expect(en).toContain('| 400 | `PARAM_ERROR` | A parameter is invalid')
    expect(en).toContain('- [Direct merchant: Create a widget](https://example.com/docs/create-widget)')
    expect(page('api/demo/get-widget.md')).toContain('| widget_id {data-required} | string | 小部件ID')
    expect(page('api/demo/delete-widget.md')).toContain('| 成功时无返回体（HTTP 204 No Content） {.empty colspan=3}')
  })

  test('the code group: the facade and three chains, .then then await, from the example; the retry rule agrees', () => {
    const text = page('api/demo/create-widget.md')
    const [calls, ...more] = groups(text)
    expect(more).toEqual([])
    expect(labels(calls as string)).toEqual([
      '异步门面',
      '异步纯链式',
      '异步声明式',
      '异步属性式',
      '同步门面',
      '同步纯链式',
      '同步声明式',
      '同步属性式',
    ])
    expect(calls).toContain("const result = await demo.createWidget({\n  name: 'gear',\n  price: 100,")
    expect(calls).toContain("client.chain('v3/demo/widgets')\n  .post({")
    expect(calls?.match(/idempotent: true/g)).toHaveLength(6)
    expect(text).toContain('门面调用携带业务单号 `out_request_no`')
    expect(text).toContain('`demo = createDemo(client)`')
  })

  test('a framework endpoint gets Express and NestJS in a second group, on the route below the family path', () => {
    const [calls, frameworks] = groups(page('en/api/demo/get-widget.md'))
    expect(labels(calls as string)[0]).toBe('Async facade')
    expect(calls).toContain("client.v3.demo.widgets['{widget_id}']\n  .get({")
    expect(calls).not.toContain('idempotent')
    expect(labels(frameworks as string)).toEqual(['Express', 'NestJS'])
    expect(frameworks).toContain("app.get('/widgets/:widget_id', async (req, res) => {")
    expect(frameworks).toContain('const demo = createDemo(req.wechatpay)')
    expect(frameworks).toContain("@Controller('widgets')")
    expect(frameworks).toContain('constructor(@InjectWechatPayFacade(createDemo) private readonly demo: Demo) {}')
  })

  test('the callback page: envelope and resource tables, and the receiving code with the family parser', () => {
    const text = page('api/demo/notify-widget-created.md')
    expect(text).toContain('# 小部件创建通知')
    expect(text).toContain('| widget_id {data-required} | string | 小部件ID')
    expect(text).toContain('{.im-table #resource}')
    const [receive] = groups(text)
    expect(labels(receive as string)).toEqual(['Express', 'NestJS', '通用（node:http 等）'])
    expect(receive).toContain("import { parseWidgetCreated } from '@api/demo'")
    expect(receive).toContain('event: ReturnType<typeof parseWidgetCreated>')
  })

  test('an entry that leaves a callback without its parser is refused before anything is written', () => {
    expect(() => generate({ families: [{ ...entry, parsers: {} }], out })).toThrow(/needs its parser/)
  })
})
