// `npm run sandbox -- --seed-examples` as a newcomer runs it in a clone: it prints exactly the variables of the
// README's table, the demo runs its deactivate step from those settings alone, and killing the npm process (as
// `npm run sandbox &` then `kill $!` does) stops the sandbox instead of leaving it orphaned on its port.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')

/** The README's variable table: every WECHATPAY_* name, and those not marked optional (可选). */
function readmeVariables() {
  const rows = readFileSync(join(root, 'README.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `WECHATPAY_'))
  const names = (row: string) => [...row.matchAll(/`(WECHATPAY_\w+)`/g)].map((m) => m[1] as string)
  return {
    all: rows.flatMap(names).sort(),
    required: rows
      .filter((row) => !row.includes('可选'))
      .flatMap(names)
      .sort(),
  }
}

function untilSettings(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`no settings after 240 s:\n${out}\n${err}`)), 240_000)
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (/^WECHATPAY_BASE_URL=.*\n/m.test(out)) {
        clearTimeout(timer)
        resolve(out)
      }
    })
    child.once('exit', (code) => reject(new Error(`npm run sandbox exited with ${code}:\n${out}\n${err}`)))
  })
}

const reachable = (url: string) =>
  fetch(`${url}/__sandbox`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  )

let child: ChildProcess | undefined

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL')
})

describe('npm run sandbox in a clone', () => {
  it('prints the README variables, runs the demo from them, and stops when npm is killed', async () => {
    child = spawn('npm', ['run', '--silent', 'sandbox', '--', '--seed-examples'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const printed = await untilSettings(child)
    const settings = Object.fromEntries(
      printed
        .split('\n')
        .filter((line) => /^WECHATPAY_\w+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    ) as Record<string, string>
    const { all, required } = readmeVariables()
    expect(Object.keys(settings).filter((name) => !all.includes(name))).toEqual([])
    expect(required.filter((name) => !(name in settings))).toEqual([])
    expect(settings).toMatchObject({ WECHATPAY_COUPON_CODE: 'sxxe34343434', WECHATPAY_STOCK_ID: '1234567891' })

    // The settings alone configure a client: the demo's real-credentials path deactivates that coupon.
    const envFile = join(mkdtempSync(join(tmpdir(), 'wxpay-sandbox-env-')), '.env')
    writeFileSync(envFile, printed)
    const demo = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        process.execPath,
        [`--env-file=${envFile}`, join(root, 'examples/busifavor-demo/demo.mjs')],
        { cwd: root, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
      )
    })
    expect(demo.out).toMatch(/✓ wechatpay_deactivate_time/)
    expect(demo.code).toBe(0)

    const url = settings.WECHATPAY_BASE_URL as string
    const pemDir = dirname(settings.WECHATPAY_PRIVATE_KEY_PATH as string)
    expect(await reachable(url)).toBe(true)
    const exited = new Promise((resolve) => child?.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
    await expect.poll(() => reachable(url), { timeout: 5000, interval: 200 }).toBe(false)
    await expect.poll(() => existsSync(pemDir), { timeout: 5000, interval: 200 }).toBe(false)
  }, 300_000)
})
