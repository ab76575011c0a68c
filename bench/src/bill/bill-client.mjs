// The client side of the bill-memory run, in its own process (started with --expose-gc so the baseline is taken on a
// collected heap): @api/pay downloadBill over @core/client, writing the served bill to a file, while the process's
// memory is sampled every 5 ms. Reports the peak growth over the baseline, per mode, over IPC.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { downloadBill } from '@api/pay'
import { createClient, isIntegrityError } from '@core/client'
import { loadFixture } from '../lib/fixture.mjs'

const MiB = 1024 * 1024

async function measure(download) {
  globalThis.gc()
  globalThis.gc()
  const base = process.memoryUsage()
  const peak = { rss: base.rss, js: base.heapUsed + base.external, buffers: base.arrayBuffers }
  const sample = () => {
    const m = process.memoryUsage()
    peak.rss = Math.max(peak.rss, m.rss)
    peak.js = Math.max(peak.js, m.heapUsed + m.external)
    peak.buffers = Math.max(peak.buffers, m.arrayBuffers)
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
  // What the download keeps once the garbage it made is collected.
  globalThis.gc()
  globalThis.gc()
  const after = process.memoryUsage()
  return {
    ...outcome,
    seconds,
    rssGrowthMiB: (peak.rss - base.rss) / MiB,
    jsGrowthMiB: (peak.js - base.heapUsed - base.external) / MiB,
    buffersGrowthMiB: (peak.buffers - base.arrayBuffers) / MiB,
    retainedMiB: (after.heapUsed + after.external - base.heapUsed - base.external) / MiB,
    baselineRssMiB: base.rss / MiB,
  }
}

async function run(job) {
  const f = loadFixture()
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
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-bench-bill-'))
  const bill = (token, tartype) => ({
    download_url: `${job.url}/v3/billdownload/file?token=${token}${tartype ? '&tartype=gzip' : ''}`,
    hash_type: 'SHA1',
    hash_value: token === 'warm' ? job.warmSha1 : job.sha1,
  })
  try {
    // Every code path loaded and the connection open before the baseline.
    for (const gz of [false, true]) await downloadBill(client, bill('warm', gz), { to: join(dir, 'warm.csv') })
    const results = {}
    // The first download in the process, then the others; `steady` repeats the plain one once the allocator has
    // grown to the download's working size (a service that fetches its bills every day).
    for (const [mode, token, gz] of [
      ['plain', 'bill', false],
      ['gzip', 'bill', true],
      ['corrupt', 'corrupt', false],
      ['steady', 'bill', false],
    ]) {
      const to = join(dir, `${mode}.csv`)
      const m = await measure(() => downloadBill(client, bill(token, gz), { to }))
      const failed = m.error !== undefined
      results[mode] = {
        ok: !failed,
        error: failed ? `${m.error.name} ${m.error.code ?? ''}`.trim() : undefined,
        integrityError: isIntegrityError(m.error),
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
        jsGrowthMiB: m.jsGrowthMiB,
        buffersGrowthMiB: m.buffersGrowthMiB,
        retainedMiB: m.retainedMiB,
        baselineRssMiB: m.baselineRssMiB,
      }
      rmSync(to, { force: true })
    }
    return results
  } finally {
    await client.close()
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
