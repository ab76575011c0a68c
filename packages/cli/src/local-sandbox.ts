// A sandbox this process runs (`wxpay sandbox`, `wxpay listen`): the families asked for, its key files in a 0700
// temporary folder (0600 each), and `sandbox.json` so other `wxpay` commands find it. All removed on close.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AnySandboxFamily, Sandbox, SandboxMode } from '@tools/sandbox'
import { type CommandContext, integerFlag, stringFlag } from './command.js'
import { CliError, EXIT, usageError } from './exit.js'
import { clearSandboxState, writeSandboxState } from './home.js'
import type { CliIo } from './output.js'

/** The families `--families` names; the sandbox itself is loaded only by a command that starts one. */
export const FAMILIES = ['busifavor', 'pay']
export const DEFAULT_FAMILIES = FAMILIES
const MODES = ['public-key', 'certificate', 'both']

/** The flags `wxpay sandbox` and `wxpay listen` share. */
export const SANDBOX_OPTIONS = {
  families: { type: 'string' },
  mode: { type: 'string' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  mchid: { type: 'string' },
  'seed-examples': { type: 'boolean' },
  'retry-delays': { type: 'string' },
} as const

export const SANDBOX_HELP = `  --families LIST     what to emulate: busifavor (商家券), pay (基础支付); default busifavor,pay
  --mode M            public-key (微信支付公钥, default), certificate (平台证书) or both (migration)
  -p, --port N        port (default: a free one)
  --host H            interface (default 127.0.0.1)
  --mchid ID          merchant id (default 1900000001)
  --seed-examples     load the documentation's example stocks, coupons, orders and refunds
  --retry-delays MS   replace WeChat Pay's callback retry schedule, e.g. 2000,2000 (default: WeChat's own —
                      payments 15s 15s 30s 3m 10m 20m 30m 30m 30m 60m 3h 3h 3h 6h 6h, busifavor 10 × 60s)`

export interface LocalSandbox {
  sandbox: Sandbox<readonly AnySandboxFamily[]>
  /** Its admin API (`/__sandbox`). */
  adminUrl: string
  /** The temporary folder holding the key files. */
  dir: string
  env: Record<string, string>
  close(): Promise<void>
}

export interface LocalOptions {
  families: string[]
  mode: SandboxMode
  port: number
  host: string | undefined
  mchid: string | undefined
  seedExamples: boolean
  retryDelaysMs: number[] | undefined
  forwardTo?: string
}

/** The sandbox flags, checked (a bad value is a usage error and starts nothing). */
export function localOptions(values: CommandContext['values']): LocalOptions {
  const families = (stringFlag(values, 'families') ?? DEFAULT_FAMILIES.join(','))
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
  for (const family of families) {
    if (!FAMILIES.includes(family)) {
      usageError(`--families: unknown family ${JSON.stringify(family)} (known: ${FAMILIES.join(', ')})`)
    }
  }
  if (families.length === 0) usageError('--families needs at least one family, e.g. busifavor,pay')
  const mode = stringFlag(values, 'mode') ?? 'public-key'
  if (!MODES.includes(mode)) usageError(`--mode must be one of ${MODES.join(', ')} (got ${JSON.stringify(mode)})`)
  const delays = stringFlag(values, 'retry-delays')
  const retryDelaysMs = delays?.split(',').map((d) => {
    const n = Number(d.trim())
    if (!Number.isInteger(n) || n < 0)
      usageError(`--retry-delays takes ms like 2000,2000 (got ${JSON.stringify(delays)})`)
    return n
  })
  const mchid = stringFlag(values, 'mchid')
  if (mchid !== undefined && !/^\d{6,32}$/.test(mchid)) usageError('--mchid must be digits (商户号)')
  return {
    families: [...new Set(families)],
    mode: mode as SandboxMode,
    port: integerFlag(values, 'port') ?? 0,
    host: stringFlag(values, 'host'),
    mchid,
    seedExamples: values['seed-examples'] === true,
    retryDelaysMs,
  }
}

/** Starts the sandbox, writes its key files and announces it in `sandbox.json`. */
export async function startLocal(options: LocalOptions, io: CliIo): Promise<LocalSandbox> {
  const { ADMIN_PREFIX, busifavorSandbox, paySandbox, sandboxEnv, startSandbox } = await import('@tools/sandbox')
  const families: Record<string, AnySandboxFamily> = { busifavor: busifavorSandbox, pay: paySandbox }
  let sandbox: Sandbox<readonly AnySandboxFamily[]>
  try {
    sandbox = await startSandbox({
      families: options.families.map((name) => families[name]!),
      mode: options.mode,
      port: options.port,
      seedExamples: options.seedExamples,
      ...(options.host === undefined ? {} : { host: options.host }),
      ...(options.mchid === undefined ? {} : { mchid: options.mchid }),
      ...(options.retryDelaysMs === undefined ? {} : { callbackRetryDelaysMs: options.retryDelaysMs }),
      ...(options.forwardTo === undefined ? {} : { forwardCallbacksTo: options.forwardTo }),
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new CliError(`cannot listen on port ${options.port}: ${code}`, EXIT.IO, 'choose another --port, or 0')
    }
    throw new CliError(
      `cannot start the sandbox: ${(error as Error).message.replace(/^@tools\/sandbox: /, '')}`,
      EXIT.USAGE,
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-'))
  const env = sandboxEnv(sandbox, dir, options.seedExamples)
  writeSandboxState(io, {
    url: sandbox.url,
    pid: process.pid,
    mode: sandbox.mode,
    families: sandbox.families(),
    env,
  })
  let closed = false
  return {
    sandbox,
    adminUrl: `${sandbox.url}${ADMIN_PREFIX}`,
    dir,
    env,
    async close() {
      if (closed) return
      closed = true
      clearSandboxState(io, process.pid)
      await sandbox.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
