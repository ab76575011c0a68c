// One subject's end-to-end process (so its CPU, heap and JIT are its own): a tamper probe, a warm-up, then batches of
// calls of the run's operation at a fixed concurrency, each started by the parent; every batch is reported over IPC.
import diagnostics from 'node:diagnostics_channel'
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { PerformanceObserver } from 'node:perf_hooks'
import { createSubject } from './e2e-subjects.mjs'
import { loadFixture } from './lib/fixture.mjs'
import { load } from './lib/load.mjs'
import { operation } from './lib/operations.mjs'
import { percentile } from './lib/stats.mjs'

// Every TCP connection the process opens (undici, http.Agent and superagent all go through net.connect).
let connections = 0
diagnostics.subscribe('net.client.socket', () => {
  connections++
})

async function startProfile() {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
  return session
}

async function stopProfile(session, path) {
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(path, JSON.stringify(profile))
  session.disconnect()
}

/** The next message of `type` from the parent (the parent only sends when this process waits for it). */
function nextMessage(type) {
  return new Promise((resolve) => {
    const onMessage = (m) => {
      if (m?.type !== type) return
      process.off('message', onMessage)
      resolve(m)
    }
    process.on('message', onMessage)
  })
}

async function run(job) {
  const f = loadFixture()
  const op = operation(job.op)
  const subject = await createSubject(job.subject, f, job.url, job.op)
  const bodies = job.codes.map((code, i) => op.body(code, job.stockId, job.offset + i))
  let tamperRejected
  if (job.tamperProbe) {
    try {
      await subject.call(op.tamperBody(job.stockId))
      tamperRejected = false
    } catch {
      tamperRejected = true
    }
  }
  // Most of the warm-up runs at c≥8 (quicker, same code), the last calls at the measured concurrency so its own path
  // (e.g. synchronous signing at c=1) is hot too.
  const fast = Math.max(0, job.warmup - 100)
  const warm1 = await load(subject.call, bodies.slice(0, fast), Math.max(job.concurrency, 8))
  const warm2 = await load(subject.call, bodies.slice(fast, job.warmup), job.concurrency)
  let failures = warm1.failures + warm2.failures
  let firstError = warm1.firstError ?? warm2.firstError
  process.send({ type: 'warmed' })

  // Then the measured batches, each when the parent says so: the parent alternates the subjects' processes batch by
  // batch, so every subject keeps its own process (heap, JIT) and yet the compared batches run minutes apart at most.
  let next = job.warmup
  for (let batch = 0; batch < job.batches; batch++) {
    await nextMessage('go')
    // Other subjects ran meanwhile and idle keep-alive connections may have closed: reopen them outside the measure.
    const rewarm = await load(subject.call, bodies.slice(next, next + job.rewarm), job.concurrency)
    next += job.rewarm
    const connectionsBefore = connections
    // The profile covers the first batch's measured calls only: no module loading, no warm-up compilation.
    const session = job.profilePath && batch === 0 ? await startProfile() : undefined
    // Main-thread GC pauses during the measured calls: part of the CPU figure, shown apart because an allocation
    // pattern that makes V8 promote every call's objects (it happened: see the notes) shows up here first.
    let gcMs = 0
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) gcMs += entry.duration
    })
    gc.observe({ entryTypes: ['gc'] })
    const m = await load(subject.call, bodies.slice(next, next + job.requests), job.concurrency)
    // GC entries are delivered asynchronously: let the last ones arrive before reading the sum.
    await new Promise((resolve) => setImmediate(resolve))
    gc.disconnect()
    if (session) await stopProfile(session, job.profilePath)
    next += job.requests
    failures += rewarm.failures + m.failures
    firstError ??= rewarm.firstError ?? m.firstError
    const n = job.requests
    const result = {
      requests: n,
      ok: n - m.failures,
      failures,
      firstError,
      tamperRejected,
      reqPerSecond: (n / m.wallMs) * 1000,
      p50Ms: percentile(m.latencies, 50),
      p99Ms: percentile(m.latencies, 99),
      cpuMicrosPerRequest: m.cpuMicros / n,
      gcMicrosPerRequest: (gcMs * 1000) / n,
      connections,
      connectionsDuringMeasure: connections - connectionsBefore,
    }
    failures = 0
    firstError = undefined
    process.send({ type: 'batch', result })
  }
  await subject.close()
}

process.once('message', (job) => {
  run(job).then(
    () => process.exit(0),
    (error) => process.send({ type: 'error', error: String(error?.stack ?? error) }, () => process.exit(1)),
  )
})
process.on('message', (m) => {
  if (m?.type === 'stop') process.exit(0)
})
process.on('disconnect', () => process.exit(0))
