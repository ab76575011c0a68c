// The second code group: the same call from one of the merchant's own routes (Express, NestJS), and the ways of
// receiving a callback (Express, NestJS, any framework over node:http). Whole modules with their imports: the docs
// tests serve them and call their route, or have the sandbox post a real callback to them.

import { key, literal } from '../../../scripts/lib/literal.mjs'
import { shapeKeys } from './snippets.mjs'

/**
 * The path segments all of a family's framework endpoints share (e.g. `/v3/marketing/busifavor`): the merchant's own
 * routes are the WeChat paths below it.
 */
export function routeBase(paths) {
  if (paths.length === 0) return ''
  const split = paths.map((p) => p.split('/').filter(Boolean))
  const common = []
  // A segment joins the base while every path has it and a static segment after it (the controller's own prefix).
  const shared = (i) =>
    split.every(
      (s) => s[i] !== undefined && s[i] === split[0][i] && !s[i].startsWith('{') && /^[^{]/.test(s[i + 1] ?? '{'),
    )
  for (let i = 0; shared(i); i++) common.push(split[0][i])
  return `/${common.join('/')}`
}

/** The route a merchant's backend would expose for an endpoint: its WeChat path below the family's `base`. */
export function controllerRoute(endpoint, base) {
  const rest = endpoint.path.slice(base.length).replace(/^\//, '')
  const [prefix, ...tail] = rest.split('/')
  const toRoute = (segment) => segment.replace(/^\{(\w+)\}$/, ':$1')
  return { prefix, route: tail.map(toRoute).join('/'), full: `/${rest.split('/').map(toRoute).join('/')}` }
}

function controllerInput(endpoint, input, style) {
  // Path parameters come from the merchant's own route; the JSON body is passed through (the facade validates it);
  // anything else (a GET's query) is written out as configuration values.
  const params = shapeKeys(endpoint.pathParams)
  const body = shapeKeys(endpoint.body)
  const out = {}
  for (const name of params) out[name] = { code: style === 'express' ? `req.params.${name}` : name }
  for (const [name, value] of Object.entries(input)) {
    if (params.includes(name) || body.includes(name)) continue
    out[name] = { code: literal(value, '      ') }
  }
  return { out, hasBody: body.length > 0 }
}

function objectCode(entries, spread, indent) {
  const lines = []
  if (spread) lines.push(`${indent}  ...${spread},`)
  for (const [name, { code }] of Object.entries(entries)) lines.push(`${indent}  ${key(name)}: ${code},`)
  return `{\n${lines.join('\n')}\n${indent}}`
}

function pascal(text) {
  return text.replace(/(^|[-_])(\w)/g, (_, __, c) => c.toUpperCase())
}

function express(endpoint, input, ctx) {
  const { full } = controllerRoute(endpoint, ctx.routeBase)
  const { out, hasBody } = controllerInput(endpoint, input, 'express')
  const { variable, factory } = ctx.facade
  const only = Object.keys(out).length === 0
  const arg = hasBody && only ? 'req.body' : objectCode(out, hasBody ? 'req.body' : undefined, '  ')
  const parser = hasBody ? 'express.json(), ' : ''
  // An endpoint whose business number is the caller's (deactivate, use, refund…) gets the whole recipe: the number is
  // stored before the call, a retry sends the same input, and the two kinds of refusal map to answers of the route.
  const key = hasBody && endpoint.idempotency && !endpoint.idempotency.generate ? endpoint.idempotency.field : undefined
  const call = `${variable}.${endpoint.name}(${arg})`
  const send = endpoint.response ? [`res.json(await ${call})`] : [`await ${call}`, 'res.sendStatus(204)']
  const body = key
    ? [
        `  // Store ${key} (yours, never made up by the SDK) with the request before this call; a retry sends the`,
        '  // same input again and WeChat Pay answers the repeat with the first result.',
        '  try {',
        ...send.map((line) => `    ${line}`),
        '  } catch (error) {',
        '    // bad input: nothing was sent; an ApiError: WeChat Pay refused it (a 5xx: retry later with the same number)',
        "    if (error instanceof ValidationError) res.status(400).json({ code: 'INVALID_INPUT', message: error.message })",
        '    else if (error instanceof ApiError) res.status(error.status >= 500 ? 502 : 409).json({ code: error.code })',
        '    else throw error',
        '  }',
      ]
    : [
        hasBody ? '  // the facade validates req.body: bad input is a ValidationError and nothing is sent' : undefined,
        ...send.map((line) => `  ${line}`),
      ]
  return [
    "import { wechatpay } from '@adapters/express'",
    `import { ${factory} } from '${ctx.package}'`,
    key ? "import { ApiError, ValidationError } from '@core/client'" : undefined,
    "import express from 'express'",
    '',
    'export const app = express()',
    '// req.wechatpay is the shared client (one connection pool for the whole app)',
    'app.use(wechatpay({ client }))',
    '',
    `app.${endpoint.method.toLowerCase()}('${full}', ${parser}async (req, res) => {`,
    `  const ${variable} = ${factory}(req.wechatpay)`,
    ...body,
    '})',
  ]
    .filter((line) => line !== undefined)
    .join('\n')
}

function nestjs(endpoint, input, ctx) {
  const { prefix, route } = controllerRoute(endpoint, ctx.routeBase)
  const { out, hasBody } = controllerInput(endpoint, input, 'nestjs')
  const { variable, factory, type } = ctx.facade
  const params = shapeKeys(endpoint.pathParams)
  const decorator = pascal(endpoint.method.toLowerCase())
  const nestImports = ['Controller', decorator, ...(params.length ? ['Param'] : []), ...(hasBody ? ['Body'] : [])]
  const args = [
    ...params.map((name) => `@Param('${name}') ${name}: string`),
    ...(hasBody ? [`@Body() body: EndpointInput<typeof endpoints.${endpoint.id}>`] : []),
  ]
  const only = Object.keys(out).length === 0
  const arg = hasBody && only ? 'body' : objectCode(out, hasBody ? 'body' : undefined, '    ')
  const names = [`type ${type}`, factory, ...(hasBody ? ['type EndpointInput', 'type endpoints'] : [])]
  return [
    "import { InjectWechatPayFacade } from '@adapters/nestjs'",
    `import { ${names.join(', ')} } from '${ctx.package}'`,
    `import { ${nestImports.sort().join(', ')} } from '@nestjs/common'`,
    '',
    `@Controller('${prefix}')`,
    `export class ${pascal(prefix)}Controller {`,
    `  // WechatPayModule.forRoot({ …, facades: [${factory}] }) provides it; the decorator names its token`,
    `  constructor(@InjectWechatPayFacade(${factory}) private readonly ${variable}: ${type}) {}`,
    '',
    `  @${decorator}(${route ? `'${route}'` : ''})`,
    `  ${endpoint.name}(${args.join(', ')}) {`,
    `    return this.${variable}.${endpoint.name}(${arg})`,
    '  }',
    '}',
  ].join('\n')
}

/**
 * The Express and NestJS tabs of an endpoint called from the merchant's own routes.
 * @param {{ facade: { type: string, factory: string, variable: string }, package: string, routeBase: string }} ctx
 */
export function frameworkSnippets(endpoint, input, ctx) {
  return [
    { style: 'express', code: express(endpoint, input, ctx) },
    { style: 'nestjs', code: nestjs(endpoint, input, ctx) },
  ]
}

/**
 * The ways of receiving one notification, each typing it with the family's parser.
 * @param {{ eventTypes: readonly string[] }} notification
 * @param {{ package: string, parse: string, event?: string }} ctx
 */
export function notificationSnippets(notification, ctx) {
  const { parse } = ctx
  const event = ctx.event ?? `ReturnType<typeof ${parse}>`
  const events = notification.eventTypes.join(' / ')
  const handle = (indent) =>
    [`const event = ${parse}(notification) // ${events}, typed`, 'console.log(event.event_type, event.resource)'].map(
      (line) => `${indent}${line}`,
    )
  const express = [
    "import { wechatpayNotifications } from '@adapters/express'",
    `import { ${parse} } from '${ctx.package}'`,
    "import express from 'express'",
    '',
    'export const app = express()',
    '// Mounted before any body parser: the signature covers the raw bytes',
    'app.post(',
    "  '/wechatpay/notify',",
    '  wechatpayNotifications({',
    '    client, // its platform keys and APIv3 key verify and decrypt the callback',
    '    onNotification: async (notification) => {',
    ...handle('      '),
    '    },',
    '  }),',
    ')',
  ].join('\n')
  const typeImport = ctx.event ? `type ${ctx.event}, ` : ''
  const nest = [
    "import { NotificationEvent, WechatPayNotification } from '@adapters/nestjs'",
    `import { ${typeImport}${parse} } from '${ctx.package}'`,
    "import { Controller, Post } from '@nestjs/common'",
    '',
    "@Controller('wechatpay')",
    'export class NotifyController {',
    '  // NestFactory.create(AppModule, { rawBody: true }): the guard verifies the raw body',
    "  @Post('notify')",
    '  @WechatPayNotification()',
    `  handle(@NotificationEvent(${parse}) event: ${event}) {`,
    '    console.log(event.event_type, event.resource)',
    '  }',
    '}',
  ].join('\n')
  const neutral = [
    "import { createServer } from 'node:http'",
    `import { ${parse} } from '${ctx.package}'`,
    "import { createNotificationHandler } from '@core/client/notifications'",
    '',
    'const notifications = createNotificationHandler(',
    '  { client },',
    '  {',
    '    onNotification: async (notification) => {',
    ...handle('      '),
    '    },',
    '  },',
    ')',
    '',
    '// Any framework: hand over the headers and the raw body bytes, send back what it answers',
    'export const server = createServer(async (req, res) => {',
    '  const chunks: Buffer[] = []',
    '  for await (const chunk of req) chunks.push(chunk)',
    '  const answer = await notifications.handle({ headers: req.headers, body: Buffer.concat(chunks) })',
    '  res.writeHead(answer.status, answer.headers).end(answer.body && JSON.stringify(answer.body))',
    '})',
  ].join('\n')
  return [
    { style: 'express', code: express },
    { style: 'nestjs', code: nest },
    { style: 'neutral', code: neutral },
  ]
}
