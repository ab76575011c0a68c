// The first code group of an API page: the facade and the three chain styles of `@core/client`, each as a Promise
// `.then` chain (异步) and with `await` (同步, the sync-looking form), from the definition's example input — the six
// styles of the PHP SDK's pages plus the facade.
//
// The same text is what readers see and what the typecheck and the sandbox run execute (they extract it back out of
// the generated markdown), so a style that stops compiling or working fails the docs tests.

import { literal, quote } from '../../../scripts/lib/literal.mjs'
import { chainNeedsIdempotent } from './retry.mjs'

/** Tab ids in display order: the asynchronous (`.then`) forms first, as the PHP pages put them. */
export const CALL_STYLES = [
  'facade-then',
  'chained-then',
  'chain-then',
  'bracket-then',
  'facade-await',
  'chained-await',
  'chain-await',
  'bracket-await',
]

/** Multipart uploads have no JSON body for the path styles: the client's `uploadImage` helper takes their place. */
export const UPLOAD_STYLES = ['facade-then', 'upload-then', 'facade-await', 'upload-await']

export const LABELS = {
  zh: {
    'facade-then': '异步门面',
    'chained-then': '异步纯链式',
    'chain-then': '异步声明式',
    'bracket-then': '异步属性式',
    'facade-await': '同步门面',
    'chained-await': '同步纯链式',
    'chain-await': '同步声明式',
    'bracket-await': '同步属性式',
    'upload-then': '异步 uploadImage',
    'upload-await': '同步 uploadImage',
    express: 'Express',
    nestjs: 'NestJS',
    neutral: '通用（node:http 等）',
    request: 'client.request',
    chained: '纯链式',
    chain: '声明式',
    bracket: '属性式',
  },
  en: {
    'facade-then': 'Async facade',
    'chained-then': 'Async chained',
    'chain-then': 'Async chain()',
    'bracket-then': 'Async bracket',
    'facade-await': 'Sync facade',
    'chained-await': 'Sync chained',
    'chain-await': 'Sync chain()',
    'bracket-await': 'Sync bracket',
    'upload-then': 'Async uploadImage',
    'upload-await': 'Sync uploadImage',
    express: 'Express',
    nestjs: 'NestJS',
    neutral: 'Any framework (node:http…)',
    request: 'client.request',
    chained: 'Chained',
    chain: 'chain()',
    bracket: 'Bracket',
  },
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/

export function shapeKeys(schema) {
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
  // The facade marks calls with a business number idempotent; a chained call must say so itself to be retried.
  if (chainNeedsIdempotent(endpoint)) options.idempotent = true
  return Object.keys(options).length ? literal(options, indent) : ''
}

/** What the chain styles print: the parsed body, or the status of a 204 answer. */
function chainResult(endpoint) {
  return endpoint.response ? 'data' : 'status'
}

function facadeAwait(endpoint, input, ctx) {
  const call = `${ctx.variable}.${endpoint.name}(${literal(input)})`
  if (!endpoint.response) return `await ${call}\nconsole.log('done')`
  if (ctx.reader) return `const result = ${ctx.reader}(await ${call})\nconsole.log(result)`
  return `const result = await ${call}\nconsole.log(result)`
}

function facadeThen(endpoint, input, ctx) {
  const print = ctx.reader ? `${ctx.reader}(result)` : 'result'
  const body = endpoint.response
    ? `(result) => {\n    console.log(${print})\n  }`
    : `() => {\n    console.log('done')\n  }`
  return `${ctx.variable}\n  .${endpoint.name}(${literal(input, '  ')})\n  .then(${body})\n  .catch(console.error)`
}

function clientAwait(target, endpoint, input) {
  const field = chainResult(endpoint)
  const verb = endpoint.method.toLowerCase()
  return `const { ${field} } = await ${target}.${verb}(${requestOptions(endpoint, input, '')})\nconsole.log(${field})`
}

function clientThen(target, endpoint, input) {
  const field = chainResult(endpoint)
  const verb = endpoint.method.toLowerCase()
  return (
    `${target}\n  .${verb}(${requestOptions(endpoint, input, '  ')})\n` +
    `  .then(({ ${field} }) => {\n    console.log(${field})\n  })\n  .catch(console.error)`
  )
}

/**
 * The tabs of the first code group for one endpoint.
 * @param {object} endpoint an endpoint definition
 * @param {Record<string, unknown>} input the facade input of the example
 * @param {{ variable: string, package: string, reader?: string }} ctx the family's facade variable and package, and
 *   the helper that reads this endpoint's answer, if any
 * @returns {{ style: string, code: string }[]}
 */
export function callSnippets(endpoint, input, ctx) {
  const path = endpoint.path.replace(/^\//, '')
  const all = {
    'facade-await': () => facadeAwait(endpoint, input, ctx),
    'chained-await': () => clientAwait(chainedPath(endpoint.path), endpoint, input),
    'chain-await': () => clientAwait(`client.chain(${quote(path)})`, endpoint, input),
    'bracket-await': () => clientAwait(`client[${quote(path)}]`, endpoint, input),
    'facade-then': () => facadeThen(endpoint, input, ctx),
    'chained-then': () => clientThen(chainedPath(endpoint.path), endpoint, input),
    'chain-then': () => clientThen(`client.chain(${quote(path)})`, endpoint, input),
    'bracket-then': () => clientThen(`client[${quote(path)}]`, endpoint, input),
    'upload-await': () => `const { data } = await client.uploadImage(${literal(input)})\nconsole.log(data)`,
    'upload-then': () =>
      `client\n  .uploadImage(${literal(input, '  ')})\n  .then(({ data }) => {\n    console.log(data)\n  })\n  .catch(console.error)`,
  }
  const styles = endpoint.encoding === 'image-upload' ? UPLOAD_STYLES : CALL_STYLES
  const preamble = [...(endpoint.docs.examplePreamble ?? [])]
  return styles.map((style) => {
    const lines = style.startsWith('facade') && ctx.reader ? [`import { ${ctx.reader} } from '${ctx.package}'`] : []
    // Imports first, then the preamble's other lines, then the call.
    const imports = [...lines, ...preamble.filter((line) => line.startsWith('import '))]
    const rest = preamble
      .filter((line) => !line.startsWith('import '))
      .join('\n')
      .trim()
    const head = [imports.join('\n'), rest].filter(Boolean).join('\n\n')
    return { style, code: head ? `${head}\n\n${all[style]()}` : all[style]() }
  })
}
