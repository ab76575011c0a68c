// The ways a JSON body gets serialized again on its way to a verifier (a framework's body parser, a logger, a
// proxy, copying it from a browser), so `explain` can find the original WeChat Pay signed and name what changed.

export interface Style {
  /** Indentation: 0 for compact. */
  indent: 0 | 2 | 4 | '\t'
  /** Python's json.dumps default: `", "` and `": "` between items on one line. */
  spaced: boolean
  sortKeys: boolean
  /** Non-ASCII characters written as \uXXXX (Java, PHP, Python defaults). */
  asciiOnly: boolean
  /** `/` written as `\/` (PHP's json_encode default). */
  escapeSlashes: boolean
  trailingNewline: boolean
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortDeep((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

/** Writes `value` in `style`. */
export function serialize(value: unknown, style: Style): string {
  const v = style.sortKeys ? sortDeep(value) : value
  let text = style.indent === 0 ? JSON.stringify(v) : JSON.stringify(v, null, style.indent)
  if (style.spaced && style.indent === 0) text = spaceOut(text)
  if (style.asciiOnly)
    text = text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (style.escapeSlashes) text = text.replace(/\//g, '\\/')
  return style.trailingNewline ? `${text}\n` : text
}

/** `{"a":1,"b":[1,2]}` → `{"a": 1, "b": [1, 2]}`, outside strings only. */
function spaceOut(text: string): string {
  let out = ''
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    out += c
    if (inString) {
      if (c === '\\') out += text[++i] ?? ''
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === ',' || c === ':') out += ' '
  }
  return out
}

/** Every style tried, the common ones first. */
export function styles(): Style[] {
  const out: Style[] = []
  for (const trailingNewline of [false, true]) {
    for (const sortKeys of [false, true]) {
      for (const asciiOnly of [false, true]) {
        for (const escapeSlashes of [false, true]) {
          for (const [indent, spaced] of [
            [0, false],
            [2, false],
            [4, false],
            ['\t', false],
            [0, true],
          ] as const) {
            out.push({ indent, spaced, sortKeys, asciiOnly, escapeSlashes, trailingNewline })
          }
        }
      }
    }
  }
  return out
}

/** What the text looks like, as far as the style goes. */
export function detectStyle(text: string, value: unknown): Style {
  const trimmed = text.replace(/\s+$/, '')
  const indentMatch = /\n([ \t]+)"/.exec(text)
  const indent: Style['indent'] =
    indentMatch === null ? 0 : indentMatch[1]!.startsWith('\t') ? '\t' : indentMatch[1]!.length >= 4 ? 4 : 2
  return {
    indent,
    spaced: indent === 0 && /",\s"|":\s/.test(text),
    sortKeys: serialize(sortDeep(value), { ...COMPACT }) === serialize(value, COMPACT),
    asciiOnly: /\\u[0-9a-fA-F]{4}/.test(text),
    escapeSlashes: text.includes('\\/'),
    trailingNewline: trimmed.length !== text.length,
  }
}

export const COMPACT: Style = {
  indent: 0,
  spaced: false,
  sortKeys: false,
  asciiOnly: false,
  escapeSlashes: false,
  trailingNewline: false,
}

/** The differences between what was signed (`signed`) and what arrived (`received`), in words. */
export function differences(signed: Style, received: Style, keyOrderChanged: boolean): string[] {
  const out: string[] = []
  const layout = (s: Style) =>
    s.indent === 0
      ? s.spaced
        ? 'one line with ", " and ": " (Python\'s json.dumps)'
        : 'compact'
      : `pretty-printed (indent ${s.indent === '\t' ? 'tab' : s.indent})`
  if (signed.indent !== received.indent || signed.spaced !== received.spaced) {
    out.push(`whitespace: WeChat Pay signed it ${layout(signed)}, this body is ${layout(received)}`)
  }
  if (keyOrderChanged)
    out.push('key order: the keys are not in the order WeChat Pay wrote them (sorted, or rebuilt by a parser)')
  if (signed.asciiOnly !== received.asciiOnly) {
    out.push(
      received.asciiOnly
        ? '\\uXXXX escapes: non-ASCII characters (e.g. 中文) were written as \\uXXXX; WeChat Pay sent them as UTF-8'
        : '\\uXXXX escapes: WeChat Pay sent \\uXXXX escapes, this body has the characters themselves',
    )
  }
  if (signed.escapeSlashes !== received.escapeSlashes)
    out.push('escaped slashes: "/" and "\\/" differ (PHP json_encode escapes them)')
  if (signed.trailingNewline !== received.trailingNewline) {
    out.push(received.trailingNewline ? 'a newline was added at the end' : 'the final newline was removed')
  }
  return out
}

/** The keys of every object, in order, as one string: equal iff the key order is the same everywhere. */
export function keyOrder(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(keyOrder).join(',')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value as object)
      .map(([k, v]) => `${k}:${keyOrder(v)}`)
      .join(',')}}`
  }
  return ''
}

/** Key orders WeChat Pay writes a notification in (its documentation's, and the sandbox's and SDKs'). */
const NOTIFICATION_ORDERS: { top: string[]; resource: string[] }[] = [
  {
    top: ['id', 'create_time', 'resource_type', 'event_type', 'summary', 'resource'],
    resource: ['original_type', 'algorithm', 'ciphertext', 'associated_data', 'nonce'],
  },
  {
    top: ['id', 'create_time', 'resource_type', 'event_type', 'summary', 'resource'],
    resource: ['algorithm', 'ciphertext', 'nonce', 'associated_data', 'original_type'],
  },
]

function ordered(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (k in value) out[k] = value[k]
  for (const k of Object.keys(value)) if (!(k in out)) out[k] = value[k]
  return out
}

/** The parsed body itself, plus (for a notification envelope) its fields in WeChat Pay's own key orders. */
export function orderings(value: unknown): { value: unknown; reordered: boolean }[] {
  const out = [{ value, reordered: false }]
  const v = value as Record<string, unknown> | null
  if (
    v === null ||
    typeof v !== 'object' ||
    Array.isArray(v) ||
    typeof v.resource !== 'object' ||
    v.resource === null
  ) {
    return out
  }
  for (const order of NOTIFICATION_ORDERS) {
    const candidate = ordered(
      { ...v, resource: ordered(v.resource as Record<string, unknown>, order.resource) },
      order.top,
    )
    if (keyOrder(candidate) !== keyOrder(value)) out.push({ value: candidate, reordered: true })
  }
  return out
}
