/** Anything a Node or fetch-style server hands over as headers. */
export type HeadersInput =
  | { get(name: string): string | null }
  | Record<string, string | string[] | number | undefined | null>

/**
 * Case-insensitive header lookup over `Headers`, Node's `IncomingHttpHeaders` or a plain record. `lower` may be given
 * when the caller already has the lower-case name (hot paths).
 */
export function headerValue(headers: HeadersInput, name: string, lower = name.toLowerCase()): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const value = (headers as { get(name: string): unknown }).get(name)
    return typeof value === 'string' ? value : undefined
  }
  const record = headers as Record<string, unknown>
  // Lower-case (Node, undici) and exact names first; a scan only for odd casings.
  let value = record[lower]
  if (value === undefined) value = record[name]
  if (value === undefined) {
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === lower) {
        value = record[key]
        break
      }
    }
  }
  if (Array.isArray(value)) value = value[0]
  if (typeof value === 'string') return value
  // Numbers are what some frameworks store; anything else (an object from a hand-built record) is no header value.
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return undefined
}
