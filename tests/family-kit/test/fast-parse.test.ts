// The facade's compiled parsers against zod, on every input schema of every family: for generated input (valid orders,
// coupons, refunds… and the same with one part broken), a compiled parser must return exactly zod's data — same
// values, same key order, since the body is serialized from it — or UNSURE where zod refuses. And it must never be
// UNSURE where zod accepts, or the fast path would be dead weight.
import { busifavor } from '@api/busifavor'
import { pay } from '@api/pay'
import { type AnyEndpoint, type AnyFamily, fastParser, fastParserGap, UNSURE } from '@core/kit'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { demo } from '../fixtures/demo/index.js'

const families: AnyFamily[] = [busifavor, pay, demo]

interface Def {
  type: string
  checks?: {
    _zod: {
      def: {
        check: string
        minimum?: number
        maximum?: number
        length?: number
        pattern?: RegExp
        value?: number
        inclusive?: boolean
      }
    }
  }[]
  innerType?: z.ZodType
  element?: z.ZodType
  shape?: Record<string, z.ZodType>
  format?: string
}
const zodOf = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { def: Def; values?: Set<unknown>; optin?: string } })._zod

/** Values of the shape `schema` describes, mostly valid: what a caller sends. Unknown parts get anything. */
function inputOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const { def, values } = zodOf(schema)
  const checks = (def.checks ?? []).map((c) => c._zod.def)
  const min = checks.find((c) => c.check === 'min_length')?.minimum
  const max = checks.find((c) => c.check === 'max_length')?.maximum
  const exact = checks.find((c) => c.check === 'length_equals')?.length
  const minLength = exact ?? min ?? 0
  const lengths = { minLength, maxLength: exact ?? Math.max(minLength, Math.min(max ?? 12, 12)) }
  switch (def.type) {
    case 'string': {
      const pattern = checks.find((c) => c.check === 'string_format')?.pattern
      const text = pattern ? fc.stringMatching(pattern) : fc.string(lengths)
      return fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: fc.string() })
    }
    case 'number': {
      const low = checks.find((c) => c.check === 'greater_than')?.value
      const high = checks.find((c) => c.check === 'less_than')?.value
      const range = { min: low ?? -1e6, max: high ?? 1e6 }
      const number = def.format === 'safeint' ? fc.integer(range) : fc.double({ ...range, noNaN: true })
      return fc.oneof({ weight: 9, arbitrary: number }, { weight: 1, arbitrary: fc.double() })
    }
    case 'boolean':
      return fc.boolean()
    case 'enum':
    case 'literal':
      return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...values!) }, { weight: 1, arbitrary: fc.anything() })
    case 'optional':
      return fc.option(inputOf(def.innerType!), { nil: undefined, freq: 4 })
    case 'array':
      return fc.array(inputOf(def.element!), {
        minLength: lengths.minLength,
        maxLength: Math.min(lengths.maxLength, 3),
      })
    case 'object': {
      const shape = def.shape!
      const required = Object.keys(shape).filter((key) => zodOf(shape[key]!).optin === undefined)
      const record = fc.record(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, inputOf(field)])), {
        requiredKeys: required,
      })
      // Callers build objects in any order: shuffle the keys, the parsed value must still follow the schema.
      return fc
        .tuple(record, fc.nat())
        .map(([value, seed]) =>
          Object.fromEntries(
            Object.entries(value).sort((a, b) => ((a[0].length * 31 + seed) % 7) - ((b[0].length * 31 + seed) % 7)),
          ),
        )
    }
    default:
      return fc.anything()
  }
}

/** Every place in `value` where one part can be broken: [parent, key]. */
function slots(value: unknown, out: [Record<string | number, unknown>, string | number][] = []) {
  if (typeof value !== 'object' || value === null) return out
  for (const key of Object.keys(value)) {
    out.push([value as Record<string, unknown>, Array.isArray(value) ? Number(key) : key])
    slots((value as Record<string, unknown>)[key], out)
  }
  return out
}

/** The same input with one part broken: a value replaced, a key removed or an unknown one added. */
const broken = (schema: z.ZodType) =>
  fc
    .tuple(inputOf(schema), fc.nat(), fc.constantFrom('replace', 'remove', 'add'), fc.anything())
    .map(([value, pick, how, junk]) => {
      const all = slots(value)
      if (all.length === 0) return junk
      const [parent, key] = all[pick % all.length]!
      if (how === 'replace') parent[key] = junk
      else if (how === 'remove') delete parent[key]
      else if (!Array.isArray(parent)) parent.zz_unknown = junk
      return value
    })

/** JSON with undefined kept visible, so key order and present-but-undefined keys both count. */
const exact = (value: unknown) => JSON.stringify(value, (_key, v) => (v === undefined ? '«undefined»' : v))

const inputs: [string, z.ZodType][] = families.flatMap((family) =>
  (Object.values(family.endpoints) as AnyEndpoint[]).flatMap((endpoint) =>
    (['pathParams', 'query', 'body'] as const)
      .filter((part) => endpoint[part] !== undefined)
      .map((part): [string, z.ZodType] => [`${family.package} ${endpoint.id} ${part}`, endpoint[part]!]),
  ),
)

describe('compiled parsers agree with zod', () => {
  it('compile the hot request bodies and most input schemas', () => {
    const gaps = inputs
      .filter(([, schema]) => fastParser(schema) === undefined)
      .map(([name, schema]) => `${name}: ${fastParserGap(schema)}`)
    for (const name of [
      '@api/pay jsapi_prepay body',
      '@api/pay create_refund body',
      '@api/busifavor deactivate_coupon body',
    ]) {
      expect(gaps.filter((gap) => gap.startsWith(`${name}:`))).toEqual([])
    }
    // What is left to zod, listed so that a schema change that drops one off the fast path shows here.
    expect(gaps.length, gaps.join('\n')).toBeLessThanOrEqual(inputs.length / 4)
  })

  it.each(inputs.filter(([, schema]) => fastParser(schema) !== undefined))('%s', (_name, schema) => {
    const parse = fastParser(schema)!
    let accepted = 0
    fc.assert(
      fc.property(fc.oneof(inputOf(schema), broken(schema)), (input) => {
        const before = exact(input)
        const fast = parse(input)
        const zod = schema.safeParse(input)
        // Never touches the caller's value.
        expect(exact(input)).toBe(before)
        if (zod.success) {
          accepted++
          expect(fast).not.toBe(UNSURE)
          expect(exact(fast)).toBe(exact(zod.data))
        } else expect(fast).toBe(UNSURE)
      }),
      { numRuns: 300 },
    )
    // The generator must reach the accepting side too, or the first half of the check above says nothing.
    expect(accepted).toBeGreaterThan(0)
  })
})
