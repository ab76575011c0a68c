/** Anything a Node or fetch-style server hands over as headers. */
export type HeadersInput =
  | { get(name: string): string | null }
  | Record<string, string | string[] | number | undefined | null>

/** Case-insensitive header lookup over `Headers`, Node's `IncomingHttpHeaders` or a plain record. */
export function headerValue(headers: HeadersInput, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined
  }
  const record = headers as Record<string, unknown>
  // Exact and lower-case names first (Node's IncomingHttpHeaders, our own records); a scan only for odd casings.
  let value = record[name]
  const lower = name.toLowerCase()
  if (value === undefined) value = record[lower]
  if (value === undefined) {
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === lower) {
        value = record[key]
        break
      }
    }
  }
  if (Array.isArray(value)) value = value[0]
  if (value === undefined || value === null) return undefined
  return String(value)
}
