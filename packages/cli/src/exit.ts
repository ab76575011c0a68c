// The exit codes every `wxpay` command uses (documented in `wxpay --help` and the docs page).

export const EXIT = Object.freeze({
  /** It worked: the call succeeded, the message verifies, the keys match, the app answered 2xx. */
  OK: 0,
  /** The thing checked failed: WeChat Pay answered an error, a signature does not verify, keys do not match. */
  FAILED: 1,
  /** The command line is wrong: an unknown command or flag, a missing or malformed value. Nothing was done. */
  USAGE: 2,
  /** Network or file trouble: the sandbox or WeChat Pay is unreachable, a file cannot be read or written. */
  IO: 3,
})

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** An error a command ends with: its message is printed (never a secret), its code is the exit status. */
export class CliError extends Error {
  override readonly name = 'CliError'
  readonly exitCode: ExitCode
  /** What to try next, printed under the message. */
  readonly hint: string | undefined

  constructor(message: string, exitCode: ExitCode, hint?: string) {
    super(message)
    this.exitCode = exitCode
    this.hint = hint
  }
}

export const usageError = (message: string, hint?: string): never => {
  throw new CliError(message, EXIT.USAGE, hint)
}

export const ioError = (message: string, hint?: string): never => {
  throw new CliError(message, EXIT.IO, hint)
}

export const failed = (message: string, hint?: string): never => {
  throw new CliError(message, EXIT.FAILED, hint)
}
