// The catalog's spec files: every operation of the reference is there once (counted against the reference's
// index.json), the curated families' operations and callbacks are exactly what their registries say, and every
// difference from the reference is listed in spec/CURATED-DIFFERENCES.md.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { busifavor } from '@api/busifavor/schemas'
import { pay } from '@api/pay/schemas'
import { describe, expect, it } from 'vitest'
import { curatedOperation, curatedWebhooks } from '../../../scripts/catalog/curated.mjs'
import { operationDifferences, renderDifferences, webhookDifferences } from '../../../scripts/catalog/differences.mjs'
import { encryptedPaths } from '../../../scripts/catalog/fields.mjs'
import { findReference } from '../../../scripts/catalog/reference.mjs'
import { ENCRYPTED_FIELDS } from '../src/index.js'

const spec = join(import.meta.dirname, '..', 'spec')
const read = (name: string) => JSON.parse(readFileSync(join(spec, name), 'utf8'))

interface Operation {
  id: string
  route: string
  source: string
  request: Record<string, unknown[]>
  [key: string]: unknown
}

const index = read('index.json') as {
  operations: number
  webhooks: number
  ids: string[]
  families: { family: string; file: string; operations: number; curated: number }[]
}
const families = index.families.map((f) => ({ ...f, ops: read(f.file).operations as Operation[] }))
const operations = families.flatMap((f) => f.ops)
const reference = findReference(join(import.meta.dirname, '..', '..', '..'))
// The reference's own index when it is here (npm run catalog stamps its ids into spec/index.json for a clone).
const referenceIndex: { id: string; method: string; path: string }[] | undefined =
  reference && existsSync(join(reference, 'index.json'))
    ? JSON.parse(readFileSync(join(reference, 'index.json'), 'utf8'))
    : undefined

describe('spec files against the reference index.json', () => {
  it('every operation of the reference is in the catalog, once, and nothing else', () => {
    const ids = referenceIndex?.map((entry) => entry.id) ?? index.ids
    expect(ids.length).toBe(1018)
    expect(operations.map((op) => op.id).sort()).toEqual([...ids].sort())
    expect(new Set(operations.map((op) => op.route)).size).toBe(operations.length)
    expect(index.operations).toBe(operations.length)
    if (referenceIndex) {
      expect(index.ids).toEqual(referenceIndex.map((entry) => entry.id))
      const routes = new Map(operations.map((op) => [op.id, op.route]))
      for (const entry of referenceIndex) expect(routes.get(entry.id)).toBe(`${entry.method} ${entry.path}`)
    }
  })

  it('123 families, each file holding what the index says', () => {
    expect(families).toHaveLength(123)
    for (const f of families) expect(f.ops.length, f.family).toBe(f.operations)
    expect(read('webhooks.json').events).toHaveLength(index.webhooks)
    expect(index.webhooks).toBe(102)
  })

  it('every path slot is a required path parameter; every operation has an example for its required parts', () => {
    for (const op of operations) {
      const slots = [...op.route.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      const params = (op.request.params ?? []) as { name: string; required: boolean }[]
      expect(
        params.map((p) => p.name),
        op.route,
      ).toEqual(slots)
      expect(params.every((p) => p.required)).toBe(true)
      const example = op.example as Record<string, Record<string, unknown>>
      for (const slot of slots) expect(example.params?.[slot as string], `${op.route} ${slot}`).toBeDefined()
    }
  })

  it('the runtime index is the spec’s encrypted request fields, route by route', () => {
    const expected: Record<string, string[]> = {}
    for (const op of operations) {
      const paths = Object.entries(op.request).flatMap(([part, fields]) =>
        encryptedPaths(fields).map((p: string) => `${part}.${p}`),
      )
      if (paths.length) expected[op.route] = paths
    }
    expect(ENCRYPTED_FIELDS).toEqual(expected)
  })
})

describe('curated families win, and every difference from the reference is listed', () => {
  const curatedFamilies = [busifavor, pay]
  const baseline = read('curated-baseline.json')
  // In the registries' order, as the generator reads them.
  const fresh = curatedFamilies.flatMap((family) =>
    Object.values(family.endpoints).map((endpoint) => {
      const route = `${endpoint.method} ${endpoint.path}`
      return curatedOperation(
        family as never,
        endpoint,
        baseline.operations.find((op: Operation) => op.route === route),
      )
    }),
  )

  it('the spec holds exactly the curated definitions of busifavor and pay (rerun npm run catalog after a change)', () => {
    expect(fresh).toHaveLength(39)
    const inSpec = operations.filter((op) => op.source !== 'reference')
    expect(inSpec.map((op) => op.source).sort()).toEqual(fresh.map((op) => op.source).sort())
    for (const op of fresh) expect(inSpec.find((s) => s.route === op.route)).toEqual(op)
  })

  it('CURATED-DIFFERENCES.md lists every difference (an unlisted one fails here)', () => {
    const hooks = curatedWebhooks(curatedFamilies)
    const text = renderDifferences({
      operations: operationDifferences(fresh, baseline.operations),
      webhooks: webhookDifferences(hooks, baseline.webhooks),
      sources: curatedFamilies.map((f) => `\`${f.package}\``),
    })
    expect(text).toBe(readFileSync(join(spec, 'CURATED-DIFFERENCES.md'), 'utf8'))
    const events = read('webhooks.json').events as { event_type: string; source: string; resource: unknown }[]
    for (const [eventType, hook] of hooks) {
      expect(events.find((e) => e.event_type === eventType)).toMatchObject({
        source: hook.source,
        resource: hook.resource,
      })
    }
  })
})
