#!/usr/bin/env node
import { runCli } from './cli-main.js'
import { isSandboxError } from './errors.js'

const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t) }

runCli(process.argv.slice(2), io).then(
  (running) => {
    if (running === undefined) return
    const stop = () => {
      void running.close().then(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  },
  (error: unknown) => {
    io.stderr(
      `wxpay-sandbox: ${isSandboxError(error) ? error.message.replace(/^@tools\/sandbox: /, '') : String(error)}\n`,
    )
    process.exitCode = 2
  },
)
