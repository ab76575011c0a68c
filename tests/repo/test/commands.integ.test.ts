// The root scripts behind the README and CONTRIBUTING commands: `test:unit` runs the unit tests only, and the README
// commands' environment keeps turbo's first-run telemetry notice (and the update banners) out of their output.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { QUIET_ENV } from '@wxpay/test-support/quiet'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const bin = (name: string) => join(root, 'node_modules/.bin', name)
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: root, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (e, out, err) =>
        e ? reject(new Error(`${command} ${args.join(' ')}: ${e.message}\n${out}\n${err}`)) : resolve(`${out}${err}`),
    )
  })
}

/** The test files vitest would run with these extra arguments (`vitest list`, which runs nothing). */
async function listed(args: string[]): Promise<string[]> {
  const out = await run(bin('vitest'), ['list', '--filesOnly', '--json', ...args])
  return (JSON.parse(out.slice(out.indexOf('['))) as { file: string }[]).map((t) => t.file.slice(root.length + 1))
}

describe('test:unit', () => {
  it('runs every src/**/*.test.ts and nothing else', { timeout: 120_000 }, async () => {
    const script = scripts['test:unit'] as string
    expect(script).toMatch(/^vitest run /)
    // The script's own arguments, with the shell quoting removed.
    const args = [...script.slice('vitest run '.length).matchAll(/"([^"]*)"|(\S+)/g)].map(
      (m) => m[1] ?? m[2],
    ) as string[]
    const unit = await listed(args)
    const all = await listed([])
    expect(unit.length).toBeGreaterThan(10)
    expect(unit.filter((file) => !/(^|\/)src\/.*\.test\.ts$/.test(file))).toEqual([])
    expect(all.filter((file) => /(^|\/)src\/.*\.test\.ts$/.test(file)).sort()).toEqual([...unit].sort())
    expect(all.length).toBeGreaterThan(unit.length)
  })
})

describe('the README commands run quietly', () => {
  it("turbo's telemetry notice shows on a first run, and not with the README commands' environment", async () => {
    // A user who never ran turbo: fresh config and state folders.
    const fresh = () => {
      const home = mkdtempSync(join(tmpdir(), 'wxpay-fresh-home-'))
      return { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), TURBO_TELEMETRY_DISABLED: '' }
    }
    const args = ['run', 'lint', '--filter=@core/signer', '--dry=json']
    expect(await run(bin('turbo'), args, fresh())).toMatch(/telemetry/i)
    expect(await run(bin('turbo'), args, { ...fresh(), ...QUIET_ENV })).not.toMatch(/telemetry/i)
  })
})

describe('the written commands work on a machine with only Node.js and npm', () => {
  it.each(['README.md', 'CONTRIBUTING.md', 'docs/README.md'])('%s has no bare pnpm command', (file) => {
    const text = readFileSync(join(root, file), 'utf8')
    // A command line or inline command starting with `pnpm` (not `npx -y pnpm@…`): "pnpm: command not found".
    const bare = text.split('\n').filter((line) => /(^|`|\s)pnpm\s+(-|[a-z])/.test(line) && !/npx -y pnpm@/.test(line))
    expect(bare).toEqual([])
  })
})
