// Small markdown helpers shared by the page renderers.

export function frontmatter(fields) {
  const lines = ['---']
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) lines.push(`${k}: ${JSON.stringify(v)}`)
  lines.push('---', '')
  return lines.join('\n')
}

/** Braces outside code spans would be read by markdown-it-attrs (`{stock_id}` → an attribute) or by Vue (`{{ }}`). */
function escapeBraces(text) {
  return String(text)
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')))
    .join('')
}

/** Text for a table cell: pipes split cells, newlines end rows; braces print as written. */
export function cell(text) {
  return escapeBraces(String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br/>'))
}

/** Text for a paragraph or list item: braces print as written. */
export function prose(text) {
  return escapeBraces(text)
}

/** Escapes an attribute value for markdown-it-attrs (`key="…"`). */
export function attrValue(text) {
  return String(text).replace(/"/g, '&quot;').replace(/[{}]/g, '')
}

/** A `::: info` box of list items, or nothing. */
export function infoList(title, items) {
  if (!items?.length) return []
  return [`::: info ${title}`, ...items.map((item) => `- ${prose(item)}`), ':::', '']
}
