#!/usr/bin/env node
// The README's two commands (`npm test`, `npm run demo`) land here. On a fresh machine with only Node.js and npm this
// fetches the pinned pnpm through npx, installs the workspace from the lockfile, then runs the requested task.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 18)) {
  console.error(`wechatpay-ts needs Node.js >= 20.18 (this is ${process.version}).`)
  process.exit(1)
}

const tasks = { test: 'test:all', demo: 'demo:run' }
const task = tasks[process.argv[2]]
if (!task) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(tasks).join('|')}`)
  process.exit(2)
}

function pnpm(...args) {
  return (
    spawnSync('npx', ['-y', packageManager, ...args], { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1
  )
}

const installed = pnpm('install', '--frozen-lockfile', '--reporter=append-only')
if (installed !== 0) process.exit(installed)
const results = join(root, 'test-results', 'vitest.json')
rmSync(results, { force: true })
const status = pnpm('run', task, ...process.argv.slice(3))
// One plain closing line that any CI can read, whatever the reporters above printed.
if (task === 'test:all' && existsSync(results)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(results, 'utf8'))
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`)
}
process.exit(status)
