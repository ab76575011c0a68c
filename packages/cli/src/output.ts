// Where a command writes: stdout for results, stderr for progress; colour only on a terminal, never with --json or
// NO_COLOR; `--json` prints machine-readable JSON (one document, or one object a line for streams).

/** What the CLI runs against: the process in the bin, captured streams in tests. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Environment variables (WECHATPAY_*, NO_COLOR, WXPAY_HOME…). */
  env: Readonly<Record<string, string | undefined>>
  /** True when stdout is a terminal (colours, live lines). */
  isTTY: boolean
  /** Reads all of stdin (for `-` file arguments). */
  readStdin?: () => Promise<Buffer>
  cwd?: string
}

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  gray: [90, 39],
} as const

export type Colour = keyof typeof CODES

export class Output {
  readonly io: CliIo
  readonly json: boolean
  readonly colour: boolean

  constructor(io: CliIo, options: { json: boolean; noColor: boolean }) {
    this.io = io
    this.json = options.json
    const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0'
    const banned = (io.env.NO_COLOR ?? '') !== '' || options.noColor || options.json
    this.colour = !banned && (io.isTTY || forced)
  }

  paint(colour: Colour, text: string): string {
    if (!this.colour) return text
    const [open, close] = CODES[colour]
    return `\u001b[${open}m${text}\u001b[${close}m`
  }

  /** A result line on stdout. */
  line(text = ''): void {
    this.io.stdout(`${text}\n`)
  }

  /** Progress or a note on stderr (kept out of what a script reads). */
  note(text: string): void {
    this.io.stderr(`${text}\n`)
  }

  /** One JSON document (pretty) on stdout. */
  document(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`)
  }

  /** One JSON object on one line (streams: listen, logs --follow). */
  record(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value)}\n`)
  }

  ok(text: string): string {
    return `${this.paint('green', '✓')} ${text}`
  }

  bad(text: string): string {
    return `${this.paint('red', '✗')} ${text}`
  }

  warn(text: string): string {
    return `${this.paint('yellow', '!')} ${text}`
  }
}

/** HH:MM:SS.mmm of an epoch-ms time, local. */
export function clock(ms: number): string {
  const d = new Date(ms)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`
}

/** "15s", "3m", "1h 30m" for a delay in ms. */
export function duration(ms: number): string {
  if (ms < 1000) return `${ms}ms`
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return s % 60 === 0 ? `${m}m` : `${m}m ${s % 60}s`
  const h = Math.floor(m / 60)
  return m % 60 === 0 ? `${h}h` : `${h}h ${m % 60}m`
}

/** A value shown in a message, quoted and bounded (what a user typed may be long or hold control characters). */
export function quoted(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value)
}
