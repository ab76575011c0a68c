// `@api/busifavor/schemas` is for the sandbox and the docs generator: it must never load the HTTP client.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { expect, test } from 'vitest'

const SRC = join(import.meta.dirname, '../src')

/** Every module specifier reachable from `entry` through relative imports (type-only imports excluded). */
function runtimeImports(entry: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>()
  if (seen.has(entry)) return out
  seen.add(entry)
  const text = readFileSync(entry, 'utf8')
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
    const specifier = match[1]!
    if (specifier.startsWith('.')) {
      for (const nested of runtimeImports(resolve(dirname(entry), specifier.replace(/\.js$/, '.ts')), seen)) {
        out.add(nested)
      }
    } else out.add(specifier)
  }
  return out
}

test('the schemas entry imports zod and the kit definition helpers and the image rules, no HTTP client at runtime', () => {
  expect([...runtimeImports(join(SRC, 'schemas.ts'))].sort()).toEqual(['@core/client/image', '@core/kit/define', 'zod'])
  // …and those load nothing but zod, or nothing at all (type-only imports aside).
  expect([...runtimeImports(join(SRC, '../../kit/src/define.ts'))]).toEqual(['zod'])
  expect([...runtimeImports(join(SRC, '../../client/src/image.ts'))]).toEqual([])
})

test('the main entry does import @core/client (the facade) — the check above can see such an import', () => {
  expect(runtimeImports(join(SRC, 'index.ts'))).toContain('@core/client')
})
