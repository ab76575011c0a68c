// The code group of an API page: every calling style of the SDK for one endpoint, from one example input.
//
// The same text is what readers see and what the typecheck and the sandbox run execute (they extract it back out of
// the generated markdown), so a style that stops compiling or working fails the docs tests.

import { key, literal, quote } from '../../../scripts/lib/literal.mjs'

/** Tab ids in display order: async/await first, as the PHP pages put the asynchronous styles first. */
export const STYLES = [
  'facade-await',
  'chained-await',
  'chain-await',
  'bracket-await',
  'facade-then',
  'chained-then',
  'chain-then',
  'bracket-then',
  'express',
  'nestjs',
]

export const LABELS = {
  zh: {
    'facade-await': '门面 await',
    'chained-await': '纯链式 await',
    'chain-await': '声明式 await',
    'bracket-await': '属性式 await',
    'facade-then': '门面 .then',
    'chained-then': '纯链式 .then',
    'chain-then': '声明式 .then',
    'bracket-then': '属性式 .then',
    express: 'Express',
    nestjs: 'NestJS',
    'upload-await': 'uploadImage await',
    'upload-then': 'uploadImage .then',
    neutral: '通用（node:http 等）',
  },
  en: {
    'facade-await': 'Facade await',
    'chained-await': 'Chained await',
    'chain-await': 'chain() await',
    'bracket-await': 'Bracket await',
    'facade-then': 'Facade .then',
    'chained-then': 'Chained .then',
    'chain-then': 'chain() .then',
    'bracket-then': 'Bracket .then',
    express: 'Express',
    nestjs: 'NestJS',
    'upload-await': 'uploadImage await',
    'upload-then': 'uploadImage .then',
    neutral: 'Any framework',
  },
}

/** Multipart uploads have no JSON body for the path styles: the client's `uploadImage` helper takes their place. */
export const UPLOAD_STYLES = ['facade-await', 'upload-await', 'facade-then', 'upload-then']

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/

function shapeKeys(schema) {
  return schema ? Object.keys(schema.shape) : []
}

/** Splits the facade's flat input into the `{ params, query, json }` options of the chain styles. */
export function splitInput(endpoint, input) {
  const pick = (keys) => {
    const out = {}
    for (const k of keys) if (input[k] !== undefined) out[k] = input[k]
    return Object.keys(out).length ? out : undefined
  }
  return {
    params: pick(shapeKeys(endpoint.pathParams)),
    query: pick(shapeKeys(endpoint.query)),
    json: pick(shapeKeys(endpoint.body)),
  }
}

/** `client.v3.marketing.busifavor.stocks['{stock_id}']` — segments as written, brackets where not identifiers. */
export function chainedPath(path) {
  let out = 'client'
  for (const segment of path.split('/').filter(Boolean)) {
    out += IDENT.test(segment) ? `.${segment}` : `[${quote(segment)}]`
  }
  return out
}

function requestOptions(endpoint, input, indent) {
  const { params, query, json } = splitInput(endpoint, input)
  const options = {}
  if (params) options.params = params
  if (query) options.query = query
  if (json) options.json = json
  return Object.keys(options).length ? literal(options, indent) : ''
}

function verb(endpoint) {
  return endpoint.method.toLowerCase()
}

/** What the chain styles print: the parsed body, or the status of a 204 answer. */
function chainResult(endpoint) {
  return endpoint.response ? 'data' : 'status'
}

function facadeAwait(endpoint, input) {
  const call = `busifavor.${endpoint.name}(${literal(input)})`
  if (!endpoint.response) return `await ${call}\nconsole.log('done')`
  return `const result = await ${call}\nconsole.log(result)`
}

function facadeThen(endpoint, input) {
  const body = endpoint.response
    ? '(result) => {\n    console.log(result)\n  }'
    : `() => {\n    console.log('done')\n  }`
  return `busifavor\n  .${endpoint.name}(${literal(input, '  ')})\n  .then(${body})\n  .catch(console.error)`
}

function clientAwait(target, endpoint, input) {
  const field = chainResult(endpoint)
  return `const { ${field} } = await ${target}.${verb(endpoint)}(${requestOptions(endpoint, input, '')})\nconsole.log(${field})`
}

function clientThen(target, endpoint, input) {
  const field = chainResult(endpoint)
  return (
    `${target}\n  .${verb(endpoint)}(${requestOptions(endpoint, input, '  ')})\n` +
    `  .then(({ ${field} }) => {\n    console.log(${field})\n  })\n  .catch(console.error)`
  )
}

/** The route a merchant's own backend would expose: the WeChat path below `/v3/marketing/busifavor/`. */
export function controllerRoute(endpoint) {
  const rest = endpoint.path.replace(/^\/v3\/marketing\/(busifavor|favor)\//, '')
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

function express(endpoint, input) {
  const { full } = controllerRoute(endpoint)
  const { out, hasBody } = controllerInput(endpoint, input, 'express')
  const only = Object.keys(out).length === 0
  const arg = hasBody && only ? 'req.body' : objectCode(out, hasBody ? 'req.body' : undefined, '  ')
  const method = verb(endpoint)
  const parser = hasBody ? 'express.json(), ' : ''
  const send = endpoint.response
    ? `res.json(await busifavor.${endpoint.name}(${arg}))`
    : `await busifavor.${endpoint.name}(${arg})\n  res.sendStatus(204)`
  return [
    "import { wechatpay } from '@adapters/express'",
    "import { createBusifavor } from '@api/busifavor'",
    "import express from 'express'",
    '',
    'export const app = express()',
    '// req.wechatpay is the shared client (one connection pool for the whole app)',
    'app.use(wechatpay({ client }))',
    '',
    `app.${method}('${full}', ${parser}async (req, res) => {`,
    '  const busifavor = createBusifavor(req.wechatpay)',
    hasBody ? '  // the facade validates req.body: bad input is a ValidationError and nothing is sent' : undefined,
    `  ${send}`,
    '})',
  ]
    .filter((line) => line !== undefined)
    .join('\n')
}

function pascal(text) {
  return text.replace(/(^|[-_])(\w)/g, (_, __, c) => c.toUpperCase())
}

function nestjs(endpoint, input) {
  const { prefix, route } = controllerRoute(endpoint)
  const { out, hasBody } = controllerInput(endpoint, input, 'nestjs')
  const params = shapeKeys(endpoint.pathParams)
  const decorator = pascal(endpoint.method.toLowerCase())
  const nestImports = [
    'Controller',
    decorator,
    ...(params.length ? ['Param'] : []),
    ...(hasBody ? ['Body'] : []),
  ].sort()
  const args = [
    ...params.map((name) => `@Param('${name}') ${name}: string`),
    ...(hasBody ? [`@Body() body: EndpointInput<typeof endpoints.${endpoint.id}>`] : []),
  ]
  const only = Object.keys(out).length === 0
  const arg = hasBody && only ? 'body' : objectCode(out, hasBody ? 'body' : undefined, '    ')
  const familyImport = hasBody
    ? "import { type Busifavor, createBusifavor, type EndpointInput, type endpoints } from '@api/busifavor'"
    : "import { type Busifavor, createBusifavor } from '@api/busifavor'"
  return [
    "import { InjectWechatPayFacade } from '@adapters/nestjs'",
    familyImport,
    `import { ${nestImports.join(', ')} } from '@nestjs/common'`,
    '',
    `@Controller('${prefix}')`,
    `export class ${pascal(prefix)}Controller {`,
    '  // WechatPayModule.forRoot({ …, facades: [createBusifavor] }) provides it; the decorator names its token',
    '  constructor(@InjectWechatPayFacade(createBusifavor) private readonly busifavor: Busifavor) {}',
    '',
    `  @${decorator}(${route ? `'${route}'` : ''})`,
    `  ${endpoint.name}(${args.join(', ')}) {`,
    `    return this.busifavor.${endpoint.name}(${arg})`,
    '  }',
    '}',
  ].join('\n')
}

/**
 * The code group's tabs for one endpoint.
 * @param {object} endpoint an `EndpointDefinition`
 * @param {Record<string, unknown>} input the facade input of the example
 * @param {{ controller?: boolean, styles?: string[] }} options
 * @returns {{ style: string, code: string }[]}
 */
export function snippetsFor(endpoint, input, options = {}) {
  const chained = chainedPath(endpoint.path)
  const declared = `client.chain(${quote(endpoint.path.replace(/^\//, ''))})`
  const bracket = `client[${quote(endpoint.path.replace(/^\//, ''))}]`
  const all = {
    'facade-await': () => facadeAwait(endpoint, input),
    'chained-await': () => clientAwait(chained, endpoint, input),
    'chain-await': () => clientAwait(declared, endpoint, input),
    'bracket-await': () => clientAwait(bracket, endpoint, input),
    'facade-then': () => facadeThen(endpoint, input),
    'chained-then': () => clientThen(chained, endpoint, input),
    'chain-then': () => clientThen(declared, endpoint, input),
    'bracket-then': () => clientThen(bracket, endpoint, input),
    express: () => express(endpoint, input),
    nestjs: () => nestjs(endpoint, input),
    'upload-await': () => `const { data } = await client.uploadImage(${literal(input)})\nconsole.log(data)`,
    'upload-then': () =>
      `client\n  .uploadImage(${literal(input, '  ')})\n  .then(({ data }) => {\n    console.log(data)\n  })\n  .catch(console.error)`,
  }
  const multipart = endpoint.encoding === 'image-upload'
  const styles =
    options.styles ??
    (multipart ? UPLOAD_STYLES : STYLES.filter((s) => options.controller || (s !== 'express' && s !== 'nestjs')))
  const preamble = options.preamble?.length ? `${options.preamble.join('\n')}\n\n` : ''
  return styles.map((style) => ({
    style,
    // Framework tabs are whole modules with their own imports; the preamble goes before the call in the others.
    code: style === 'express' || style === 'nestjs' ? all[style]() : `${preamble}${all[style]()}`,
  }))
}
