// A throwaway redis-server on a free loopback port, for the tests of the shared Redis dedupe store.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { delimiter, join } from 'node:path'

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command)
    if (dir !== '' && existsSync(candidate)) return candidate
  }
  return undefined
}

/** The redis-server binary on PATH, if any (CI installs it; elsewhere the Redis tests skip and say why). */
export const redisServerBinary: string | undefined = onPath('redis-server')

/** Why the Redis tests are skipped, printed once by each suite that skips them. */
export function warnRedisMissing(packageName: string): void {
  if (redisServerBinary !== undefined) return
  console.warn(
    `${packageName}: redis-server is not on PATH, so the Redis dedupe tests are skipped. Install it (Debian: apt-get install -y redis-server); .ci/run does, so CI always runs them.`,
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

export interface RedisServer {
  port: number
  stop(): Promise<void>
}

/** Starts redis-server without persistence on 127.0.0.1 and resolves once it accepts connections. */
export async function startRedisServer(binary = redisServerBinary): Promise<RedisServer> {
  if (binary === undefined) throw new Error('redis-server is not on PATH')
  const port = await freePort()
  const child = await new Promise<ChildProcess>((resolve, reject) => {
    const proc = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000)
    proc.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve(proc)
      }
    })
    proc.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with ${code}:\n${output}`))
    })
  })
  return {
    port,
    async stop() {
      if (child.pid === undefined || child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
