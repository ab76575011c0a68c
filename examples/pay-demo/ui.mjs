// How the payment demo prints: one numbered line per step (Chinese, English, what happened), dimmed details below.
const color = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text)

export const ok = paint('32', '✓')
export const bad = paint('31', '✗')
export const dim = (text) => paint('2', text)

// CJK characters take two columns in a terminal: pad by display width so the columns line up.
const columns = (text) => [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)
const padTo = (text, n) => `${text}${' '.repeat(Math.max(0, n - columns(text)))}`

let count = 0
/** `NN  中文  English  detail` */
export function step(zh, en, detail) {
  count += 1
  console.log(`${String(count).padStart(2)}  ${padTo(zh, 16)}${padTo(en, 28)}${detail}`)
}
/** A detail line under the last step. */
export const note = (text) => console.log(`${' '.repeat(48)}${dim(text)}`)

/** Today in Beijing (UTC+8), the day WeChat Pay bills by: YYYY-MM-DD. */
export const beijingDay = (ms = Date.now()) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
