// Callbacks per second: pre-signed COUPON.SEND-style callbacks (a ~1 KB encrypted resource, each with its own id)
// posted over keep-alive to a callback endpoint in another process. This process only sends; the endpoint's own
// CPU time per callback is read from the endpoint process.
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { signNotificationForTest } from '@core/signer/testing'
import { Pool } from 'undici'
import { encryptedCouponResource } from './lib/fixture.mjs'
import { start } from './lib/proc.mjs'
import { append, percentile, rotate, summarize } from './lib/stats.mjs'

export const NOTIFY_SUBJECTS = ['raw', 'ours', 'express-signer']
const MODE = { raw: 'raw', ours: 'express', 'express-signer': 'express-signer' }
export const NOTIFY_NOTES = {
  raw: 'node:http + @core/signer verifyNotification + an in-memory id set, answers 204',
  ours: 'Express 5 + @adapters/express wechatpayNotifications (reads the raw body, verifies, decrypts, dedupes, acks)',
  'express-signer': 'Express 5 + express.raw() + verifyNotification by hand: what Express alone costs',
}

async function post(pool, items, concurrency) {
  const latencies = new Float64Array(items.length)
  let next = 0
  let bad = 0
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const t = performance.now()
      const res = await pool.request({
        path: '/notify',
        method: 'POST',
        headers: items[i].headers,
        body: items[i].body,
      })
      await res.body.dump()
      if (res.statusCode !== 204) bad++
      latencies[i] = performance.now() - t
    }
  }
  const t0 = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { wallMs: performance.now() - t0, latencies, bad }
}

export async function runNotify(f, o) {
  const subjects = o.subjects.filter((s) => NOTIFY_SUBJECTS.includes(s))
  // Signed once up front (the signing is WeChat Pay's cost, not the endpoint's); every endpoint process is fresh, so
  // the same callbacks are first deliveries for each of them.
  const resource = encryptedCouponResource(f.apiv3Key, 1024)
  const total = o.warmup + o.requests
  const items = Array.from({ length: total }, (_, i) =>
    signNotificationForTest({
      event: { id: `EV-${String(i).padStart(12, '0')}`, resource },
      platformPrivateKey: f.platformPrivateKeyPem,
      serial: f.platformSerial,
    }),
  )
  const runs = {}
  for (let round = 0; round < o.rounds; round++) {
    for (const concurrency of o.concurrency) {
      const key = `c=${concurrency}`
      for (const subject of rotate(subjects, round)) {
        const server = start(join(import.meta.dirname, 'servers', 'notify-server.mjs'), {
          env: { BENCH_FIXTURE: o.fixturePath, BENCH_NOTIFY_MODE: MODE[subject] },
          timeoutMs: 300_000,
        })
        const { url } = await server.next('ready')
        const pool = new Pool(url, { keepAliveTimeout: 4_000 })
        const warm = await post(pool, items.slice(0, o.warmup), concurrency)
        server.send({ type: 'begin' })
        await server.next('begun')
        const m = await post(pool, items.slice(o.warmup), concurrency)
        server.send({ type: 'end' })
        const ended = await server.next('ended')
        await pool.close()
        await server.stop()
        const result = {
          requests: o.requests,
          acked: o.requests - m.bad,
          failures: m.bad + warm.bad,
          handled: ended.handled,
          callbacksPerSecond: (o.requests / m.wallMs) * 1000,
          p50Ms: percentile(m.latencies, 50),
          p99Ms: percentile(m.latencies, 99),
          serverCpuMicrosPerCallback: ended.cpuMicros / o.requests,
        }
        append(runs, key, subject, result)
        o.log(
          `notify: round ${round + 1}/${o.rounds} ${key} ${subject}: ${Math.round(result.callbacksPerSecond)}/s, ${Math.round(result.serverCpuMicrosPerCallback)} µs CPU/callback, ${result.failures} failures`,
        )
      }
    }
  }
  const results = {}
  for (const [key, bySubject] of Object.entries(runs)) {
    results[key] = {}
    for (const [subject, rs] of Object.entries(bySubject)) {
      results[key][subject] = {
        requests: rs.reduce((n, r) => n + r.requests, 0),
        acked: rs.reduce((n, r) => n + r.acked, 0),
        handled: rs.reduce((n, r) => n + r.handled, 0),
        failures: rs.reduce((n, r) => n + r.failures, 0),
        callbacksPerSecond: summarize(rs.map((r) => r.callbacksPerSecond)),
        p50Ms: summarize(rs.map((r) => r.p50Ms)),
        p99Ms: summarize(rs.map((r) => r.p99Ms)),
        serverCpuMicrosPerCallback: summarize(rs.map((r) => r.serverCpuMicrosPerCallback)),
      }
    }
  }
  return results
}
