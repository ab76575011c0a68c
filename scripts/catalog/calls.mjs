// One operation's example call in each calling style of the client, from the spec's example: the same code is the
// generated compile test (packages/catalog/test/generated) and the code group of the docs pages.
import { literal, quote, raw } from '../lib/literal.mjs'
import { chainable, propertyChainable } from './routes.mjs'

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** The example with its placeholders as code: `client.encrypt('…')` and the upload's `file`. */
export function exampleValue(value) {
  if (Array.isArray(value)) return value.map(exampleValue)
  if (value !== null && typeof value === 'object') {
    if (typeof value.$encrypt === 'string') return raw(`client.encrypt(${quote(value.$encrypt)})`)
    if (typeof value.$code === 'string') return raw(value.$code)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exampleValue(v)]))
  }
  return value
}

/** Whether the example needs an upload's `file` (declared by the snippet's preamble). */
export function needsFile(op) {
  return JSON.stringify(op.example ?? {}).includes('"$code":"file"')
}

/** `client.v3.pay.transactions['out-trade-no']['{out_trade_no}']`: segments as written, brackets where needed. */
export function chainedTarget(path) {
  let out = 'client'
  for (const segment of path.split('/').filter(Boolean)) {
    out += IDENT.test(segment) ? `.${segment}` : `[${quote(segment)}]`
  }
  return out
}

const pathOf = (op) => op.route.slice(op.route.indexOf(' ') + 1)
const verbOf = (op) => op.route.slice(0, op.route.indexOf(' ')).toLowerCase()

function options(op) {
  const example = exampleValue(op.example ?? {})
  return Object.keys(example).length ? literal(example) : ''
}

/** What the snippet prints: the answer's body, or the status of an answer without one. */
const result = (op) => (op.response_kind === 'json' ? 'data' : 'status')

/**
 * The calls of an operation by style: `request` (`client.request('POST /v3/…', { … })`), `chained`
 * (`client.v3.….post({ … })`), `chain` (`client.chain('v3/…').post`) and `bracket` (`client['v3/…'].post`); a
 * style the route cannot take is left out (see routes.mjs). Each is `const { data } = await …` plus a print.
 */
export function callsOf(op) {
  const field = result(op)
  const text = options(op)
  const call = (target, first) => {
    const list = [first, text].filter(Boolean).join(', ')
    return `const { ${field} } = await ${target}(${list})\nconsole.log(${field})`
  }
  const path = pathOf(op).slice(1)
  const out = { request: call('client.request', quote(op.route)) }
  if (propertyChainable(op)) out.chained = call(`${chainedTarget(path)}.${verbOf(op)}`)
  if (chainable(op)) {
    out.chain = call(`client.chain(${quote(path)}).${verbOf(op)}`)
    out.bracket = call(`client[${quote(path)}].${verbOf(op)}`)
  }
  return out
}
