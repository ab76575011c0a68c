// `wxpay <command> …`: finds the command, parses its flags, runs it, and turns every failure into a message and an
// exit code. No secret reaches a message: the SDK's errors never hold one, and this file prints nothing else.
import { type Command, parseCommand, type Running } from './command.js'
import { certificatesCommand } from './commands/certificates.js'
import { explainCommand } from './commands/explain.js'
import { keysCommand } from './commands/keys.js'
import { listenCommand } from './commands/listen.js'
import { logsCommand } from './commands/logs.js'
import { profileCommand } from './commands/profile.js'
import { requestCommand } from './commands/request.js'
import { sandboxCommand } from './commands/sandbox.js'
import { resendCommand, triggerCommand } from './commands/trigger.js'
import { CliError, EXIT, type ExitCode } from './exit.js'
import { type CliIo, Output } from './output.js'
import { VERSION } from './version.js'

export const COMMANDS: readonly Command[] = [
  sandboxCommand,
  listenCommand,
  triggerCommand,
  resendCommand,
  logsCommand,
  requestCommand,
  explainCommand,
  keysCommand,
  certificatesCommand,
  profileCommand,
]

export const EXIT_CODES_HELP = `Exit status:
  0  it worked (the call succeeded, the message verifies, the keys match, your app answered 2xx)
  1  the thing checked failed (an error answer, a signature that does not verify, keys that do not match,
     your app answered non-2xx)
  2  usage error (unknown command or flag, bad value); nothing was done
  3  network or file trouble (the sandbox or WeChat Pay unreachable, a file unreadable)`

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return `wxpay ${VERSION} — the WeChat Pay APIv3 command line (微信支付命令行)

Usage: wxpay <command> [flags]      wxpay <command> --help for its flags

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width + 2)}${c.summary}`).join('\n')}

Start here — test your callback endpoint locally:
  wxpay listen --forward-to http://127.0.0.1:3000/wechatpay/notify    (terminal 1: keeps running)
  wxpay trigger transaction.success                                  (terminal 2)

Every command takes --json (machine-readable output) and --no-color; colours appear only on a terminal and
never with NO_COLOR. Merchant settings come from the README's WECHATPAY_* variables or --profile NAME; nothing
secret (private key, APIv3 key, Authorization, signature) is ever printed, and files holding keys are 0600.

${EXIT_CODES_HELP}
`
}

const FIRST_STEPS = `wxpay — the WeChat Pay APIv3 command line. Try first:

  wxpay listen --forward-to http://127.0.0.1:3000/wechatpay/notify
      a local WeChat Pay that delivers every callback to your app, signed and encrypted; then, in another terminal:
  wxpay trigger transaction.success

  wxpay explain --headers headers.txt --body body.json      why a callback does not verify
  wxpay keys inspect apiclient_cert.pem                      which key or certificate a file is

All commands: wxpay --help
`

export interface CliResult {
  code: ExitCode
  /** A command that keeps running (sandbox, listen, logs --follow): the caller stops it with `close()`. */
  running?: Running
}

/**
 * Runs `wxpay` with `argv` (without the node and script paths). Resolves with the exit code, and for a long-running
 * command with its handle; never rejects: failures are printed on `io.stderr`.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliResult> {
  const [name, ...rest] = argv
  const plain = new Output(io, { json: false, noColor: argv.includes('--no-color') })
  if (name === undefined) {
    io.stdout(FIRST_STEPS)
    return { code: EXIT.OK }
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0])
    io.stdout(topic === undefined ? mainHelp() : `${topic.help}\n`)
    return { code: EXIT.OK }
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`)
    return { code: EXIT.OK }
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (command === undefined) {
    const near = COMMANDS.filter((c) => c.name.startsWith(name.slice(0, 2))).map((c) => c.name)
    plain.note(plain.bad(`wxpay: unknown command ${JSON.stringify(name)}`))
    plain.note(`  ${near.length ? `did you mean ${near.join(' or ')}? ` : ''}see: wxpay --help`)
    return { code: EXIT.USAGE }
  }
  try {
    const context = parseCommand(command, command.preprocess ? command.preprocess(rest) : rest, io)
    if (context.values.help === true) {
      io.stdout(`${command.help}\n\n${EXIT_CODES_HELP}\n`)
      return { code: EXIT.OK }
    }
    const result = await command.run(context)
    return typeof result === 'number' ? { code: result } : { code: EXIT.OK, running: result }
  } catch (error) {
    if (error instanceof CliError) {
      plain.note(plain.bad(`wxpay ${command.name}: ${error.message}`))
      if (error.hint !== undefined) plain.note(`  ${error.hint}`)
      return { code: error.exitCode }
    }
    plain.note(plain.bad(`wxpay ${command.name}: ${(error as Error)?.message ?? String(error)}`))
    return { code: EXIT.FAILED }
  }
}
