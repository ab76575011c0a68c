// Bills streamed: a trade bill of BENCH_BILL_MB (200) MiB served by a node:http server in its own process, downloaded
// with @api/pay downloadBill to a file in another process — plain, GZIP (gunzipped on the way) and once with a byte
// flipped (refused, no file) — while the client's memory is sampled. The issue's target: < 10 MB of memory.
import { join } from 'node:path'
import { start } from '../lib/proc.mjs'
import { fmt, table } from '../lib/stats.mjs'

const here = import.meta.dirname
export const BILL_TARGET_MIB = 10

export async function runBillMemory(o) {
  const bytes = Math.round(o.megabytes * 1024 * 1024)
  const env = { BENCH_FIXTURE: o.fixturePath, BENCH_BILL_BYTES: String(bytes) }
  const server = start(join(here, 'bill-server.mjs'), { env, timeoutMs: 30 * 60_000 })
  try {
    const ready = await server.next('ready')
    const client = start(join(here, 'bill-client.mjs'), { env, execArgv: ['--expose-gc'], timeoutMs: 30 * 60_000 })
    client.send({ url: ready.url, sha1: ready.sha1, warmSha1: ready.warmSha1, bytes })
    const { results } = await client.next('result')
    await client.exited
    for (const [mode, r] of Object.entries(results)) {
      o.log(
        `bill: ${mode}: ${r.ok ? `${fmt(r.bytes)} bytes verified` : r.error}, peak RSS +${r.rssGrowthMiB.toFixed(1)} MiB, heap+external +${r.jsGrowthMiB.toFixed(1)} MiB, ${r.seconds.toFixed(1)} s`,
      )
    }
    return { bytes, results }
  } finally {
    await server.stop()
  }
}

const NAMES = {
  plain: 'plain, first download in the process',
  gzip: 'GZIP (gunzipped on the way)',
  corrupt: 'one byte flipped',
  steady: 'plain again (steady state)',
}

export function billMarkdown(bill, meta) {
  const mib = bill.bytes / 1024 / 1024
  const rows = Object.entries(bill.results).map(([mode, r]) => [
    NAMES[mode] ?? mode,
    r.ok ? `✓ ${fmt(r.bytes)} bytes, SHA1 = hash_value` : `refused: ${r.error}`,
    r.leftovers ? '✗ a file was left' : 'none',
    `+${r.rssGrowthMiB.toFixed(1)} MiB`,
    `+${r.buffersGrowthMiB.toFixed(1)} MiB`,
    `${r.retainedMiB >= 0 ? '+' : ''}${r.retainedMiB.toFixed(1)} MiB`,
    `${r.seconds.toFixed(1)} s (${r.mibPerSecond.toFixed(0)} MiB/s)`,
  ])
  return [
    `# Bills streamed: a ${fmt(mib)} MiB trade bill through downloadBill — ${meta.date}`,
    '',
    `${meta.env}. A node:http server in its own process generates the bill as it sends it (plain, gzip, or with one byte flipped in the middle); a client process runs \`downloadBill(client, bill, { to: file })\` (@api/pay over @core/client) and samples \`process.memoryUsage()\` every 5 ms. Growth = peak during the download − the value after a full GC just before it (after a small warm-up download, so code and connection exist). ArrayBuffers = the chunks in flight *and* those already written that V8 has not collected yet (it collects them when external memory has grown by tens of MB, as the JS heap barely grows); retained = heap + external after a full GC once the download is over. Target: < ${BILL_TARGET_MIB} MB. The written file's pages are the kernel's page cache, not the process's memory.`,
    '',
    table(
      ['run', 'outcome', 'partial output left', 'peak RSS growth', 'peak ArrayBuffers growth', 'retained', 'time'],
      rows,
      ['l', 'l', 'l'],
    ),
  ].join('\n')
}

/** The summary row: every run within the target, the good ones verified, the corrupted one refused with no file. */
export function billTarget(bill) {
  const r = bill.results
  const rs = Object.values(r)
  const worst = Math.max(...rs.map((x) => x.rssGrowthMiB))
  const right =
    r.plain.ok &&
    r.gzip.ok &&
    r.steady.ok &&
    r.plain.sha1Matches &&
    r.gzip.sha1Matches &&
    r.corrupt.integrityError &&
    rs.every((x) => x.leftovers === 0)
  const mib = fmt(bill.bytes / 1024 / 1024)
  const MB = 1_000_000 / 1024 / 1024
  return {
    target: `a ${mib} MiB bill costs < ${BILL_TARGET_MIB} MB of memory (downloadBill: plain, GZIP, corrupted)`,
    value: `peak RSS +${worst.toFixed(1)} MiB (worst run)`,
    pass: right && worst < BILL_TARGET_MIB * MB,
    detail: right
      ? 'verified plain and GZIP; the corrupted one refused (IntegrityError), no file left'
      : 'wrong outcome: see 6-bill-memory.md',
  }
}
