// The paired end-to-end run: every subject in ONE client process, measured in alternating batches. A process per
// subject (e2e-client.mjs) keeps each subject's CPU, heap and JIT its own, but where the scheduler places a process
// next to the server moves its figures by up to 20 % on a shared 2-core machine; batches of one process take that
// placement out of the ratios too, at the price of shared JIT state.
import { createSubject } from './e2e-subjects.mjs'
import { loadFixture } from './lib/fixture.mjs'
import { load } from './lib/load.mjs'
import { operation } from './lib/operations.mjs'
import { rotate } from './lib/stats.mjs'

let sequence = 0

/** One measured batch of fresh bodies (a code or out_trade_no never repeats within the process). */
async function batch(op, call, count, concurrency) {
  const bodies = Array.from({ length: count }, () => {
    const i = sequence++
    return op.body(`P${i}`, '1234567891', i)
  })
  const m = await load(call, bodies, concurrency)
  return {
    calls: count,
    wallMs: m.wallMs,
    reqPerSecond: (count / m.wallMs) * 1000,
    cpuMicrosPerRequest: m.cpuMicros / count,
    failures: m.failures,
    firstError: m.firstError,
  }
}

async function run(job) {
  const f = loadFixture()
  const op = operation(job.op)
  const subjects = {}
  for (const name of job.subjects) subjects[name] = await createSubject(name, f, job.url, job.op)
  // The same steady-state warm-up as the fresh-process runs, for every subject.
  for (const name of job.subjects) await batch(op, subjects[name].call, job.warmup, 32)
  const results = {}
  for (const concurrency of job.concurrency) {
    const key = `raw c=${concurrency}`
    results[key] = Object.fromEntries(job.subjects.map((s) => [s, []]))
    for (const name of job.subjects) await batch(op, subjects[name].call, 200, concurrency)
    for (let round = 0; round < job.rounds[concurrency]; round++) {
      for (const name of rotate(job.subjects, round)) {
        results[key][name].push(await batch(op, subjects[name].call, job.requests[concurrency], concurrency))
      }
    }
  }
  for (const s of Object.values(subjects)) await s.close()
  return results
}

process.once('message', (job) => {
  run(job).then(
    (results) => process.send({ type: 'result', results }, () => process.exit(0)),
    (error) => process.send({ type: 'error', error: String(error?.stack ?? error) }, () => process.exit(1)),
  )
})
process.on('disconnect', () => process.exit(0))
