// The fuzz runner shared by the packages' `*.fuzz.test.ts`: 20,000 cases per property in the normal suite, FUZZ_RUNS
// (200,000 with `pnpm fuzz`) otherwise.
import fc from 'fast-check'

const BATCH = 20_000

/** Cases per property. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || BATCH
/** A test timeout for that many cases: 2 ms each (a loaded 2-core machine ran 0.7 ms), never below vitest's 20 s. */
export const FUZZ_TIMEOUT = Math.max(20_000, 2 * FUZZ_RUNS)
const SEED = Number(process.env.FUZZ_SEED) || Date.now()

/**
 * Runs `FUZZ_RUNS` cases in batches of 20,000, each batch with its own seed (fast-check prints it on a failure; rerun
 * with FUZZ_SEED), yielding to the event loop in between so the test worker keeps answering its runner.
 */
export async function fuzz<T extends unknown[]>(property: fc.IProperty<T> | fc.IAsyncProperty<T>): Promise<void> {
  for (let done = 0, batch = 0; done < FUZZ_RUNS; done += BATCH, batch++) {
    await fc.assert(property as fc.IAsyncProperty<T>, {
      numRuns: Math.min(BATCH, FUZZ_RUNS - done),
      seed: SEED + batch,
    })
    await new Promise(setImmediate)
  }
}
