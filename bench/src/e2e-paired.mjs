// Parent side of the paired end-to-end run (see e2e-paired-client.mjs): the raw server in its own process, one client
// process running every selected subject in alternating batches; ratios are paired by batch round.
import { join } from 'node:path'
import { start } from './lib/proc.mjs'
import { summarize } from './lib/stats.mjs'

const here = import.meta.dirname
const PAIRED_SUBJECTS = ['raw', 'raw-async', 'ours', 'ours-request', 'ours-sync', 'ours-baseline']
const METRICS = ['reqPerSecond', 'cpuMicrosPerRequest']

export async function runPaired(o) {
  const subjects = PAIRED_SUBJECTS.filter((s) => o.subjects.includes(s))
  if (!subjects.includes('raw')) return undefined
  const env = { BENCH_FIXTURE: o.fixturePath }
  const server = start(join(here, 'servers', 'raw-server.mjs'), { env, timeoutMs: 60 * 60_000 })
  try {
    const { url } = await server.next('ready')
    const client = start(join(here, 'e2e-paired-client.mjs'), { env, timeoutMs: 30 * 60_000 })
    client.send({
      url,
      op: o.op,
      subjects,
      concurrency: o.concurrency,
      warmup: o.warmup,
      requests: o.requests,
      rounds: o.rounds,
    })
    const { results } = await client.next('result')
    await client.exited
    const out = {}
    for (const [key, bySubject] of Object.entries(results)) {
      out[key] = {}
      for (const [subject, batches] of Object.entries(bySubject)) {
        const entry = {
          rounds: batches.length,
          failures: batches.reduce((n, b) => n + b.failures, 0),
          firstError: batches.find((b) => b.firstError)?.firstError,
          ratioToRaw: {},
          ratioToRawAsync: {},
        }
        // All rounds pooled: calls over wall time, against raw's (a check on the median of per-round ratios).
        const rate = (bs) => bs.reduce((n, b) => n + b.calls, 0) / bs.reduce((t, b) => t + b.wallMs, 0)
        entry.pooledRatioToRaw = rate(batches) / rate(bySubject.raw)
        for (const metric of METRICS) {
          entry[metric] = summarize(batches.map((b) => b[metric]))
          entry.ratioToRaw[metric] = summarize(batches.map((b, i) => b[metric] / bySubject.raw[i][metric]))
          if (bySubject['raw-async'])
            entry.ratioToRawAsync[metric] = summarize(
              batches.map((b, i) => b[metric] / bySubject['raw-async'][i][metric]),
            )
        }
        out[key][subject] = entry
        o.log(
          `e2e paired: ${key} ${subject}: ${Math.round(entry.reqPerSecond.median)} req/s, ${Math.round(entry.cpuMicrosPerRequest.median)} µs CPU/req, ${entry.failures} failures`,
        )
      }
    }
    return out
  } finally {
    await server.stop()
  }
}
