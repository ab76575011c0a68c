// A throwaway redis-server on a free loopback port, for the tests of the shared Redis dedupe store.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { onPath } from './redis-setup.mjs'

/** The redis-server binary on PATH, if any (`npm test` installs it on Debian/Ubuntu; see redis-setup.mjs). */
export const redisServerBinary: string | undefined = onPath('redis-server')

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
  if (binary === undefined) {
    throw new Error(
      'redis-server is not on PATH. `npm test` installs it on Debian/Ubuntu (as root or with sudo); elsewhere install it (e.g. `brew install redis`), or leave these tests out with WXPAY_SKIP=redis.',
    )
  }
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
