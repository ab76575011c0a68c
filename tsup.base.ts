import { defineConfig, type Options } from 'tsup'

/**
 * The one build shape of every published package: ESM + CJS with their own `.d.ts`/`.d.cts`, Node 20. Entries share
 * chunks (`splitting`), so a package with several entries ships each module once and its entries see the same
 * objects (one endpoint registry, one error class per kind).
 */
export function packageBuild(entry: string[], overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    ...overrides,
  })
}
