// The client side of the bill-memory run, in its own process (started with --expose-gc so the baseline is taken on a
// collected heap): downloads the served bill to a file while the process's memory is sampled every 5 ms, and reports
// the peak growth over the baseline, per mode, over IPC. The subject (job.subject) is what downloads:
//   ours    @api/pay downloadBill over @core/client, from this checkout
//   before  the same from the built packages of another checkout (BENCH_BASELINE_DIR): the A/B
//   floor   undici alone, no SDK and no stream: each body chunk hashed and written with writeSync as it arrives, so
//           nothing is ever buffered; what is left is the cost of receiving 200 MiB in Node at all (plain only)

import { createHash } from 'node:crypto'
import diagnostics from 'node:diagnostics_channel'
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { Agent } from 'undici'
import { loadFixture } from '../lib/fixture.mjs'

const MiB = 1024 * 1024

// Every socket the process opens: what was read from them, against what reached the file, is what the download holds.
const sockets = []
diagnostics.subscribe('net.client.socket', ({ socket }) => sockets.push(socket))
const bytesRead = () => sockets.reduce((sum, socket) => sum + socket.bytesRead, 0)

/** Bytes in the file being written: the target, or the SDK's temporary `.part` file beside it. */
function writtenTo(to) {
  const dir = dirname(to)
  let path
  return () => {
    if (path === undefined) {
      if (existsSync(to)) path = to
      else {
        const part = readdirSync(dir).find((name) => name.startsWith(`.${basename(to)}.`) && name.endsWith('.part'))
        if (part === undefined) return 0
        path = join(dir, part)
      }
    }
    try {
      return statSync(path).size
    } catch {
      // Renamed into place once verified.
      return existsSync(to) ? statSync(to).size : 0
    }
  }
}
/** In the live mode the sampler collects garbage every LIVE_GC_MS (instead of V8's own cadence) and reads what survives. */
const LIVE_GC_MS = 20

/** Resident anonymous vs file-backed memory (Linux): code paged in from the node binary would show as file. */
function residentSplit() {
  try {
    const lines = readFileSync('/proc/self/status', 'utf8').split('\n')
    const kib = (name) => Number(lines.find((l) => l.startsWith(`${name}:`))?.split(/\s+/)[1]) * 1024
    return { anon: kib('RssAnon'), file: kib('RssFile') }
  } catch {
    return { anon: Number.NaN, file: Number.NaN }
  }
}

async function measure(download, { live = false, written } = {}) {
  globalThis.gc()
  globalThis.gc()
  const readBase = bytesRead()
  // (read from the socket, written to the file) pairs: the held bytes are worked out at the end, once the ratio of
  // the two (1 for a plain bill, the compression for a gzip one) is known.
  const progress = []
  const base = process.memoryUsage()
  const baseSplit = residentSplit()
  const peak = {
    rss: base.rss,
    js: base.heapUsed + base.external,
    buffers: base.arrayBuffers,
    live: 0,
    split: baseSplit,
  }
  let lastGc = performance.now()
  const sample = () => {
    if (live && performance.now() - lastGc >= LIVE_GC_MS) {
      globalThis.gc()
      lastGc = performance.now()
      const m = process.memoryUsage()
      peak.live = Math.max(peak.live, m.heapUsed + m.external - base.heapUsed - base.external)
    }
    const m = process.memoryUsage()
    if (m.rss > peak.rss) {
      peak.rss = m.rss
      peak.split = residentSplit()
    }
    peak.js = Math.max(peak.js, m.heapUsed + m.external)
    peak.buffers = Math.max(peak.buffers, m.arrayBuffers)
    if (written) progress.push(bytesRead() - readBase, written())
  }
  const timer = setInterval(sample, 5)
  const t0 = performance.now()
  let outcome
  try {
    outcome = { result: await download() }
  } catch (error) {
    outcome = { error }
  }
  const seconds = (performance.now() - t0) / 1000
  sample()
  clearInterval(timer)
  let held = 0
  const [readEnd, writtenEnd] = progress.slice(-2)
  if (writtenEnd > 0) {
    for (let i = 0; i < progress.length; i += 2)
      held = Math.max(held, progress[i] - (readEnd * progress[i + 1]) / writtenEnd)
  }
  // What the download keeps once the garbage it made is collected.
  globalThis.gc()
  globalThis.gc()
  const after = process.memoryUsage()
  return {
    ...outcome,
    seconds,
    rssGrowthMiB: (peak.rss - base.rss) / MiB,
    anonGrowthMiB: (peak.split.anon - baseSplit.anon) / MiB,
    fileGrowthMiB: (peak.split.file - baseSplit.file) / MiB,
    jsGrowthMiB: (peak.js - base.heapUsed - base.external) / MiB,
    buffersGrowthMiB: (peak.buffers - base.arrayBuffers) / MiB,
    liveMiB: live ? peak.live / MiB : undefined,
    heldMiB: outcome.error === undefined && written ? held / MiB : undefined,
    // What came through the sockets: the held figure means something only if it is the whole (compressed) bill.
    readMiB: (bytesRead() - readBase) / MiB,
    retainedMiB: (after.heapUsed + after.external - base.heapUsed - base.external) / MiB,
    baselineRssMiB: base.rss / MiB,
  }
}

/** The SDK's downloadBill and createClient: this checkout's, or the baseline checkout's built packages. */
async function sdk(subject) {
  if (subject === 'ours') return { ...(await import('@api/pay')), ...(await import('@core/client')) }
  const dir = process.env.BENCH_BASELINE_DIR
  if (!dir) throw new Error('bench: the before subject needs BENCH_BASELINE_DIR (a built checkout of this repository)')
  const dist = (pkg) => pathToFileURL(join(dir, 'packages', pkg, 'dist', 'index.js')).href
  return { ...(await import(dist('pay'))), ...(await import(dist('client'))) }
}

/** The floor: undici's dispatch with a handler that hashes and writes each chunk synchronously, then drops it. */
function floorDownload(agent, url, to) {
  const target = new URL(url)
  const hash = createHash('sha1')
  const fd = openSync(to, 'w')
  let bytes = 0
  return new Promise((resolve, reject) => {
    agent.dispatch(
      { origin: target.origin, path: target.pathname + target.search, method: 'GET' },
      {
        onConnect() {},
        onHeaders: () => true,
        onData(chunk) {
          hash.update(chunk)
          writeSync(fd, chunk)
          bytes += chunk.length
          return true
        },
        onComplete() {
          closeSync(fd)
          resolve({ bytes, sha1: hash.digest('hex'), gunzipped: false })
        },
        onError(error) {
          closeSync(fd)
          reject(error)
        },
      },
    )
  })
}

async function run(job) {
  const f = loadFixture()
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-bench-bill-'))
  const bill = (token, tartype) => ({
    download_url: `${job.url}/v3/billdownload/file?token=${token}${tartype ? '&tartype=gzip' : ''}`,
    hash_type: 'SHA1',
    hash_value: token === 'warm' ? job.warmSha1 : job.sha1,
  })
  let download
  let close
  if (job.subject === 'floor') {
    const agent = new Agent()
    download = (b, to) => floorDownload(agent, b.download_url, to)
    close = () => agent.close()
  } else {
    const { downloadBill, createClient } = await sdk(job.subject)
    const client = createClient({
      mchid: f.mchid,
      serial: f.merchantSerial,
      privateKey: f.merchantPrivateKeyPem,
      platformKeys: { [f.platformSerial]: f.platformPublicKeyPem },
      baseUrl: job.url,
      retry: false,
      // A deadline for the whole file: generous, this is about memory.
      timeouts: { body: 600_000 },
    })
    download = (b, to) => downloadBill(client, b, { to })
    close = () => client.close()
  }
  try {
    // Every code path loaded and the connection open before the baseline: a small bill, plain and gzip.
    for (const gz of job.subject === 'floor' ? [false] : [false, true])
      await download(bill('warm', gz), join(dir, 'warm.csv'))
    const results = {}
    // The modes of this process, in order (bill-memory.mjs decides): the first is the first large download in it.
    const MODES = {
      plain: ['bill', false],
      gzip: ['bill', true],
      corrupt: ['corrupt', false],
      steady: ['bill', false],
      gzipFirst: ['bill', true],
      live: ['bill', false],
    }
    const modes = job.modes.map((mode) => [mode, ...MODES[mode]])
    for (const [mode, token, gz] of modes) {
      const to = join(dir, `${mode}.csv`)
      const m = await measure(() => download(bill(token, gz), to), { live: mode === 'live', written: writtenTo(to) })
      const failed = m.error !== undefined
      results[mode] = {
        ok: !failed,
        error: failed ? `${m.error.name} ${m.error.code ?? ''}`.trim() : undefined,
        integrityError: m.error?.name === 'IntegrityError',
        bytes: m.result?.bytes,
        fileBytes: existsSync(to) ? statSync(to).size : undefined,
        // A failed download must leave nothing: neither the target nor its temporary file.
        leftovers: readdirSync(dir).filter((name) => name.includes('.part') || (failed && name === `${mode}.csv`))
          .length,
        sha1Matches: m.result?.sha1 === job.sha1,
        gunzipped: m.result?.gunzipped,
        seconds: m.seconds,
        mibPerSecond: job.bytes / MiB / m.seconds,
        rssGrowthMiB: m.rssGrowthMiB,
        anonGrowthMiB: m.anonGrowthMiB,
        fileGrowthMiB: m.fileGrowthMiB,
        jsGrowthMiB: m.jsGrowthMiB,
        buffersGrowthMiB: m.buffersGrowthMiB,
        liveMiB: m.liveMiB,
        heldMiB: m.heldMiB,
        readMiB: m.readMiB,
        retainedMiB: m.retainedMiB,
        baselineRssMiB: m.baselineRssMiB,
      }
      rmSync(to, { force: true })
    }
    return results
  } finally {
    await close()
    rmSync(dir, { recursive: true, force: true })
  }
}

process.once('message', (job) => {
  run(job).then(
    (results) => process.send({ type: 'result', results }, () => process.exit(0)),
    (error) => process.send({ type: 'error', error: String(error?.stack ?? error) }, () => process.exit(1)),
  )
})
process.on('disconnect', () => process.exit(0))
