// The shape every command has: its flags (node:util parseArgs), its help text, and what it runs.
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { EXIT, type ExitCode, usageError } from './exit.js'
import { type CliIo, Output } from './output.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** A command still running after it printed its first lines (sandbox, listen, logs --follow). */
export interface Running {
  /** Stops it and removes what it wrote (temporary key files, the sandbox state file). */
  close(): Promise<void>
  /** Resolves with an exit code if it ends by itself (the sandbox it follows went away). */
  done?: Promise<ExitCode>
}

export interface CommandContext {
  out: Output
  io: CliIo
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

export interface Command {
  name: string
  /** One line for `wxpay --help`. */
  summary: string
  /** The whole `wxpay <name> --help` text. */
  help: string
  options: Options
  /** How many positional arguments it takes. */
  positionals: [min: number, max: number]
  /** Rewrites argv before parsing (request's `--json BODY`). */
  preprocess?: (argv: string[]) => string[]
  run(context: CommandContext): Promise<ExitCode | Running>
}

/** Flags every command takes. */
export const COMMON_OPTIONS: Options = {
  json: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
}

export const COMMON_HELP = `Common flags:
  --json          machine-readable output (one JSON document; one JSON object a line for streams)
  --no-color      no colours (also: NO_COLOR=1; colours are used only on a terminal)
  -h, --help      this text`

/** Parses `argv` for `command`; a parse error is a usage error that points at the command's help. */
export function parseCommand(command: Command, argv: string[], io: CliIo): CommandContext {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    return usageError(`wxpay ${command.name}: ${(error as Error).message}`, `see: wxpay ${command.name} --help`)
  }
  const values = parsed.values as CommandContext['values']
  const out = new Output(io, { json: values.json === true, noColor: values['no-color'] === true })
  const [min, max] = command.positionals
  if (values.help !== true && (parsed.positionals.length < min || parsed.positionals.length > max)) {
    const wanted = min === max ? `${min}` : `${min} to ${max}`
    usageError(
      `wxpay ${command.name} takes ${wanted} argument${max === 1 ? '' : 's'} (got ${parsed.positionals.length})`,
      `see: wxpay ${command.name} --help`,
    )
  }
  return { out, io, values, positionals: parsed.positionals }
}

/** A string flag's value (the last one when repeated). */
export function stringFlag(values: CommandContext['values'], name: string): string | undefined {
  const value = values[name]
  if (Array.isArray(value)) return value.at(-1)
  return typeof value === 'string' ? value : undefined
}

/** A repeatable flag's values. */
export function listFlag(values: CommandContext['values'], name: string): string[] {
  const value = values[name]
  if (Array.isArray(value)) return value
  return typeof value === 'string' ? [value] : []
}

/** `k=v` pairs of repeatable flags (`--query`, `--param`, `--override`). */
export function pairs(values: CommandContext['values'], name: string): [string, string][] {
  return listFlag(values, name).map((pair) => {
    const at = pair.indexOf('=')
    if (at <= 0) usageError(`--${name} takes name=value (got ${JSON.stringify(pair)})`)
    return [pair.slice(0, at), pair.slice(at + 1)] as [string, string]
  })
}

export function integerFlag(values: CommandContext['values'], name: string, min = 0): number | undefined {
  const text = stringFlag(values, name)
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) usageError(`--${name} must be an integer ≥ ${min} (got ${JSON.stringify(text)})`)
  return n
}

export { EXIT }
