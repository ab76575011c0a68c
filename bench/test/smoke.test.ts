// A short `pnpm bench` (BENCH_QUICK) against the raw server: the benchmark must run to the end by itself, every subject
// must have verified every answer and refused the tampered one, and the reports (paired run included) must be written.
// The figures of such a short run mean nothing; only that the machinery works is checked.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-bench-smoke-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs `pnpm bench` with `env` in a child process. Asynchronously: a worker blocked in spawnSync for a minute misses
 * vitest's own RPC deadline, which fails the whole run.
 */
function runBench(env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'src', 'run.mjs')], { env })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

const SUBJECTS = ['raw', 'raw-async', 'ours', 'ours-sync', 'wechatpay-axios-plugin']

describe('pnpm bench (quick)', () => {
  it('runs micro and e2e to the end, verifying every answer', { timeout: 180_000 }, async () => {
    const run = await runBench({
      ...process.env,
      BENCH_QUICK: '1',
      BENCH_ONLY: 'micro,e2e',
      BENCH_SERVERS: 'raw',
      BENCH_SUBJECTS: SUBJECTS.join(','),
      BENCH_RESULTS_DIR: dir,
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/done in \d+ s/)

    const e2e = JSON.parse(readFileSync(join(dir, '3-e2e.json'), 'utf8')).results
    for (const scenario of ['raw c=1', 'raw c=32']) {
      for (const subject of SUBJECTS) {
        const entry = e2e[scenario][subject]
        expect(entry.errors, `${scenario} ${subject}`).toEqual([])
        expect(entry.failures, `${scenario} ${subject}`).toBe(0)
        expect(entry.verified, `${scenario} ${subject}`).toBe(entry.requests)
        expect(entry.requests).toBeGreaterThan(0)
        // The raw server corrupts the answer to a TAMPER coupon: a verifying client must throw.
        expect(entry.tamperRejected, `${scenario} ${subject}`).toBe(true)
        // One connection per concurrent caller, not one per call (undici 7's Agent, once a connection had ended, opened
        // one per call: 3,003 for 3,000 warm-up calls).
        if (subject.startsWith('ours') && scenario === 'raw c=1')
          expect(entry.connections.max, subject).toBeLessThanOrEqual(16)
        // GC pauses are measured and are a part of the CPU time, never more.
        expect(entry.gcMicrosPerRequest.median).toBeGreaterThanOrEqual(0)
        expect(entry.gcMicrosPerRequest.median).toBeLessThan(entry.cpuMicrosPerRequest.median)
      }
    }

    const paired = JSON.parse(readFileSync(join(dir, '3b-e2e-paired.json'), 'utf8')).results
    // c=1 runs more, shorter rounds than c=32 (its ratio to raw is a few per cent, within one batch's noise).
    for (const [scenario, rounds] of [
      ['raw c=1', 4],
      ['raw c=32', 2],
    ] as const) {
      expect(Object.keys(paired[scenario]).sort()).toEqual(['ours', 'ours-sync', 'raw', 'raw-async'])
      const entries = paired[scenario] as Record<string, { failures: number; rounds: number; pooledRatioToRaw: number }>
      for (const entry of Object.values(entries)) {
        expect(entry.failures).toBe(0)
        expect(entry.rounds).toBe(rounds)
        expect(entry.pooledRatioToRaw).toBeGreaterThan(0)
        expect(Number.isFinite(entry.pooledRatioToRaw)).toBe(true)
      }
      expect(entries.raw!.pooledRatioToRaw).toBe(1)
    }

    const summary = JSON.parse(readFileSync(join(dir, '1-summary.json'), 'utf8')).results as { target: string }[]
    const targets = summary.map((row) => row.target)
    expect(targets).toContain('sign (Authorization header) ≥ 0.95× raw')
    expect(targets).toContain('paired in one process: client CPU/request c=32 ≤ 1.1× raw')
    expect(readFileSync(join(dir, '3b-e2e-paired.md'), 'utf8')).toMatch(/^# End to end, paired in one client process/)
  })

  it('runs the JSAPI prepay operation (BENCH_OP=jsapi) for ours, raw and both peers', {
    timeout: 180_000,
  }, async () => {
    const jsapiDir = join(dir, 'jsapi')
    const subjects = ['raw', 'ours', 'wechatpay-axios-plugin', 'wechatpay-node-v3']
    const run = await runBench({
      ...process.env,
      BENCH_QUICK: '1',
      BENCH_ONLY: 'e2e',
      BENCH_OP: 'jsapi',
      BENCH_SERVERS: 'raw',
      BENCH_SUBJECTS: subjects.join(','),
      BENCH_RESULTS_DIR: jsapiDir,
    })
    expect(run.status, run.stderr).toBe(0)
    const e2e = JSON.parse(readFileSync(join(jsapiDir, '3-e2e.json'), 'utf8')).results
    for (const scenario of ['raw c=1', 'raw c=32']) {
      for (const subject of subjects) {
        const entry = e2e[scenario][subject]
        expect(entry.errors, `${scenario} ${subject}`).toEqual([])
        expect(entry.failures, `${scenario} ${subject}`).toBe(0)
        expect(entry.requests).toBeGreaterThan(0)
        expect(entry.verified, `${scenario} ${subject}`).toBe(entry.requests)
        expect(entry.tamperRejected, `${scenario} ${subject}`).toBe(true)
      }
    }
    expect(readFileSync(join(jsapiDir, '3-e2e.md'), 'utf8')).toMatch(/^# End to end: signed JSAPI prepay POSTs/)
  })

  it('downloads the bill (BENCH_ONLY=bill): verified, the corrupted one refused, what it holds measured', {
    timeout: 180_000,
  }, async () => {
    const billDir = join(dir, 'bill')
    const run = await runBench({ ...process.env, BENCH_QUICK: '1', BENCH_ONLY: 'bill', BENCH_RESULTS_DIR: billDir })
    expect(run.status, run.stderr).toBe(0)
    const bill = JSON.parse(readFileSync(join(billDir, '6-bill-memory.json'), 'utf8')).results
    const ours = bill.results.ours
    for (const mode of ['plain', 'gzip', 'steady', 'gzipFirst']) {
      const [r] = ours[mode]
      expect(r.ok && r.sha1Matches, mode).toBe(true)
      expect(r.leftovers, mode).toBe(0)
      // Bytes read from the socket but not yet in the file: at least 0, and far from the whole (8 MiB) bill.
      expect(r.heldMiB, mode).toBeGreaterThanOrEqual(0)
      expect(r.heldMiB, mode).toBeLessThan(2)
    }
    // The held figures are over sockets that carried the bill (8 MiB plain; gzip is smaller but not empty).
    expect(ours.plain[0].readMiB).toBeGreaterThanOrEqual(8)
    expect(ours.gzipFirst[0].readMiB).toBeGreaterThan(0.1)
    expect(ours.corrupt[0]).toMatchObject({ integrityError: true, leftovers: 0 })
    const summary = JSON.parse(readFileSync(join(billDir, '1-summary.json'), 'utf8')).results as { target: string }[]
    expect(summary.filter((row) => /MiB bill/.test(row.target))).toHaveLength(2)
  })
})
