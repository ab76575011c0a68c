// One notification's page: what arrives (headers, the signed envelope, the decrypted resource), how to receive it
// with the family's parser, what to answer, and the official pages — from the notification definition.

import { codeGroup, docsText, officialLinks, pageHead } from './endpoint-page.mjs'
import { notificationSnippets } from './frameworks.mjs'
import { TEXT } from './i18n.mjs'
import { infoList } from './markdown.mjs'
import { rowsOf } from './rows.mjs'
import { renderTable, withTooltips } from './table.mjs'

function table(schema, head, id, locale) {
  const rows = withTooltips(rowsOf(schema, 'output', 0), TEXT[locale].objectTip)
  return [renderTable({ head, rows, id, locale }), '']
}

/**
 * @param {ReturnType<import('./family.mjs').resolveFamily>} family
 * @param {object} notification a notification definition of the family
 * @param {'zh' | 'en'} locale
 */
export function notificationPage(family, notification, locale) {
  const t = TEXT[locale]
  const text = docsText(notification.docs, locale)
  const events = notification.eventTypes.map((e) => `\`${e}\``).join(' / ')
  const parser = family.parsers[notification.id]
  const snippets = notificationSnippets(notification, { package: family.registry.package, ...parser })
  const parts = [
    ...pageHead(family, { notification: notification.id }, text),
    `<p class="endpoint-line"><span class="http-method post">POST</span> <code>{notify_url}</code> · ${notification.eventTypes.map((e) => `<code>event_type=${e}</code>`).join(' ')}</p>`,
    '',
    t.notificationLead(events),
    '',
    ...infoList(t.notes, text.notes),
    ...(notification.headers ? table(notification.headers, t.headers, 'headers', locale) : []),
    ...table(notification.envelope, t.notifyEnvelope, 'request', locale),
    ...table(notification.resource, t.notifyResource, 'resource', locale),
    `## ${t.notificationCode} {#handle}`,
    '',
    codeGroup(snippets, locale),
    '',
    ...(notification.ack ? table(notification.ack, t.ack, 'response', locale) : []),
    ...officialLinks(notification.docs.links, locale),
  ]
  return parts.join('\n')
}
