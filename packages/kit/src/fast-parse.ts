import type { z } from 'zod'

// A compiled fast path for the schemas the facade parses on every call. zod stays the definition and the judge: a
// compiled parser either returns exactly what zod's safeParse would return as `data`, or says it cannot vouch for the
// input (`UNSURE`) and zod runs as before, issues and all. zod walks its schema tree per call through a closure per
// node; in a real call that walk ran with cold caches between two RSA operations and cost ~20 µs for a JSAPI order
// (bench/results/8e-jsapi-paired-rounds.md), where one straight-line function costs a few.
//
// Only what request schemas use is compiled: strict objects (with their cross-field refinements), optional, strings
// with length and regex checks, numbers (integer formats, bounds, coercion), booleans, enums, literals and arrays. Any
// other type, check or option (a transform, a default, a loose or stripping object, a refinement of a single field…)
// leaves the whole schema to zod.

/** Returned by a compiled parser when the input is not plainly valid: let zod decide and report. */
export const UNSURE: unique symbol = Symbol('UNSURE')

/** The parsed value (zod's `data`) or `UNSURE`. */
export type FastParser = (input: unknown) => unknown

interface Internals {
  def: {
    type: string
    checks?: { _zod: { def: CheckDef; check(payload: { value: unknown; issues: unknown[] }): unknown } }[]
    coerce?: boolean
    format?: string
    check?: string
    innerType?: z.ZodType
    element?: z.ZodType
    shape?: Record<string, z.ZodType>
    catchall?: z.ZodType
  }
  optin?: string
  optout?: string
  values?: Set<unknown>
}

interface CheckDef {
  check: string
  minimum?: number
  maximum?: number
  length?: number
  format?: string
  pattern?: RegExp
  value?: number | bigint
  inclusive?: boolean
}

const internals = (schema: z.ZodType): Internals => (schema as unknown as { _zod: Internals })._zod

/** Thrown while compiling: this schema (or a part of it) is left to zod. */
class Unsupported extends Error {}

const unsupported = (what: string): never => {
  throw new Unsupported(what)
}

/** The generated source and the values it closes over (regexes, value sets, key sets). */
class Emitter {
  readonly lines: string[] = []
  readonly constants: unknown[] = []
  #next = 0

  name(prefix: string): string {
    return `${prefix}${this.#next++}`
  }

  constant(value: unknown): string {
    this.constants.push(value)
    return `C[${this.constants.length - 1}]`
  }

  line(text: string): void {
    this.lines.push(text)
  }
}

const FAIL = 'return U'

function lengthChecks(e: Emitter, checks: CheckDef[], value: string): CheckDef[] {
  const rest: CheckDef[] = []
  for (const c of checks) {
    if (c.check === 'min_length' && typeof c.minimum === 'number') e.line(`if (${value}.length < ${c.minimum}) ${FAIL}`)
    else if (c.check === 'max_length' && typeof c.maximum === 'number')
      e.line(`if (${value}.length > ${c.maximum}) ${FAIL}`)
    else if (c.check === 'length_equals' && typeof c.length === 'number')
      e.line(`if (${value}.length !== ${c.length}) ${FAIL}`)
    else rest.push(c)
  }
  return rest
}

// A check's `when` (length checks have one: "the value has a length") can only make zod skip the check, never add
// one: the compiled conjunction of every check is at least as strict, and where it is stricter it answers UNSURE.
function checksOf(def: Internals['def']): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def)
}

function emitString(e: Emitter, def: Internals['def'], value: string): string {
  if (def.coerce) unsupported('string coercion')
  e.line(`if (typeof ${value} !== 'string') ${FAIL}`)
  for (const c of lengthChecks(e, checksOf(def), value)) {
    if (c.check !== 'string_format' || c.format !== 'regex' || !(c.pattern instanceof RegExp)) {
      unsupported(`string check ${c.check}`)
    }
    const pattern = c.pattern as RegExp
    // A global or sticky regex carries state between calls (lastIndex): not compiled.
    if (pattern.global || pattern.sticky) unsupported('stateful regex')
    e.line(`if (!${e.constant(pattern)}.test(${value})) ${FAIL}`)
  }
  return value
}

function numberCheck(e: Emitter, c: CheckDef, value: string): void {
  if (c.check === 'number_format') {
    if (c.format !== 'safeint') unsupported(`number format ${c.format}`)
    e.line(`if (!Number.isSafeInteger(${value})) ${FAIL}`)
  } else if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number') {
    const op = c.check === 'greater_than' ? (c.inclusive ? '>=' : '>') : c.inclusive ? '<=' : '<'
    e.line(`if (!(${value} ${op} ${c.value})) ${FAIL}`)
  } else unsupported(`number check ${c.check}`)
}

function emitNumber(e: Emitter, def: Internals['def'], value: string): string {
  let n = value
  if (def.coerce) {
    n = e.name('n')
    // zod keeps the input when Number() throws (a Symbol); that input is then no number.
    e.line(`let ${n}; try { ${n} = Number(${value}) } catch { ${FAIL} }`)
  }
  e.line(`if (typeof ${n} !== 'number' || !Number.isFinite(${n})) ${FAIL}`)
  // z.int() is itself a number_format check.
  if (def.check === 'number_format') numberCheck(e, { check: 'number_format', format: def.format }, n)
  for (const c of checksOf(def)) numberCheck(e, c, n)
  return n
}

function emitArray(e: Emitter, def: Internals['def'], value: string): string {
  e.line(`if (!Array.isArray(${value})) ${FAIL}`)
  if (lengthChecks(e, checksOf(def), value).length) unsupported('array check')
  const out = e.name('a')
  const i = e.name('i')
  e.line(`const ${out} = []`)
  e.line(`for (let ${i} = 0; ${i} < ${value}.length; ${i}++) {`)
  const item = e.name('v')
  e.line(`const ${item} = ${value}[${i}]`)
  const parsed = emit(e, def.element!, item)
  e.line(`${out}.push(${parsed})`)
  e.line('}')
  return out
}

function emitObject(e: Emitter, def: Internals['def'], value: string): string {
  const refinements = def.checks ?? []
  if (refinements.some((c) => c._zod.def.check !== 'custom')) unsupported('object check')
  // Strict objects only: a loose one copies unknown keys, a stripping one drops them, and zod's rules for either are
  // its own to apply.
  const catchall = def.catchall === undefined ? undefined : internals(def.catchall).def.type
  if (catchall !== 'never') unsupported('non-strict object')
  const shape = def.shape!
  const keys = Object.keys(shape)
  if (keys.includes('__proto__')) unsupported('__proto__ key')
  e.line(`if (typeof ${value} !== 'object' || ${value} === null || Array.isArray(${value})) ${FAIL}`)
  const known = e.constant(new Set(keys))
  const k = e.name('k')
  // zod's strict check enumerates with for…in (inherited enumerable keys count as unknown too).
  e.line(`for (const ${k} in ${value}) if (!${known}.has(${k})) ${FAIL}`)
  const out = e.name('o')
  e.line(`const ${out} = {}`)
  for (const key of keys) {
    const field = internals(shape[key]!)
    const name = JSON.stringify(key)
    const item = e.name('v')
    if (field.optin === undefined) {
      // Required: zod asks `key in input` (so an explicit undefined is present, and then checked by the field).
      e.line(`if (!(${name} in ${value})) ${FAIL}`)
      e.line(`const ${item} = ${value}[${name}]`)
      e.line(`${out}[${name}] = ${emit(e, shape[key]!, item)}`)
    } else if (field.optin === 'optional' && field.optout === 'optional' && field.def.type === 'optional') {
      // Optional: absent stays absent; present (even as undefined) is checked and kept.
      e.line(`if (${name} in ${value}) {`)
      e.line(`const ${item} = ${value}[${name}]`)
      e.line(`${out}[${name}] = ${emit(e, shape[key]!, item)}`)
      e.line('}')
    } else unsupported(`field ${key} with optin ${field.optin}`)
  }
  // Cross-field refinements (refine, superRefine) run as zod runs them: its own check over the parsed object. zod runs
  // them only once every field passed, which is the only way here too. An async one is zod's to refuse.
  for (const refinement of refinements) {
    const q = e.name('q')
    e.line(`const ${q} = { value: ${out}, issues: [] }`)
    e.line(`if (${e.constant(refinement)}._zod.check(${q}) !== undefined || ${q}.issues.length) ${FAIL}`)
  }
  return out
}

/** Emits the checks of `schema` on the variable `value`; returns the expression of the parsed value. */
function emit(e: Emitter, schema: z.ZodType, value: string): string {
  const z = internals(schema)
  const def = z.def
  // A schema that is a check itself (z.email(), z.uuid()… are strings with a format) is left to zod; z.int() is the
  // one compiled (a number with the safe-integer format).
  if (def.check !== undefined && !(def.type === 'number' && def.check === 'number_format')) unsupported(def.check)
  switch (def.type) {
    case 'string':
      return emitString(e, def, value)
    case 'number':
      return emitNumber(e, def, value)
    case 'boolean':
      if (def.coerce || checksOf(def).length) unsupported('boolean option')
      e.line(`if (typeof ${value} !== 'boolean') ${FAIL}`)
      return value
    case 'enum':
    case 'literal':
      if (!(z.values instanceof Set) || checksOf(def).length) unsupported(`${def.type} option`)
      e.line(`if (!${e.constant(z.values)}.has(${value})) ${FAIL}`)
      return value
    case 'optional': {
      if (checksOf(def).length) unsupported('optional refinement')
      const out = e.name('p')
      e.line(`let ${out}`)
      e.line(`if (${value} !== undefined) {`)
      e.line(`${out} = ${emit(e, def.innerType!, value)}`)
      e.line('}')
      return out
    }
    case 'array':
      return emitArray(e, def, value)
    case 'object':
      return emitObject(e, def, value)
    default:
      return unsupported(`type ${def.type}`)
  }
}

const parsers = new WeakMap<z.ZodType, FastParser | null>()
const gaps = new WeakMap<z.ZodType, string>()

/** Compiles `schema` once; `undefined` when it uses anything the compiler leaves to zod (or code generation is off). */
export function fastParser(schema: z.ZodType): FastParser | undefined {
  let parser = parsers.get(schema)
  if (parser === undefined) {
    parser = compile(schema)
    parsers.set(schema, parser)
  }
  return parser ?? undefined
}

function compile(schema: z.ZodType): FastParser | null {
  const e = new Emitter()
  let result: string
  try {
    result = emit(e, schema, 'input')
  } catch (error) {
    if (error instanceof Unsupported) {
      gaps.set(schema, error.message)
      return null
    }
    throw error
  }
  try {
    const source = `return function fastParse(input) {\n${e.lines.join('\n')}\nreturn ${result}\n}`
    return new Function('C', 'U', source)(e.constants, UNSURE) as FastParser
  } catch {
    gaps.set(schema, 'no code generation in this runtime')
    // No code generation here (a runtime that forbids it): zod parses, as it would anyway.
    return null
  }
}

/** Why `fastParser(schema)` is `undefined` (what the compiler leaves to zod), for tests and diagnostics. */
export function fastParserGap(schema: z.ZodType): string | undefined {
  fastParser(schema)
  return gaps.get(schema)
}
