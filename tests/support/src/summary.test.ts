import { describe, expect, it } from 'vitest'
import { summarize } from './summary.mjs'

const root = '/repo'
const file = (name: string, status: string, tests: [string[], string, string][], message = '') => ({
  name: `${root}/${name}`,
  status,
  message,
  assertionResults: tests.map(([ancestorTitles, title, status]) => ({ ancestorTitles, title, status })),
})
const report = (...testResults: ReturnType<typeof file>[]) => ({ testResults })

describe('summarize(report, run)', () => {
  it('all passed, exit 0 → ok, the plain line', () => {
    const out = summarize(report(file('a.test.ts', 'passed', [[['x'], 'one', 'passed']])), { status: 0, root })
    expect(out).toEqual({ ok: true, details: [], line: 'tests: 1 passed, 0 failed, 0 skipped' })
  })

  it('a file that failed to load counts as a failure and is named', () => {
    const out = summarize(
      report(
        file('a.test.ts', 'passed', [[['x'], 'one', 'passed']]),
        file('docs/test/site.test.ts', 'failed', [], 'browserType.launch: Executable does not exist\nat …'),
      ),
      { status: 1, root },
    )
    expect(out.ok).toBe(false)
    expect(out.line).toBe('tests: 1 passed, 1 failed, 0 skipped')
    expect(out.details).toEqual(['failed: docs/test/site.test.ts — browserType.launch: Executable does not exist'])
  })

  it('a file whose beforeAll threw: one failure, its not-run tests are not counted as skipped', () => {
    const out = summarize(
      report(
        file(
          'b.test.ts',
          'failed',
          [
            [['b'], 'x', 'skipped'],
            [['b'], 'y', 'skipped'],
          ],
          'hook boom',
        ),
      ),
      { status: 1, root },
    )
    expect(out.line).toBe('tests: 0 passed, 1 failed, 0 skipped')
    expect(out.details).toEqual(['failed: b.test.ts — 2 tests did not run: hook boom'])
  })

  it('skips named by WXPAY_SKIP are reported by request and keep the run green', () => {
    const out = summarize(
      report(
        file('r.test.ts', 'passed', [
          [['store [needs redis]'], 'x', 'skipped'],
          [['store [needs redis]'], 'y', 'skipped'],
        ]),
      ),
      { status: 0, skipRequested: ['browser', 'redis'], root },
    )
    expect(out).toEqual({
      ok: true,
      details: [],
      line: 'tests: 0 passed, 0 failed, 2 skipped (by request: WXPAY_SKIP=browser,redis left out 2 redis)',
    })
  })

  it('a skip nobody asked for fails the run and is named', () => {
    const out = summarize(
      report(
        file('r.test.ts', 'passed', [[['store [needs redis]'], 'x', 'skipped']]),
        file('s.test.ts', 'passed', [[[], 'forgotten', 'todo']]),
      ),
      { status: 0, skipRequested: ['browser'], root },
    )
    expect(out.ok).toBe(false)
    expect(out.line).toBe('tests: 0 passed, 0 failed, 2 skipped (2 not requested)')
    expect(out.details).toEqual([
      'skipped without WXPAY_SKIP asking for it: r.test.ts: store [needs redis] > x',
      'skipped without WXPAY_SKIP asking for it: s.test.ts: forgotten',
    ])
  })

  it('a non-zero exit never reads as a pass', () => {
    const out = summarize(report(file('a.test.ts', 'passed', [[[], 'one', 'passed']])), { status: 1, root })
    expect(out.ok).toBe(false)
    expect(out.line).toBe('tests: 1 passed, 1 failed, 0 skipped')
  })

  it('no report (lint or build failed first) → a failed line', () => {
    const out = summarize(undefined, { status: 2, root })
    expect(out.ok).toBe(false)
    expect(out.line).toBe('tests: 0 passed, 1 failed, 0 skipped')
  })
})
