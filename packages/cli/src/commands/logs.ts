import type { RequestLogEntry } from '@tools/sandbox'
import { AdminClient, sandboxUrl } from '../admin-client.js'
import { COMMON_HELP, type Command, integerFlag, type Running, stringFlag } from '../command.js'
import { EXIT, type ExitCode } from '../exit.js'
import { clock, type Output } from '../output.js'
import { refusalLines } from '../refusal-view.js'

const POLL_MS = 300

function entryLines(out: Output, e: RequestLogEntry): string[] {
  const status = e.status === 0 ? 'reset' : String(e.status)
  const colour = e.status >= 200 && e.status < 300 ? 'green' : e.status >= 500 || e.status === 0 ? 'red' : 'yellow'
  const head = [
    out.paint('gray', clock(e.time)),
    e.method.padEnd(6),
    e.url,
    out.paint(colour, status),
    e.code ?? '',
    e.endpoint === undefined ? '' : out.paint('gray', e.endpoint),
    e.replayed ? out.paint('yellow', 'replayed') : '',
    e.faults.length > 0 ? out.paint('magenta', `faults: ${e.faults.join(',')}`) : '',
    out.paint('gray', e.requestId ?? ''),
  ]
  const lines = [head.filter(Boolean).join('  ')]
  if (e.refusal !== undefined) for (const line of refusalLines(out, e.refusal)) lines.push(`    ${line}`)
  else if (e.status >= 400 && e.response !== undefined) {
    const message = (e.response as { message?: string }).message
    if (message !== undefined) lines.push(`    ${message}`)
  }
  return lines
}

const isFailure = (e: RequestLogEntry) => e.status === 0 || e.status >= 400

export const logsCommand: Command = {
  name: 'logs',
  summary: "the sandbox's request log, one line a request; why a refused request was refused",
  help: `wxpay logs — the requests the sandbox received, and why a refused one was refused

Usage: wxpay logs [--follow] [--failed] [--limit N] [--sandbox URL]

  -f, --follow        keep printing requests as they arrive (Ctrl+C to stop)
  --failed            only refused or failed requests (4xx, 5xx, resets)
  --limit N           only the last N requests (before following)
  --sandbox URL       the sandbox to read (default: WXPAY_SANDBOX_URL, else the one wxpay sandbox/listen runs)

One line a request: time, method, path and query, status, WeChat error code, endpoint, Request-ID. For a
request refused with 401 SIGN_ERROR, the sandbox's checks follow: the Authorization fields (the signature
redacted: it is never kept), mchid and serial_no against the expected ones, the clock skew, the body bytes it
received (length and SHA-256), the canonical sign string it built from them, and — when the signature matches a
common mistake (the query left out, the body serialized again, the full URL signed…) — that mistake.
With --json, one log entry a line: save one and pass it to wxpay explain --request.

${COMMON_HELP}

Examples:
  wxpay logs --failed
  wxpay logs --follow --json | tee requests.ndjson`,
  options: {
    follow: { type: 'boolean', short: 'f' },
    failed: { type: 'boolean' },
    limit: { type: 'string' },
    sandbox: { type: 'string' },
  },
  positionals: [0, 0],
  async run({ out, io, values }) {
    const admin = new AdminClient(sandboxUrl(stringFlag(values, 'sandbox'), io))
    const onlyFailed = values.failed === true
    const limit = integerFlag(values, 'limit', 1)
    const show = (entries: RequestLogEntry[]) => {
      for (const e of entries) {
        if (onlyFailed && !isFailure(e)) continue
        if (out.json) out.record(e)
        else for (const line of entryLines(out, e)) out.line(line)
      }
    }
    const first = await admin.get<RequestLogEntry[]>('/requests?after=0')
    const shown = onlyFailed ? first.filter(isFailure) : first
    show(limit === undefined ? shown : shown.slice(-limit))
    if (!out.json && first.length === 0 && values.follow !== true) out.note('no requests yet')
    if (values.follow !== true) return EXIT.OK
    let last = first.at(-1)?.seq ?? 0
    let stopped = false
    let finish: (code: ExitCode) => void = () => undefined
    const done = new Promise<ExitCode>((resolve) => {
      finish = resolve
    })
    const poll = async () => {
      while (!stopped) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        if (stopped) return
        try {
          const entries = await admin.get<RequestLogEntry[]>(`/requests?after=${last}`)
          show(entries)
          last = entries.at(-1)?.seq ?? last
        } catch (error) {
          if (stopped) return
          out.note(out.bad((error as Error).message))
          stopped = true
          return finish(EXIT.IO)
        }
      }
    }
    void poll()
    const running: Running = {
      done,
      async close() {
        stopped = true
        finish(EXIT.OK)
      },
    }
    return running
  },
}
