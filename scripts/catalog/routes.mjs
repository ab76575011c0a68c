// The route table (`client.request('POST /v3/…')`), the chain trie (`client.v3.pay.transactions.jsapi`) and the
// chain paths (`client.chain('v3/…')`, `client['v3/…']`) as plain interfaces, one per trie node.
import { encryptedPaths } from './fields.mjs'
import { key, objectType, optionsRequired, pascal, typeNames, VERBS } from './typescript.mjs'

const BANNER = '// Written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.'

const methodOf = (op) => op.route.slice(0, op.route.indexOf(' '))
const pathOf = (op) => op.route.slice(op.route.indexOf(' ') + 1)

/**
 * Whether the chain styles can call an operation. Not when its path ends in `/` (a chain joins segments without
 * one) — those two routes are called with `client.request('POST /v3/…/')`.
 */
export function chainable(op) {
  return !pathOf(op).endsWith('/')
}

/**
 * Whether the property chain reaches an operation: not through a segment named like a verb (`…/receivers/delete`:
 * there, `.delete` is the DELETE verb), which `client.chain('v3/…')` and `client['v3/…']` still call.
 */
export function propertyChainable(op) {
  return (
    chainable(op) &&
    pathOf(op)
      .split('/')
      .slice(1)
      .every((segment) => !VERBS.has(segment))
  )
}

function comment(text, indent) {
  return text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : ''
}

function verbLine(op, indent) {
  const names = typeNames(op)
  const optional = optionsRequired(op) ? '' : '?'
  const verb = methodOf(op).toLowerCase()
  return `${comment(`${op.title} \`${op.route}\``, indent)}${indent}${verb}(options${optional}: ${names.options}): Promise<ApiResponse<${names.response}>>`
}

/** Trie nodes by chain path (`v3`, `v3/pay`, …), each with its operations and child segments. */
function trie(operations) {
  const nodes = new Map()
  const node = (path) => {
    let found = nodes.get(path)
    if (!found) {
      found = { path, operations: [], children: new Map() }
      nodes.set(path, found)
    }
    return found
  }
  for (const op of operations.filter(chainable)) {
    const segments = pathOf(op).slice(1).split('/')
    for (let i = 1; i <= segments.length; i++) {
      const here = node(segments.slice(0, i).join('/'))
      if (i === 1) continue
      const segment = segments[i - 1]
      const parent = node(segments.slice(0, i - 1).join('/'))
      if (!VERBS.has(segment)) parent.children.set(segment, here.path)
    }
    node(segments.join('/')).operations.push(op)
  }
  // Unique interface names: `v3/pay/transactions/{out_trade_no}` → V3PayTransactionsByOutTradeNo.
  const taken = new Set()
  for (const n of [...nodes.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const base = n.path
      .split('/')
      .map((s) => (s.startsWith('{') ? `By${pascal(s)}` : pascal(s)))
      .join('')
    let name = base
    for (let i = 2; taken.has(name); i++) name = `${base}_${i}`
    taken.add(name)
    n.name = name
  }
  return nodes
}

/** `routes.ts`: CatalogRoutes, the trie nodes and CatalogPaths. */
export function renderRoutes(families) {
  const operations = families.flatMap((f) => f.operations)
  const lines = [BANNER, "import type { ApiResponse } from '@core/client'"]
  for (const { file, operations: ops } of families) {
    const names = ops.flatMap((op) => [typeNames(op).options, typeNames(op).response])
    lines.push(`import type { ${names.join(', ')} } from './families/${file}.js'`)
  }
  lines.push('', '/** Every operation of the catalog by route (`METHOD /path`): its call arguments and answer. */')
  lines.push('export interface CatalogRoutes {')
  for (const op of operations) {
    const names = typeNames(op)
    const optional = optionsRequired(op) ? '' : '?'
    lines.push(
      `${comment(op.title, '  ')}  ${key(op.route)}: { args: [options${optional}: ${names.options}]; response: ${names.response} }`,
    )
  }
  lines.push('}', '')
  const nodes = trie(operations)
  for (const n of nodes.values()) {
    lines.push(`/** \`${n.path}\` */`, `export interface ${n.name} {`)
    for (const op of n.operations) lines.push(verbLine(op, '  '))
    for (const [segment, path] of n.children) lines.push(`  readonly ${key(segment)}: ${nodes.get(path).name}`)
    lines.push('}', '')
  }
  lines.push('/** What the client root holds: the chain trie (`v3`) and every operation path (`v3/…`, for chain()). */')
  lines.push('export interface CatalogPaths {', '  readonly v3: V3')
  const seen = new Set()
  for (const op of operations.filter(chainable)) {
    const path = pathOf(op).slice(1)
    if (seen.has(path)) continue
    seen.add(path)
    lines.push(`  readonly ${key(path)}: ${nodes.get(path).name}`)
  }
  lines.push('}', '')
  return lines.join('\n')
}

/** `events.ts`: the decrypted resource of every webhook event, and CatalogEvents. */
export function renderEvents(webhooks) {
  const lines = [BANNER, '']
  const names = new Map()
  for (const hook of webhooks) {
    const name = `${pascal(hook.event_type.toLowerCase())}Resource`
    names.set(hook.event_type, name)
    const open = hook.source === 'reference'
    const type = hook.resource_variants
      ? hook.resource_variants.map((v) => objectType(v.fields, 'response', '', open)).join(' | ')
      : objectType(hook.resource, 'response', '', open)
    lines.push(`/** ${hook.title}: the decrypted \`resource\` of \`${hook.event_type}\`. */`)
    lines.push(`export type ${name} = ${type}`, '')
  }
  lines.push(
    '/** Every webhook event type of the catalog: its decrypted resource. */',
    'export interface CatalogEvents {',
  )
  for (const [eventType, name] of names) lines.push(`  ${key(eventType)}: ${name}`)
  lines.push('}', '')
  return lines.join('\n')
}

/** `encrypted.ts`: the runtime index — which request fields of a route are encrypted with WeChat Pay's key. */
export function renderEncrypted(operations) {
  const entries = []
  for (const op of operations) {
    const paths = Object.entries(op.request).flatMap(([part, fields]) =>
      encryptedPaths(fields).map((p) => `${part}.${p}`),
    )
    if (paths.length) entries.push(`  ${key(op.route)}: [${paths.map((p) => `'${p}'`).join(', ')}],`)
  }
  return [
    BANNER,
    '',
    '/**',
    ' * Routes with request fields encrypted with WeChat Pay’s key (RSA-OAEP, `client.encrypt()`), by route: the',
    ' * field paths, dotted, `[]` after a list (`json.payer.identity.number`, `json.receivers[].name`).',
    ' */',
    'export const ENCRYPTED_FIELDS: Readonly<Record<string, readonly string[]>> = {',
    ...entries,
    '}',
    '',
  ].join('\n')
}
