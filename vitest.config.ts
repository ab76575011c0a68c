import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Tests import packages by their public names; these aliases point the names at `src/` so no build is needed.
const root = import.meta.dirname
const packagesDir = join(root, 'packages')
const alias: Record<string, string> = {}
const projects: { extends: true; test: { name: string; root: string } }[] = []
for (const dir of readdirSync(packagesDir)) {
  const manifestPath = join(packagesDir, dir, 'package.json')
  if (!existsSync(manifestPath)) continue
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; exports?: Record<string, unknown> }
  for (const subpath of Object.keys(manifest.exports ?? { '.': null })) {
    if (subpath === './package.json') continue
    const entry = subpath === '.' ? 'index' : subpath.slice(2)
    alias[subpath === '.' ? manifest.name : `${manifest.name}/${entry}`] = resolve(
      packagesDir,
      dir,
      'src',
      `${entry}.ts`,
    )
  }
  projects.push({ extends: true, test: { name: manifest.name, root: join(packagesDir, dir) } })
}
// Private workspace packages with tests of their own (the docs site, the benchmark, the examples) run as projects too.
for (const dir of [
  'docs',
  'bench',
  ...(existsSync(join(root, 'tests')) ? readdirSync(join(root, 'tests')).map((d) => `tests/${d}`) : []),
  ...(existsSync(join(root, 'examples')) ? readdirSync(join(root, 'examples')).map((d) => `examples/${d}`) : []),
]) {
  const manifestPath = join(root, dir, 'package.json')
  if (!existsSync(manifestPath)) continue
  const { name } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string }
  projects.push({ extends: true, test: { name, root: join(root, dir) } })
}

export default defineConfig({
  resolve: {
    // Longest names first so `@core/client/x` wins over `@core/client`.
    alias: Object.entries(alias)
      .sort(([a], [b]) => b.length - a.length)
      .map(([find, replacement]) => ({ find: new RegExp(`^${find.replace(/[/.]/g, '\\$&')}$`), replacement })),
  },
  test: {
    projects,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    typecheck: { enabled: false },
  },
})
