// English pages are English: no Chinese outside code, proper names and quoted labels — on the generated API pages and
// on the hand-written English pages alike. And every Chinese text of the definitions has its English form.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FAMILIES } from '../scripts/families.mjs'
import { generate } from '../scripts/generate.mjs'
import { missingEnglish } from '../scripts/lib/english.mjs'

const docs = fileURLToPath(new URL('..', import.meta.url))

/**
 * Chinese that may stand on an English page: names of WeChat Pay's products and units, and the merchant platform's
 * menu labels a reader has to find on screen.
 */
const PROPER_NAMES = ['商家券', '商品券', '微信支付', '基础支付', '账户中心', 'API安全', '分', '元', '批次']

const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]+/gu

/** The Chinese runs of a markdown page that are not code, a proper name, a quoted label or a gloss in parentheses. */
export function strayChinese(markdown: string): string[] {
  let text = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ' ') // fenced code
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|‘[^’\n]*’/g, ' ') // quoted labels and examples
    .replace(/\(([^()\n]*)\)/g, (all, inner: string) => (/^[\p{Script=Han}\s·、]+$/u.test(inner) ? ' ' : all)) // glosses
  for (const name of PROPER_NAMES) text = text.split(name).join(' ')
  return [...text.matchAll(HAN)].map((m) => {
    const at = m.index ?? 0
    return text.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, ' ')
  })
}

function englishPages(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.md')) out.push(path)
    }
  }
  walk(join(root, 'en'))
  return out
}

let out: string
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'wxpay-docs-en-'))
  // With the catalog pages: their reference is Chinese, so they are where stray Chinese would show first.
  generate({ families: FAMILIES, out, catalog: true })
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('English pages are English', () => {
  it('strayChinese() finds Chinese prose and lets code, proper names, quotes and glosses pass', () => {
    expect(strayChinese('Deactivate a coupon: 使券失效 now')).toHaveLength(1)
    expect(strayChinese('`券code` and ```ts\nconst a = "中文"\n```\n')).toEqual([])
    expect(
      strayChinese('Issue a product coupon (商品券) of a 商家券 stock, in 分; under "账户中心 → API安全"'),
    ).toEqual([])
    expect(strayChinese('Amounts（元）are wrong')).not.toEqual([])
  })

  it('the generated English API pages carry no stray Chinese', () => {
    const pages = englishPages(out)
    expect(pages.length).toBeGreaterThan(40)
    expect(pages.filter((file) => relative(out, file).startsWith('en/api/catalog/')).length).toBeGreaterThan(900)
    const stray = pages.flatMap((file) =>
      strayChinese(readFileSync(file, 'utf8')).map((context) => `${relative(out, file)}: …${context}…`),
    )
    expect(stray).toEqual([])
  })

  it('the hand-written English pages carry no stray Chinese', () => {
    const pages = englishPages(docs).filter((file) => !relative(docs, file).startsWith('en/api/'))
    expect(pages.length).toBeGreaterThan(5)
    const stray = pages.flatMap((file) =>
      strayChinese(readFileSync(file, 'utf8')).map((context) => `${relative(docs, file)}: …${context}…`),
    )
    expect(stray).toEqual([])
  })
})

describe('every Chinese text of the definitions has its English form', () => {
  it('no field, constraint, description or note of any family lacks its English', () => {
    // A new field needs its `en` (or `constraintsEn`, or the docs' en.notes / en.description).
    expect(missingEnglish(FAMILIES)).toEqual([])
  })
})
