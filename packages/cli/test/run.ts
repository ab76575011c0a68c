// Spawns the built `wxpay` (dist/cli.js, the file npm installs as the bin) as a real process.
import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BIN = join(import.meta.dirname, '..', 'dist', 'cli.js')

export function binPath(): string {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first (npx -y pnpm@12.4.2 --filter wxpay build)`)
  return BIN
}

/** A private WXPAY_HOME so running sandboxes of other tests are never found. */
export const freshHome = (): string => mkdtempSync(join(tmpdir(), 'wxpay-home-'))

export interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `wxpay …args` to its end. */
export function wxpay(args: string[], env: Record<string, string>, stdin?: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath(), ...args], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
    })
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin ?? '')
  })
}

/** Runs `wxpay …args` in `cwd` with stdout and stderr in one stream, interleaved as a terminal shows them. */
export function wxpayMerged(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number | null; output: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'wxpay-out-')), 'output')
  const fd = openSync(file, 'w')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath(), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
      stdio: ['ignore', fd, fd],
    })
    child.on('error', reject)
    child.on('close', (code) => {
      closeSync(fd)
      resolve({ code, output: readFileSync(file, 'utf8') })
    })
  })
}

/** A long-running `wxpay` (sandbox, listen): its output so far, a wait for a condition on it, and a stop. */
export class Running {
  readonly child: ChildProcess
  stdout = ''
  stderr = ''
  private readonly exited: Promise<number | null>

  constructor(args: string[], env: Record<string, string>, cwd?: string) {
    this.child = spawn(process.execPath, [binPath(), ...args], {
      ...(cwd === undefined ? {} : { cwd }),
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child.stdout?.on('data', (c: Buffer) => {
      this.stdout += c.toString()
    })
    this.child.stderr?.on('data', (c: Buffer) => {
      this.stderr += c.toString()
    })
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)))
  }

  async until<T>(test: (self: this) => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
    const end = Date.now() + timeoutMs
    for (;;) {
      const value = test(this)
      if (value !== undefined) return value
      if (this.child.exitCode !== null)
        throw new Error(`wxpay exited (${this.child.exitCode}) before ${what}: ${this.stderr}`)
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${what}; stdout: ${this.stdout} stderr: ${this.stderr}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  /** The JSON-lines records printed so far (listen --json). */
  records(): Record<string, unknown>[] {
    return jsonLines(this.stdout)
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM')
    return this.exited
  }

  /** Resolves with the exit code once it ends by itself. */
  ended(): Promise<number | null> {
    return this.exited
  }
}

/** Polls `test` until it gives a value. */
export async function until<T>(test: () => T | undefined, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = test()
    if (v !== undefined) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** The settings document `wxpay sandbox --json` prints. */
export interface SandboxDoc {
  mode: string
  families: string[]
  adminUrl: string
  env: Record<string, string>
}

/** `wxpay sandbox …args --json` running, with its settings once printed. */
export async function sandboxProcess(
  args: string[],
  env: Record<string, string>,
): Promise<{ sandbox: Running; doc: SandboxDoc }> {
  const sandbox = new Running(['sandbox', ...args, '--json'], env)
  const doc = await sandbox.until((s) => {
    try {
      return JSON.parse(s.stdout) as SandboxDoc
    } catch {
      return undefined
    }
  }, 'the settings')
  return { sandbox, doc }
}

/** The JSON lines of a stream's output (logs --json, listen --json). */
export const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    // A line still being written (no newline yet) is not a record yet.
    .slice(0, text.endsWith('\n') ? undefined : -1)
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
