#!/usr/bin/env node
import { runCli } from './cli-main.js'
import { isSandboxError } from './errors.js'

const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t) }

/** How often the bin checks that the process that started it is still there. */
const PARENT_CHECK_MS = 500

runCli(process.argv.slice(2), io).then(
  (running) => {
    if (running === undefined) return
    let stopping = false
    const stop = () => {
      // A second signal while closing means "now".
      if (stopping) process.exit(1)
      stopping = true
      void running.close().then(() => process.exit(0))
    }
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop)
    // `npx wxpay-sandbox &` then `kill $!` signals npx, whose `sh -c` wrapper dies without passing the signal on:
    // the sandbox notices that its parent went away and stops too, instead of holding the port as an orphan.
    const parent = process.ppid
    setInterval(() => {
      if (process.ppid !== parent) stop()
    }, PARENT_CHECK_MS).unref()
  },
  (error: unknown) => {
    io.stderr(
      `wxpay-sandbox: ${isSandboxError(error) ? error.message.replace(/^@tools\/sandbox: /, '') : String(error)}\n`,
    )
    process.exitCode = 2
  },
)
