#!/usr/bin/env node
// `npm run tarballs`: packs every public package, as `changeset publish` would upload it, into tarballs/ (or --out
// DIR) under a name without the version (core-client.tgz …), so an app can install the SDK from a clone before the
// first release to npm: npm install ../wechatpay-ts/tarballs/core-client.tgz … (and re-run both to update).
// Expects the packages built (`npm run tarballs` builds them first); the consumer tests install exactly these files.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const out = resolve(values.out ?? join(root, 'tarballs'))
const pnpm = join(root, 'node_modules', '.bin', 'pnpm')

/**
 * Packs each public package into `out`; returns `{ name, dir, tarball }` for each.
 * @param {string} destination
 */
export function packAll(destination) {
  mkdirSync(destination, { recursive: true })
  const packed = []
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const pkgDir = join(root, 'packages', dir)
    const manifestPath = join(pkgDir, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    if (manifest.private) continue
    if (!existsSync(join(pkgDir, 'dist'))) throw new Error(`${manifest.name} is not built: run npm run tarballs`)
    // pnpm pack turns workspace: ranges into real versions, exactly as publishing does.
    const json = execFileSync(pnpm, ['pack', '--pack-destination', destination, '--json'], {
      cwd: pkgDir,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    })
    const { filename } = JSON.parse(json)
    const tarball = join(destination, `${manifest.name.slice(1).replace('/', '-')}.tgz`)
    renameSync(isAbsolute(filename) ? filename : join(destination, filename), tarball)
    packed.push({ name: manifest.name, dir, tarball })
  }
  return packed
}

if (import.meta.filename === process.argv[1]) {
  for (const { name, tarball } of packAll(out)) console.log(`${name.padEnd(20)} ${tarball}`)
}
