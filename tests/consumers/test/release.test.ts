// The release dry run: what `changeset publish` would upload is packed, installed with plain npm in a folder outside
// the workspace (no links, no hoisting from the monorepo), and used the way users use it.
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const fixtures = join(import.meta.dirname, '../fixtures')
const pnpm = join(root, 'node_modules/.bin/pnpm')
// Versions the consumers install next to our tarballs, from the catalog so they match what we test with.
const catalog = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
const pinned = (name: string) => {
  const match = new RegExp(`^\\s+"?${name.replace('/', '\\/')}"?: (\\S+)$`, 'm').exec(catalog)
  if (!match) throw new Error(`${name} is not in the pnpm catalog`)
  return `${name}@${match[1]}`
}

interface PublicPackage {
  name: string
  dir: string
  tarball: string
}

let work: string
const packages: PublicPackage[] = []

// Asynchronous on purpose: a worker blocked in spawnSync for a minute misses vitest's RPC heartbeats.
function run(command: string, args: string[], cwd: string, timeout = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} ${args.join(' ')} failed (${error.code}):\n${stdout}\n${stderr}`))
        else resolve(stdout)
      },
    )
  })
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'wxpay-consumers-'))
  const tarballs = join(work, 'tarballs')
  for (const dir of readdirSync(join(root, 'packages'))) {
    const pkgDir = join(root, 'packages', dir)
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
    if (manifest.private) continue
    if (!existsSync(join(pkgDir, 'dist')))
      throw new Error(`${manifest.name} is not built: run the build (npm test does)`)
    // pnpm pack turns workspace: ranges into real versions, exactly as publishing does.
    const out = await run(pnpm, ['pack', '--pack-destination', tarballs, '--json'], pkgDir)
    const tarball = (JSON.parse(out) as { filename: string }).filename
    packages.push({ name: manifest.name, dir, tarball: tarball.startsWith('/') ? tarball : join(tarballs, tarball) })
  }
  const app = join(work, 'app')
  cpSync(fixtures, app, { recursive: true })
  // The CommonJS twin of the type consumer: the same file, compiled as CJS, without the ESM-only NestJS block.
  const esmTypes = readFileSync(join(app, 'types.mts'), 'utf8')
  writeFileSync(join(app, 'types.cts'), esmTypes.replace(/\/\/ nest-begin[\s\S]*\/\/ nest-end\n/, ''))
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }))
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...packages.map((p) => p.tarball),
      pinned('express'),
      pinned('@nestjs/common'),
      pinned('@nestjs/core'),
      pinned('@nestjs/platform-express'),
      pinned('reflect-metadata'),
      pinned('rxjs'),
      pinned('typescript'),
      pinned('@types/node'),
      pinned('@types/express'),
    ],
    app,
    240_000,
  )
}, 300_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

const app = () => join(work, 'app')
const node = async (file: string) => JSON.parse((await run(process.execPath, [file], app())).trim().split('\n').pop()!)

describe('release dry run', { timeout: 120_000 }, () => {
  it('packs every public package with its dependencies as published ranges (no workspace: left)', () => {
    expect(packages.map((p) => p.name).sort()).toEqual(
      expect.arrayContaining([
        '@core/signer',
        '@core/client',
        '@api/busifavor',
        '@tools/sandbox',
        '@adapters/express',
        '@adapters/nestjs',
      ]),
    )
    for (const p of packages) {
      const manifest = execFileSync('tar', ['-xOzf', p.tarball, 'package/package.json'], { encoding: 'utf8' })
      expect(manifest, p.name).not.toContain('workspace:')
      const files = execFileSync('tar', ['-tzf', p.tarball], { encoding: 'utf8' })
      expect(files, p.name).not.toMatch(/package\/src\/|\.test\.|package\/test\//)
    }
  })

  it('installs from the tarballs alone: every @core/@api/@tools/@adapters package comes from a tarball', () => {
    const lock = JSON.parse(readFileSync(join(app(), 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string; link?: boolean }>
    }
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!/node_modules\/@(core|api|tools|adapters)\//.test(path)) continue
      expect(entry.link, path).toBeUndefined()
      expect(entry.resolved ?? '', path).toMatch(/^file:/)
    }
  })

  it('ESM: imports every entry and deactivates a coupon against the installed sandbox', async () => {
    const out = await node('esm.mjs')
    expect(out.checks).toEqual({ signer: true, notifications: true, sameRegistry: true })
    expect(out.time).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(out.state).toBe('DEACTIVATED')
  })

  it('CommonJS: requires every package, deactivates, and gets the typed refusal on a second request-no', async () => {
    const out = await node('cjs.cjs')
    expect(out.time).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(out.refused).toBe('INVALID_REQUEST')
    expect(out.fns).toEqual(['function', 'function', 'function', 'function'])
  })

  it.each([
    // node16 also checks the .d.ts files themselves (skipLibCheck off); bundler only the consumer's use of them.
    // One program per module format, as in a real project: a program that pulls in both the ESM and the CJS types of
    // one package sees two copies of its declarations (the dual-package type hazard), which no user setup does.
    ['node16-esm', { module: 'node16', moduleResolution: 'node16', skipLibCheck: false }, ['types.mts']],
    ['node16-cjs', { module: 'node16', moduleResolution: 'node16', skipLibCheck: false }, ['types.cts']],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true }, ['types.mts']],
  ] as const)('TypeScript (%s) type-checks consumers against the published .d.ts', async (name, options, files) => {
    const tsconfig = join(app(), `tsconfig.${name}.json`)
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: { target: 'es2022', strict: true, noEmit: true, types: ['node'], ...options },
        files,
      }),
    )
    await run(join(app(), 'node_modules/.bin/tsc'), ['-p', tsconfig], app(), 120_000)
  })

  it('Express: an app receives the sandbox callback on the raw body and deactivates through req.wechatpay', async () => {
    const out = await node('express-app.mjs')
    expect(out.status).toBe(200)
    expect(out.body.wechatpay_deactivate_time).toMatch(/^\d{4}-/)
    expect(out.callbacks).toEqual([out.coupon])
  })

  it('NestJS (CommonJS): WechatPayModule.forRootAsync({ facades }) + the injected busifavor facade deactivates through a controller', async () => {
    const out = await node('nest-app.cjs')
    expect(out.status).toBe(201)
    expect(out.body.wechatpay_deactivate_time).toMatch(/^\d{4}-/)
    expect(out.state).toBe('DEACTIVATED')
  })
})
