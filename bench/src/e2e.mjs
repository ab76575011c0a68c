// End to end: signed deactivate POSTs against two loopback servers in their own processes — the minimal raw server
// (known, small server cost) and the @tools/sandbox (a full emulator: it validates, keeps state, signs every answer).
// Per scenario every subject gets its own client process; after the warm-ups the processes take turns, one measured
// batch each per round (order rotated), so each subject keeps its own heap and JIT while the batches being compared run
// seconds apart: the host's load drifts over minutes, and back-to-back batches see nearly the same machine.
import { cpus } from 'node:os'
import { join } from 'node:path'
import { E2E_SUBJECTS, SUBJECT_CAPS } from './e2e-subjects.mjs'
import { allCpus, pin } from './lib/affinity.mjs'
import { operation } from './lib/operations.mjs'
import { start } from './lib/proc.mjs'
import { append, rotate, summarize } from './lib/stats.mjs'

const here = import.meta.dirname

const METRICS = [
  'reqPerSecond',
  'p50Ms',
  'p99Ms',
  'cpuMicrosPerRequest',
  'connections',
  'connectionsDuringMeasure',
  'gcMicrosPerRequest',
]

export async function runE2E(o) {
  const subjects = o.subjects.filter((s) => E2E_SUBJECTS.includes(s))
  const op = operation(o.op)
  const servers = {}
  const env = { BENCH_FIXTURE: o.fixturePath }
  for (const name of o.servers) {
    const script = join(here, 'servers', name === 'raw' ? 'raw-server.mjs' : 'sandbox-server.mjs')
    const proc = start(script, { env, timeoutMs: 60 * 60_000 })
    servers[name] = { proc, url: (await proc.next('ready')).url }
  }
  const scenarios = []
  for (const server of o.servers) {
    for (const concurrency of o.concurrency) scenarios.push({ server, concurrency, requests: o.requests[concurrency] })
  }
  const runs = {}
  let offset = 1
  try {
    for (const sc of scenarios) {
      const key = `${sc.server} c=${sc.concurrency}`
      // c=1: the server on the last core, every client on the first (see lib/affinity.mjs); c=32: no pinning.
      const pinHere = o.pinC1 && sc.concurrency === 1
      if (o.pinC1) pin(servers[sc.server].proc.child.pid, pinHere ? String(cpus().length - 1) : allCpus())
      // One process per subject; warm-ups one at a time so they do not compete for the CPU.
      const clients = {}
      const failed = {}
      try {
        for (const subject of subjects) {
          const caps = SUBJECT_CAPS[subject]
          const warmup = Math.min(o.warmup, caps?.warmup ?? Infinity)
          const requests = Math.ceil(Math.min(sc.requests * o.rounds, caps?.requests ?? Infinity) / o.rounds)
          const total = warmup + o.rounds * (o.rewarm + requests)
          let codes
          let stockId = '1234567891'
          if (sc.server === 'sandbox' && op.seeded) {
            servers.sandbox.proc.send({ type: 'seed', count: total })
            const seeded = await servers.sandbox.proc.next('seeded')
            codes = seeded.codes
            stockId = seeded.stockId
          } else {
            codes = Array.from({ length: total }, (_, i) => `C${offset + i}`)
          }
          const client = start(join(here, 'e2e-client.mjs'), { env, timeoutMs: 60 * 60_000 })
          if (pinHere) pin(client.child.pid, '0')
          client.send({
            subject,
            op: o.op,
            url: servers[sc.server].url,
            concurrency: sc.concurrency,
            warmup,
            rewarm: o.rewarm,
            requests,
            batches: o.rounds,
            codes,
            stockId,
            offset,
            tamperProbe: sc.server === 'raw',
            profilePath: o.cpuProf?.subjects.includes(subject)
              ? join(o.cpuProf.dir, `${subject}-${sc.server}-c${sc.concurrency}.cpuprofile`)
              : undefined,
          })
          offset += total
          clients[subject] = client
          try {
            await client.next('warmed')
            // Again, for any thread the runtime started between the fork and the first pin.
            if (pinHere) pin(client.child.pid, '0')
            o.log(`e2e: ${key} ${subject}: warmed up (${warmup} calls)`)
          } catch (error) {
            // A subject that cannot even warm up is reported as failed in every round; the others still run.
            failed[subject] = String(error.message)
            o.log(`e2e: ${key} ${subject}: failed during the warm-up: ${failed[subject]}`)
          }
        }
        if (sc.server === 'raw') {
          servers.raw.proc.send({ type: 'stats' })
          await servers.raw.proc.next('stats')
        }
        for (let round = 0; round < o.rounds; round++) {
          for (const subject of rotate(subjects, round)) {
            const client = clients[subject]
            let result
            try {
              if (failed[subject] !== undefined) throw new Error(failed[subject])
              client.send({ type: 'go' })
              result = (await client.next('batch')).result
            } catch (error) {
              result = { error: String(error.message) }
            }
            if (sc.server === 'raw') {
              servers.raw.proc.send({ type: 'stats' })
              result.server = (await servers.raw.proc.next('stats')).stats
            }
            append(runs, key, subject, result)
            o.log(
              `e2e: batch ${round + 1}/${o.rounds} ${key} ${subject}: ${result.error ?? `${Math.round(result.reqPerSecond)} req/s, ${Math.round(result.cpuMicrosPerRequest)} µs CPU/req, ${result.failures} failures`}`,
            )
          }
        }
      } finally {
        await Promise.all(Object.values(clients).map((client) => client.stop()))
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.proc.stop()))
  }
  const results = {}
  for (const [key, bySubject] of Object.entries(runs)) {
    results[key] = {}
    for (const [subject, rs] of Object.entries(bySubject)) {
      const good = rs.filter((r) => r.error === undefined)
      const entry = {
        runs: rs.length,
        errors: rs.filter((r) => r.error !== undefined).map((r) => r.error),
        requests: good.reduce((n, r) => n + r.requests, 0),
        verified: good.reduce((n, r) => n + r.ok, 0),
        failures: good.reduce((n, r) => n + r.failures, 0),
        firstError: good.find((r) => r.firstError)?.firstError,
        tamperRejected: good.every((r) => r.tamperRejected !== false)
          ? good.some((r) => r.tamperRejected)
            ? true
            : undefined
          : false,
        serverConnections: good[0]?.server ? Math.max(...good.map((r) => r.server.connections)) : undefined,
        serverRejected: good[0]?.server ? good.reduce((n, r) => n + r.server.rejected, 0) : undefined,
      }
      for (const metric of METRICS) if (good.length) entry[metric] = summarize(good.map((r) => r[metric]))
      // Ratios paired by round: both runs of a pair saw similar load on the shared machine.
      entry.ratioToRaw = {}
      for (const metric of METRICS.slice(0, 4)) {
        const pairs = rs
          .map((r, i) => [r, bySubject.raw?.[i]])
          .filter(([a, b]) => a?.error === undefined && b && b.error === undefined)
        if (pairs.length) entry.ratioToRaw[metric] = summarize(pairs.map(([a, b]) => a[metric] / b[metric]))
      }
      results[key][subject] = entry
    }
  }
  return results
}
