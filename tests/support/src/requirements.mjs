// What the test suite needs beyond Node.js, and the one way to leave a part of it out: WXPAY_SKIP=browser,redis.
// `npm test` provides each requirement (scripts/run.mjs); a test that needs one is declared with `describeNeeding`
// (needs.ts), which tags its title, so the closing line can tell a skip the user asked for from any other.
// Plain JavaScript without dependencies: scripts/run.mjs loads it before anything is installed.

/** Each requirement and the tests that need it. */
export const REQUIREMENTS = Object.freeze({
  browser: 'the docs site tests in Chromium (docs/test/site.test.ts)',
  redis: 'the shared Redis dedupe-store tests (@adapters/express, @adapters/nestjs)',
})

/** The tag a test title carries when it needs `requirement`, e.g. `[needs redis]`. */
export function needsTag(requirement) {
  return `[needs ${requirement}]`
}

/**
 * The requirements the user opted out of, from WXPAY_SKIP (comma- or space-separated), sorted.
 * @param {string | undefined} value
 * @returns {string[]}
 * @throws {Error} for a name that is not a requirement, so a typo never skips nothing silently.
 */
export function requestedSkips(value = process.env.WXPAY_SKIP) {
  const names = [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))].sort()
  const unknown = names.filter((name) => !Object.hasOwn(REQUIREMENTS, name))
  if (unknown.length > 0) {
    throw new Error(
      `WXPAY_SKIP names ${unknown.map((n) => `"${n}"`).join(', ')}, which ${unknown.length > 1 ? 'are' : 'is'} not a requirement of the suite; use any of: ${Object.keys(REQUIREMENTS).join(', ')} (e.g. WXPAY_SKIP=browser,redis).`,
    )
  }
  return names
}
