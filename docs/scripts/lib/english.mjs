// What the English pages still lack: every Chinese text of a family's definitions without its English form (a field's
// `en` / `constraintsEn`, the docs' description and notes). English pages print a "pending" line in their place; the
// docs tests list these keys so the gap is visible, and fail when one appears that is not listed.

import { rowsOf } from './rows.mjs'
import { hasCjk } from './table.mjs'

const SCHEMAS = [
  ['pathParams', 'input'],
  ['query', 'input'],
  ['body', 'input'],
  ['response', 'output'],
  ['headers', 'output'],
  ['envelope', 'output'],
  ['resource', 'output'],
  ['ack', 'output'],
]

function fieldGaps(definition) {
  const gaps = []
  for (const [part, io] of SCHEMAS) {
    for (const row of rowsOf(definition[part], io)) {
      if (row.description !== undefined && row.en === undefined && hasCjk(row.description)) {
        gaps.push(`${part}.${row.path}`)
      }
      if (hasCjk(row.constraints) && row.constraintsEn === undefined) gaps.push(`${part}.${row.path} (constraints)`)
    }
  }
  return gaps
}

function docsGaps(docs) {
  const gaps = []
  for (const key of ['description', 'notes']) {
    if ((docs.zh[key]?.length ?? 0) !== (docs.en[key]?.length ?? 0)) gaps.push(`docs.en.${key}`)
  }
  return gaps
}

/**
 * `busifavor/create_stock body.stock_name`, … for every family (resolved or as listed in families.mjs).
 * @param {readonly { registry: object }[]} families
 * @returns {string[]} sorted
 */
export function missingEnglish(families) {
  const keys = []
  for (const { registry } of families) {
    for (const d of [...Object.values(registry.endpoints), ...Object.values(registry.notifications)]) {
      for (const gap of [...docsGaps(d.docs), ...fieldGaps(d)]) keys.push(`${registry.name}/${d.id} ${gap}`)
    }
  }
  return keys.sort()
}
