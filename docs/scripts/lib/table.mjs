// Rows → markdown: one `.im-table` in the syntax of the reference pages (`{data-required data-indent=1}` on the name
// cell, a tooltip on object types, the description cell with enums, format, lengths and constraints). English pages
// print the `en` / `constraintsEn` texts; where a field has none yet they say so (the docs tests list those fields).
// Research notes (`uncertain`) are never printed.

import { PENDING_EN } from './i18n.mjs'
import { attrValue, cell } from './markdown.mjs'

const WORDS = {
  zh: {
    enum: '枚举值之一',
    format: { 'date-time': '格式 RFC 3339（如 `2015-05-20T13:29:35+08:00`）' },
    constraints: '约束',
    colon: '：',
    knownValues: '已知取值',
    orOthers: '（也接受其他值）',
  },
  en: {
    enum: 'one of',
    format: { 'date-time': 'RFC 3339 date-time (e.g. `2015-05-20T13:29:35+08:00`)' },
    constraints: 'constraints',
    colon: ': ',
    knownValues: 'known values',
    orOthers: ' (other values accepted)',
  },
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/** Whether a text is Chinese (and so has no place on an English page without a translation). */
export function hasCjk(text) {
  return CJK.test(text ?? '')
}

/**
 * A row's texts in one language: `{ description, constraints, pending }`. In English a Chinese text without its `en`
 * form is left out and `pending` is set; constraints written without Chinese (`1..32`) serve both languages.
 */
export function localized(row, locale) {
  if (locale === 'zh') return { description: row.description, constraints: row.constraints, pending: false }
  const description = row.en ?? (hasCjk(row.description) ? undefined : row.description)
  const constraints = row.constraintsEn ?? (hasCjk(row.constraints) ? undefined : row.constraints)
  const pending = (row.description !== undefined && !description) || (row.constraints !== undefined && !constraints)
  return { description, constraints, pending }
}

function mentions(constraints, lengths) {
  if (!constraints || !lengths) return false
  const numbers = lengths.match(/\d+/g) ?? []
  return numbers.length > 0 && numbers.every((n) => constraints.includes(n))
}

/** The 描述 cell: description, enum values, format, lengths and constraints. */
export function descriptionCell(row, locale) {
  const w = WORDS[locale]
  const text = localized(row, locale)
  const parts = []
  if (text.description) parts.push(cell(text.description))
  if (row.enumValues?.length) {
    const values = row.enumValues.map((v) => `\`${v}\``).join(' \\| ')
    if (row.openEnum) parts.push(`${w.knownValues}${w.colon}${values}${w.orOthers}`)
    else parts.push(locale === 'zh' ? `${values} ${w.enum}` : `${w.enum} ${values}`)
  }
  if (row.format && w.format[row.format]) parts.push(w.format[row.format])
  const lengths = locale === 'zh' ? row.lengths : row.lengthsEn
  if (lengths && !mentions(text.constraints, lengths)) parts.push(lengths)
  if (text.constraints) parts.push(`${w.constraints}${w.colon}${cell(text.constraints)}`)
  if (text.pending) parts.push(`<span class="pending-en">${PENDING_EN.field}</span>`)
  return parts.join('<br/>')
}

/** The name cell with its markdown-it-attrs block: `{data-required data-indent=1}`. */
export function nameCell(row) {
  const attrs = []
  if (row.required) attrs.push('data-required')
  if (row.depth > 0) attrs.push(`data-indent=${row.depth}`)
  return attrs.length ? `${row.name} {${attrs.join(' ')}}` : row.name
}

/** The 类型 cell; objects carry a tooltip the theme shows on hover. */
export function typeCell(row) {
  return row.tooltip ? `${row.type} {data-tooltip="${attrValue(row.tooltip)}"}` : row.type
}

/** Object rows without a tooltip of their own get the generic one ("nested object"). */
export function withTooltips(rows, objectTip) {
  return rows.map((r) =>
    !r.tooltip && (r.type === 'object' || r.type === 'object[]') ? { ...r, tooltip: objectTip } : r,
  )
}

/**
 * One `.im-table` in the exact syntax of the reference pages.
 * @param {{ head: [string, string, string], rows: object[], id: string, locale: 'zh' | 'en', empty?: string }} table
 */
export function renderTable({ head, rows, id, locale, empty }) {
  const lines = [`| ${head[0]} | ${head[1]} {.type} | ${head[2]} {.desc}`, '| --- | --- | ---']
  for (const row of rows) {
    lines.push(`| ${nameCell(row)} | ${typeCell(row)} | ${descriptionCell(row, locale)}`)
  }
  if (rows.length === 0 && empty) lines.push(`| ${cell(empty)} {.empty colspan=3}`)
  lines.push('', `{.im-table #${id}}`)
  return lines.join('\n')
}
