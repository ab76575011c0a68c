// The catalog pages: one per operation of `@api/catalog` that no curated family defines, in both locales, each page's
// tables row for row the spec's fields (required markers, depth), 202/204 and file answers said in words, every
// official page linked under a title, the code group the catalog's own calls, curated operations linked to their
// richer page, and the sidebar one folded group per family.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FAMILIES } from '../scripts/families.mjs'
import { generate } from '../scripts/generate.mjs'
import { CATALOG_SPEC } from '../scripts/lib/catalog.mjs'

interface Field {
  name: string
  type: string
  required: boolean
  label: string
  label_en?: string
  enum?: (string | number)[]
  fields?: Field[]
}
interface Operation {
  id: string
  route: string
  title: string
  title_en?: string
  source: string
  status: number
  response_kind: 'json' | 'empty' | 'binary'
  docs: string[]
  request: Partial<Record<'params' | 'query' | 'headers' | 'json' | 'multipart', Field[]>>
  response: Field[]
}
interface SpecIndex {
  operations: number
  families: { family: string; file: string; operations: number; curated: number }[]
}

const spec = JSON.parse(readFileSync(join(CATALOG_SPEC, 'index.json'), 'utf8')) as SpecIndex
const families = spec.families.map((f) => ({
  ...f,
  slug: f.file.replace(/\.json$/, ''),
  ops: (JSON.parse(readFileSync(join(CATALOG_SPEC, f.file), 'utf8')) as { operations: Operation[] }).operations,
}))
const own = families.flatMap((f) => f.ops.filter((op) => op.source === 'reference').map((op) => ({ family: f, op })))
const curated = families.flatMap((f) =>
  f.ops.filter((op) => op.source !== 'reference').map((op) => ({ family: f, op })),
)
const pagePath = (dir: string, slug: string, op: Operation) =>
  `${dir}api/catalog/${slug}/${op.id.replace(/_/g, '-')}.md`

let out: string
let summary: ReturnType<typeof generate>
const read = (path: string) => readFileSync(join(out, path), 'utf8')

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'wxpay-docs-catalog-'))
  summary = generate({ families: FAMILIES, out, catalog: true })
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

function files(dir: string): string[] {
  const found: string[] = []
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else found.push(relative(out, path))
    }
  }
  walk(join(out, dir))
  return found.sort()
}

/** `[name, required, depth]` of each row the spec implies: the parts as containers, their fields one level down. */
function expectedRows(fields: Field[] | undefined, depth: number): [string, boolean, number][] {
  return (fields ?? []).flatMap((f) => [
    [f.name, f.required, depth] as [string, boolean, number],
    ...expectedRows(f.fields, depth + 1),
  ])
}
function expectedRequest(op: Operation): [string, boolean, number][] {
  const rows = expectedRows(op.request.params, 0)
  for (const part of ['query', 'headers', 'json', 'multipart'] as const) {
    const fields = op.request[part]
    if (!fields) continue
    const required = part === 'json' || part === 'multipart' || fields.some((f) => f.required)
    rows.push([part, required, 0], ...expectedRows(fields, 1))
  }
  return rows
}

/** The rows of the page's table `#id`: `[name, required, depth]` from the name cell's attributes. */
function tableRows(page: string, id: string): [string, boolean, number][] {
  const end = page.indexOf(`{.im-table #${id}}`)
  expect(end, id).toBeGreaterThan(0)
  const lines = page.slice(0, end).trimEnd().split('\n')
  let start = lines.length - 1
  while (start >= 0 && !lines[start]?.startsWith('| --- |')) start--
  return lines.slice(start + 1).flatMap((line) => {
    const name = line.split(' | ')[0]?.replace(/^\| /, '') ?? ''
    if (name.includes('{.empty')) return []
    const attrs = /\{([^}]*)\}$/.exec(name)?.[1] ?? ''
    return [
      [
        name.replace(/ \{[^}]*\}$/, ''),
        /\bdata-required\b/.test(attrs),
        Number(/data-indent=(\d+)/.exec(attrs)?.[1] ?? 0),
      ],
    ]
  })
}

describe('one page per catalog operation', () => {
  it('writes as many pages per locale as the catalog has operations, minus the curated ones', () => {
    expect(own.length + curated.length).toBe(spec.operations)
    expect(curated.length).toBe(spec.families.reduce((n, f) => n + f.curated, 0))
    expect(summary.catalog).toEqual({ families: spec.families.length, operations: spec.operations - curated.length })
    for (const dir of ['', 'en/']) {
      const pages = files(`${dir}api/catalog`).filter((p) => !p.endsWith('index.md'))
      expect(pages).toEqual(own.map(({ family, op }) => pagePath(dir, family.slug, op)).sort())
      expect(files(`${dir}api/catalog`).filter((p) => p.endsWith('index.md'))).toHaveLength(families.length + 1)
    }
  })

  it("each page's request and response tables are its spec fields, row for row, required and depth as specified", () => {
    for (const { family, op } of own) {
      for (const dir of ['', 'en/']) {
        const page = read(pagePath(dir, family.slug, op))
        expect(tableRows(page, 'request'), `${dir}${op.route}`).toEqual(expectedRequest(op))
        expect(tableRows(page, 'response'), `${dir}${op.route}`).toEqual(expectedRows(op.response, 0))
      }
    }
  })

  it('a page lists the enum values of its fields and, in Chinese, their labels', () => {
    const { family, op } = own.find(({ op }) => op.id === 'bill_sub_merchant_fundflowbill_get') ?? {}
    if (!family || !op) throw new Error('bill_sub_merchant_fundflowbill_get is not in the catalog')
    const zh = read(pagePath('', family.slug, op))
    expect(zh).toContain(
      '| account_type {data-required data-indent=1} | string | 资金账户类型<br/>`BASIC` \\| `OPERATION`',
    )
    const en = read(pagePath('en/', family.slug, op))
    expect(en).toContain('| account_type {data-required data-indent=1} | string | one of `BASIC` \\| `OPERATION`')
    expect(en).toContain('[Chinese page](/api/catalog/bill/bill-sub-merchant-fundflowbill-get)')
  })

  it('says that a 204 or 202 answer has no body and that a file answer is the file, in both languages', () => {
    const empty = own.filter(({ op }) => op.response_kind === 'empty')
    expect(empty.filter(({ op }) => op.status === 204).length).toBeGreaterThan(50)
    for (const { family, op } of empty) {
      const status = op.status === 202 ? '202 Accepted' : '204 No Content'
      expect(read(pagePath('', family.slug, op)), op.route).toContain(
        `| 成功时无返回体（HTTP ${status}） {.empty colspan=3}`,
      )
      expect(read(pagePath('en/', family.slug, op))).toContain(
        `| No body on success (HTTP ${status}) {.empty colspan=3}`,
      )
    }
    for (const { family, op } of own.filter(({ op }) => op.response_kind === 'binary')) {
      expect(read(pagePath('en/', family.slug, op)), op.route).toContain('the answer is the file itself (binary)')
    }
    const json = own.find(({ op }) => op.response_kind === 'json' && op.response.length > 0)
    if (!json) throw new Error('no operation answers JSON')
    expect(read(pagePath('', json.family.slug, json.op))).not.toContain('成功时无返回体')
  })

  it('links every official page of an operation under a title of its own', () => {
    for (const { family, op } of own) {
      for (const dir of ['', 'en/']) {
        const page = read(pagePath(dir, family.slug, op))
        const links = [...page.matchAll(/^- \[([^\]]+)\]\((https:[^)]+)\)$/gm)].map((m) => m[2])
        expect(links, `${dir}${op.route}`).toEqual(op.docs)
      }
      const zh = read(pagePath('', family.slug, op))
      if (op.docs.length)
        expect(zh, op.route).toMatch(new RegExp(`- \\[[^\\]]+：${op.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`))
      if (op.docs.length) expect(zh).toContain('## 官方文档 {#official}')
    }
  })

  it('the code group: client.request and the three chain styles, after the import of @api/catalog', () => {
    const { family, op } = own.find(({ op }) => op.id === 'bill_sub_merchant_fundflowbill_get') ?? {}
    if (!family || !op) throw new Error('bill_sub_merchant_fundflowbill_get is not in the catalog')
    const group = read(pagePath('', family.slug, op)).split('::: code-group')[1] ?? ''
    expect([...group.matchAll(/^```ts \[(.+)\]$/gm)].map((m) => m[1])).toEqual([
      'client.request',
      '纯链式',
      '声明式',
      '属性式',
    ])
    expect(group.match(/^import '@api\/catalog'$/gm)).toHaveLength(4)
    expect(group).toContain("await client.request('GET /v3/bill/sub-merchant-fundflowbill', {")
    expect(group).toContain("await client.v3.bill['sub-merchant-fundflowbill'].get({")
    expect(group).toContain("await client.chain('v3/bill/sub-merchant-fundflowbill').get({")
    expect(group).toContain("await client['v3/bill/sub-merchant-fundflowbill'].get({")
    const en = read(pagePath('en/', family.slug, op)).split('::: code-group')[1] ?? ''
    expect([...en.matchAll(/^```ts \[(.+)\]$/gm)].map((m) => m[1])).toEqual([
      'client.request',
      'Chained',
      'chain()',
      'Bracket',
    ])
  })
})

describe('curated operations', () => {
  it('get no catalog page; their family index links to the curated page, which exists', () => {
    expect(curated.length).toBe(39)
    for (const { family, op } of curated) {
      for (const dir of ['', 'en/']) {
        expect(files(`${dir}api/catalog`)).not.toContain(pagePath(dir, family.slug, op))
        const [pkg, id] = op.source.split('#') as [string, string]
        const slug = pkg === '@api/pay' ? 'pay' : 'busifavor'
        const link = `/${dir}api/${slug}/${id.replace(/_/g, '-')}`
        expect(read(`${dir}api/catalog/${family.slug}/index.md`), op.route).toContain(`](${link})`)
        expect(statSync(join(out, `${link.slice(1)}.md`)).isFile()).toBe(true)
      }
    }
  })
})

describe('navigation', () => {
  interface Item {
    text: string
    link: string
    collapsed?: boolean
    items?: Item[]
  }
  it("the catalog sidebar: the overview with every family; a family's folder its own group, folded, its operations inside", () => {
    const sidebar = JSON.parse(read('.generated/sidebar.json')) as Record<'zh' | 'en', { api: Record<string, Item[]> }>
    const top = sidebar.zh.api['/api/catalog/'] as Item[]
    expect(top[0]?.link).toBe('/api/catalog/')
    expect(top.slice(1).map((g) => [g.text, g.link])).toEqual(
      families.map((f) => [f.family, `/api/catalog/${f.slug}/`]),
    )
    for (const f of families) {
      for (const [locale, prefix] of [
        ['zh', ''],
        ['en', '/en'],
      ] as const) {
        const groups = sidebar[locale].api[`${prefix}/api/catalog/${f.slug}/`] as Item[]
        expect(groups.map((g) => g.link)).toEqual([`${prefix}/api/catalog/`, `${prefix}/api/catalog/${f.slug}/`])
        const group = groups[1]
        expect([group?.text, group?.collapsed, group?.items?.length]).toEqual([f.family, true, f.ops.length])
        // Every item is a page the generator wrote: the catalog's own, or the curated one.
        for (const item of group?.items ?? [])
          expect(statSync(join(out, `${item.link.slice(1)}.md`)).isFile()).toBe(true)
      }
    }
    expect(sidebar.zh.api['/api/']?.at(-1)).toEqual({ text: 'APIv3 全部接口', link: '/api/catalog/' })
  })

  it('the overview lists every family with its count, and the API index links to it', () => {
    const overview = read('api/catalog/index.md')
    for (const f of families) expect(overview).toContain(`| [${f.family}](/api/catalog/${f.slug}/) | ${f.operations} |`)
    expect(read('api/index.md')).toContain('[APIv3 全部接口](/api/catalog/)')
    expect(read('en/api/index.md')).toContain('[Every APIv3 operation](/en/api/catalog/)')
  })
})
