// Markdown (for people and the docs' performance page) and JSON (for tools) from the measured results.
import { cell, fmt, fmtRatio, paired, table } from './stats.mjs'

const PEERS = ['wechatpay-axios-plugin', 'wechatpay-node-v3']

/** A paired ratio: median of per-round ratios, with their range. */
const ratioCell = (r) =>
  r === undefined ? '–' : `${fmtRatio(r.median)} <sub>${r.min.toFixed(2)}–${r.max.toFixed(2)}</sub>`

export function microMarkdown(micro, meta) {
  const out = [
    `# Micro: per-call crypto cost — ${meta.date}`,
    '',
    `${meta.env}. tinybench, ${meta.microRounds} rounds × ${meta.microTimeMs} ms of CPU time per subject, subjects rotated per round. Timed with the process CPU clock (process.cpuUsage) in batches of ~2 ms, so time the shared machine gave to other processes is not counted: ops per CPU-second = median of the rounds <sub>min–max</sub>. × raw = median of the per-round ratios to raw node:crypto <sub>min–max</sub> (higher is better).`,
  ]
  for (const { title, subjects } of Object.values(micro)) {
    out.push('', `**${title}**`, '')
    out.push(
      table(
        ['subject', 'ops per CPU-second', '× raw'],
        Object.entries(subjects).map(([name, s]) => [name, cell(s.opsPerSecond), ratioCell(s.ratioToRaw)]),
        ['l'],
      ),
    )
  }
  out.push(
    '',
    'raw = node:crypto with KeyObjects parsed once. ours = @core/signer (signRequest with a KeyObject, verifyResponse, decryptResource, verifyNotification). Peers run their own code paths: wechatpay-axios-plugin its request interceptor / response verifier / Rsa + AesGcm helpers; wechatpay-node-v3 buildAuthorization, verifySign (async, PEM re-parsed per call) and decipher_gcm, which never checks the GCM tag.',
  )
  return out.join('\n')
}

function e2eRow(name, s) {
  if (s.reqPerSecond === undefined)
    return [name, `failed: ${s.errors[0] ?? s.firstError}`, '', '', '', '', '', '', '', '', '', '']
  const r = (m) => (name === 'raw' ? '1.00×' : ratioCell(s.ratioToRaw?.[m]))
  const verified =
    `${fmt(s.verified)}/${fmt(s.requests)}` +
    (s.tamperRejected === true ? ' ✓ tamper' : s.tamperRejected === false ? ' ✗ accepted a tampered answer' : '')
  return [
    name,
    cell(s.reqPerSecond),
    r('reqPerSecond'),
    cell(s.p50Ms, 2),
    r('p50Ms'),
    cell(s.p99Ms, 2),
    r('p99Ms'),
    cell(s.cpuMicrosPerRequest),
    r('cpuMicrosPerRequest'),
    s.gcMicrosPerRequest ? cell(s.gcMicrosPerRequest) : '–',
    `${fmt(s.connectionsDuringMeasure.median)} <sub>${fmt(s.connections.median)} in all</sub>`,
    verified,
  ]
}

export function e2eMarkdown(e2e, meta, notes) {
  const out = [
    `# End to end: signed ${meta.op === 'jsapi' ? 'JSAPI prepay' : 'deactivate'} POSTs over loopback — ${meta.date}`,
    '',
    `${meta.env}. Per scenario every subject gets its own client process: ${meta.warmup} warm-up calls (to steady state: with 1,000 the first measured calls still paid for JIT compilation on background threads and the young generation's growth, 1.5–2× the steady CPU per request; warm-ups run one process at a time), then the processes take turns: ${meta.e2eBatches} rounds, one measured batch per subject per round in rotated order (c=1: ${meta.requests[1]} calls, c=32: ${meta.requests[32]}), each after ${meta.rewarm} unmeasured calls that reopen what keep-alive closed while the others ran. Each subject keeps its own heap and JIT, and the batches compared run seconds apart (the host's load drifts over minutes). ${meta.pinnedC1 ? 'At c=1 every client process runs on the first CPU and the server on the last (taskset), so no subject gets a luckier placement next to the server; c=32 is not pinned.' : 'Not pinned to CPUs (no taskset here, or BENCH_PIN_C1=0): at c=1 where the scheduler places each process moves its figures by 10–15 %.'} wechatpay-node-v3: 1,000 warm-up and 1,000 measured calls in all (it opens a TCP connection per request; more would fill the loopback's ephemeral ports with TIME_WAIT). Values: median of the batches <sub>min–max</sub>; × raw = median of the per-round ratios to the raw baseline <sub>min–max</sub> (req/s: higher is better; latency and CPU: lower is better).`,
    '',
    `Servers run in their own process. **raw server**: node:http, checks every request signature, answers with a signed body (${meta.rawServerSign === 'each' ? 'signed per answer' : 'one signature per second reused: its cost stays small, so the client dominates'}). **sandbox**: @tools/sandbox (validates, keeps state, signs every answer on its event loop); each call deactivates a freshly seeded coupon with a new request-no — a real first deactivation, not an idempotent replay.`,
    '',
    'CPU = client process user+system time (process.cpuUsage, includes thread-pool signing) per request; GC = main-thread garbage-collection pauses per request (part of CPU). new conns = TCP connections the client opened (net.client.socket) during the measured calls — 0 when keep-alive reuses the warm-up connections — <sub>and in all, warm-up included</sub>. verified = answers whose signature the subject checked / calls; "✓ tamper" = it refused an answer whose body did not match its signature.',
  ]
  for (const [scenario, bySubject] of Object.entries(e2e)) {
    out.push('', `**${scenario.replace('raw ', 'raw server, ').replace('sandbox ', 'sandbox, ')}**`, '')
    out.push(
      table(
        [
          'subject',
          'req/s',
          '× raw',
          'p50 ms',
          '× raw',
          'p99 ms',
          '× raw',
          'CPU µs/req',
          '× raw',
          'GC µs/req',
          'new conns',
          'verified',
        ],
        Object.entries(bySubject).map(([name, s]) => e2eRow(name, s)),
        ['l'],
      ),
    )
  }
  out.push('', ...Object.entries(notes).map(([name, note]) => `- ${name}: ${note}`))
  return out.join('\n')
}

/** Paired rounds at concurrency `c` (a single number in results written before c=1 had rounds of its own). */
const pairedRounds = (meta, c) => (typeof meta.pairedRounds === 'number' ? meta.pairedRounds : meta.pairedRounds[c])

export function pairedMarkdown(paired, meta) {
  const out = [
    `# End to end, paired in one client process — ${meta.date}`,
    '',
    `${meta.env}. The same ${meta.op === 'jsapi' ? 'JSAPI prepay' : 'deactivate'} calls against the raw server, but every subject lives in one client process and is measured in alternating batches (order rotated; c=1: ${pairedRounds(meta, 1)} rounds of ${meta.pairedRequests[1]} calls per batch, c=32: ${pairedRounds(meta, 32)} rounds of ${meta.pairedRequests[32]}), after the same ${meta.warmup}-call warm-up. A process per subject (3-e2e) keeps each subject's heap and JIT its own, but where the scheduler places a process moves its figures by up to 20 % here; batches of one process take that out of the ratios too. × raw and × raw-async = median of the per-round ratios <sub>min–max</sub>; pooled = all rounds' calls over their wall time, against raw's.`,
  ]
  for (const [scenario, bySubject] of Object.entries(paired)) {
    out.push('', `**${scenario.replace('raw ', 'raw server, ')}**`, '')
    out.push(
      table(
        ['subject', 'req/s', '× raw', 'pooled × raw', '× raw-async', 'CPU µs/req', '× raw', '× raw-async'],
        Object.entries(bySubject).map(([name, s]) => [
          name,
          cell(s.reqPerSecond),
          name === 'raw' ? '1.00×' : ratioCell(s.ratioToRaw.reqPerSecond),
          fmtRatio(s.pooledRatioToRaw ?? Number.NaN, 3),
          s.ratioToRawAsync.reqPerSecond ? ratioCell(s.ratioToRawAsync.reqPerSecond) : '–',
          cell(s.cpuMicrosPerRequest),
          name === 'raw' ? '1.00×' : ratioCell(s.ratioToRaw.cpuMicrosPerRequest),
          s.ratioToRawAsync.cpuMicrosPerRequest ? ratioCell(s.ratioToRawAsync.cpuMicrosPerRequest) : '–',
        ]),
        ['l'],
      ),
    )
  }
  return out.join('\n')
}

export function notifyMarkdown(notify, meta, notes) {
  const out = [
    `# Notifications: callbacks/s at the endpoint — ${meta.date}`,
    '',
    `${meta.env}. ${meta.notifyRounds} rounds, ${meta.notifyWarmup} warm-up + ${meta.notifyRequests} pre-signed COUPON.SEND callbacks (~1 KB encrypted resource, distinct ids) per run, posted over keep-alive from another process; a fresh endpoint process per run. CPU = endpoint process time per callback. Values: median <sub>min–max</sub>; × raw = median of per-round ratios to node:http + signer.`,
  ]
  for (const [scenario, bySubject] of Object.entries(notify)) {
    const base = bySubject.raw
    out.push('', `**${scenario}**`, '')
    out.push(
      table(
        ['subject', 'callbacks/s', '× raw', 'p50 ms', 'p99 ms', 'CPU µs/callback', '× raw', 'acked 204 / handled'],
        Object.entries(bySubject).map(([name, s]) => [
          name,
          cell(s.callbacksPerSecond),
          fmtRatio(paired(s.callbacksPerSecond, base?.callbacksPerSecond)),
          cell(s.p50Ms, 2),
          cell(s.p99Ms, 2),
          cell(s.serverCpuMicrosPerCallback),
          fmtRatio(paired(s.serverCpuMicrosPerCallback, base?.serverCpuMicrosPerCallback)),
          `${fmt(s.acked)}/${fmt(s.requests)} · ${fmt(s.handled)}`,
        ]),
        ['l'],
      ),
    )
  }
  out.push('', ...Object.entries(notes).map(([name, note]) => `- ${name}: ${note}`))
  return out.join('\n')
}

/** The issue's targets, each checked against this run's paired ratios. */
export function targets({ micro, e2e, paired: pairedRun, notify }) {
  const rows = []
  const add = (target, value, pass, detail = '') => rows.push({ target, value, pass, detail })
  if (micro) {
    for (const [op, label] of [
      ['authorization', 'sign (Authorization header) ≥ 0.95× raw'],
      ['verify', 'verify (response) ≥ 0.95× raw'],
      ['notification', 'verifyNotification ≥ 0.95× raw (counted with verify)'],
    ]) {
      const r = paired(micro[op].subjects.ours.opsPerSecond, micro[op].subjects.raw.opsPerSecond)
      add(label, fmtRatio(r, 3), r >= 0.95)
    }
  }
  // The e2e targets: the same four rows for each measurement. `title(kind, c)` names a row, `ratio(key, subject,
  // metric, base)` is that measurement's median of the per-round ratios subject/base (NaN when not measured).
  const e2eRows = (title, key, ratio) => {
    const r1 = ratio(`${key} c=1`, 'ours', 'reqPerSecond', 'raw')
    if (!Number.isNaN(r1)) {
      add(`${title('e2e', 1)} ≥ 0.95× raw req/s`, fmtRatio(r1, 3), r1 >= 0.95)
      const cpu = ratio(`${key} c=1`, 'ours', 'cpuMicrosPerRequest', 'raw')
      add(`${title('client CPU/request', 1)} ≤ 1.1× raw`, fmtRatio(cpu, 3), cpu <= 1.1)
    }
    const c32 = `${key} c=32`
    const r = ratio(c32, 'ours', 'reqPerSecond', 'raw')
    if (Number.isNaN(r)) return
    const ra = ratio(c32, 'ours', 'reqPerSecond', 'raw-async')
    const pool = ratio(c32, 'raw-async', 'reqPerSecond', 'raw')
    // When the thread-pool baseline itself gains nothing over sync raw, the server is the bottleneck (the sandbox
    // signs every answer on its event loop, on the same 2 cores): say so instead of leaving a bare miss.
    const serverBound =
      pool < 1.05 ? `server-bound: the thread-pool baseline itself reaches ${fmtRatio(pool)} of sync raw` : ''
    add(
      `${title('e2e', 32)} ≥ 1.2× sync raw req/s (at least the thread-pool raw)`,
      `${fmtRatio(r, 3)} (${fmtRatio(ra, 3)} of raw-async)`,
      r >= 1.2 || ra >= 1,
      r >= 1.2
        ? ''
        : ra >= 1
          ? `below 1.2× sync raw, at least the thread-pool baseline${serverBound && `; ${serverBound}`}`
          : serverBound,
    )
    const cpu = ratio(c32, 'ours', 'cpuMicrosPerRequest', 'raw')
    const cpuA = ratio(c32, 'ours', 'cpuMicrosPerRequest', 'raw-async')
    add(
      `${title('client CPU/request', 32)} ≤ 1.1× raw`,
      `${fmtRatio(cpu, 3)} (${fmtRatio(cpuA)} of raw-async)`,
      cpu <= 1.1,
    )
  }
  const at = (key, subject, metric) => e2e?.[key]?.[subject]?.[metric]
  for (const server of ['raw', 'sandbox']) {
    const where = server === 'raw' ? 'raw server' : 'sandbox'
    e2eRows(
      (kind, c) => `${kind} c=${c} (${where})`,
      server,
      (key, subject, metric, base) => paired(at(key, subject, metric), at(key, base, metric)),
    )
  }
  e2eRows(
    (kind, c) => `paired in one process: ${kind} c=${c}`,
    'raw',
    (key, subject, metric, base) =>
      pairedRun?.[key]?.[subject]?.[base === 'raw' ? 'ratioToRaw' : 'ratioToRawAsync']?.[metric]?.median ?? Number.NaN,
  )
  // Every peer beaten on every metric (paired per round where possible).
  const losses = []
  let compared = 0
  const versus = (what, ours, peer, higherIsBetter) => {
    if (!ours || !peer) return
    compared++
    const r = paired(ours, peer)
    if (higherIsBetter ? r <= 1 : r >= 1) losses.push(`${what} (${fmtRatio(r)})`)
  }
  for (const [op, { subjects }] of Object.entries(micro ?? {})) {
    for (const peer of PEERS)
      versus(`micro ${op} vs ${peer}`, subjects.ours?.opsPerSecond, subjects[peer]?.opsPerSecond, true)
  }
  for (const [key, bySubject] of Object.entries(e2e ?? {})) {
    for (const peer of PEERS) {
      for (const [metric, higher] of [
        ['reqPerSecond', true],
        ['p50Ms', false],
        ['p99Ms', false],
        ['cpuMicrosPerRequest', false],
      ]) {
        versus(`e2e ${key} ${metric} vs ${peer}`, bySubject.ours?.[metric], bySubject[peer]?.[metric], higher)
      }
      const oc = bySubject.ours?.connectionsDuringMeasure?.median
      const pc = bySubject[peer]?.connectionsDuringMeasure?.median
      if (oc !== undefined && pc !== undefined) {
        compared++
        if (oc > pc) losses.push(`e2e ${key} new connections vs ${peer} (${oc} vs ${pc})`)
      }
    }
  }
  if (compared)
    add(
      'every peer beaten on every metric',
      `${compared - losses.length}/${compared} comparisons won`,
      losses.length === 0,
      losses.length ? `lost: ${losses.join('; ')}` : '',
    )
  for (const key of Object.keys(notify ?? {})) {
    const n = notify[key]
    const r = paired(n.ours?.callbacksPerSecond, n.raw?.callbacksPerSecond)
    const e = paired(n['express-signer']?.callbacksPerSecond, n.raw?.callbacksPerSecond)
    const cpu = paired(n.ours?.serverCpuMicrosPerCallback, n.raw?.serverCpuMicrosPerCallback)
    add(
      `notifications ${key}: @adapters/express vs node:http + signer`,
      `${fmtRatio(r)} callbacks/s, ${fmtRatio(cpu)} CPU`,
      undefined,
      `no target in the issue; Express + signer by hand: ${fmtRatio(e)} callbacks/s`,
    )
  }
  return rows
}

export function summaryMarkdown(rows, meta) {
  return [
    `# Targets — ${meta.date}`,
    '',
    `${meta.env}. Ratios from this run only (same machine, same minutes); "raw" is node:crypto + undici written by hand. The machine is shared, so single figures move by ±10–20 %; see the min–max columns in the tables below.`,
    '',
    table(
      ['target', 'this run', 'met', 'notes'],
      rows.map((r) => [r.target, r.value, r.pass === undefined ? '–' : r.pass ? '✅' : '❌', r.detail]),
      ['l', 'l', 'l', 'l'],
    ),
  ].join('\n')
}
