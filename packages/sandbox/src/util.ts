import { randomBytes } from 'node:crypto'

const BEIJING_OFFSET_MS = 8 * 3600 * 1000

/** RFC 3339 in Beijing time, the way WeChat Pay writes times: `2020-05-20T13:29:35+08:00`. */
export function rfc3339(ms: number): string {
  return `${new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`
}

/** The Beijing calendar day of `ms` (`2020-05-20`): WeChat Pay's daily limits roll over at midnight CST. */
export function beijingDay(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** Parses an RFC 3339 string to epoch ms (NaN when invalid). */
export function parseTime(text: string): number {
  return Date.parse(text)
}

export const DAY_MS = 24 * 3600 * 1000

/** JSON with object keys sorted, so two bodies with the same content compare equal whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'))
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(',')}}`
}

/** mulberry32: a tiny seeded PRNG, so fault decisions replay exactly for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A random seed for when none is given. */
export function randomSeed(): number {
  return randomBytes(4).readUInt32BE(0)
}

/** Uppercase hex of `bytes` random bytes whose first nibble is 1..7 (no leading zero, no DER sign byte). */
export function randomSerial(bytes = 20): string {
  const raw = randomBytes(bytes)
  raw[0] = 0x10 + (raw[0]! % 0x70)
  return raw.toString('hex').toUpperCase()
}

/** Random decimal digits. */
export function randomDigits(length: number): string {
  let out = ''
  const raw = randomBytes(length)
  for (const byte of raw) out += String(byte % 10)
  return out
}

/** A WeChat-looking Request-ID: 40 hex characters plus `-0`. */
export function requestId(): string {
  return `${randomBytes(20).toString('hex').toUpperCase()}-0`
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep copy of JSON-like data (snapshots handed to tests must not alias the sandbox's state). */
export function clone<T>(value: T): T {
  return structuredClone(value)
}

/** Drops keys whose value is undefined (WeChat Pay omits absent optional fields). */
export function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key]
  return value
}
