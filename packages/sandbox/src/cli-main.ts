import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ADMIN_PREFIX } from './constants.js'
import { sandboxEnv } from './env.js'
import { invalidOption } from './errors.js'
import type { SandboxMode } from './keys.js'
import { startSandbox } from './sandbox.js'
import type { Sandbox } from './sandbox-types.js'

export const CLI_USAGE = `wxpay-sandbox — a local WeChat Pay APIv3 (商家券) sandbox

Usage: wxpay-sandbox [--port N] [--host H] [--mode public-key|certificate|both] [--mchid ID] [--json] [--seed-examples]

  --port N          port to listen on (default: a free port)
  --host H          interface (default 127.0.0.1)
  --mode M          public-key (微信支付公钥, default), certificate (平台证书) or both (migration)
  --mchid ID        merchant id (default 1900000001)
  --json            print the settings as JSON instead of a .env block
  --seed-examples   pre-load the documentation's example stocks and coupons, and print the coupon to
                    deactivate (WECHATPAY_COUPON_CODE, WECHATPAY_STOCK_ID)
  -h, --help        this text

Prints the settings a client needs, as the WECHATPAY_* variables of the README (wxpay-sandbox > .env), and
writes the merchant private key and platform keys to a temporary directory that is removed on exit. Stops on
Ctrl+C, SIGTERM, or when the process that started it (npx, npm run, a shell) goes away.
Admin API (faults, state, seeding): <base url>${ADMIN_PREFIX}
`

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export interface RunningSandbox {
  sandbox: Sandbox
  /** The directory holding the PEM files. */
  dir: string
  /** The connection settings, by environment variable name. */
  env: Record<string, string>
  /** Stops the sandbox and removes the PEM directory. */
  close(): Promise<void>
}

/**
 * Runs the CLI: starts a sandbox from `argv` and prints its settings. Resolves once listening (or after `--help`
 * with `undefined`); the caller owns the returned handle.
 * @throws {SandboxError} INVALID_OPTION for unknown flags or values.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<RunningSandbox | undefined> {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        mode: { type: 'string' },
        mchid: { type: 'string' },
        json: { type: 'boolean' },
        'seed-examples': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return invalidOption(`${(error as Error).message}\n\n${CLI_USAGE}`)
  }
  if (values.help) {
    io.stdout(CLI_USAGE)
    return undefined
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port)) invalidOption(`--port must be a number (got "${String(values.port)}").`)
  const sandbox = await startSandbox({
    port,
    ...(typeof values.host === 'string' ? { host: values.host } : {}),
    ...(typeof values.mode === 'string' ? { mode: values.mode as SandboxMode } : {}),
    ...(typeof values.mchid === 'string' ? { mchid: values.mchid } : {}),
    seedExamples: values['seed-examples'] === true,
  })
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-sandbox-'))
  const env = sandboxEnv(sandbox, dir, values['seed-examples'] === true)
  if (values.json) {
    io.stdout(`${JSON.stringify({ mode: sandbox.mode, adminUrl: `${sandbox.url}${ADMIN_PREFIX}`, env }, null, 2)}\n`)
  } else {
    const lines = Object.entries(env).map(([name, value]) => `${name}=${value}`)
    io.stdout(`# wxpay-sandbox (${sandbox.mode} mode) — admin: ${sandbox.url}${ADMIN_PREFIX}\n${lines.join('\n')}\n`)
  }
  io.stderr(`wxpay-sandbox listening on ${sandbox.url} (Ctrl+C to stop)\n`)
  let closed = false
  return {
    sandbox,
    dir,
    env,
    async close() {
      if (closed) return
      closed = true
      await sandbox.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
