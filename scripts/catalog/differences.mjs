// Where a curated family's definition and the reference disagree, field by field: the catalog follows the curated
// definition, and every difference is written to spec/CURATED-DIFFERENCES.md, which a test keeps complete.
import { walk } from './fields.mjs'

const PARTS = ['params', 'query', 'headers', 'json', 'multipart']

function byPath(fields) {
  const out = new Map()
  walk(fields, (field, path) => out.set(path, field))
  return out
}

const enumText = (field) => (field.enum?.length ? `${field.enum.join(' | ')}${field.open ? ' (open)' : ''}` : '—')

function compareFields(route, part, curated, reference, out) {
  const ours = byPath(curated)
  const theirs = byPath(reference)
  // Only the top-most field of a missing subtree: its children are implied.
  const topMost = (path, other) => !path.includes('.') || other.has(path.slice(0, path.lastIndexOf('.')))
  for (const [path, field] of theirs) {
    const mine = ours.get(path)
    if (!mine) {
      if (topMost(path, ours)) out.push({ route, where: `${part}.${path}`, curated: '—', reference: 'listed' })
      continue
    }
    if (mine.required !== field.required) {
      out.push({ route, where: `${part}.${path}`, curated: req(mine), reference: req(field) })
    }
    if (mine.type !== field.type)
      out.push({ route, where: `${part}.${path}`, curated: mine.type, reference: field.type })
    if (enumText(mine) !== enumText(field)) {
      out.push({ route, where: `${part}.${path} enum`, curated: enumText(mine), reference: enumText(field) })
    }
  }
  for (const path of ours.keys()) {
    if (!theirs.has(path) && topMost(path, theirs)) {
      out.push({ route, where: `${part}.${path}`, curated: 'declared', reference: '—' })
    }
  }
}

const req = (field) => (field.required ? 'required' : 'optional')

/** Every difference between curated operations and the reference's version of the same routes. */
export function operationDifferences(curated, reference) {
  const out = []
  for (const op of curated) {
    const ref = reference.find((r) => r.route === op.route)
    if (!ref) {
      out.push({ route: op.route, where: 'operation', curated: 'declared', reference: '—' })
      continue
    }
    if (op.status !== ref.status) {
      out.push({ route: op.route, where: 'status', curated: String(op.status), reference: String(ref.status) })
    }
    for (const part of PARTS) compareFields(op.route, part, op.request[part] ?? [], ref.request[part] ?? [], out)
    compareFields(op.route, 'response', op.response, ref.response, out)
  }
  return out
}

/** Every difference between the curated callbacks' resources and the reference webhooks of the same event types. */
export function webhookDifferences(curated, reference) {
  const out = []
  for (const [eventType, hook] of curated) {
    const ref = reference.find((r) => r.event_type === eventType)
    if (!ref) out.push({ route: eventType, where: 'event', curated: 'declared', reference: '—' })
    else compareFields(eventType, 'resource', hook.resource, ref.resource, out)
  }
  return out
}

const cell = (text) => String(text).replace(/\|/g, '\\|')

/** The report: one table per route, in the order the operations were given. */
export function renderDifferences({ operations, webhooks, sources }) {
  const lines = [
    '<!-- Written by scripts/catalog/generate.mjs (npm run catalog); a test fails on a difference not listed here. -->',
    '',
    '# Curated definitions against the reference',
    '',
    `The catalog types the operations and callbacks of ${sources.join(' and ')} from their curated definitions`,
    '(zod schemas); where the APIv3 reference says otherwise, the curated definition wins. These are all the',
    'differences, field by field (`—`: not there). Why each one is deliberate is recorded next to the definitions, in',
    'the families’ own spec tests (`packages/*/test/spec.test.ts`). Labels are not compared (the curated ones are',
    'longer), and the reference’s RSA-OAEP markers are kept for fields both sides have.',
    '',
  ]
  const section = (title, list) => {
    lines.push(`## ${title}`, '')
    if (list.length === 0) lines.push('None.', '')
    let route
    for (const d of list) {
      if (d.route !== route) {
        if (route !== undefined) lines.push('')
        lines.push(`### \`${d.route}\``, '', '| Field | Curated | Reference |', '| --- | --- | --- |')
        route = d.route
      }
      lines.push(`| \`${d.where}\` | ${cell(d.curated)} | ${cell(d.reference)} |`)
    }
    if (list.length) lines.push('')
  }
  section(`Operations (${operations.length} differences)`, operations)
  section(`Callbacks (${webhooks.length} differences)`, webhooks)
  return `${lines.join('\n').trimEnd()}\n`
}
