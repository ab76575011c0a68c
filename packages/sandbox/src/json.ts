import { MAX_JSON_DEPTH } from './constants.js'

/**
 * Whether JSON text nests objects and arrays deeper than `limit`, by one scan of the text (no recursion, so any
 * depth is safe to measure) that skips string contents and their escapes. Text that is not JSON may count wrong;
 * `JSON.parse` refuses it anyway.
 */
export function jsonNestsDeeperThan(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: the next character is escaped, even a quote
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

const DEEP = `[not logged: nested deeper than ${MAX_JSON_DEPTH} levels]`
const UNSERIALIZABLE = '[not logged: not serializable as JSON]'

/**
 * `value` itself when `JSON.stringify` can write it (no cycle, no BigInt, at most {@link MAX_JSON_DEPTH} levels);
 * otherwise a short marker string. One walk with an explicit stack: no recursion, whatever the input.
 */
export function serializableOrMarker(value: unknown): unknown {
  if (typeof value === 'bigint') return UNSERIALIZABLE
  if (value === null || typeof value !== 'object') return value
  const onPath = new Set<object>()
  // An entry is a node to enter, or (exit) one whose children are done.
  const stack: { node: object; depth: number; exit: boolean }[] = [{ node: value, depth: 1, exit: false }]
  while (stack.length > 0) {
    const { node, depth, exit } = stack.pop()!
    if (exit) {
      onPath.delete(node)
      continue
    }
    if (depth > MAX_JSON_DEPTH) return DEEP
    if (onPath.has(node)) return UNSERIALIZABLE
    onPath.add(node)
    stack.push({ node, depth, exit: true })
    for (const child of Object.values(node)) {
      if (typeof child === 'bigint') return UNSERIALIZABLE
      if (child !== null && typeof child === 'object') stack.push({ node: child, depth: depth + 1, exit: false })
    }
  }
  return value
}
