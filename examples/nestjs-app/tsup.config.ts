import { defineConfig } from 'tsup'

// CommonJS on purpose: most Nest apps are, and this shows @adapters/nestjs (and Nest 12, through require(esm)) load
// from CommonJS. Decorators compile from tsconfig's experimentalDecorators; every injection names its token with
// @Inject(...), so no emitted design:paramtypes metadata is needed.
export default defineConfig({
  entry: ['src/main.ts'],
  format: ['cjs'],
  sourcemap: true,
  clean: true,
  target: 'node20',
})
