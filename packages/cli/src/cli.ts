#!/usr/bin/env node
import type { Running } from './command.js'
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

/** Commands that may keep running, and write key files while they start: a signal then waits for their cleanup. */
const LONG_RUNNING = ['sandbox', 'listen', 'logs']
/** How long a signal during start-up waits for the command to be stoppable before exiting anyway. */
const STARTING_GRACE_MS = 3000

// No top-level await: the bin is built as CommonJS too (one build shape for every package).
async function main() {
  const argv = process.argv.slice(2)
  let running: Running | undefined
  let stopping = false
  let interrupted = false
  const stop = (exit: number) => {
    if (stopping || running === undefined) return
    stopping = true
    void running.close().then(() => process.exit(exit))
  }
  // Installed before the command starts: a SIGTERM that lands while listen is still starting (its key files
  // already written) must not kill it before it cleans up. Other commands keep the default (die at once).
  if (LONG_RUNNING.includes(argv[0] ?? '')) {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        // A second signal while closing or starting means "now".
        if (stopping || interrupted) process.exit(1)
        if (running !== undefined) return stop(0)
        interrupted = true
        setTimeout(() => process.exit(1), STARTING_GRACE_MS).unref()
      })
    }
  }
  const result = await runCli(argv, io)
  if (result.running === undefined) {
    process.exitCode = result.code
    return
  }
  running = result.running
  if (interrupted) return stop(0)
  void running.done?.then((exit) => stop(exit))
  // `npx wxpay listen &` then `kill $!` signals npx, whose shell wrapper may die without passing the signal on:
  // notice that the parent went away and stop too, instead of holding the port as an orphan.
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) stop(0)
  }, PARENT_CHECK_MS).unref()
}

void main()
