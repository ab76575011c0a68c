import { isWechatPayError, WechatPayError } from '@core/signer'

export type SandboxErrorCode =
  /** An unknown option, or a value of the wrong type or range. */
  | 'INVALID_OPTION'
  /** `waitFor…` gave up before the awaited event happened. */
  | 'WAIT_TIMEOUT'
  /** A seed helper was asked to create something that already exists or cannot exist. */
  | 'SEED_CONFLICT'
  /** The sandbox was used after `close()`. */
  | 'CLOSED'

/** Everything `@tools/sandbox` throws at its caller (never sent over HTTP: the wire gets WeChat-style JSON errors). */
export class SandboxError extends WechatPayError {
  override readonly name = 'SandboxError' as const
  declare readonly code: SandboxErrorCode

  constructor(message: string, options: { code: SandboxErrorCode; cause?: unknown }) {
    super(message, options)
  }
}

export function isSandboxError(error: unknown): error is SandboxError {
  return isWechatPayError(error) && error.name === 'SandboxError'
}

export function invalidOption(message: string): never {
  throw new SandboxError(`@tools/sandbox: ${message}`, { code: 'INVALID_OPTION' })
}
