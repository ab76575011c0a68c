// The changesets release flow on a throwaway clone of this repository: `changeset version` writes per-package
// changelogs and bumps internal dependents (never the private packages), and `changeset status` — what CI runs on
// pull requests — fails for a changed published package that has no changeset.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const changeset = join(root, 'node_modules/.bin/changeset')
let repo: string

function run(command: string, args: string[], cwd = repo): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    )
  })
}
const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args])
const version = (dir: string) => JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')).version as string

beforeAll(async () => {
  repo = join(mkdtempSync(join(tmpdir(), 'wxpay-changesets-')), 'repo')
  // The committed tree only (a clone), with this workspace's node_modules for the changesets CLI and its changelog.
  await run('git', ['clone', '--quiet', '--no-hardlinks', root, repo], root)
  symlinkSync(join(root, 'node_modules'), join(repo, 'node_modules'))
  // Whatever the checkout's branch, the clone's base is called main, as in .changeset/config.json's baseBranch.
  await git('checkout', '--quiet', '-B', 'main')
  for (const file of readdirSync(join(repo, '.changeset'))) {
    if (file.endsWith('.md') && file !== 'README.md') rmSync(join(repo, '.changeset', file))
  }
  await git('add', '-A')
  await git('commit', '--quiet', '-m', 'start from no pending changesets')
}, 60_000)

afterAll(() => {
  if (repo) rmSync(join(repo, '..'), { recursive: true, force: true })
})

describe('changesets', () => {
  it('status fails for a changed published package without a changeset, with a clear message', async () => {
    await git('checkout', '--quiet', '-b', 'feature')
    writeFileSync(
      join(repo, 'packages/signer/src/nonce.ts'),
      `${readFileSync(join(repo, 'packages/signer/src/nonce.ts'), 'utf8')}// x\n`,
    )
    await git('commit', '--quiet', '-am', 'change the signer')
    const missing = await run(changeset, ['status', '--since=main'])
    expect(missing.code).not.toBe(0)
    expect(missing.out).toMatch(/Some packages have been changed but no changesets were found/)

    writeFileSync(join(repo, '.changeset/fix.md'), '---\n"@core/signer": patch\n---\n\nA fix.\n')
    await git('add', '-A')
    await git('commit', '--quiet', '-m', 'add a changeset')
    expect((await run(changeset, ['status', '--since=main'])).code).toBe(0)
    await git('checkout', '--quiet', 'main')
  })

  it('status ignores changes to private packages (docs)', async () => {
    await git('checkout', '--quiet', '-b', 'docs-only')
    writeFileSync(join(repo, 'docs/index.md'), `${readFileSync(join(repo, 'docs/index.md'), 'utf8')}\n`)
    await git('commit', '--quiet', '-am', 'docs')
    expect((await run(changeset, ['status', '--since=main'])).code).toBe(0)
    await git('checkout', '--quiet', 'main')
  })

  it('version writes CHANGELOG.md files and bumps internal dependents, never private packages', async () => {
    writeFileSync(
      join(repo, '.changeset/signer-feature.md'),
      '---\n"@core/signer": minor\n---\n\nA new signer feature.\n',
    )
    const before = { signer: version('packages/signer'), client: version('packages/client'), docs: version('docs') }
    const result = await run(changeset, ['version'])
    expect(result.code).toBe(0)
    expect(version('packages/signer')).not.toBe(before.signer)
    expect(readFileSync(join(repo, 'packages/signer/CHANGELOG.md'), 'utf8')).toContain('A new signer feature.')
    // @core/client depends on @core/signer: it is bumped and says why.
    expect(version('packages/client')).not.toBe(before.client)
    expect(readFileSync(join(repo, 'packages/client/CHANGELOG.md'), 'utf8')).toMatch(
      /Updated dependencies[\s\S]*@core\/signer@/,
    )
    expect(version('docs')).toBe(before.docs)
    expect(existsSync(join(repo, 'docs/CHANGELOG.md'))).toBe(false)
    expect(existsSync(join(repo, 'bench/CHANGELOG.md'))).toBe(false)
  })
})
