// The workspace's published packages and their entries, read from each packages/*/package.json: the one place that
// maps a package name (and subpath) to its source file, for the scripts that load TypeScript sources directly.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..', '..')

/** `{ '@core/client': '/…/packages/client/src/index.ts', '@core/client/notifications': '…/notifications.ts', … }` */
export function sourceEntries() {
  const entries = {}
  const dir = join(root, 'packages')
  for (const name of readdirSync(dir)) {
    const manifestPath = join(dir, name, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    for (const subpath of Object.keys(manifest.exports ?? { '.': null })) {
      if (subpath === './package.json') continue
      const entry = subpath === '.' ? 'index' : subpath.slice(2)
      entries[subpath === '.' ? manifest.name : `${manifest.name}/${entry}`] = join(dir, name, 'src', `${entry}.ts`)
    }
  }
  return entries
}
