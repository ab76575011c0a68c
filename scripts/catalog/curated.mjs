// The operations and callbacks the curated families define (@api/busifavor, @api/pay), in the catalog's shape, read
// from their registries through zod's own JSON Schema (`toJSONSchema`). For these the curated definition wins: the
// catalog types them as the families do, and differences.mjs lists where the reference says otherwise.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importSource } from '../lib/ts-import.mjs'
import { repairExample } from './examples.mjs'
import { jsonSchemaOf, treeOfJsonSchema, walk } from './fields.mjs'

const CODE = Symbol.for('wechatpay-ts.example-code')

function isFamily(value) {
  return value !== null && typeof value === 'object' && typeof value.endpoints === 'object' && value.facade?.type
}

/** The published packages holding a family registry (`packages/<dir>/src/registry.ts`), in directory order. */
export async function curatedFamilies(root) {
  const out = []
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const registry = join(root, 'packages', dir, 'src', 'registry.ts')
    const manifest = join(root, 'packages', dir, 'package.json')
    if (!existsSync(registry) || JSON.parse(readFileSync(manifest, 'utf8')).private) continue
    const family = Object.values(await importSource(registry)).find(isFamily)
    if (family) out.push(family)
  }
  return out
}

const treeOf = (schema, io) => (schema ? treeOfJsonSchema(jsonSchemaOf(schema, io)) : [])

/** Plain data of a definition's example value: `exampleCode()` values become `{ $code }` placeholders. */
function plain(value) {
  if (value !== null && typeof value === 'object' && value[CODE] === true) return { $code: value.code }
  if (Array.isArray(value)) return value.map(plain)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

/** The facade's flat example input, split into the client's parts by the schemas' keys. */
function splitExample(endpoint, request) {
  const input = plain(endpoint.docs.example ?? {})
  const out = {}
  for (const [part, fields] of Object.entries(request)) {
    const names = new Set(fields.map((f) => f.name))
    const picked = Object.fromEntries(Object.entries(input).filter(([k]) => names.has(k)))
    if (Object.keys(picked).length) out[part] = picked
  }
  return out
}

/**
 * Encryption is a fact of the wire that the curated schemas state in prose only: where the reference marks a field
 * RSA-OAEP and the curated schema has the same field, the marker is carried over (never a difference).
 */
function carryEncryption(fields, referenceFields) {
  const marked = new Map()
  walk(referenceFields, (field, path) => {
    if (field.encrypted) marked.set(path, field)
  })
  walk(fields, (field, path) => {
    const from = marked.get(path)
    if (from && field.type === 'string') {
      field.encrypted = from.encrypted
      field.encrypted_to = from.encrypted_to
    }
  })
}

/**
 * One curated endpoint as a catalog operation, next to the reference operation of the same route (`reference`: a
 * catalog operation from reference.mjs, whose metadata — id, family, roles, docs — is kept).
 */
export function curatedOperation(family, endpoint, reference) {
  const request = {}
  const params = treeOf(endpoint.pathParams, 'input')
  const query = treeOf(endpoint.query, 'input')
  const body = treeOf(endpoint.body, 'input')
  if (params.length) request.params = params
  if (query.length) request.query = query
  if (body.length) request[endpoint.encoding === 'image-upload' ? 'multipart' : 'json'] = body
  for (const part of Object.keys(request)) carryEncryption(request[part], reference.request[part])
  const response = treeOf(endpoint.response, 'output')
  carryEncryption(response, reference.response)
  const notes = []
  const out = {
    id: reference.id,
    route: reference.route,
    title: endpoint.docs.zh.title,
    title_en: endpoint.docs.en.title,
    source: `${family.package}#${endpoint.id}`,
    status: endpoint.responseStatus,
    response_kind: endpoint.response ? 'json' : 'empty',
  }
  if (reference.base_url) {
    out.base_url = reference.base_url
    out.base_url_required = reference.base_url_required
  }
  out.roles = reference.roles
  out.docs = endpoint.docs.links.map((link) => link.url)
  out.request = request
  out.response = response
  out.example = repairExample(out, splitExample(endpoint, request), notes, false)
  if (notes.length) out.notes = notes
  return out
}

/** The decrypted resource of each event type a curated callback handles. */
export function curatedWebhooks(families) {
  const out = new Map()
  for (const family of families) {
    for (const notification of Object.values(family.notifications ?? {})) {
      for (const eventType of notification.eventTypes) {
        out.set(eventType, {
          source: `${family.package}#${notification.id}`,
          resource: treeOf(notification.resource, 'output'),
        })
      }
    }
  }
  return out
}
