// The hosted documentation: the workflows are valid YAML and say what they should, and the docs built with the base
// the Pages workflow sets put every asset and link under it (a build at / would serve a blank site from
// https://wechatpay-ts.github.io/wechatpay-ts/).
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'

const root = join(import.meta.dirname, '../../..')
const workflows = join(root, '.github/workflows')
const { repository } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  repository?: { url: string }
}
const docsPackage = JSON.parse(readFileSync(join(root, 'packages/client/package.json'), 'utf8')) as {
  repository: { url: string }
}
// github.com/<owner>/<name> → https://<owner>.github.io/<name>/
const [, owner, name] = /github\.com\/([^/]+)\/([^/.]+)/.exec((repository ?? docsPackage.repository).url) ?? []
const SITE = `https://${owner}.github.io/${name}/`

interface Step {
  run?: string
  uses?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
interface Workflow {
  on: unknown
  permissions?: Record<string, string>
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>
}

function load(file: string): Workflow {
  const document = parseDocument(readFileSync(join(workflows, file), 'utf8'), { prettyErrors: true })
  expect(
    document.errors.map((e) => e.message),
    file,
  ).toEqual([])
  return document.toJS() as Workflow
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, encoding: 'utf8', timeout: 840_000, maxBuffer: 64 * 1024 * 1024 }, (e, o, r) =>
      e ? reject(new Error(`${command} ${args.join(' ')}: ${e.message}\n${o}\n${r}`)) : resolve(o),
    )
  })
}

describe('GitHub workflows', () => {
  it('every workflow file is valid YAML with jobs and steps', () => {
    const files = readdirSync(workflows).filter((f) => /\.ya?ml$/.test(f))
    expect(files.sort()).toEqual(['ci.yml', 'pages.yml', 'release.yml'])
    for (const file of files) {
      const workflow = load(file)
      expect(Object.keys(workflow.jobs).length, file).toBeGreaterThan(0)
      for (const job of Object.values(workflow.jobs)) expect(job.steps.length, file).toBeGreaterThan(0)
    }
  })

  it('the Docs workflow builds with the repository base and deploys to GitHub Pages', () => {
    const pages = load('pages.yml')
    expect(pages.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' })
    const build = pages.jobs.build as { env?: Record<string, string>; steps: Step[] }
    expect(build.env?.WXPAY_DOCS_BASE).toBe(`/${name}/`)
    expect(build.steps.some((s) => s.run?.includes('turbo run build --filter=@wxpay/docs'))).toBe(true)
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe(
      'docs/.vitepress/dist',
    )
    expect(pages.jobs.deploy?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true)
  })

  it('CI runs the README command and checks the docs build with the same base', () => {
    const ci = load('ci.yml')
    const steps = ci.jobs.test?.steps ?? []
    expect(steps.map((s) => s.run)).toContain('npm test')
    const docs = steps.find((s) => s.run?.includes('--filter=@wxpay/docs'))
    expect(docs?.env?.WXPAY_DOCS_BASE).toBe(load('pages.yml').jobs.build?.env?.WXPAY_DOCS_BASE)
    expect(steps.some((s) => s.run?.includes('apt-get'))).toBe(false)
  })

  it('the README links to the hosted site', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(SITE)
  })
})

/** The base a built site's home page loads its entry script under ('/' or e.g. '/wechatpay-ts/'). */
function builtBase(dist: string): string | undefined {
  if (!existsSync(join(dist, 'index.html'))) return undefined
  return /<script type="module" src="(\/[^"]*?)assets\//.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1]
}

/**
 * The site as the Pages workflow builds it. `npm test` builds docs/ with the Pages base already (scripts/run.mjs), so
 * the suite checks that build; after a build at / (a local `npm run build`), a copy of the docs package is built with
 * the base instead, so that build never touches the dist/ the browser test serves.
 */
async function pagesBuild(base: string): Promise<string> {
  const built = join(root, 'docs/.vitepress/dist')
  if (builtBase(built) === base) return built
  const work = mkdtempSync(join(tmpdir(), 'wxpay-pages-'))
  const docs = join(work, 'docs')
  cpSync(join(root, 'docs'), docs, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist|cache|test-artifacts|\.snippets)$/.test(src),
  })
  symlinkSync(join(root, 'docs/node_modules'), join(docs, 'node_modules'))
  // The generators' shared printer lives in the repository's scripts/lib (also used by scripts/generate-families).
  symlinkSync(join(root, 'scripts'), join(work, 'scripts'))
  for (const entry of ['packages', 'bench', 'tsconfig.base.json']) symlinkSync(join(root, entry), join(work, entry))
  // The docs package's own build script (its heap size included: ~2,300 pages need more than Node's default).
  await run('npm', ['run', 'build'], docs, { ...process.env, WXPAY_DOCS_BASE: base })
  return join(docs, '.vitepress/dist')
}

describe('the docs built for GitHub Pages', () => {
  it('puts every asset and page link under the base', { timeout: 900_000 }, async () => {
    const base = load('pages.yml').jobs.build?.env?.WXPAY_DOCS_BASE as string
    const dist = await pagesBuild(base)
    expect(builtBase(dist)).toBe(base)
    for (const page of ['index.html', 'guide/getting-started.html', '404.html']) {
      const html = readFileSync(join(dist, page), 'utf8')
      const urls = [...html.matchAll(/\s(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1] as string)
      expect(urls.length, page).toBeGreaterThan(3)
      expect(
        urls.filter((url) => !url.startsWith(base)),
        page,
      ).toEqual([])
      expect(html, page).toMatch(new RegExp(`${base}assets/[^"]+\\.js`))
    }
  })
})
