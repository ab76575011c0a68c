// Reads the APIv3 reference (shared/reference/apiv3: index.json, one file per family, webhooks.json) and turns each
// operation into the catalog's own shape (see fields.mjs for a field). The reference's known irregularities are
// resolved here, each with a note on the operation, so the spec files say what was done and why.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { repairExample } from './examples.mjs'
import { CLIENT_HEADERS, treeOfRows } from './fields.mjs'

/**
 * Where the reference is: `WXPAY_APIV3_REFERENCE`, else the first `shared/reference/apiv3` found walking up from the
 * repository (a clone next to the shared folder, or a worktree below it); undefined when there is none.
 */
export function findReference(root) {
  const given = process.env.WXPAY_APIV3_REFERENCE
  if (given) return resolve(given)
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'reference', 'apiv3')
    if (existsSync(join(candidate, 'index.json'))) return candidate
    if (dirname(dir) === dir) return undefined
  }
}

const read = (dir, name) => JSON.parse(readFileSync(join(dir, name), 'utf8'))

/** What the spec was made from: the reference files' digest, so a changed reference shows as a stale spec. */
export function referenceStamp(dir) {
  const hash = createHash('sha256')
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(dir, name)))
      .update('\0')
  }
  const readme = readFileSync(join(dir, 'README.md'), 'utf8')
  const commits = [...readme.matchAll(/\*\*([\w./-]+)\*\* at commit `([0-9a-f]{40})`/g)].map((m) => `${m[1]}@${m[2]}`)
  return { sha256: hash.digest('hex'), sources: commits }
}

/** Every operation of the reference, by family file, plus the index and the webhooks. */
export function loadReference(dir) {
  const index = read(dir, 'index.json')
  const families = new Map()
  for (const entry of index) {
    if (!families.has(entry.family)) families.set(entry.family, read(dir, `${entry.family.replace(/\//g, '-')}.json`))
  }
  return { index, families, webhooks: read(dir, 'webhooks.json') }
}

const placeholders = (path) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])

/**
 * Path parameters from the path template itself (every `{slot}` is required), with the reference row where one
 * names it. Slots the reference documents under `query` move here; rows that match no slot are dropped.
 */
function pathParams(op, query, notes) {
  const rows = treeOfRows(op.path_params, `${op.id}.params`)
  const params = []
  for (const name of placeholders(op.path)) {
    const row = rows.find((r) => r.name === name)
    const moved = query.findIndex((q) => q.name === name)
    if (row) params.push({ ...row, required: true })
    else if (moved !== -1) {
      params.push({ ...query[moved], required: true })
      query.splice(moved, 1)
      notes.push(`params.${name}: documented under query in the reference; it is the path's {${name}} slot`)
    } else {
      params.push({ name, type: 'string', required: true, label: '' })
      notes.push(`params.${name}: the path's {${name}} slot has no row in the reference`)
    }
  }
  for (const row of rows) {
    if (!placeholders(op.path).includes(row.name)) {
      notes.push(`params.${row.name}: a reference row that matches no slot of the path; left out`)
    }
  }
  return params
}

/** The caller's headers: the ones the client sets itself are left out (the client always sends them). */
function callerHeaders(op) {
  return treeOfRows(op.headers, `${op.id}.headers`).filter((h) => !CLIENT_HEADERS.has(h.name.toLowerCase()))
}

function multipartOf(op) {
  const parts = treeOfRows(op.multipart, `${op.id}.multipart`)
  // The file part is an object in the tables (a file in the swagger): it is bytes. The meta part is JSON text on the
  // wire, which the caller gives as the object it encodes.
  return parts.map((part) => {
    if (part.type === 'object' && !part.fields) return { ...part, type: 'file' }
    if (part.fields) {
      const { encoded: _encoded, ...rest } = part
      return { ...rest, type: 'object' }
    }
    return part
  })
}

/** One reference operation → a catalog operation (request parts, response, repaired example, notes). */
export function operationOf(op) {
  const notes = []
  const query = treeOfRows(op.query, `${op.id}.query`)
  const request = {
    params: pathParams(op, query, notes),
    query,
    headers: callerHeaders(op),
    json: treeOfRows(op.body, `${op.id}.json`),
    multipart: multipartOf(op),
  }
  for (const key of Object.keys(request)) if (request[key].length === 0) delete request[key]
  const out = {
    id: op.id,
    route: `${op.method} ${op.path}`,
    title: op.title_zh,
    source: 'reference',
    status: op.response_status,
    response_kind: op.response_kind,
  }
  if (op.base_uri) {
    out.base_url = op.base_uri
    out.base_url_required = op.base_uri_required === true
  }
  out.roles = op.roles
  out.docs = [...op.official_docs, ...(op.other_docs ?? [])]
  out.request = request
  out.response = treeOfRows(op.response, `${op.id}.response`)
  out.example = repairExample(out, exampleParts(op.example), notes, op.example === undefined)
  if (notes.length) out.notes = notes
  return out
}

/** The reference's example split as the client takes it: params, query, json, headers, multipart. */
function exampleParts(example) {
  if (!example) return {}
  const out = {}
  if (example.path) out.params = example.path
  if (example.query) out.query = example.query
  if (example.body) out.json = example.body
  if (example.headers) out.headers = example.headers
  if (example.multipart) out.multipart = example.multipart
  return out
}
