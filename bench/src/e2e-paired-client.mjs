// The paired end-to-end run: every subject in ONE client process, measured in alternating batches. Fresh processes
// (e2e-client.mjs) keep each subject's CPU, heap and JIT its own, but two processes of the same subject can differ by
// 20 % on a shared 2-core machine (where the scheduler places them next to the server); alternating batches of one
// process take that placement, and the machine's drift over minutes, out of the ratios.
import { performance } from 'node:perf_hooks'
import { createSubject } from './e2e-subjects.mjs'
import { deactivateBody, loadFixture } from './lib/fixture.mjs'
import { rotate } from './lib/stats.mjs'

let sequence = 0

async function batch(call, count, concurrency) {
  let next = 0
  let failures = 0
  let firstError
  const worker = async () => {
    while (next++ < count) {
      const i = sequence++
      try {
        await call(deactivateBody(`P${i}`, '1234567891', i))
      } catch (error) {
        failures++
        firstError ??= String(error?.message ?? error).slice(0, 300)
      }
    }
  }
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const wallMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return {
    reqPerSecond: (count / wallMs) * 1000,
    cpuMicrosPerRequest: (cpu.user + cpu.system) / count,
    failures,
    firstError,
  }
}

async function run(job) {
  const f = loadFixture()
  const subjects = {}
  for (const name of job.subjects) subjects[name] = await createSubject(name, f, job.url)
  // The same steady-state warm-up as the fresh-process runs, for every subject.
  for (const name of job.subjects) await batch(subjects[name].call, job.warmup, 32)
  const results = {}
  for (const concurrency of job.concurrency) {
    const key = `raw c=${concurrency}`
    results[key] = Object.fromEntries(job.subjects.map((s) => [s, []]))
    for (const name of job.subjects) await batch(subjects[name].call, 200, concurrency)
    for (let round = 0; round < job.rounds; round++) {
      for (const name of rotate(job.subjects, round)) {
        results[key][name].push(await batch(subjects[name].call, job.requests[concurrency], concurrency))
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
