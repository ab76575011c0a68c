// The sandbox's admin API (`/__sandbox/…`, unsigned) as the CLI talks to it, from any process: a sandbox this
// process runs, one another `wxpay` runs, or one a test suite started with startSandbox().
import { CliError, EXIT, ioError, usageError } from './exit.js'
import { readSandboxState } from './home.js'
import type { CliIo } from './output.js'

const TIMEOUT_MS = 15_000

export class AdminClient {
  readonly url: string

  constructor(url: string) {
    this.url = url.replace(/\/+$/, '')
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response
    try {
      res = await fetch(`${this.url}/__sandbox${path}`, {
        method,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
      return ioError(
        `cannot reach the sandbox at ${this.url} (${cause})`,
        'start one with `wxpay listen --forward-to <your notify URL>` or `wxpay sandbox`, or pass --sandbox URL',
      )
    }
    const text = await res.text()
    let json: unknown
    try {
      json = text === '' ? undefined : JSON.parse(text)
    } catch {
      json = undefined
    }
    if (!res.ok) {
      const { code, message } = (json ?? {}) as { code?: string; message?: string }
      throw new CliError(
        `the sandbox refused ${method} /__sandbox${path}: ${res.status} ${code ?? ''} ${message ?? text.slice(0, 200)}`.trim(),
        EXIT.FAILED,
      )
    }
    return json as T
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path)
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.call<T>('POST', path, body)
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PUT', path, body)
  }
}

/** `GET /__sandbox`: what the sandbox emulates. */
export interface SandboxInfo {
  url: string
  mode: string
  mchid: string
  merchant_serial: string
  platform_serial: string
  certificate_serial: string | undefined
  families: string[]
  endpoints: string[]
}

/** Which sandbox a command talks to: --sandbox, else WXPAY_SANDBOX_URL, else the one a `wxpay` process runs. */
export function sandboxUrl(flag: string | undefined, io: CliIo): string {
  const url = flag ?? io.env.WXPAY_SANDBOX_URL ?? readSandboxState(io)?.url
  if (url === undefined) {
    return ioError(
      'no sandbox to talk to: none is running under `wxpay sandbox` or `wxpay listen`',
      'start one (`wxpay listen --forward-to http://127.0.0.1:3000/wechatpay/notify`) or pass --sandbox URL',
    )
  }
  if (!/^https?:\/\//.test(url)) usageError(`--sandbox must be an http(s) URL (got ${JSON.stringify(url)})`)
  return url
}
