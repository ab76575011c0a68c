import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
// 248 = 4 × 62: bytes at or above it are rejected so every character is equally likely (no modulo bias).
const LIMIT = 248

/** A nonce of `length` (default 32) characters from `[0-9A-Za-z]`, drawn from the CSPRNG without modulo bias. */
export function createNonce(length = 32): string {
  let out = ''
  while (out.length < length) {
    if (offset >= pool.length) {
      // One CSPRNG call per 4 KiB instead of one per nonce: the syscall costs more than the bytes.
      pool = randomBytes(POOL_SIZE)
      offset = 0
    }
    const byte = pool[offset++]!
    if (byte < LIMIT) out += ALPHABET[byte % 62]
  }
  return out
}

const POOL_SIZE = 4096
let pool: Buffer = Buffer.alloc(0)
let offset = 0

/** Unix seconds from a millisecond clock (the shape of `Date.now`). */
export function unixSeconds(clock: () => number = Date.now): number {
  return Math.floor(clock() / 1000)
}
