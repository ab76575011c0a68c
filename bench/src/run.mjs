// `pnpm bench`: micro, end-to-end and notification benchmarks in one run, written to bench/results/*.md and *.json.
//
// Scale with environment variables (defaults in brackets; BENCH_QUICK=1 shrinks everything for a smoke run):
//   BENCH_ONLY=micro,e2e,notify,bill [all]; paired: only e2e's one-process part
//   BENCH_SUBJECTS=raw,ours,… [all but the breakdown subjects ours-request (the client without the busifavor facade) and
//                              ours-sync (signing: 'sync'): add them for a breakdown]
//   BENCH_MICRO_ROUNDS [4]  BENCH_MICRO_TIME_MS [200]
//   BENCH_BATCHES [8] (e2e: measured batches per subject process)  BENCH_REWARM [200] (calls before each batch)
//   BENCH_WARMUP [5000]  BENCH_REQUESTS_C1 [1000]  BENCH_REQUESTS_C32 [4000] (calls per batch)
//   BENCH_ROUNDS [5] (notifications)
//   BENCH_SERVERS=raw,sandbox [both]  BENCH_RAW_SERVER_SIGN=cached|each [cached]
//   BENCH_PAIRED_ROUNDS_C1 [100]  BENCH_PAIRED_REQUESTS_C1 [100]  BENCH_PAIRED_ROUNDS_C32 [8]
//   BENCH_PAIRED_REQUESTS_C32 [2000] (e2e in one process: rounds of one batch per subject)
//   BENCH_NOTIFY_REQUESTS [1200]  BENCH_NOTIFY_WARMUP [1000]
//   BENCH_BILL_MB [200] (the bill downloadBill streams while its memory is sampled)  BENCH_BILL_RUNS [5] (fresh client
//   processes per subject)  BENCH_BILL_SUBJECTS [before (with BENCH_BASELINE_DIR),ours,floor]
//   BENCH_CPU_PROF=ours,raw  profile those e2e client processes (first batch) into bench/results/profiles/
//   BENCH_BASELINE_DIR  a built checkout for the ours-baseline subject (an A/B: BENCH_SUBJECTS=raw,ours,ours-baseline)
//                       and the bill's before subject
//   BENCH_PIN_C1=0  leave the process-per-subject c=1 runs unpinned (default: client on CPU 0, server on the last CPU)
//   BENCH_OP=deactivate|jsapi [deactivate] (the e2e operation: busifavor deactivate or the JSAPI prepay)
//   BENCH_RESULTS_DIR [bench/results]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { billMarkdown, billSubjects, billTargets, runBillMemory } from './bill/bill-memory.mjs'
import { runE2E } from './e2e.mjs'
import { runPaired } from './e2e-paired.mjs'
import { E2E_SUBJECTS, OPTIONAL_SUBJECTS, SUBJECT_NOTES } from './e2e-subjects.mjs'
import { canPin } from './lib/affinity.mjs'
import { createFixture } from './lib/fixture.mjs'
import { e2eMarkdown, microMarkdown, notifyMarkdown, pairedMarkdown, summaryMarkdown, targets } from './lib/report.mjs'
import { runMicro } from './micro.mjs'
import { NOTIFY_NOTES, NOTIFY_SUBJECTS, runNotify } from './notify.mjs'

const env = process.env
const quick = env.BENCH_QUICK === '1'
const num = (name, normal, small) => Number(env[name] ?? (quick ? small : normal))
const list = (name, all) => (env[name] ? env[name].split(',').map((s) => s.trim()) : all)

const config = {
  only: list('BENCH_ONLY', ['micro', 'e2e', 'notify', 'bill']),
  subjects: list(
    'BENCH_SUBJECTS',
    [...new Set([...E2E_SUBJECTS, ...NOTIFY_SUBJECTS])].filter((s) => !OPTIONAL_SUBJECTS.includes(s)),
  ),
  microRounds: num('BENCH_MICRO_ROUNDS', 4, 1),
  microTimeMs: num('BENCH_MICRO_TIME_MS', 200, 100),
  rounds: num('BENCH_ROUNDS', 5, 1),
  batches: num('BENCH_BATCHES', 8, 2),
  rewarm: num('BENCH_REWARM', 200, 20),
  warmup: num('BENCH_WARMUP', 5000, 30),
  requests: { 1: num('BENCH_REQUESTS_C1', 1000, 60), 32: num('BENCH_REQUESTS_C32', 4000, 200) },
  servers: list('BENCH_SERVERS', ['raw', 'sandbox']),
  // c=1 in many short rounds: a lone call's ratio to raw is a few per cent, within one batch's noise here, and batches
  // seconds apart see the same machine (bench/results/8e-jsapi-paired-rounds.md).
  pairedRounds: { 1: num('BENCH_PAIRED_ROUNDS_C1', 100, 4), 32: num('BENCH_PAIRED_ROUNDS_C32', 8, 2) },
  pairedRequests: { 1: num('BENCH_PAIRED_REQUESTS_C1', 100, 30), 32: num('BENCH_PAIRED_REQUESTS_C32', 2000, 200) },
  rawServerSign: env.BENCH_RAW_SERVER_SIGN === 'each' ? 'each' : 'cached',
  notifyRequests: num('BENCH_NOTIFY_REQUESTS', 1200, 200),
  notifyWarmup: num('BENCH_NOTIFY_WARMUP', 1000, 30),
  billMegabytes: num('BENCH_BILL_MB', 200, 8),
  billRuns: num('BENCH_BILL_RUNS', 5, 1),
  billSubjects: billSubjects(env),
  op: env.BENCH_OP ?? 'deactivate',
  pinC1: canPin(),
  cpuProf: env.BENCH_CPU_PROF ? env.BENCH_CPU_PROF.split(',') : undefined,
  resultsDir: env.BENCH_RESULTS_DIR ?? join(import.meta.dirname, '..', 'results'),
}

const started = Date.now()
const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`)
const meta = {
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  env: `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'} (shared), RSA-2048`,
  microRounds: config.microRounds,
  microTimeMs: config.microTimeMs,
  e2eBatches: config.batches,
  rewarm: config.rewarm,
  warmup: config.warmup,
  requests: config.requests,
  rawServerSign: config.rawServerSign,
  op: config.op,
  pinnedC1: config.pinC1,
  pairedRounds: config.pairedRounds,
  pairedRequests: config.pairedRequests,
  notifyRounds: config.rounds,
  notifyRequests: config.notifyRequests,
  notifyWarmup: config.notifyWarmup,
}

const work = mkdtempSync(join(tmpdir(), 'wxpay-bench-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
const fixture = createFixture()
const fixturePath = join(work, 'fixture.json')
writeFileSync(fixturePath, JSON.stringify(fixture), { mode: 0o600 })

mkdirSync(config.resultsDir, { recursive: true })
const write = (name, markdown, json) => {
  writeFileSync(join(config.resultsDir, `${name}.md`), `${markdown}\n`)
  writeFileSync(
    join(config.resultsDir, `${name}.json`),
    `${JSON.stringify({ meta, config, results: json }, null, 2)}\n`,
  )
  log(`wrote bench/results/${name}.md and .json`)
}

// `node src/run.mjs --rerender`: rewrite the .md files from the .json twins (after a change of formatting only).
if (process.argv.includes('--rerender')) {
  const { readFileSync } = await import('node:fs')
  const load = (name) => JSON.parse(readFileSync(join(config.resultsDir, `${name}.json`), 'utf8'))
  const parts = { micro: load('2-micro'), e2e: load('3-e2e'), notify: load('4-notifications') }
  const { existsSync } = await import('node:fs')
  if (existsSync(join(config.resultsDir, '3b-e2e-paired.json'))) {
    parts.paired = load('3b-e2e-paired')
    writeFileSync(
      join(config.resultsDir, '3b-e2e-paired.md'),
      `${pairedMarkdown(parts.paired.results, parts.paired.meta)}\n`,
    )
  }
  const m = parts.micro.meta
  writeFileSync(join(config.resultsDir, '2-micro.md'), `${microMarkdown(parts.micro.results, m)}\n`)
  writeFileSync(
    join(config.resultsDir, '3-e2e.md'),
    `${e2eMarkdown(parts.e2e.results, parts.e2e.meta, Object.fromEntries(Object.entries(SUBJECT_NOTES).filter(([k]) => parts.e2e.config.subjects.includes(k))))}\n`,
  )
  writeFileSync(
    join(config.resultsDir, '4-notifications.md'),
    `${notifyMarkdown(parts.notify.results, parts.notify.meta, Object.fromEntries(Object.entries(NOTIFY_NOTES).filter(([k]) => parts.notify.config.subjects.includes(k))))}\n`,
  )
  if (existsSync(join(config.resultsDir, '6-bill-memory.json'))) {
    parts.bill = load('6-bill-memory')
    writeFileSync(join(config.resultsDir, '6-bill-memory.md'), `${billMarkdown(parts.bill.results, parts.bill.meta)}\n`)
  }
  const rows = [
    ...targets({
      micro: parts.micro.results,
      e2e: parts.e2e.results,
      paired: parts.paired?.results,
      notify: parts.notify.results,
    }),
    ...(parts.bill ? billTargets(parts.bill.results) : []),
  ]
  writeFileSync(join(config.resultsDir, '1-summary.md'), `${summaryMarkdown(rows, m)}\n`)
  writeFileSync(
    join(config.resultsDir, '1-summary.json'),
    `${JSON.stringify({ meta: m, config: parts.micro.config, results: rows }, null, 2)}\n`,
  )
  process.exit(0)
}

const results = {}
if (config.only.includes('micro')) {
  log('micro benchmarks…')
  results.micro = await runMicro(fixture, { rounds: config.microRounds, timeMs: config.microTimeMs, log })
  write('2-micro', microMarkdown(results.micro, meta), results.micro)
}
// `paired` alone runs only the one-process part of e2e (a quick A/B: BENCH_SUBJECTS=raw,ours,ours-baseline).
if (config.only.includes('e2e')) {
  log('end-to-end benchmarks…')
  const profDir = join(config.resultsDir, 'profiles')
  if (config.cpuProf) mkdirSync(profDir, { recursive: true })
  results.e2e = await runE2E({
    fixturePath,
    op: config.op,
    subjects: config.subjects,
    servers: config.servers,
    concurrency: [1, 32],
    requests: config.requests,
    warmup: config.warmup,
    rounds: config.batches,
    rewarm: config.rewarm,
    cpuProf: config.cpuProf && { subjects: config.cpuProf, dir: profDir },
    log,
    rawServerSign: config.rawServerSign,
    pinC1: config.pinC1,
  })
  const notes = Object.fromEntries(Object.entries(SUBJECT_NOTES).filter(([k]) => config.subjects.includes(k)))
  write('3-e2e', e2eMarkdown(results.e2e, meta, notes), results.e2e)
}
if ((config.only.includes('e2e') && config.servers.includes('raw')) || config.only.includes('paired')) {
  log('end-to-end benchmarks, paired in one process…')
  results.paired = await runPaired({
    fixturePath,
    op: config.op,
    subjects: config.subjects,
    concurrency: [1, 32],
    requests: config.pairedRequests,
    warmup: config.warmup,
    rounds: config.pairedRounds,
    log,
  })
  if (results.paired) write('3b-e2e-paired', pairedMarkdown(results.paired, meta), results.paired)
}
if (config.only.includes('notify')) {
  log('notification benchmarks…')
  results.notify = await runNotify(fixture, {
    fixturePath,
    subjects: config.subjects,
    concurrency: [1, 32],
    requests: config.notifyRequests,
    warmup: config.notifyWarmup,
    rounds: config.rounds,
    log,
  })
  const notes = Object.fromEntries(Object.entries(NOTIFY_NOTES).filter(([k]) => config.subjects.includes(k)))
  write('4-notifications', notifyMarkdown(results.notify, meta, notes), results.notify)
}
if (config.only.includes('bill')) {
  log(`bill download: ${config.billMegabytes} MiB, ${config.billRuns} runs of ${config.billSubjects.join(', ')}…`)
  results.bill = await runBillMemory({
    fixturePath,
    megabytes: config.billMegabytes,
    runs: config.billRuns,
    subjects: config.billSubjects,
    log,
  })
  write('6-bill-memory', billMarkdown(results.bill, meta), results.bill)
}
const rows = [...targets(results), ...(results.bill ? billTargets(results.bill) : [])]
write('1-summary', summaryMarkdown(rows, meta), rows)
console.log(`\n${summaryMarkdown(rows, meta)}\n`)
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
