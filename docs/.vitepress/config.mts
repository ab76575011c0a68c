import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type DefaultTheme, defineConfig } from 'vitepress'

const REPO = 'https://github.com/wechatpay-ts/wechatpay-ts'

interface GeneratedSidebar {
  /** By path: `/api/` and each family's `/api/<slug>/` (the generator's families registry decides which). */
  api: Record<string, DefaultTheme.SidebarItem[]>
  changelog: DefaultTheme.SidebarItem[]
}

// Written by scripts/generate.mjs (the build runs it first); empty groups if someone runs vitepress alone.
const sidebarFile = fileURLToPath(new URL('../.generated/sidebar.json', import.meta.url))
const generated: Record<'zh' | 'en', GeneratedSidebar> = existsSync(sidebarFile)
  ? JSON.parse(readFileSync(sidebarFile, 'utf8'))
  : { zh: { api: {}, changelog: [] }, en: { api: {}, changelog: [] } }

// One 404 page serves every locale (the static 404.html is the root's), so it speaks both languages; the link goes to
// the home page of the locale the missing path was under.
const NOT_FOUND: DefaultTheme.NotFoundOptions = {
  title: '页面未找到 · PAGE NOT FOUND',
  quote:
    '这个地址没有页面：它可能已改名或被删除。 · There is no page at this address: it may have been renamed or removed.',
  linkText: '返回首页 · Take me home',
  linkLabel: '返回首页 · Go to the home page',
}

const GUIDES = [
  ['getting-started', '快速开始', 'Getting started'],
  ['making-a-call', '发起调用', 'Making a call'],
  ['errors-and-retries', '错误与重试', 'Errors and retries'],
  ['callbacks', '回调通知', 'Callbacks'],
  ['payments', '收款与退款', 'Payments and refunds'],
  ['sandbox', '沙箱', 'The sandbox'],
  ['sandbox-app', '用沙箱运行你的应用', 'Run your app against the sandbox'],
  ['cli', 'wxpay 命令行', 'The wxpay command line'],
  ['testing', '测试你的代码', 'Testing your code'],
  ['performance', '性能', 'Performance'],
  ['faq', '常见问题', 'FAQ'],
] as const

function sidebar(locale: 'zh' | 'en'): DefaultTheme.Sidebar {
  const prefix = locale === 'en' ? '/en' : ''
  const guide: DefaultTheme.SidebarItem[] = [
    {
      text: locale === 'en' ? 'Guide' : '指南',
      items: GUIDES.map(([slug, zh, en]) => ({ text: locale === 'en' ? en : zh, link: `${prefix}/guide/${slug}` })),
    },
  ]
  const changelog: DefaultTheme.SidebarItem[] = [
    {
      text: locale === 'en' ? 'Changelog' : '更新日志',
      link: `${prefix}/changelog/`,
      items: generated[locale].changelog,
    },
  ]
  return {
    [`${prefix}/guide/`]: guide,
    ...generated[locale].api,
    [`${prefix}/changelog/`]: changelog,
  }
}

function nav(locale: 'zh' | 'en'): DefaultTheme.NavItem[] {
  const prefix = locale === 'en' ? '/en' : ''
  return [
    { text: locale === 'en' ? 'Guide' : '指南', link: `${prefix}/guide/getting-started`, activeMatch: '/guide/' },
    { text: locale === 'en' ? 'API' : 'API 参考', link: `${prefix}/api/`, activeMatch: '/api/' },
    { text: locale === 'en' ? 'Changelog' : '更新日志', link: `${prefix}/changelog/`, activeMatch: '/changelog/' },
  ]
}

/**
 * Where the site is served: `/` locally and in the tests, `/wechatpay-ts/` on GitHub Pages (the Pages workflow sets
 * WXPAY_DOCS_BASE), so every asset and link URL carries the repository path there.
 */
function siteBase(value = process.env.WXPAY_DOCS_BASE): string {
  if (!value) return '/'
  if (!/^\/([\w.-]+\/)*$/.test(value)) {
    throw new Error(`WXPAY_DOCS_BASE must start and end with "/" (e.g. /wechatpay-ts/); got "${value}"`)
  }
  return value
}

export default defineConfig({
  title: 'wechatpay-ts',
  base: siteBase(),
  description: '微信支付 APIv3 TypeScript SDK：签名、验签、回调、商家券与基础支付，按需安装',
  cleanUrls: true,
  // Thousands of pages (the catalog): the pages' metadata and the site data (the sidebars) go to one cacheable chunk
  // instead of being inlined into every page's HTML.
  metaChunk: true,
  lastUpdated: false,
  // Generated pages link to each other by clean URL; a dead link is a generator bug and fails the build.
  ignoreDeadLinks: false,
  srcExclude: ['**/README.md', 'test/**', 'scripts/**', 'node_modules/**'],
  head: [
    ['meta', { name: 'theme-color', content: '#07c160' }],
    // VitePress does not prefix head links with the base: the Pages build serves the site under /wechatpay-ts/.
    ['link', { rel: 'icon', href: `${siteBase()}favicon.ico`, sizes: '32x32' }],
    ['link', { rel: 'icon', href: `${siteBase()}logo.svg`, type: 'image/svg+xml' }],
  ],
  markdown: {
    // markdown-it-attrs is built into VitePress; all attributes pass (data-required, data-indent, data-tooltip).
    attrs: { leftDelimiter: '{', rightDelimiter: '}', allowedAttributes: [] },
    theme: { light: 'github-light', dark: 'github-dark' },
    config(md) {
      // VitePress renders every table as a bare `<table tabindex="0">`, dropping the attributes markdown-it-attrs put
      // there (`{.im-table #request}`); render them, keeping the tabindex for keyboard scrolling.
      md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
        tokens[idx]?.attrSet('tabindex', '0')
        return self.renderToken(tokens, idx, options)
      }
    },
  },
  locales: {
    root: {
      label: '简体中文',
      lang: 'zh-CN',
      themeConfig: {
        nav: nav('zh'),
        sidebar: sidebar('zh'),
        outline: { label: '本页目录', level: [2, 3] },
        docFooter: { prev: '上一页', next: '下一页' },
        darkModeSwitchLabel: '外观',
        lightModeSwitchTitle: '切换到浅色模式',
        darkModeSwitchTitle: '切换到深色模式',
        sidebarMenuLabel: '菜单',
        returnToTopLabel: '回到顶部',
        langMenuLabel: '语言',
        notFound: NOT_FOUND,
        editLink: { pattern: editLink, text: '在 GitHub 上编辑此页' },
      },
    },
    en: {
      label: 'English',
      lang: 'en-US',
      link: '/en/',
      description:
        'A TypeScript SDK for WeChat Pay APIv3: signing, verification, callbacks, busifavor coupons and payments',
      themeConfig: {
        nav: nav('en'),
        sidebar: sidebar('en'),
        outline: { level: [2, 3] },
        notFound: NOT_FOUND,
        editLink: { pattern: editLink, text: 'Edit this page on GitHub' },
      },
    },
  },
  themeConfig: {
    logo: { light: '/logo.svg', dark: '/logo.svg', alt: 'wechatpay-ts' },
    socialLinks: [{ icon: 'github', link: REPO }],
    search: {
      provider: 'local',
      options: {
        // The code groups repeat one call in eight styles: indexing them would only bloat the index (it is fetched
        // when search opens) and rank code over prose, so pages are indexed without them.
        _render(src, env, md) {
          const html = md.render(src.replace(/^::: code-group\n[\s\S]*?^:::$/gm, ''), env)
          return env.frontmatter?.search === false ? '' : html
        },
        miniSearch: {
          options: {
            // Chinese has no spaces: index each Han character and each pair, so 使券失效 matches inside a sentence.
            // Serialized into the client bundle as source text, hence self-contained.
            tokenize: (text: string) => {
              const tokens: string[] = []
              for (const match of text.matchAll(/\p{Script=Han}+|[\p{L}\p{N}_]+/gu)) {
                const word = match[0]
                if (/\p{Script=Han}/u.test(word)) {
                  for (let i = 0; i < word.length; i++) {
                    tokens.push(word[i] as string)
                    if (i + 1 < word.length) tokens.push(word.slice(i, i + 2))
                  }
                } else {
                  tokens.push(word)
                  for (const part of word.split('_')) if (part && part !== word) tokens.push(part)
                }
              }
              return tokens
            },
          },
          searchOptions: { combineWith: 'AND', fuzzy: 0.1, prefix: true, boost: { title: 4, text: 2, titles: 1 } },
        },
        locales: {
          root: {
            translations: {
              button: { buttonText: '搜索文档', buttonAriaLabel: '搜索文档' },
              modal: {
                displayDetails: '显示详情',
                resetButtonTitle: '清除查询',
                backButtonTitle: '关闭搜索',
                noResultsText: '没有结果',
                footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
              },
            },
          },
        },
      },
    },
  },
})

/**
 * Generated pages are edited at their source: a family's definitions (the page's `source` frontmatter, written by the
 * generator from the families registry), the generator itself, or the package's CHANGELOG.md.
 */
function editLink(page: { filePath: string; frontmatter: Record<string, unknown> }): string {
  // Serialized into the client bundle as source text, hence self-contained (no module constants).
  const REPO = 'https://github.com/wechatpay-ts/wechatpay-ts'
  const path = page.filePath.replace(/^en\//, '')
  if (typeof page.frontmatter.source === 'string') return `${REPO}/tree/main/${page.frontmatter.source}`
  if (path.startsWith('api/')) return `${REPO}/tree/main/docs/scripts`
  const changelog = /^changelog\/(.+)\.md$/.exec(path)
  if (changelog && changelog[1] !== 'index') return `${REPO}/blob/main/packages/${changelog[1]}/CHANGELOG.md`
  return `${REPO}/edit/main/docs/${page.filePath}`
}
