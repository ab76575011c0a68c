// Small statistics and formatting helpers shared by every part of the benchmark.

export const median = (xs) => {
  if (xs.length === 0) return Number.NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Nearest-rank percentile of an unsorted numeric array (p in 0..100). */
export function percentile(xs, p) {
  if (xs.length === 0) return Number.NaN
  const s = Float64Array.from(xs).sort()
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))
  return s[rank]
}

/** median/min/max of per-round values. */
export const summarize = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), rounds: xs })

/** Rotates `items` by `round` so no subject always runs first (or last) in a round. */
export const rotate = (items, round) => items.map((_, i) => items[(i + round) % items.length])

export function fmt(n, digits = 0) {
  if (n === undefined || Number.isNaN(n)) return '–'
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export const ratio = (value, base) => (base > 0 && Number.isFinite(value) ? value / base : Number.NaN)

export const fmtRatio = (r, digits = 2) => (Number.isNaN(r) ? '–' : `${r.toFixed(digits)}×`)

/** "median (min–max)" of a summary. */
export const cell = (s, digits = 0) => `${fmt(s.median, digits)} <sub>${fmt(s.min, digits)}–${fmt(s.max, digits)}</sub>`

export function table(header, rows, align) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (align?.[i] === 'l' ? '---' : '---:')).join(' | ')} |`,
  ]
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
  return lines.join('\n')
}

/** Median of per-round ratios a/b when both have the same rounds (paired in time), else the ratio of medians. */
export function paired(a, b) {
  if (!a || !b) return Number.NaN
  if (a.rounds?.length && a.rounds.length === b.rounds?.length) return median(a.rounds.map((x, i) => x / b.rounds[i]))
  return ratio(a.median, b.median)
}

/** Appends `value` to `table[row][column]`, creating the row and the list as needed. */
export function append(table, row, column, value) {
  table[row] ??= {}
  table[row][column] ??= []
  table[row][column].push(value)
}
