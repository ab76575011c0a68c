#!/usr/bin/env node
import { runCli } from './main.js'

/** How often a long-running command checks that the process that started it is still there. */
const PARENT_CHECK_MS = 500

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  cwd: process.cwd(),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  },
}

// No top-level await: the bin is built as CommonJS too (one build shape for every package).
async function main() {
  const { code, running } = await runCli(process.argv.slice(2), io)
  if (running === undefined) process.exitCode = code
  else {
    let stopping = false
    const stop = (exit: number) => {
      if (stopping) return
      stopping = true
      void running.close().then(() => process.exit(exit))
    }
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        // A second signal while closing means "now".
        if (stopping) process.exit(1)
        stop(0)
      })
    }
    void running.done?.then((exit) => stop(exit))
    // `npx wxpay listen &` then `kill $!` signals npx, whose shell wrapper may die without passing the signal on:
    // notice that the parent went away and stop too, instead of holding the port as an orphan.
    const parent = process.ppid
    setInterval(() => {
      if (process.ppid !== parent) stop(0)
    }, PARENT_CHECK_MS).unref()
  }
}

void main()
