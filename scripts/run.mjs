#!/usr/bin/env node
// The README's commands (`npm test`, `npm run demo`, `npm run demo:pay`, `npm run sandbox`, `npm run tarballs`) land here. On a fresh machine with only
// Node.js and npm this fetches the pinned pnpm through npx, installs the workspace from the lockfile, provides what
// the tests need beyond Node.js (Redis from the system, the browser and its CJK font from npm), then runs the task.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { QUIET_ENV } from '../tests/support/src/quiet.mjs'
import { provideRedis } from '../tests/support/src/redis-setup.mjs'
import { REQUIREMENTS, requestedSkips } from '../tests/support/src/requirements.mjs'
import { summarize } from '../tests/support/src/summary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const parent = process.ppid
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 18)) {
  console.error(`wechatpay-ts needs Node.js >= 20.18 (this is ${process.version}).`)
  process.exit(1)
}

const tasks = {
  test: 'test:all',
  demo: 'demo:run',
  'demo:pay': 'demo:pay:run',
  sandbox: 'sandbox:build',
  tarballs: 'tarballs:pack',
}
const task = tasks[process.argv[2]]
if (!task) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(tasks).join('|')} [args…]`)
  process.exit(2)
}

const env = { ...process.env, ...QUIET_ENV }
if (task === 'test:all' && env.WXPAY_DOCS_BASE === undefined) {
  // The suite builds the docs once, as GitHub Pages serves them (under the repository's path): the browser test and
  // the Pages check then read the same site, and no second ~2,300-page build runs.
  const pages = readFileSync(join(root, '.github/workflows/pages.yml'), 'utf8')
  const base = /^\s*WXPAY_DOCS_BASE:\s*(\S+)\s*$/m.exec(pages)?.[1]
  if (base) env.WXPAY_DOCS_BASE = base
}
// The sandbox prints its settings on stdout (`npm run sandbox > .env`): everything else goes to stderr there.
const say = task === 'sandbox:build' ? console.error : console.log

function pnpm(...args) {
  const stdio = task === 'sandbox:build' ? ['inherit', 2, 'inherit'] : 'inherit'
  return spawnSync('npx', ['-y', packageManager, ...args], { cwd: root, stdio, env }).status ?? 1
}

let skips = []
if (task === 'test:all') {
  try {
    skips = requestedSkips(env.WXPAY_SKIP)
  } catch (error) {
    console.error(`npm test: ${error.message}`)
    process.exit(2)
  }
  for (const name of skips) say(`setup: left out by request (WXPAY_SKIP=${env.WXPAY_SKIP}): ${REQUIREMENTS[name]}`)
  // Before the install, so a machine that cannot get Redis stops at once.
  if (!skips.includes('redis')) {
    const redis = provideRedis({ log: say, env })
    if (!redis.ok) {
      console.error(redis.message)
      process.exit(1)
    }
    say(`setup: redis-server: ${redis.binary}`)
  }
}

const installed = pnpm('install', '--frozen-lockfile', '--reporter=append-only')
if (installed !== 0) process.exit(installed)

if (task === 'test:all' && !skips.includes('browser')) {
  const { browserLaunchOptions } = await import('../tests/support/src/browser.mjs')
  try {
    await browserLaunchOptions({ log: (line) => say(`setup: ${line}`), env })
  } catch (error) {
    console.error(`npm test: the browser from @sparticuz/chromium could not be prepared: ${error.message}`)
    console.error('  run without the browser tests: WXPAY_SKIP=browser npm test')
    process.exit(1)
  }
}

if (task === 'sandbox:build') {
  const built = pnpm('run', task)
  if (built !== 0) process.exit(built)
  // Stopped while building (`kill` reached the npm run shell, not this process): start no orphan sandbox.
  if (process.ppid !== parent) process.exit(1)
  // In this process rather than a child: the bin stops when its parent goes away, and here its parent is the
  // `npm run` shell, so `npm run sandbox &` then `kill $!` leaves nothing behind.
  const cli = join(root, 'packages', 'sandbox', 'dist', 'cli.js')
  process.argv = [process.argv[0], cli, ...process.argv.slice(3)]
  await import(pathToFileURL(cli).href)
} else {
  const results = join(root, 'test-results', 'vitest.json')
  rmSync(results, { force: true })
  const status = pnpm('run', task, ...process.argv.slice(3))
  if (task !== 'test:all') process.exit(status)
  // One plain closing line that any CI can read, whatever the reporters above printed, agreeing with the exit status.
  const report = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined
  const summary = summarize(report, { status, skipRequested: skips, root })
  console.log(['', ...summary.details, summary.line].join('\n'))
  process.exit(summary.ok ? 0 : status || 1)
}
