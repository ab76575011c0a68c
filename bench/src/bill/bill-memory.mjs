// Bills streamed: a trade bill of BENCH_BILL_MB (200) MiB served by a node:http server in its own process, downloaded
// to a file in other processes — plain, GZIP (gunzipped on the way) and once with a byte flipped (refused, no file) —
// while the client's memory is sampled. BENCH_BILL_RUNS (5) fresh client processes per subject, interleaved; the table
// gives medians. The issue's target: < 10 MB of memory.
import { join } from 'node:path'
import { start } from '../lib/proc.mjs'
import { fmt, median, rotate, table } from '../lib/stats.mjs'

const here = import.meta.dirname
export const BILL_TARGET_MIB = 10

/** ours always; floor (undici alone) as the lower bound; before when BENCH_BASELINE_DIR names a built checkout. */
export function billSubjects(env) {
  if (env.BENCH_BILL_SUBJECTS) return env.BENCH_BILL_SUBJECTS.split(',').map((s) => s.trim())
  return [...(env.BENCH_BASELINE_DIR ? ['before'] : []), 'ours', 'floor']
}

/**
 * The client processes of one round: each [subject, modes] is a fresh process running those downloads in order, so the
 * first of each list is the first large download in its process. The floor has no gunzip, so only plain modes.
 */
function plan(subjects) {
  return subjects.flatMap((subject) =>
    subject === 'floor'
      ? [
          [subject, ['plain', 'steady']],
          [subject, ['live']],
        ]
      : [
          [subject, ['plain', 'gzip', 'corrupt', 'steady']],
          [subject, ['gzipFirst']],
          [subject, ['live']],
        ],
  )
}

export async function runBillMemory(o) {
  const bytes = Math.round(o.megabytes * 1024 * 1024)
  const env = { BENCH_FIXTURE: o.fixturePath, BENCH_BILL_BYTES: String(bytes) }
  const server = start(join(here, 'bill-server.mjs'), { env, timeoutMs: 30 * 60_000 })
  const results = Object.fromEntries(o.subjects.map((s) => [s, {}]))
  try {
    const ready = await server.next('ready')
    for (let round = 0; round < o.runs; round++) {
      for (const [subject, modes] of rotate(plan(o.subjects), round)) {
        const client = start(join(here, 'bill-client.mjs'), {
          env,
          execArgv: ['--expose-gc'],
          timeoutMs: 30 * 60_000,
        })
        client.send({ subject, modes, url: ready.url, sha1: ready.sha1, warmSha1: ready.warmSha1, bytes })
        const { results: measured } = await client.next('result')
        await client.exited
        for (const [mode, r] of Object.entries(measured)) {
          const runs = results[subject][mode] ?? []
          runs.push(r)
          results[subject][mode] = runs
        }
        o.log(
          `bill ${round + 1}/${o.runs} ${subject}: ${Object.entries(measured)
            .map(([mode, r]) => `${mode} ${r.ok ? '' : `${r.error} `}+${r.rssGrowthMiB.toFixed(1)} MiB`)
            .join(', ')}`,
        )
      }
    }
    return { bytes, runs: o.runs, subjects: o.subjects, results }
  } finally {
    await server.stop()
  }
}

const NAMES = {
  plain: 'plain, first large download in a fresh process',
  gzip: 'GZIP (gunzipped on the way), after the plain one',
  corrupt: 'one byte flipped, third in the process',
  steady: 'plain again, fourth in the process (steady state)',
  gzipFirst: 'GZIP, first large download in a fresh process',
  live: 'plain, first in a fresh process, garbage collected every 20 ms by the bench',
}
const SUBJECTS = {
  before: 'before (baseline checkout)',
  ours: 'downloadBill (this checkout)',
  floor: 'floor: undici alone, writeSync',
}

/** median <sub>min–max</sub> of one figure over the runs, in MiB with a sign. */
function mib(runs, key) {
  const xs = runs.map((r) => r[key]).filter((x) => Number.isFinite(x))
  if (xs.length === 0) return '–'
  const s = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`
  return `${s(median(xs))} <sub>${s(Math.min(...xs))}…${s(Math.max(...xs))}</sub>`
}

function outcome(runs) {
  const ok = runs.filter((r) => r.ok && r.sha1Matches).length
  if (ok === runs.length) return `✓ ${fmt(runs[0].bytes)} bytes, SHA1 = hash_value (${ok}/${runs.length})`
  const refused = runs.filter((r) => r.integrityError).length
  if (refused === runs.length) return `refused: IntegrityError (${refused}/${runs.length})`
  return `✗ ${runs.map((r) => (r.ok ? 'ok' : r.error)).join(', ')}`
}

export function billMarkdown(bill, meta) {
  const mibSize = bill.bytes / 1024 / 1024
  const rows = []
  for (const mode of Object.keys(NAMES)) {
    for (const subject of bill.subjects) {
      const runs = bill.results[subject]?.[mode]
      if (!runs?.length) continue
      rows.push([
        NAMES[mode],
        SUBJECTS[subject] ?? subject,
        outcome(runs),
        runs.some((r) => r.leftovers) ? '✗ a file was left' : 'none',
        mib(runs, 'rssGrowthMiB'),
        `${mib(runs, 'anonGrowthMiB')} / ${mib(runs, 'fileGrowthMiB')}`,
        mib(runs, 'buffersGrowthMiB'),
        mode === 'live' ? mib(runs, 'liveMiB') : '–',
        mib(runs, 'retainedMiB'),
        `${median(runs.map((r) => r.seconds)).toFixed(1)} s`,
      ])
    }
  }
  return [
    `# Bills streamed: a ${fmt(mibSize)} MiB trade bill through downloadBill — ${meta.date}`,
    '',
    `${meta.env}. A node:http server in its own process generates the bill as it sends it (plain, gzip, or with one byte flipped in the middle); ${bill.runs} fresh client processes per subject (interleaved) each run \`downloadBill(client, bill, { to: file })\` five times in the order of the table and sample \`process.memoryUsage()\` every 5 ms. Each figure is the median over the ${bill.runs} processes, min…max in small print.`,
    '',
    `**Baseline**: the process's state right before each download — after a small warm-up download (plain and gzip: every module loaded, code run once, the connection open) and two full GCs. **Peak RSS growth** = the highest RSS during the download − that baseline, split into anonymous memory and file-backed pages (code paged in from the node binary would show there). **ArrayBuffers** = the buffers in flight *and* the dead ones V8 has not collected yet. **Live set** = heap + external right after a forced GC, sampled every 20 ms (fifth download only): what the download holds at once. **Retained** = heap + external after a full GC once the download is over. The written file's pages are the kernel's page cache, not the process's memory. Target: < ${BILL_TARGET_MIB} MB.`,
    '',
    table(
      [
        'download',
        'subject',
        'outcome',
        'partial output left',
        'peak RSS growth',
        'anon / file',
        'peak ArrayBuffers growth',
        'live set',
        'retained',
        'time',
      ],
      rows,
      ['l', 'l', 'l', 'l'],
    ),
  ].join('\n')
}

/** The summary row: every download of ours within the target, the good ones verified, the corrupted one refused. */
export function billTarget(bill) {
  const ours = bill.results.ours
  const all = Object.entries(ours).filter(([mode]) => mode !== 'live')
  const firsts = ['plain', 'gzipFirst']
  const medianOf = (runs) => median(runs.map((r) => r.rssGrowthMiB))
  const [worstMode, worstRuns] = all.reduce((a, b) => (medianOf(b[1]) > medianOf(a[1]) ? b : a))
  const right =
    ['gzip', 'steady', ...firsts].every((m) => ours[m].every((r) => r.ok && r.sha1Matches)) &&
    ours.corrupt.every((r) => r.integrityError) &&
    all.every(([, runs]) => runs.every((r) => r.leftovers === 0))
  const mibSize = fmt(bill.bytes / 1024 / 1024)
  const MB = 1_000_000 / 1024 / 1024
  return {
    target: `a ${mibSize} MiB bill costs < ${BILL_TARGET_MIB} MB of memory (downloadBill: plain, GZIP, corrupted)`,
    value: `peak RSS +${medianOf(worstRuns).toFixed(1)} MiB (${worstMode}, median of ${bill.runs}); steady state +${medianOf(ours.steady).toFixed(1)} MiB`,
    pass: right && medianOf(worstRuns) < BILL_TARGET_MIB * MB,
    detail: right
      ? 'verified plain and GZIP; the corrupted one refused (IntegrityError), no file left'
      : 'wrong outcome: see 6-bill-memory.md',
  }
}
