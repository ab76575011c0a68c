#!/usr/bin/env node
// Generates the API reference (one page per busifavor endpoint and one for the COUPON.SEND notification, zh-CN and
// English), the changelog pages and the benchmark partial, from the built packages. Run before `vitepress build`.
//
// The output is a pure function of the endpoint registry, the CHANGELOG.md files and bench/results: no timestamps, a
// stable order, and the generated folders are emptied first, so two runs give byte-identical files. The generated
// files are not committed (docs/.gitignore): a page can never drift from the schemas it documents.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as schemas from '@api/busifavor/schemas'
import { CONTROLLER_ENDPOINTS, exampleInput, preambleOf } from './examples.mjs'
import { cell, renderTable, rowsOf } from './lib/rows.mjs'
import { LABELS, snippetsFor } from './lib/snippets.mjs'

const docs = join(dirname(fileURLToPath(import.meta.url)), '..')
const repo = join(docs, '..')

/** Folders this script owns; everything in them is rewritten on each run. */
export const GENERATED = ['api', 'en/api', 'changelog', 'en/changelog', '.generated']

const TEXT = {
  zh: {
    request: ['请求参数', '类型', '描述'],
    response: ['返回字典', '类型', '描述'],
    notifyEnvelope: ['通知参数', '类型', '描述'],
    notifyResource: ['解密后的 resource', '类型', '描述'],
    headers: ['通知头', '类型', '描述'],
    ack: ['应答参数', '类型', '描述'],
    json: '声明请求的`JSON`数据结构',
    jsonTip: '对应 client 调用的 json 选项；门面方法中与路径、查询参数平铺在同一个对象里',
    query: '声明请求的查询参数',
    queryTip: '对应 client 调用的 query 选项；门面方法中与其他参数平铺',
    multipart: '声明`multipart/form-data`的数据（门面方法计算 sha256 并组装 meta）',
    multipartTip: 'file 为图片字节（Uint8Array / Buffer），filename 为带后缀的文件名',
    objectTip: '嵌套对象',
    noContent: '成功时无返回体（HTTP 204 No Content）',
    see: '参阅',
    official: '官方文档：',
    merchant: '直连商户',
    partner: '服务商',
    errors: '错误码',
    errorHead: '| 状态码 | 错误码 {.code} | 描述\n| --- | --- | ---',
    notes: '说明',
    uncertain: '待确认',
    idempotent: (k) =>
      `幂等键 \`${k}\`：同一单号重试得到同一结果，所以 SDK 会自动重试网络错误、5xx 与 429；自己重试时也请沿用原单号。`,
    notIdempotent: '此接口没有业务幂等键：除 GET 外，SDK 不会自动重试。',
    setup:
      '`client` 来自 [createClient](/guide/making-a-call)，`busifavor = createBusifavor(client)`；本页每段代码都在测试中对[沙箱](/guide/sandbox)运行过。',
    facade: '门面方法',
    overviewTitle: '商家券 API',
    overviewDescription: '商家券（busifavor）全部接口：由端点定义与 zod 模式生成，表格与代码不会和 SDK 脱节',
    overviewHead: '| 接口 | 方法 | 路径 | 门面方法\n| --- | --- | --- | ---',
    notificationIntro:
      '微信支付在用户领券后，向商户设置的通知地址推送 `COUPON.SEND` 事件。请在验签（原始请求体！）并解密后处理；同一通知 `id` 可能多次送达，处理须幂等。',
    notificationCode: '接收通知',
    changelogTitle: '更新日志',
    changelogNone: '尚未发布版本：首次 `changeset version` 后，这里会出现该包的 CHANGELOG.md。',
    benchNone: '尚无基准测试结果：运行 `pnpm bench` 后，`bench/results/*.md` 会出现在这里。',
  },
  en: {
    request: ['Request parameter', 'Type', 'Description'],
    response: ['Response field', 'Type', 'Description'],
    notifyEnvelope: ['Notification field', 'Type', 'Description'],
    notifyResource: ['Decrypted resource', 'Type', 'Description'],
    headers: ['Header', 'Type', 'Description'],
    ack: ['Answer field', 'Type', 'Description'],
    json: 'the `JSON` body',
    jsonTip: 'The json option of a client call; the facade takes these side by side with path and query parameters',
    query: 'the query parameters',
    queryTip: 'The query option of a client call; flat in the facade input',
    multipart: 'the `multipart/form-data` parts (the facade computes sha256 and builds meta)',
    multipartTip: 'file: the image bytes (Uint8Array / Buffer); filename: with its extension',
    objectTip: 'nested object',
    noContent: 'No body on success (HTTP 204 No Content)',
    see: 'See also ',
    official: 'the official docs: ',
    merchant: 'merchant',
    partner: 'partner',
    errors: 'Errors',
    errorHead: '| Status | Code {.code} | Description\n| --- | --- | ---',
    notes: 'Notes',
    uncertain: 'Unconfirmed',
    idempotent: (k) =>
      `Idempotency key \`${k}\`: a retry with the same value gets the same answer, so the SDK retries network errors, 5xx and 429 by itself; reuse the value when you retry yourself.`,
    notIdempotent: 'No business idempotency key: apart from GETs, the SDK does not retry this call by itself.',
    setup:
      '`client` comes from [createClient](/en/guide/making-a-call) and `busifavor = createBusifavor(client)`; every snippet on this page runs against the [sandbox](/en/guide/sandbox) in the docs tests.',
    facade: 'Facade method',
    overviewTitle: 'Busifavor API',
    overviewDescription:
      'Every 商家券 (busifavor) endpoint, generated from the endpoint definitions and zod schemas of the SDK',
    overviewHead: '| Endpoint | Method | Path | Facade method\n| --- | --- | --- | ---',
    notificationIntro:
      'After a user receives a coupon, WeChat Pay POSTs a `COUPON.SEND` event to your notification URL. Verify it over the raw body, decrypt it, then handle it; the same notification `id` can arrive more than once, so handle it idempotently.',
    notificationCode: 'Receiving it',
    changelogTitle: 'Changelog',
    changelogNone:
      'Not released yet: after the first `changeset version`, the CHANGELOG.md of this package shows here.',
    benchNone: 'No benchmark results yet: run `pnpm bench` and `bench/results/*.md` shows here.',
  },
}

const LOCALES = [
  { locale: 'zh', prefix: '', dir: '' },
  { locale: 'en', prefix: '/en', dir: 'en' },
]

/** The page slug of an endpoint id: `deactivate_coupon` → `deactivate-coupon`. */
export function slug(id) {
  return id.replace(/_/g, '-')
}

/** Sidebar groups, by the path below `/v3/marketing/busifavor/`. */
function groupOf(endpoint) {
  const p = endpoint.path
  if (p.includes('/couponcodes')) return 'codes'
  if (p.includes('/stocks')) return 'stocks'
  if (p.includes('/users/')) return 'users'
  if (p.includes('/callbacks')) return 'callbacks'
  if (p.includes('/subsidy/')) return 'subsidy'
  if (p.includes('/media/')) return 'media'
  return 'coupons'
}

const GROUPS = {
  stocks: { zh: '批次', en: 'Stocks' },
  codes: { zh: '预存 code', en: 'Pre-stored codes' },
  coupons: { zh: '发券与核销', en: 'Coupons' },
  users: { zh: '用户券', en: 'User coupons' },
  callbacks: { zh: '事件通知', en: 'Notifications' },
  subsidy: { zh: '营销补差', en: 'Subsidies' },
  media: { zh: '图片', en: 'Images' },
}

function frontmatter(fields) {
  const lines = ['---']
  for (const [k, v] of Object.entries(fields)) lines.push(`${k}: ${JSON.stringify(v)}`)
  lines.push('---', '')
  return lines.join('\n')
}

/** Request rows: path parameters at the top, then `query` and `json` objects with their fields one level down. */
export function requestRows(endpoint, locale) {
  const t = TEXT[locale]
  const rows = [...rowsOf(endpoint.pathParams, 'input', 0)]
  if (endpoint.query) {
    const fields = rowsOf(endpoint.query, 'input', 1)
    rows.push({
      name: 'query',
      type: 'object',
      required: fields.some((r) => r.depth === 1 && r.required),
      depth: 0,
      tooltip: t.queryTip,
      description: t.query,
      raw: true,
    })
    rows.push(...fields)
  }
  if (endpoint.body) {
    const multipart = endpoint.encoding === 'image-upload'
    const fields = rowsOf(endpoint.body, 'input', 1).map((r) =>
      // z.instanceof(Uint8Array) has no JSON Schema type; name it as callers write it.
      multipart && r.type === 'any' ? { ...r, type: 'Uint8Array' } : r,
    )
    rows.push({
      name: multipart ? 'multipart' : 'json',
      type: 'object',
      required: true,
      depth: 0,
      tooltip: multipart ? t.multipartTip : t.jsonTip,
      description: multipart ? t.multipart : t.json,
      raw: true,
    })
    rows.push(...fields)
  }
  return withTooltips(rows, locale)
}

function withTooltips(rows, locale) {
  return rows.map((r) =>
    !r.tooltip && (r.type === 'object' || r.type === 'object[]') ? { ...r, tooltip: TEXT[locale].objectTip } : r,
  )
}

export function responseRows(endpoint, locale) {
  return withTooltips(rowsOf(endpoint.response, 'output', 0), locale)
}

function codeGroup(snippets, locale) {
  const labels = LABELS[locale]
  const blocks = snippets.map(({ style, code }) => `\`\`\`ts [${labels[style]}]\n${code}\n\`\`\``)
  return ['::: code-group', '', ...blocks.flatMap((b) => [b, '']), ':::'].join('\n')
}

/** 参阅 line: each official page named by its audience and page number, as several pages exist per endpoint. */
function seeAlso(links, locale) {
  const t = TEXT[locale]
  const anchors = links.map((url) => {
    const id = /\/(\d+)(?:\.html)?$/.exec(url)?.[1]
    const who = url.includes('/partner/') ? t.partner : t.merchant
    return `<a href="${url}" target="_blank" rel="noreferrer">${who}${id ? ` ${id}` : ''}</a>`
  })
  return `<p class="see-also">${t.see}${t.official}${anchors.join(' ')}</p>`
}

function errorsTable(errors, locale) {
  if (!errors?.length) return ''
  const rows = errors.map((e) => `| ${e.status} | \`${e.code}\` | ${cell(e.description)}`)
  return [`## ${TEXT[locale].errors} {#errors}`, '', TEXT[locale].errorHead, ...rows, '', '{.im-table .errors}'].join(
    '\n',
  )
}

function endpointPage(endpoint, locale) {
  const t = TEXT[locale]
  const en = locale === 'en'
  const title = en ? endpoint.titleEn : endpoint.title
  const description = en
    ? `${endpoint.titleEn} (${endpoint.title}): ${endpoint.method} ${endpoint.path}`
    : endpoint.docs.description
  const input = exampleInput(endpoint)
  const snippets = snippetsFor(endpoint, input, {
    controller: CONTROLLER_ENDPOINTS.has(endpoint.id),
    preamble: preambleOf(endpoint),
  })
  const parts = [
    frontmatter({ title, description, endpoint: endpoint.id, outline: [2, 3] }),
    `# ${title} {#${endpoint.method.toLowerCase()}}`,
    '',
    en ? `> ${endpoint.title} — ${endpoint.docs.description}` : endpoint.docs.description,
    '',
    `<p class="endpoint-line"><span class="http-method ${endpoint.method.toLowerCase()}">${endpoint.method}</span> <code>${endpoint.path}</code> <span class="facade">${t.facade} <code>busifavor.${endpoint.name}()</code></span></p>`,
    '',
  ]
  if (endpoint.uncertain) parts.push(`::: warning ${t.uncertain}`, cell(endpoint.uncertain), ':::', '')
  if (endpoint.docs.notes?.length) {
    parts.push(`::: info ${t.notes}`, ...endpoint.docs.notes.map((n) => `- ${n}`), ':::', '')
  }
  parts.push(renderTable({ head: t.request, rows: requestRows(endpoint, locale), id: 'request', locale }), '')
  // Inline HTML, so the markdown inside is converted here (markdown-it leaves HTML blocks alone).
  const html = (text) =>
    text.replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
  const retry = endpoint.idempotencyKey ? t.idempotent(endpoint.idempotencyKey) : t.notIdempotent
  parts.push(`<div class="call-note"><p>${html(retry)}</p><p>${html(t.setup)}</p></div>`, '')
  parts.push(codeGroup(snippets, locale), '')
  parts.push(
    renderTable({
      head: t.response,
      rows: responseRows(endpoint, locale),
      id: 'response',
      locale,
      empty: endpoint.response ? undefined : t.noContent,
    }),
    '',
  )
  const errors = errorsTable(endpoint.docs.errors, locale)
  if (errors) parts.push(errors, '')
  parts.push(seeAlso(endpoint.docs.links, locale), '')
  return parts.join('\n')
}

function rowsFromObject(schema, io, locale, depth = 0) {
  return withTooltips(rowsOf(schema, io, depth), locale)
}

function notificationSnippets(notification) {
  const express = [
    "import { wechatpayNotifications } from '@adapters/express'",
    "import { parseCouponSendNotification } from '@api/busifavor'",
    "import express from 'express'",
    '',
    'export const app = express()',
    '// Mounted before any body parser: the signature covers the raw bytes',
    'app.post(',
    "  '/wechatpay/notify',",
    '  wechatpayNotifications({',
    '    client, // its platform keys and APIv3 key verify and decrypt the callback',
    '    onNotification: async (notification) => {',
    `      const event = parseCouponSendNotification(notification) // ${notification.eventType}, typed`,
    '      console.log(event.id, event.resource.coupon_code, event.resource.stock_id, event.resource.openid)',
    '    },',
    '  }),',
    ')',
  ].join('\n')
  const nest = [
    "import { NotificationEvent, WechatPayNotification } from '@adapters/nestjs'",
    "import { type CouponSendEvent, parseCouponSendNotification } from '@api/busifavor'",
    "import { Controller, Post } from '@nestjs/common'",
    '',
    "@Controller('wechatpay')",
    'export class NotifyController {',
    '  // NestFactory.create(AppModule, { rawBody: true }): the guard verifies the raw body',
    "  @Post('notify')",
    '  @WechatPayNotification()',
    '  handle(@NotificationEvent(parseCouponSendNotification) event: CouponSendEvent) {',
    '    console.log(event.id, event.resource.coupon_code, event.resource.stock_id, event.resource.openid)',
    '  }',
    '}',
  ].join('\n')
  const neutral = [
    "import { parseCouponSendNotification } from '@api/busifavor'",
    "import { createNotificationHandler } from '@core/client/notifications'",
    '',
    '// Any framework: hand over the headers and the raw body bytes, send back what it answers',
    'export const notifications = createNotificationHandler(',
    '  { client },',
    '  {',
    '    onNotification: async (notification) => {',
    '      const event = parseCouponSendNotification(notification)',
    '      console.log(event.id, event.resource.coupon_code, event.resource.stock_id, event.resource.openid)',
    '    },',
    '  },',
    ')',
  ].join('\n')
  return [
    { style: 'express', code: express },
    { style: 'nestjs', code: nest },
    { style: 'neutral', code: neutral },
  ]
}

function notificationPage(notification, locale) {
  const t = TEXT[locale]
  const en = locale === 'en'
  const title = en ? notification.titleEn : notification.title
  const parts = [
    frontmatter({
      title,
      description: en ? `${notification.titleEn}: ${notification.eventType}` : notification.docs.description,
      notification: notification.eventType,
      outline: [2, 3],
    }),
    `# ${title} {#notify}`,
    '',
    en ? `> ${notification.title} — ${notification.docs.description}` : notification.docs.description,
    '',
    `<p class="endpoint-line"><span class="http-method post">${notification.method}</span> <code>{notify_url}</code> · <code>event_type=${notification.eventType}</code></p>`,
    '',
    t.notificationIntro,
    '',
  ]
  if (notification.docs.notes?.length) {
    parts.push(`::: info ${t.notes}`, ...notification.docs.notes.map((n) => `- ${n}`), ':::', '')
  }
  if (notification.headers) {
    parts.push(
      renderTable({
        head: t.headers,
        rows: rowsFromObject(notification.headers, 'output', locale),
        id: 'headers',
        locale,
      }),
      '',
    )
  }
  parts.push(
    renderTable({
      head: t.notifyEnvelope,
      rows: rowsFromObject(notification.envelope, 'output', locale),
      id: 'request',
      locale,
    }),
    '',
  )
  parts.push(
    renderTable({
      head: t.notifyResource,
      rows: rowsFromObject(notification.resource, 'output', locale),
      id: 'resource',
      locale,
    }),
    '',
  )
  parts.push(`## ${t.notificationCode} {#handle}`, '', codeGroup(notificationSnippets(notification), locale), '')
  if (notification.ack) {
    parts.push(
      renderTable({ head: t.ack, rows: rowsFromObject(notification.ack, 'output', locale), id: 'response', locale }),
      '',
    )
  }
  parts.push(seeAlso(notification.docs.links, locale), '')
  return parts.join('\n')
}

function overviewPage(list, notifications, locale, prefix) {
  const t = TEXT[locale]
  const en = locale === 'en'
  const lines = [
    frontmatter({ title: t.overviewTitle, description: t.overviewDescription }),
    `# ${t.overviewTitle}`,
    '',
  ]
  lines.push(t.overviewDescription, '')
  let group
  for (const e of list) {
    const g = groupOf(e)
    if (g !== group) {
      lines.push('', `## ${GROUPS[g][locale]}`, '', t.overviewHead)
      group = g
    }
    const title = en ? e.titleEn : e.title
    lines.push(
      `| [${cell(title)}](${prefix}/api/busifavor/${slug(e.id)}) | ${e.method} | \`${e.path}\` | \`${e.name}\``,
    )
  }
  if (notifications.length) {
    lines.push('', `## ${en ? 'Notifications' : '回调通知'}`, '')
    for (const n of notifications) {
      lines.push(`- [${cell(en ? n.titleEn : n.title)}](${prefix}/api/busifavor/${slug(n.id)}) — \`${n.eventType}\``)
    }
  }
  return `${lines.join('\n')}\n`
}

const written = new Set()

/** Writes only what changed, so a concurrent run (build and tests) never sees a half-empty folder. */
function write(path, text) {
  const content = text.endsWith('\n') ? text : `${text}\n`
  written.add(path)
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return
  mkdirSync(dirname(path), { recursive: true })
  // Write then rename: `build` and `typecheck` may generate at the same time, and a reader must never see half a file.
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, content)
  renameSync(temp, path)
}

/** Removes files of the generated folders that this run did not write (a renamed or removed endpoint). */
function prune(dir) {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      prune(path)
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true })
    } else if (!written.has(path) && !name.endsWith('.tmp')) rmSync(path, { force: true })
  }
}

/** Package directories with their names, for the changelog pages. */
function packagesWithNames() {
  const dir = join(repo, 'packages')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const manifest = join(dir, name, 'package.json')
      if (!existsSync(manifest)) return []
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
      if (pkg.private) return []
      const changelog = join(dir, name, 'CHANGELOG.md')
      return [{ dir: name, name: pkg.name, changelog: existsSync(changelog) ? readFileSync(changelog, 'utf8') : '' }]
    })
}

/** A CHANGELOG.md as a page: its own `# name` heading becomes the page title; Vue-like braces are escaped. */
function changelogPage(pkg, locale) {
  const t = TEXT[locale]
  const body = pkg.changelog
    .replace(/^# .*\n+/, '')
    .replace(/\{\{/g, '&#123;&#123;')
    .trim()
  return [
    frontmatter({ title: `${pkg.name} ${t.changelogTitle}`, description: `${pkg.name} ${t.changelogTitle}` }),
    `# ${pkg.name}`,
    '',
    body || `::: info\n${t.changelogNone}\n:::`,
    '',
  ].join('\n')
}

/** The benchmark tables of bench/results/*.md, headings demoted under the performance page's own. */
export function benchPartial(locale, dir = join(repo, 'bench', 'results')) {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md') && !f.includes('.tmp.'))
        .sort()
    : []
  if (files.length === 0) return `::: info\n${TEXT[locale].benchNone}\n:::\n`
  return files
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').replace(/^# /gm, '### ').replace(/\{\{/g, '&#123;&#123;')
      return `<!-- bench/results/${f} -->\n\n${text.trim()}\n`
    })
    .join('\n')
}

/** An endpoint or notification definition seen through the fields the page renderers read. */
function view(definition) {
  const { zh, en, links, errors } = definition.docs
  return {
    ...definition,
    title: zh.title,
    titleEn: en.title,
    eventType: definition.eventTypes?.[0],
    method: definition.method ?? 'POST',
    contentType: definition.encoding === 'image-upload' ? 'multipart/form-data' : undefined,
    idempotencyKey: definition.idempotency?.field,
    docs: {
      ...definition.docs,
      description: zh.summary,
      notes: zh.notes,
      links: links.map((link) => link.url),
      errors: errors?.map((error) => ({ ...error, description: error.zh })),
    },
  }
}

/** Generates everything; returns the sidebar data it wrote (for tests). */
export function generate() {
  written.clear()

  const list = Object.values(schemas.busifavor.endpoints).map(view)
  const notifications = Object.values(schemas.busifavor.notifications).map(view)
  const packages = packagesWithNames()
  const sidebar = {}

  for (const { locale, prefix, dir } of LOCALES) {
    const base = join(docs, dir, 'api', 'busifavor')
    write(join(base, 'index.md'), overviewPage(list, notifications, locale, prefix))
    for (const endpoint of list) write(join(base, `${slug(endpoint.id)}.md`), endpointPage(endpoint, locale))
    for (const n of notifications) write(join(base, `${slug(n.id)}.md`), notificationPage(n, locale))

    const groups = []
    for (const endpoint of list) {
      const g = groupOf(endpoint)
      let group = groups.find((x) => x.key === g)
      if (!group) {
        group = { key: g, text: GROUPS[g][locale], collapsed: false, items: [] }
        groups.push(group)
      }
      group.items.push({
        text: locale === 'en' ? endpoint.titleEn : endpoint.title,
        link: `${prefix}/api/busifavor/${slug(endpoint.id)}`,
      })
    }
    if (notifications.length) {
      groups.push({
        key: 'notifications',
        text: locale === 'en' ? 'Callbacks' : '回调通知',
        collapsed: false,
        items: notifications.map((n) => ({
          text: locale === 'en' ? n.eventType : n.title.replace(/（.*）$/, ''),
          link: `${prefix}/api/busifavor/${slug(n.id)}`,
        })),
      })
    }
    sidebar[locale] = {
      api: groups.map(({ key: _key, ...g }) => g),
      changelog: packages.map((p) => ({ text: p.name, link: `${prefix}/changelog/${p.dir}` })),
    }

    for (const pkg of packages) write(join(docs, dir, 'changelog', `${pkg.dir}.md`), changelogPage(pkg, locale))
    write(
      join(docs, dir, 'changelog', 'index.md'),
      [
        frontmatter({ title: TEXT[locale].changelogTitle }),
        `# ${TEXT[locale].changelogTitle}`,
        '',
        ...packages.map((p) => `- [${p.name}](${prefix}/changelog/${p.dir})`),
        '',
      ].join('\n'),
    )
    write(join(docs, '.generated', `bench.${locale}.md`), benchPartial(locale))
  }
  write(join(docs, '.generated', 'sidebar.json'), `${JSON.stringify(sidebar, null, 2)}\n`)
  for (const dir of GENERATED) prune(join(docs, dir))
  return { endpoints: list.length, notifications: notifications.length, packages: packages.length }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const summary = generate()
  console.log(
    `docs: generated ${summary.endpoints} endpoint pages, ${summary.notifications} notification pages and ${summary.packages} changelogs per locale (${relative(process.cwd(), docs) || '.'})`,
  )
}
