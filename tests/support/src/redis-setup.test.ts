import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { onPath, osFamilies, redisPlan } from './redis-setup.mjs'

const debian = { platform: 'linux', families: ['debian'], isRoot: true, hasSudo: false, hasAptGet: true }

describe('redisPlan(facts)', () => {
  it('redis-server on PATH → ready, nothing installed', () => {
    expect(redisPlan({ ...debian, binary: '/usr/bin/redis-server' })).toEqual({
      action: 'ready',
      binary: '/usr/bin/redis-server',
    })
  })

  it('Debian as root → apt-get update + install, announced in one line that says why and how to opt out', () => {
    const plan = redisPlan(debian)
    expect(plan.action).toBe('install')
    if (plan.action !== 'install') return
    expect(plan.commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'redis-server'],
    ])
    expect(plan.line).not.toContain('\n')
    expect(plan.line).toMatch(/installing redis-server with apt-get \(.*dedupe-store tests.*WXPAY_SKIP=redis/)
  })

  it('Ubuntu (ID_LIKE debian) with passwordless sudo → the same through sudo -n', () => {
    const plan = redisPlan({ ...debian, families: ['ubuntu', 'debian'], isRoot: false, hasSudo: true })
    expect(plan.action === 'install' && plan.commands.map((c) => c.slice(0, 3))).toEqual([
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'apt-get'],
    ])
  })

  it('Debian without root or sudo → stop with the apt-get command and the opt-out', () => {
    const plan = redisPlan({ ...debian, isRoot: false })
    expect(plan.action).toBe('stop')
    expect(plan.action === 'stop' && plan.message).toMatch(
      /root or with passwordless sudo[\s\S]*sudo apt-get install -y redis-server[\s\S]*WXPAY_SKIP=redis npm test/,
    )
  })

  it('Debian without apt-get on PATH → stop, saying so', () => {
    const plan = redisPlan({ ...debian, hasAptGet: false })
    expect(plan.action === 'stop' && plan.message).toMatch(/apt-get is not on PATH/)
  })

  it.each([
    [{ platform: 'darwin', families: [] }, 'brew install redis'],
    [{ platform: 'linux', families: ['fedora'] }, 'sudo dnf install -y redis'],
    [{ platform: 'linux', families: ['alpine'] }, 'sudo apk add redis'],
    [{ platform: 'win32', families: [] }, 'install redis-server with your system package manager'],
  ])('elsewhere (%o) → stop with %s, even as root', (facts, command) => {
    const plan = redisPlan({ ...debian, ...facts })
    expect(plan.action).toBe('stop')
    expect(plan.action === 'stop' && plan.message).toContain(`Install it:             ${command}`)
  })
})

describe('facts', () => {
  it('osFamilies reads ID and ID_LIKE from os-release text', () => {
    expect(osFamilies('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n')).toEqual(['ubuntu', 'debian'])
    expect(osFamilies('ID="rhel"\nID_LIKE="fedora centos"')).toEqual(['rhel', 'fedora', 'centos'])
    expect(osFamilies(undefined)).toEqual([])
  })

  it('onPath finds a command in the given PATH only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxpay-onpath-'))
    writeFileSync(join(dir, 'redis-server'), '')
    expect(onPath('redis-server', `/nonexistent:${dir}`)).toBe(join(dir, 'redis-server'))
    expect(onPath('redis-server', '/nonexistent')).toBeUndefined()
  })
})
