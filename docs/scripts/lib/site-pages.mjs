// The pages that do not come from a family: one changelog page per published package, and the benchmark partial of
// the performance guide.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TEXT } from './i18n.mjs'
import { frontmatter } from './markdown.mjs'

/** Published package directories with their names and changelogs. */
export function packagesWithNames(repo) {
  const dir = join(repo, 'packages')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const manifest = join(dir, name, 'package.json')
      if (!existsSync(manifest)) return []
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
      if (pkg.private) return []
      const changelog = join(dir, name, 'CHANGELOG.md')
      return [{ dir: name, name: pkg.name, changelog: existsSync(changelog) ? readFileSync(changelog, 'utf8') : '' }]
    })
}

/** A CHANGELOG.md as a page: its own `# name` heading becomes the page title; Vue-like braces are escaped. */
export function changelogPage(pkg, locale) {
  const t = TEXT[locale]
  const body = pkg.changelog
    .replace(/^# .*\n+/, '')
    .replace(/\{\{/g, '&#123;&#123;')
    .trim()
  return [
    frontmatter({ title: `${pkg.name} ${t.changelogTitle}`, description: `${pkg.name} ${t.changelogTitle}` }),
    `# ${pkg.name}`,
    '',
    body || `::: info\n${t.changelogNone}\n:::`,
    '',
  ].join('\n')
}

export function changelogIndex(packages, locale, prefix) {
  const title = TEXT[locale].changelogTitle
  return [
    frontmatter({ title }),
    `# ${title}`,
    '',
    ...packages.map((p) => `- [${p.name}](${prefix}/changelog/${p.dir})`),
    '',
  ].join('\n')
}

/** The benchmark tables of bench/results/*.md, headings demoted under the performance page's own. */
export function benchPartial(locale, dir) {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md') && !f.includes('.tmp.'))
        .sort()
    : []
  if (files.length === 0) return `::: info\n${TEXT[locale].benchNone}\n:::\n`
  return files
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').replace(/^# /gm, '### ').replace(/\{\{/g, '&#123;&#123;')
      return `<!-- bench/results/${f} -->\n\n${text.trim()}\n`
    })
    .join('\n')
}
