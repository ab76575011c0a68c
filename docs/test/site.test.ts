// The built site in a real browser (Chromium from npm, @sparticuz/chromium, driven by playwright-core): the deactivate page's tables,
// required markers and indentation, every code-group tab (one row at 1280 px), a pay page, tables that fit a 390 px
// phone, local search, the English locale, the favicon, the bilingual 404 page, and a screenshot.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { endpoints } from '@api/busifavor/schemas'
import { browserLaunchOptions } from '@wxpay/test-support/browser'
import { describeNeeding } from '@wxpay/test-support/needs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

const docs = fileURLToPath(new URL('..', import.meta.url))
const dist = join(docs, '.vitepress', 'dist')
const artifacts = join(docs, 'test-artifacts')

const DEACTIVATE = '/api/busifavor/deactivate-coupon'
const REFUND = '/api/pay/create-refund'
const CATALOG_PAGE = '/api/catalog/profitsharing/profitsharing-orders-post'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/**
 * The base the site was built with ('' for `/`, '/wechatpay-ts' when built as GitHub Pages serves it, which `npm test`
 * does), read from the entry script's URL in the built home page.
 */
function builtPrefix(root: string): string {
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  const entry = /<script type="module" src="(\/[^"]*?)assets\//.exec(html)
  if (!entry) throw new Error(`no entry script under assets/ in ${join(root, 'index.html')}`)
  return (entry[1] as string).replace(/\/$/, '')
}

/**
 * A static server with VitePress's clean URLs under the site's prefix, as GitHub Pages serves it: `/p/a/b` →
 * `a/b.html`, `/p/a/` → `a/index.html`; anything outside the prefix is a 404.
 */
function serve(root: string, prefix: string): Promise<Server> {
  const server = createServer((req, res) => {
    const whole = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const inside = whole === prefix || whole.startsWith(`${prefix}/`)
    const path = whole.slice(prefix.length) || '/'
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '')
    const candidates = [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')]
    const file = inside && candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile())
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] as string })
      res.end(readFileSync(join(root, '404.html')))
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

let server: Server
let browser: Browser
/** http://127.0.0.1:port */
let origin: string
/** The site's base without its trailing slash ('' or e.g. '/wechatpay-ts'). */
let prefix: string
/** origin + prefix: where a site path such as `/api/…` is appended. */
let base: string

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) {
    // `turbo run build` normally built it already; build here when the test runs alone.
    execFileSync('npm', ['run', 'build'], { cwd: docs, stdio: 'inherit' })
  }
  prefix = builtPrefix(dist)
  server = await serve(dist, prefix)
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  base = `${origin}${prefix}`
  // The npm-shipped Chromium with the Noto Sans SC font (CHROMIUM_PATH picks another build).
  browser = await chromium.launch(await browserLaunchOptions())
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

async function open(path: string, options: { dark?: boolean; width?: number } = {}): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  })
  // The site must work offline: any request off 127.0.0.1 fails the test.
  const external: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) external.push(request.url())
  })
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
  expect(external).toEqual([])
  return page
}

interface Row {
  name: string
  type: string
  required: boolean
  indent: number
  paddingLeft: number
  marker: string
}

function tableRows(page: Page, id: string): Promise<Row[]> {
  return page.$$eval(`table#${id} tbody tr`, (trs) =>
    trs.map((tr) => {
      const [nameCell, typeCell] = Array.from(tr.querySelectorAll('td'))
      const style = getComputedStyle(nameCell as Element)
      return {
        name: (nameCell?.textContent ?? '').trim(),
        type: (typeCell?.textContent ?? '').trim(),
        required: nameCell?.hasAttribute('data-required') ?? false,
        indent: Number(nameCell?.getAttribute('data-indent') ?? 0),
        paddingLeft: Number.parseFloat(style.paddingLeft),
        marker: getComputedStyle(nameCell as Element, '::after').content,
      }
    }),
  )
}

describeNeeding('browser', 'the deactivate page (zh-CN)', () => {
  it('shows the request table with required markers and indentation', async () => {
    const page = await open(DEACTIVATE)
    expect(await page.title()).toContain('使券失效')
    expect(await page.locator('h1').textContent()).toContain('使券失效')
    const head = await page.$$eval('table#request thead th', (ths) => ths.map((th) => th.textContent?.trim()))
    expect(head).toEqual(['请求参数', '类型', '描述'])
    const rows = await tableRows(page, 'request')
    expect(rows.map((r) => [r.name, r.type, r.required, r.indent])).toEqual([
      ['json', 'object', true, 0],
      ['coupon_code', 'string', true, 1],
      ['stock_id', 'string', true, 1],
      ['deactivate_request_no', 'string', true, 1],
      ['deactivate_reason', 'string', false, 1],
    ])
    // Indentation and the 必填 marker are the theme's CSS at work, not just attributes.
    const [json, child] = rows
    expect(child?.paddingLeft).toBeGreaterThan((json?.paddingLeft ?? 0) + 10)
    expect(rows.filter((r) => r.required).every((r) => r.marker === '"必填"')).toBe(true)
    expect(rows.find((r) => r.name === 'deactivate_reason')?.marker).toBe('none')
    expect(await page.locator('table#request').getAttribute('class')).toContain('im-table')
    await page.close()
  })

  it('shows the response table', async () => {
    const page = await open(DEACTIVATE)
    const head = await page.$$eval('table#response thead th', (ths) => ths.map((th) => th.textContent?.trim()))
    expect(head).toEqual(['返回字典', '类型', '描述'])
    const rows = await tableRows(page, 'response')
    expect(rows.map((r) => [r.name, r.type, r.required, r.indent])).toEqual([
      ['wechatpay_deactivate_time', 'string', true, 0],
    ])
    expect(await page.locator('table#response tbody td').nth(2).textContent()).toContain('券成功失效的时间')
    await page.close()
  })

  it('shows a tooltip on the json type cell', async () => {
    const page = await open(DEACTIVATE)
    const cell = page.locator('table#request tbody tr').first().locator('td').nth(1)
    expect(await cell.getAttribute('data-tooltip')).toContain('json')
    await cell.hover()
    const bubble = await cell.evaluate((el) => getComputedStyle(el, '::before').content)
    expect(bubble).toContain('json')
    await page.close()
  })

  it('shows each code-group tab with its code when clicked; the frameworks are a second group', async () => {
    const page = await open(DEACTIVATE)
    const expected: [string, string][] = [
      ['异步门面', '.deactivateCoupon({'],
      ['异步纯链式', 'client.v3.marketing.busifavor.coupons.deactivate\n  .post('],
      ['异步声明式', "client.chain('v3/marketing/busifavor/coupons/deactivate')\n  .post("],
      ['异步属性式', "client['v3/marketing/busifavor/coupons/deactivate']\n  .post("],
      ['同步门面', 'await busifavor.deactivateCoupon('],
      ['同步纯链式', 'await client.v3.marketing.busifavor.coupons.deactivate.post('],
      ['同步声明式', "await client.chain('v3/marketing/busifavor/coupons/deactivate').post("],
      ['同步属性式', "await client['v3/marketing/busifavor/coupons/deactivate'].post("],
    ]
    const [calls, frameworks] = [page.locator('.vp-code-group').nth(0), page.locator('.vp-code-group').nth(1)]
    expect(await calls.locator('.tabs label').allInnerTexts()).toEqual(expected.map(([label]) => label))
    for (const [label, code] of expected) {
      await calls.locator('.tabs label', { hasText: label }).first().click()
      const active = calls.locator('.blocks > div.active')
      await expect.poll(() => active.count()).toBe(1)
      expect(await active.isVisible()).toBe(true)
      const text = await active.locator('code').textContent()
      expect(text, label).toContain(code)
      if (label.startsWith('异步')) expect(text).toContain('.then(')
      // The chained calls carry the business number, so they say what the facade says: retry with the same body.
      if (!label.endsWith('门面')) expect(text, label).toContain('idempotent: true')
    }
    expect(await frameworks.locator('.tabs label').allInnerTexts()).toEqual(['Express', 'NestJS'])
    await frameworks.locator('.tabs label', { hasText: 'NestJS' }).click()
    expect(await frameworks.locator('.blocks > div.active code').textContent()).toContain("@Post('deactivate')")
    expect(await frameworks.locator('.blocks > div.active').first().textContent()).not.toContain('busifavor.coupons')
    await page.close()
  })

  it('keeps each code group on one row at 1280 px, in both locales', async () => {
    for (const path of [DEACTIVATE, `/en${DEACTIVATE}`, REFUND]) {
      const page = await open(path, { width: 1280 })
      const rows = await page.$$eval('.vp-code-group .tabs', (groups) =>
        groups.map((tabs) => {
          const labels = Array.from(tabs.querySelectorAll('label'))
          const tops = new Set(labels.map((label) => Math.round(label.getBoundingClientRect().top)))
          const box = tabs.getBoundingClientRect()
          const inside = labels.every((label) => label.getBoundingClientRect().right <= box.right + 0.5)
          return { labels: labels.length, rows: tops.size, inside, scrolls: tabs.scrollWidth > tabs.clientWidth }
        }),
      )
      expect(rows[0], path).toEqual({ labels: 8, rows: 1, inside: true, scrolls: false })
      for (const row of rows) expect(row, path).toMatchObject({ rows: 1, inside: true, scrolls: false })
      await page.close()
    }
  })

  it('fits the tables of a 390 px phone without sideways scrolling', async () => {
    for (const path of ['/api/busifavor/create-stock', DEACTIVATE, `/en${REFUND}`]) {
      const page = await open(path, { width: 390 })
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        tables: Array.from(document.querySelectorAll('table')).map((t) => [t.id, t.scrollWidth - t.clientWidth]),
      }))
      expect(widths.page, path).toBeLessThanOrEqual(390)
      expect(widths.tables.filter(([, overflow]) => (overflow as number) > 0)).toEqual([])
      expect(widths.tables.length).toBeGreaterThan(1)
      await page.close()
    }
  })

  it('saves a screenshot of the page (light and dark)', async () => {
    mkdirSync(artifacts, { recursive: true })
    for (const dark of [false, true]) {
      const page = await open(DEACTIVATE, { dark })
      const file = join(artifacts, `deactivate-coupon${dark ? '-dark' : ''}.png`)
      // A viewport as tall as the page, so the fixed sidebar and nav are drawn along the whole shot.
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      await page.setViewportSize({ width: 1360, height })
      await page.screenshot({ path: file, fullPage: true })
      expect(statSync(file).size).toBeGreaterThan(20_000)
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(dark)
      await page.close()
    }
  })
})

describeNeeding('browser', 'local search', () => {
  it('finds 使券失效 and opens its page', async () => {
    const page = await open('/')
    await page.locator('.VPNavBarSearch button').click()
    const input = page.locator('.VPLocalSearchBox input')
    await input.fill('使券失效')
    const first = page.locator('.VPLocalSearchBox .results li a').first()
    await expect.poll(async () => (await first.count()) && (await first.getAttribute('href'))).toContain(DEACTIVATE)
    expect(await first.textContent()).toContain('使券失效')
    await input.press('Enter')
    await page.waitForURL(`**${DEACTIVATE}*`)
    // Client-side navigation: the URL changes before the new page is rendered.
    await expect.poll(() => page.locator('.VPDoc h1').textContent()).toContain('使券失效')
    await page.close()
  })
})

describeNeeding('browser', 'the English locale', () => {
  it('renders the deactivate page in English with the same tables', async () => {
    const page = await open(`/en${DEACTIVATE}`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US')
    expect(await page.locator('h1').textContent()).toContain('Deactivate a coupon')
    const head = await page.$$eval('table#request thead th', (ths) => ths.map((th) => th.textContent?.trim()))
    expect(head).toEqual(['Request parameter', 'Type', 'Description'])
    const rows = await tableRows(page, 'request')
    expect(rows.map((r) => r.name)).toEqual([
      'json',
      'coupon_code',
      'stock_id',
      'deactivate_request_no',
      'deactivate_reason',
    ])
    expect(rows[1]?.marker).toBe('"required"')
    const labels = await page.locator('.vp-code-group').first().locator('.tabs label').allInnerTexts()
    expect(labels).toEqual([
      'Async facade',
      'Async chained',
      'Async chain()',
      'Async bracket',
      'Sync facade',
      'Sync chained',
      'Sync chain()',
      'Sync bracket',
    ])
    const links = await page.$$eval('#official + ul a', (as) => as.map((a) => a.textContent))
    // Each official page under its own title, as the definition names it (several pages exist per endpoint).
    expect(links).toEqual(endpoints.deactivate_coupon.docs.links.map((link) => link.en))
    expect(new Set(links).size).toBe(links.length)
    await page.close()
  })

  it('switches from Chinese to English through the language menu', async () => {
    const page = await open(DEACTIVATE)
    const link = page.locator('.VPNavBarTranslations a[href*="/en/"]').first()
    expect(await link.getAttribute('href')).toContain(`/en${DEACTIVATE}`)
    await page.goto(`${origin}${(await link.getAttribute('href')) ?? ''}`, { waitUntil: 'networkidle' })
    expect(await page.locator('h1').textContent()).toContain('Deactivate a coupon')
    await page.close()
  })
})

describeNeeding('browser', 'a pay page: 申请退款', () => {
  it('shows its tables, the retry rule and the calling styles from the pay definitions', async () => {
    const page = await open(REFUND)
    expect(await page.locator('h1').textContent()).toContain('申请退款')
    const rows = await tableRows(page, 'request')
    expect(rows.slice(0, 4).map((r) => [r.name, r.required, r.indent])).toEqual([
      ['json', true, 0],
      ['transaction_id', false, 1],
      ['out_trade_no', false, 1],
      ['out_refund_no', true, 1],
    ])
    expect(rows.find((r) => r.name === 'refund')).toMatchObject({ type: 'integer', required: true, indent: 2 })
    const response = await tableRows(page, 'response')
    expect(response.map((r) => r.name)).toEqual(expect.arrayContaining(['refund_id', 'out_refund_no', 'status']))
    expect(await page.locator('.call-note').textContent()).toContain('out_refund_no')
    const group = page.locator('.vp-code-group').first()
    expect(await group.locator('.tabs label').count()).toBe(8)
    expect(await group.locator('.blocks > div.active code').textContent()).toContain('pay\n  .createRefund({')
    expect(await page.locator('table.errors tbody tr').count()).toBeGreaterThan(3)
    await page.close()
  })

  it('is in the sidebar under 退款, next to the other pay groups', async () => {
    const page = await open(REFUND)
    const groups = await page.$$eval(
      '.VPSidebar .VPSidebarItem.level-1 > .item h3, .VPSidebar .VPSidebarItem.level-1 > .item .text',
      (els) => els.map((e) => e.textContent?.trim()),
    )
    for (const name of ['下单', '查询与关单', '退款', '账单', '回调']) expect(groups).toContain(name)
    await page.close()
  })
})

describeNeeding('browser', 'a catalog page: 请求分账 (profitsharing)', () => {
  it('shows its tables from the spec, the code group of four calls, and its family folded open in the sidebar', async () => {
    const page = await open(CATALOG_PAGE)
    expect(await page.locator('h1').textContent()).toContain('请求分账')
    const rows = await tableRows(page, 'request')
    expect(rows.slice(0, 2).map((r) => [r.name, r.required, r.indent])).toEqual([
      ['json', true, 0],
      ['sub_mchid', false, 1],
    ])
    expect(rows.find((r) => r.name === 'receivers')).toMatchObject({ type: 'object[]', indent: 1, required: false })
    expect(rows.find((r) => r.name === 'type')).toMatchObject({ indent: 2, required: true, marker: '"必填"' })
    const response = await tableRows(page, 'response')
    expect(response.length).toBeGreaterThan(3)
    const group = page.locator('.vp-code-group').first()
    expect(await group.locator('.tabs label').allInnerTexts()).toEqual(['client.request', '纯链式', '声明式', '属性式'])
    for (const [label, code] of [
      ['client.request', "await client.request('POST /v3/profitsharing/orders', {"],
      ['纯链式', 'await client.v3.profitsharing.orders.post({'],
      ['声明式', "await client.chain('v3/profitsharing/orders').post({"],
      ['属性式', "await client['v3/profitsharing/orders'].post({"],
    ] as const) {
      await group.locator('.tabs label', { hasText: label }).first().click()
      const active = group.locator('.blocks > div.active')
      await expect.poll(() => active.count()).toBe(1)
      expect(await active.isVisible()).toBe(true)
      expect(await active.locator('code').textContent(), label).toContain(code)
    }
    // The family's group: folded by default, opened because one of its operations is the page shown.
    const family = page.locator('.VPSidebar .VPSidebarItem.level-0', { hasText: 'profitsharing' })
    expect(await family.count()).toBe(1)
    expect(await family.getAttribute('class')).not.toContain('collapsed')
    const active = family.locator(`a.VPLink[href="${prefix}${CATALOG_PAGE}"]`)
    expect(await active.isVisible()).toBe(true)
    expect(await family.locator('.items a').count()).toBe(10)
    await page.close()
  })

  it('is found by local search and opens from it', async () => {
    const page = await open('/')
    await page.locator('.VPNavBarSearch button').click()
    const input = page.locator('.VPLocalSearchBox input')
    await input.fill('请求分账')
    const hit = page.locator(`.VPLocalSearchBox .results li a[href*="${CATALOG_PAGE}"]`).first()
    await expect.poll(() => hit.count()).toBe(1)
    await hit.click()
    await page.waitForURL(`**${CATALOG_PAGE}*`)
    await expect.poll(() => page.locator('.VPDoc h1').textContent()).toContain('请求分账')
    await page.close()
  })

  it('renders in English with names, types and enums, and no Chinese label', async () => {
    const page = await open(`/en${CATALOG_PAGE}`)
    expect(await page.locator('h1').textContent()).toContain('POST /v3/profitsharing/orders')
    const rows = await tableRows(page, 'request')
    expect(rows.find((r) => r.name === 'type')?.marker).toBe('"required"')
    const text = (await page.locator('table#request').textContent()) ?? ''
    expect(text).toContain('one of MERCHANT_ID')
    expect(text).not.toMatch(/\p{Script=Han}/u)
    await page.close()
  })
})

describeNeeding('browser', 'site chrome', () => {
  it('serves /favicon.ico and names it in every page head', async () => {
    const page = await open(DEACTIVATE)
    const icon = await page.request.get(`${base}/favicon.ico`)
    expect([icon.status(), icon.headers()['content-type']]).toEqual([200, 'image/x-icon'])
    expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
    expect(await page.locator('head link[rel="icon"]').first().getAttribute('href')).toBe(`${prefix}/favicon.ico`)
    await page.close()
  })

  it('answers a missing page with a 404 in both languages, linking home in the locale of the path', async () => {
    for (const [path, home] of [
      ['/api/no-such-page', '/'],
      ['/en/api/no-such-page', '/en/'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
      expect(response?.status()).toBe(404)
      const text = (await page.locator('.NotFound').textContent()) ?? ''
      expect(text).toContain('页面未找到')
      expect(text).toContain('PAGE NOT FOUND')
      expect(await page.locator('.NotFound a.link').getAttribute('href')).toBe(`${prefix}${home}`)
      await page.close()
    }
  })
})
