// `wxpay`, `wxpay --help` and every command's `--help`: complete (every flag a command parses is in its help),
// exit 0; and the exit codes the pages document are the ones the CLI uses.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_BASE_URL } from '@core/client'
import { describe, expect, it } from 'vitest'
import { COMMON_OPTIONS } from '../src/command.js'
import { WECHATPAY_API_URL } from '../src/credentials.js'
import { EXIT } from '../src/exit.js'
import { COMMANDS } from '../src/main.js'
import { freshHome, wxpay } from './run.js'

const env = { WXPAY_HOME: freshHome() }
const docs = join(import.meta.dirname, '..', '..', '..', 'docs')

describe('wxpay without arguments and wxpay --help', () => {
  it('without arguments: what to try first, exit 0', async () => {
    const bare = await wxpay([], env)
    expect(bare.code).toBe(0)
    expect(bare.stdout).toContain('Try first')
    expect(bare.stdout).toContain('wxpay listen --forward-to http://127.0.0.1:3000/wechatpay/notify')
    expect(bare.stdout).toContain('wxpay trigger transaction.success')
    expect(bare.stdout).toContain('All commands: wxpay --help')
  })

  it('--help lists every command with its summary, where to start, and the exit status; -h and help too', async () => {
    const help = await wxpay(['--help'], env)
    expect(help.code).toBe(0)
    for (const command of COMMANDS) {
      const line = help.stdout.split('\n').find((l) => l.startsWith(`  ${command.name} `))
      const collapse = (text: string) => text.replace(/ +/g, ' ').trim()
      expect(collapse(line ?? '')).toBe(collapse(`${command.name} ${command.summary}`))
    }
    expect(help.stdout).toContain('Start here')
    expect(help.stdout).toContain('Exit status')
    for (const flag of ['-h', 'help']) expect((await wxpay([flag], env)).stdout).toBe(help.stdout)
  })

  it('an unknown command exits 2 and suggests the near one', async () => {
    const unknown = await wxpay(['lisen'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown command "lisen"')
    expect(unknown.stderr).toContain('did you mean listen')
  })
})

describe('every command’s --help', () => {
  it.concurrent.each(COMMANDS.map((c) => [c.name, c] as const))(
    'wxpay %s --help names every flag it takes, exit 0',
    async (name, command) => {
      const help = await wxpay([name, '--help'], env)
      expect(help.code).toBe(0)
      expect(help.stderr).toBe('')
      expect(help.stdout).toContain(`Usage: wxpay ${name}`)
      expect(help.stdout).toContain('Exit status')
      const flags = { ...COMMON_OPTIONS, ...command.options }
      const missing = Object.entries(flags).flatMap(([flag, option]) => [
        ...(help.stdout.includes(`--${flag}`) ? [] : [`--${flag}`]),
        ...(option.short === undefined || help.stdout.includes(`-${option.short}, --${flag}`)
          ? []
          : [`-${option.short}`]),
      ])
      expect(missing).toEqual([])
      // `wxpay help <command>` prints the same text.
      const viaHelp = await wxpay(['help', name], env)
      expect(help.stdout.startsWith(viaHelp.stdout.trimEnd())).toBe(true)
    },
  )

  it('wxpay help <command> is its help', async () => {
    const help = await wxpay(['listen', '--help'], env)
    const viaHelp = await wxpay(['help', 'listen'], env)
    expect(help.stdout.startsWith(viaHelp.stdout.trimEnd())).toBe(true)
    expect(viaHelp.stdout).toContain('--forward-to URL')
  })

  it('the default host in request’s and certificates’ help is @core/client’s', async () => {
    expect(WECHATPAY_API_URL).toBe(DEFAULT_BASE_URL)
    expect((await wxpay(['request', '--help'], env)).stdout).toContain(`else ${DEFAULT_BASE_URL}`)
  })

  it('a bad flag is a usage error (exit 2) that points at the command’s help', async () => {
    const bad = await wxpay(['logs', '--nope'], env)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('see: wxpay logs --help')
  })
})

describe('exit codes', () => {
  it('the table on both cli pages is the CLI’s own: 0, 1, 2, 3', () => {
    for (const page of ['guide/cli.md', 'en/guide/cli.md']) {
      const text = readFileSync(join(docs, page), 'utf8')
      const documented = [...text.matchAll(/^\| (\d) \|/gm)].map((m) => Number(m[1]))
      expect(documented).toEqual(Object.values(EXIT))
    }
  })

  it('observed: 0 it worked, 1 the check failed, 2 usage, 3 a file or the network', async () => {
    const dir = freshHome()
    expect((await wxpay(['--version'], env)).code).toBe(EXIT.OK)
    const headers = join(dir, 'h.json')
    writeFileSync(headers, JSON.stringify({ 'wechatpay-timestamp': '1' }))
    writeFileSync(join(dir, 'b.json'), '{}')
    expect((await wxpay(['explain', '--headers', headers, '--body', join(dir, 'b.json')], env)).code).toBe(EXIT.FAILED)
    expect((await wxpay(['keys', 'inspect'], env)).code).toBe(EXIT.USAGE)
    expect((await wxpay(['explain', '--headers', join(dir, 'none'), '--body', headers], env)).code).toBe(EXIT.IO)
    expect((await wxpay(['trigger', 'coupon.send', '--sandbox', 'http://127.0.0.1:9'], env)).code).toBe(EXIT.IO)
  })
})
