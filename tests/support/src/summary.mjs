// The closing line of `npm test`, from vitest's JSON report and the run's exit status. It counts what really
// happened: a test file that failed to load or whose setup threw is a failure even though no test in it failed, a
// skip the user did not ask for (WXPAY_SKIP) fails the run, and the line never reads as a pass when the exit is not 0.
// Plain JavaScript without dependencies: scripts/run.mjs imports it.
import { relative } from 'node:path'
import { needsTag } from './requirements.mjs'

const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled'])

function firstLine(text) {
  return (text ?? '').trim().split('\n')[0] ?? ''
}

/**
 * @param {object | undefined} report vitest's JSON report, or undefined when vitest never wrote one.
 * @param {{ status: number, skipRequested?: string[], root?: string }} run exit status of the steps that ran, and
 *   the requirements the user opted out of.
 * @returns {{ ok: boolean, line: string, details: string[] }} the closing line, and lines to print before it.
 */
export function summarize(report, { status, skipRequested = [], root = process.cwd() }) {
  if (!report) {
    return {
      ok: false,
      details: [`npm test: a step before the tests failed (exit ${status}), so no test ran; its errors are above.`],
      line: 'tests: 0 passed, 1 failed, 0 skipped',
    }
  }
  const tags = skipRequested.map((name) => [name, needsTag(name)])
  const details = []
  let passed = 0
  let failed = 0
  const requested = new Map()
  const unrequested = []
  for (const file of report.testResults ?? []) {
    const name = relative(root, file.name)
    const tests = file.assertionResults ?? []
    const failedHere = tests.filter((t) => t.status === 'failed').length
    passed += tests.filter((t) => t.status === 'passed').length
    failed += failedHere
    if (file.status === 'failed' && failedHere === 0) {
      // The file did not load, or a hook threw: its tests (if any were collected) never ran.
      failed += 1
      const notRun =
        tests.length === 1 ? '1 test did not run: ' : tests.length > 1 ? `${tests.length} tests did not run: ` : ''
      details.push(
        `failed: ${name} — ${notRun}${firstLine(file.message) || 'a suite setup (beforeAll) threw; the error is above'}`,
      )
      continue
    }
    for (const test of tests.filter((t) => NOT_RUN.has(t.status))) {
      const title = [...(test.ancestorTitles ?? []), test.title].join(' > ')
      const tag = tags.find(([, t]) => title.includes(t))
      if (tag) requested.set(tag[0], (requested.get(tag[0]) ?? 0) + 1)
      else unrequested.push(`${name}: ${title}`)
    }
  }
  const skipped = [...requested.values()].reduce((a, b) => a + b, 0) + unrequested.length
  for (const test of unrequested.slice(0, 20)) details.push(`skipped without WXPAY_SKIP asking for it: ${test}`)
  if (unrequested.length > 20) details.push(`… and ${unrequested.length - 20} more skipped tests`)
  if (status !== 0 && failed === 0) {
    // vitest (or a step after it) failed although every test passed: an unhandled error, a timeout at teardown…
    failed = 1
    details.push(`failed: the run exited ${status} although no test failed; the error is above.`)
  }
  const notes = []
  if (requested.size > 0) {
    notes.push(
      `by request: WXPAY_SKIP=${skipRequested.join(',')} left out ${[...requested].map(([n, c]) => `${c} ${n}`).join(', ')}`,
    )
  }
  if (unrequested.length > 0) notes.push(`${unrequested.length} not requested`)
  const ok = failed === 0 && unrequested.length === 0
  return {
    ok,
    details,
    line: `tests: ${passed} passed, ${failed} failed, ${skipped} skipped${notes.length ? ` (${notes.join('; ')})` : ''}`,
  }
}
