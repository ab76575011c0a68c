import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from './constants.js'
import { jsonNestsDeeperThan, serializableOrMarker } from './json.js'

/** Nesting of objects and arrays, the way the scan counts it (recursion is fine for fast-check's small values). */
function depth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0
  return 1 + Math.max(0, ...Object.values(value).map(depth))
}

/** `[[…]]` `levels` deep, built without recursion. */
function deepArray(levels: number): unknown[] {
  const root: unknown[] = []
  let node = root
  for (let i = 1; i < levels; i++) {
    const child: unknown[] = []
    node.push(child)
    node = child
  }
  return root
}

describe('jsonNestsDeeperThan', () => {
  it('agrees with the real nesting of any JSON value, strings full of brackets, quotes and escapes included', () => {
    const text = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', '\u2028') })
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(text, tie('node'), { maxKeys: 3 }),
      ),
    })).node
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 8 }), (v, limit) => {
        expect(jsonNestsDeeperThan(JSON.stringify(v), limit)).toBe(depth(v) > limit)
      }),
      { numRuns: 2_000 },
    )
  })

  it(`counts ${MAX_JSON_DEPTH} levels as within the default bound and ${MAX_JSON_DEPTH + 1} as past it`, () => {
    expect(jsonNestsDeeperThan(JSON.stringify(deepArray(MAX_JSON_DEPTH)))).toBe(false)
    expect(jsonNestsDeeperThan(JSON.stringify(deepArray(MAX_JSON_DEPTH + 1)))).toBe(true)
  })

  it('measures a million levels without recursion (the point of a text scan)', () => {
    expect(jsonNestsDeeperThan('['.repeat(1_000_000), 1_000_000 - 1)).toBe(true)
    expect(jsonNestsDeeperThan(`"${'['.repeat(1_000_000)}"`, 0)).toBe(false)
  })
})

describe('serializableOrMarker', () => {
  it('keeps any JSON value within the bound as the same reference', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        expect(serializableOrMarker(v)).toBe(v)
      }),
      { numRuns: 500 },
    )
  })

  it('keeps shared (not circular) references: a DAG serializes', () => {
    const shared = { a: 1 }
    const value = { x: shared, y: [shared, shared] }
    expect(serializableOrMarker(value)).toBe(value)
  })

  it.each([
    ['nested 10,000 deep', () => ({ body: deepArray(10_000) }), /nested deeper than 64 levels/],
    [
      'circular',
      () => {
        const a: Record<string, unknown> = {}
        a.self = { a }
        return a
      },
      /not serializable/,
    ],
    ['holding a BigInt', () => ({ n: 1n }), /not serializable/],
  ])('replaces a value %s with a marker string', (_case, build, marker) => {
    const kept = serializableOrMarker(build())
    expect(kept).toMatch(marker)
    expect(() => JSON.stringify(kept)).not.toThrow()
  })
})
