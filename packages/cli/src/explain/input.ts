// What `wxpay explain` reads: a headers file (JSON, or `Name: value` lines as curl -D, a proxy log or DevTools give
// them) and the raw body bytes; or a request log entry from `wxpay logs --json`.
import { readFileSync } from 'node:fs'
import type { RequestLogEntry } from '@tools/sandbox'
import { ioError, usageError } from '../exit.js'

export async function readInput(file: string, readStdin: (() => Promise<Buffer>) | undefined): Promise<Buffer> {
  if (file === '-') return readStdin === undefined ? ioError('no stdin to read') : readStdin()
  try {
    return readFileSync(file)
  } catch (error) {
    return ioError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** Header names in lower case → value. */
export function parseHeaders(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    let json: unknown
    try {
      json = JSON.parse(trimmed)
    } catch (error) {
      return usageError(`the headers file looks like JSON but is not: ${(error as Error).message}`)
    }
    const record = (json as { headers?: unknown }).headers ?? json
    for (const [name, value] of Object.entries(record as Record<string, unknown>)) {
      if (value !== undefined && value !== null)
        out[name.toLowerCase()] = Array.isArray(value) ? String(value[0]) : String(value)
    }
    return out
  }
  for (const line of trimmed.split(/\r?\n/)) {
    if (/^(HTTP\/|[A-Z]+ \/)/.test(line)) continue // a status or request line
    const at = line.indexOf(':')
    if (at <= 0) continue
    out[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim()
  }
  return out
}

/** One request log entry: the file's JSON, or the last line of `wxpay logs --json` output. */
export function parseLogEntry(text: string): RequestLogEntry {
  const lines = text
    .trim()
    .split(/\n/)
    .filter((l) => l.trim() !== '')
  let entry: RequestLogEntry | undefined
  for (const candidate of [text, lines.at(-1) ?? '']) {
    try {
      entry = JSON.parse(candidate) as RequestLogEntry
      break
    } catch {
      entry = undefined
    }
  }
  if (entry === undefined || typeof entry !== 'object' || typeof entry.method !== 'string') {
    return usageError('--request takes a request log entry as `wxpay logs --json` prints it (one JSON object a line)')
  }
  return entry
}
