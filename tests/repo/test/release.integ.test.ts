// The pending release, as `changeset version` would cut it: no package gets a bump its changesets do not ask for.
// Changesets raises a package to major when a workspace peer dependency's next version leaves its range (a minor of a
// 0.x peer under `^` does), which would publish @api/catalog as 1.0.0 from a changeset that says minor.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const RANK = { none: 0, patch: 1, minor: 2, major: 3 } as const
type BumpType = keyof typeof RANK

interface Status {
  releases: { name: string; type: BumpType; oldVersion: string; newVersion: string }[]
  changesets: { id: string; releases: { name: string; type: BumpType }[] }[]
}

function status(): Promise<Status> {
  const output = join(mkdtempSync(join(tmpdir(), 'wxpay-release-')), 'status.json')
  return new Promise((resolve, reject) => {
    execFile(
      join(root, 'node_modules/.bin/changeset'),
      // changeset joins --output to the working directory, even an absolute one.
      ['status', `--output=${relative(root, output)}`],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
      (e, out, err) =>
        e
          ? reject(new Error(`changeset status: ${e.message}\n${out}\n${err}`))
          : resolve(JSON.parse(readFileSync(output, 'utf8')) as Status),
    )
  })
}

describe('the pending release', () => {
  it('bumps each package as its changesets say, never beyond (no implicit major)', { timeout: 150_000 }, async () => {
    // Right after a release no changeset is pending and there is nothing to compare.
    const { releases, changesets } = await status()
    const asked = new Map<string, BumpType>()
    for (const changeset of changesets) {
      for (const { name, type } of changeset.releases) {
        if (RANK[type] > RANK[asked.get(name) ?? 'none']) asked.set(name, type)
      }
    }
    const beyond = releases
      .filter((r) => RANK[r.type] > RANK[asked.get(r.name) ?? 'patch'])
      .map(
        (r) =>
          `${r.name}: ${r.type} (${r.oldVersion} → ${r.newVersion}), changesets ask ${asked.get(r.name) ?? 'none'}`,
      )
    expect(beyond).toEqual([])
  })
})
