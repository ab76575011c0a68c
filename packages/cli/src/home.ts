// The CLI's own files: `config.json` (profiles) and `sandbox.json` (the sandbox a `wxpay sandbox` or `wxpay listen`
// is running, so `wxpay trigger` in another terminal finds it). Both may hold keys: written 0600 in a 0700 folder.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { ioError } from './exit.js'
import type { CliIo } from './output.js'

/** `WXPAY_HOME`, else `$XDG_CONFIG_HOME/wxpay`, else `~/.config/wxpay`. */
export function wxpayHome(io: CliIo): string {
  if (io.env.WXPAY_HOME) return io.env.WXPAY_HOME
  const base = io.env.XDG_CONFIG_HOME || join(io.env.HOME || homedir(), '.config')
  return join(base, 'wxpay')
}

/** Writes `text` readable by its owner only (mode 0600, also when the file existed with a looser mode). */
export function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 })
  chmodSync(path, 0o600)
}

function ensureHome(io: CliIo): string {
  const dir = wxpayHome(io)
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
  } catch (error) {
    ioError(`cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  return dir
}

/** Reads a private JSON file; refuses one that others can read (it may hold the APIv3 key), as ssh does. */
export function readPrivateJson<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined
  const mode = statSync(path).mode & 0o777
  if ((mode & 0o077) !== 0) {
    ioError(
      `${path} is readable by others (mode ${mode.toString(8).padStart(4, '0')}) and may hold keys: refusing to use it`,
      `chmod 600 ${path}`,
    )
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch (error) {
    return ioError(`${path} is not valid JSON: ${(error as Error).message}`)
  }
}

export function writePrivateJson(io: CliIo, name: string, value: unknown): string {
  const path = join(ensureHome(io), name)
  writePrivate(path, `${JSON.stringify(value, null, 2)}\n`)
  return path
}

/** What `sandbox.json` says about the sandbox a `wxpay` process runs. */
export interface SandboxState {
  url: string
  pid: number
  mode: string
  families: string[]
  /** The WECHATPAY_* settings of that sandbox (paths to its 0600 key files, its APIv3 key). */
  env: Record<string, string>
}

const STATE_FILE = 'sandbox.json'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The running sandbox `wxpay sandbox` / `wxpay listen` announced, if its process is still there. */
export function readSandboxState(io: CliIo): SandboxState | undefined {
  const state = readPrivateJson<SandboxState>(join(wxpayHome(io), STATE_FILE))
  return state !== undefined && typeof state.url === 'string' && alive(state.pid) ? state : undefined
}

export function writeSandboxState(io: CliIo, state: SandboxState): void {
  writePrivateJson(io, STATE_FILE, state)
}

/** Removes the state file if it still describes this process's sandbox (another may have started since). */
export function clearSandboxState(io: CliIo, pid: number): void {
  const path = join(wxpayHome(io), STATE_FILE)
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as SandboxState
    if (state.pid === pid) rmSync(path, { force: true })
  } catch {
    // Gone or unreadable: nothing of ours to remove.
  }
}
