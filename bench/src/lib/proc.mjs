// Child processes of the benchmark: forked with IPC, each with a hard deadline, and all killed (by pid) on exit so
// nothing outlives a run, even one that failed.
import { fork } from 'node:child_process'

const live = new Set()
const killAll = () => {
  for (const child of live) child.kill('SIGKILL')
}
process.on('exit', killAll)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killAll()
    process.exit(130)
  })
}

/** Forks `script`; `execArgv` lets a run add e.g. --cpu-prof. */
export function start(script, { env = {}, execArgv = [], timeoutMs = 120_000 } = {}) {
  const child = fork(script, [], {
    env: { ...process.env, ...env },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  live.add(child)
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs).unref()
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      live.delete(child)
      resolve({ code, signal })
    }),
  )
  /** The next IPC message of `type` (rejects when the child exits first). */
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (m) => {
        if (m?.type === type || m?.type === 'error') {
          child.off('message', onMessage)
          if (m.type === 'error') reject(new Error(`child ${script} failed: ${m.error}`))
          else resolve(m)
        }
      }
      child.on('message', onMessage)
      exited.then(({ code, signal }) => {
        child.off('message', onMessage)
        reject(new Error(`child ${script} exited (${signal ?? code}) before sending "${type}"`))
      })
    })
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    if (child.connected) child.send({ type: 'stop' })
    const t = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(t)
  }
  return { child, next, send: (m) => child.send(m), exited, stop }
}
