// The closing line computed on reports that vitest itself wrote, for a suite with a file that does not load, a setup
// that throws and a test that needs Redis — with and without WXPAY_SKIP.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { summarize } from '../src/summary.mjs'

const fixtures = join(import.meta.dirname, '../fixtures/vitest-run')
const vitest = join(import.meta.dirname, '../node_modules/vitest/vitest.mjs')

function runFixtures(env: Record<string, string>, only?: string[]) {
  const out = join(mkdtempSync(join(tmpdir(), 'wxpay-summary-')), 'report.json')
  const args = [
    vitest,
    'run',
    '--config',
    join(fixtures, 'vitest.config.mjs'),
    '--reporter=json',
    `--outputFile=${out}`,
  ]
  return new Promise<{ status: number; report: unknown }>((resolve) => {
    execFile(
      process.execPath,
      [...args, ...(only ?? [])],
      { cwd: fixtures, env: { ...process.env, ...env } },
      (error) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, report: JSON.parse(readFileSync(out, 'utf8')) }),
    )
  })
}

describe('the closing line on real vitest reports', { timeout: 60_000 }, () => {
  it('a file that does not load and a setup that throws are failures, and the line agrees with the exit', async () => {
    const { status, report } = await runFixtures({ WXPAY_SKIP: 'redis' })
    expect(status).toBe(1)
    const out = summarize(report, { status, skipRequested: ['redis'], root: fixtures })
    expect(out.ok).toBe(false)
    expect(out.line).toBe('tests: 1 passed, 2 failed, 1 skipped (by request: WXPAY_SKIP=redis left out 1 redis)')
    expect(out.details.join('\n')).toMatch(/failed: does-not-load\.fixture\.ts — .*missing-module/)
    expect(out.details.join('\n')).toMatch(
      /failed: setup-throws\.fixture\.ts — 1 test did not run: a suite setup \(beforeAll\) threw/,
    )
  })

  it('WXPAY_SKIP=redis skips the tagged tests by request: exit 0, the line names it', async () => {
    const { status, report } = await runFixtures({ WXPAY_SKIP: 'redis' }, ['needs-redis', 'passes'])
    expect(summarize(report, { status, skipRequested: ['redis'], root: fixtures })).toEqual({
      ok: true,
      details: [],
      line: 'tests: 1 passed, 0 failed, 1 skipped (by request: WXPAY_SKIP=redis left out 1 redis)',
    })
  })

  it('without the opt-out the Redis test runs (and here passes: the fixture needs no server)', async () => {
    const { status, report } = await runFixtures({ WXPAY_SKIP: '' }, ['needs-redis', 'passes'])
    expect(summarize(report, { status, root: fixtures }).line).toBe('tests: 2 passed, 0 failed, 0 skipped')
  })
})
