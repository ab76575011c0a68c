// The one way a test declares that it needs something beyond Node.js (see requirements.mjs). Without an opt-out the
// tests run, and fail with a message saying what to install when the thing is missing; with WXPAY_SKIP naming it they
// are skipped, and their tagged titles let the closing line report the skip as requested.
import { describe } from 'vitest'
import { needsTag, type Requirement, requestedSkips } from './requirements.mjs'

/** `describe(title, fn)` for tests that need `requirement`: tagged, and skipped only when WXPAY_SKIP names it. */
export function describeNeeding(requirement: Requirement, title: string, fn: () => void): void {
  const skipped = requestedSkips().includes(requirement)
  ;(skipped ? describe.skip : describe)(`${title} ${needsTag(requirement)}`, fn)
}
