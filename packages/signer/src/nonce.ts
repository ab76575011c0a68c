import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
// 248 = 4 × 62: bytes at or above it are rejected so every character is equally likely (no modulo bias).
const LIMIT = 248

/** A nonce of `length` (default 32) characters from `[0-9A-Za-z]`, drawn from the CSPRNG without modulo bias. */
export function createNonce(length = 32): string {
  let out = ''
  while (out.length < length) {
    // Ask for a little more than needed: about 3% of bytes are rejected.
    const bytes = randomBytes(length - out.length + 8)
    for (let i = 0; i < bytes.length && out.length < length; i++) {
      const byte = bytes[i]!
      if (byte < LIMIT) out += ALPHABET[byte % 62]
    }
  }
  return out
}

/** Unix seconds from a millisecond clock (the shape of `Date.now`). */
export function unixSeconds(clock: () => number = Date.now): number {
  return Math.floor(clock() / 1000)
}
