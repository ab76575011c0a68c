// How `npm test` gets a redis-server for the shared dedupe-store tests. No npm package ships a usable binary, so it
// comes from the system: on Debian/Ubuntu as root (or with passwordless sudo) it is installed with apt-get, after one
// line saying what and why; anywhere else the run stops at once with the command to run, and the opt-out.
// Plain JavaScript without dependencies: scripts/run.mjs runs it before the workspace is installed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

const WHY = 'the Redis dedupe-store tests of @adapters/express and @adapters/nestjs run a real redis-server'
const OPT_OUT = 'WXPAY_SKIP=redis npm test'

/** The first `command` on PATH, if any. */
export function onPath(command, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    const candidate = join(dir, command)
    if (dir !== '' && existsSync(candidate)) return candidate
  }
  return undefined
}

/** ID and ID_LIKE of /etc/os-release, lower-cased (empty off Linux or without the file). */
export function osFamilies(text) {
  const values = []
  for (const line of (text ?? '').split('\n')) {
    const match = /^(ID|ID_LIKE)=["']?([^"'\n]*)["']?$/.exec(line.trim())
    if (match) values.push(...match[2].toLowerCase().split(/\s+/).filter(Boolean))
  }
  return values
}

/** The install command a person runs on this kind of system. */
function manualCommand({ platform, families }) {
  if (platform === 'darwin') return 'brew install redis'
  if (families.some((f) => f === 'debian' || f === 'ubuntu')) return 'sudo apt-get install -y redis-server'
  if (families.some((f) => ['fedora', 'rhel', 'centos'].includes(f))) return 'sudo dnf install -y redis'
  if (families.includes('alpine')) return 'sudo apk add redis'
  if (families.includes('arch')) return 'sudo pacman -S --noconfirm redis'
  if (families.some((f) => f === 'suse' || f.startsWith('opensuse'))) return 'sudo zypper install -y redis'
  return 'install redis-server with your system package manager'
}

/**
 * What to do about redis-server, from facts about the machine (pure, so every branch has a unit test).
 * @param {{ binary?: string, platform: string, families: string[], isRoot: boolean, hasSudo: boolean, hasAptGet: boolean }} facts
 * @returns {{ action: 'ready', binary: string } | { action: 'install', line: string, commands: string[][] } | { action: 'stop', message: string }}
 */
export function redisPlan(facts) {
  if (facts.binary) return { action: 'ready', binary: facts.binary }
  const debian = facts.platform === 'linux' && facts.families.some((f) => f === 'debian' || f === 'ubuntu')
  if (debian && facts.hasAptGet && (facts.isRoot || facts.hasSudo)) {
    const prefix = facts.isRoot ? [] : ['sudo', '-n']
    return {
      action: 'install',
      line: `setup: installing redis-server with ${facts.isRoot ? '' : 'sudo '}apt-get (${WHY}; to leave them out instead: ${OPT_OUT})`,
      commands: [
        [...prefix, 'apt-get', 'update', '-qq'],
        [...prefix, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'redis-server'],
      ],
    }
  }
  const why = debian
    ? facts.hasAptGet
      ? 'npm test installs it only as root or with passwordless sudo'
      : 'apt-get is not on PATH'
    : 'npm test installs it only on Debian/Ubuntu'
  return {
    action: 'stop',
    message: [
      `npm test: redis-server is not on PATH, and ${why}; ${WHY}.`,
      `  Install it:             ${manualCommand(facts)}`,
      `  or run without them:    ${OPT_OUT}`,
    ].join('\n'),
  }
}

/** The facts `redisPlan` decides on, read from this machine. */
export function machineFacts(env = process.env) {
  const path = env.PATH ?? ''
  const osRelease =
    process.platform === 'linux' && existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : ''
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const sudo = isRoot ? undefined : onPath('sudo', path)
  return {
    binary: onPath('redis-server', path),
    platform: process.platform,
    families: osFamilies(osRelease),
    isRoot,
    hasSudo: sudo !== undefined && spawnSync(sudo, ['-n', 'true'], { stdio: 'ignore', env }).status === 0,
    hasAptGet: onPath('apt-get', path) !== undefined,
  }
}

/**
 * Makes sure redis-server is on PATH, installing it where `redisPlan` says so.
 * @returns {{ ok: true, binary: string } | { ok: false, message: string }}
 */
export function provideRedis({ log = console.log, env = process.env } = {}) {
  const plan = redisPlan(machineFacts(env))
  if (plan.action === 'ready') return { ok: true, binary: plan.binary }
  if (plan.action === 'stop') return { ok: false, message: plan.message }
  log(plan.line)
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) {
      return {
        ok: false,
        message: `npm test: \`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal}); install redis-server by hand, or run without the Redis tests: ${OPT_OUT}`,
      }
    }
  }
  const binary = onPath('redis-server', env.PATH)
  if (binary === undefined)
    return { ok: false, message: `npm test: apt-get installed redis-server but it is not on PATH (${env.PATH}).` }
  return { ok: true, binary }
}
