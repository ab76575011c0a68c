import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/schemas.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // One shared chunk for index and schemas, so both entries see the same endpoint objects (one registry).
  splitting: true,
  treeshake: true,
})
