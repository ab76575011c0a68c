// `@api/pay/schemas` is for the sandbox and the docs generator: it must load zod and the kit's definition helpers only.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { expect, test } from 'vitest'

const SRC = join(import.meta.dirname, '../src')
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gm

/** The packages a module loads at runtime, following its relative imports (type-only imports do not load anything). */
function packagesLoadedBy(entry: string): string[] {
  const packages = new Set<string>()
  const queue = [entry]
  const seen = new Set<string>()
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      if (specifier!.startsWith('.')) queue.push(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')))
      else packages.add(specifier!)
    }
  }
  return [...packages].sort()
}

test('the schemas entry loads zod and @core/kit/define, never the HTTP client', () => {
  expect(packagesLoadedBy(join(SRC, 'schemas.ts'))).toEqual(['@core/kit/define', 'zod'])
})

test('the main entry loads the facade (@core/kit), @core/signer (invoke nonces) and @core/client (bill downloads)', () => {
  const packages = packagesLoadedBy(join(SRC, 'index.ts')).filter((name) => !name.startsWith('node:'))
  expect(packages).toEqual(['@core/client', '@core/kit', '@core/kit/define', '@core/signer', 'zod'])
})
