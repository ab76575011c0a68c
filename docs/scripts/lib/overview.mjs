// The navigation a family list implies: one overview page per family (its groups, each a table of its pages), the
// index of families, and the sidebar the VitePress config reads.

import { TEXT } from './i18n.mjs'
import { cell, frontmatter } from './markdown.mjs'

/** @param {ReturnType<import('./family.mjs').resolveFamily>} family */
export function overviewPage(family, locale, prefix) {
  const t = TEXT[locale]
  const { registry } = family
  const title = t.overviewTitle(registry)
  const lines = [
    frontmatter({ title, description: t.overviewLead(registry) }),
    `# ${title}`,
    '',
    t.overviewLead(registry),
  ]
  for (const group of family.groups) {
    lines.push('', `## ${group[locale]}`, '')
    const endpoints = group.items.filter((i) => i.kind === 'endpoint').map((i) => i.definition)
    const notifications = group.items.filter((i) => i.kind === 'notification').map((i) => i.definition)
    if (endpoints.length) {
      lines.push(t.overviewHead)
      for (const e of endpoints) {
        const link = family.link(prefix, e.id)
        lines.push(`| [${cell(e.docs[locale].title)}](${link}) | ${e.method} | \`${e.path}\` | \`${e.name}\``)
      }
      if (notifications.length) lines.push('')
    }
    if (notifications.length) {
      lines.push(t.notificationHead)
      for (const n of notifications) {
        const events = n.eventTypes.map((e) => `\`${e}\``).join(' ')
        lines.push(`| [${cell(n.docs[locale].title)}](${family.link(prefix, n.id)}) | ${events}`)
      }
    }
  }
  return `${lines.join('\n')}\n`
}

/** `/api/`: every family with its package and how many pages it has, then the link to every other operation. */
export function familiesIndex(families, locale, prefix, more) {
  const t = TEXT[locale]
  const rows = families.map(({ registry, endpoints, notifications, link }) => {
    const title = cell(t.overviewTitle(registry))
    return `| [${title}](${link(prefix)}) | \`${registry.package}\` | ${endpoints.length} | ${notifications.length}`
  })
  return [
    frontmatter({ title: t.indexTitle, description: t.indexLead }),
    `# ${t.indexTitle}`,
    '',
    t.indexLead,
    '',
    t.indexHead,
    ...rows,
    '',
    ...(more ? [t.indexMore(more), ''] : []),
  ].join('\n')
}

/**
 * The API sidebars of one locale, by path: under a family's folder its own groups open and the other families
 * folded; under `/api/` every family folded.
 */
export function apiSidebars(families, locale, prefix) {
  const item = (family, open) => ({
    text: TEXT[locale].overviewTitle(family.registry),
    link: family.link(prefix),
    collapsed: !open,
    items: family.groups.map((group) => ({
      text: group[locale],
      collapsed: false,
      items: group.items.map(({ definition }) => ({
        text: definition.docs[locale].title,
        link: family.link(prefix, definition.id),
      })),
    })),
  })
  const sidebars = { [`${prefix}/api/`]: families.map((f) => item(f, false)) }
  for (const family of families) sidebars[family.link(prefix)] = families.map((f) => item(f, f === family))
  return sidebars
}
