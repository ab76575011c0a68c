// The release dry run: what `changeset publish` would upload is packed, installed with plain npm in a folder outside
// the workspace (no links, no hoisting from the monorepo), and used the way users use it.
import { execFile, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const fixtures = join(import.meta.dirname, '../fixtures')
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
  // The documented way before the first release: `npm run tarballs` (this script, after the build) in a clone, then
  // `npm install <clone>/tarballs/<name>.tgz …` in the app.
  const listed = await run(process.execPath, [join(root, 'scripts/pack.mjs'), '--out', tarballs], root, 120_000)
  for (const line of listed.trim().split('\n')) {
    const [name, tarball] = line.trim().split(/\s+/) as [string, string]
    packages.push({ name, dir: name.split('/')[1] as string, tarball })
  }
  const app = join(work, 'app')
  cpSync(fixtures, app, { recursive: true })
  // The CommonJS twin of the type consumer: the same file, compiled as CJS, without the ESM-only NestJS block.
  const esmTypes = readFileSync(join(app, 'types.mts'), 'utf8')
  const cjsTypes = esmTypes.replace(/\/\/ nest-begin[\s\S]*\/\/ nest-end\n/, '')
  writeFileSync(join(app, 'types.cts'), cjsTypes)
  // And as a plain .ts file of a `module: commonjs` project, whose default resolution is node10.
  writeFileSync(join(app, 'types-node10.ts'), cjsTypes)
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
      pinned('ioredis'),
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
        '@api/catalog',
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
    // node10 ignores "exports" (a NestJS-starter-like setup: commonjs, esModuleInterop, skipLibCheck); the subpaths (@core/client/notifications, @api/busifavor/schemas,
    // @adapters/express/redis) resolve through each package's typesVersions.
    [
      'node10',
      { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, skipLibCheck: true },
      ['types-node10.ts'],
    ],
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

  /** Type-checks `files` of the installed app with strict options plus `options`; resolves with the tsc output. */
  const typecheck = (name: string, files: string[], options: Record<string, unknown>) => {
    const tsconfig = join(app(), `tsconfig.${name}.json`)
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          strict: true,
          noEmit: true,
          types: ['node'],
          noUncheckedIndexedAccess: true,
          ...options,
        },
        files,
      }),
    )
    return run(join(app(), 'node_modules/.bin/tsc'), ['-p', tsconfig], app(), 120_000)
  }
  const NODE16 = { module: 'node16', moduleResolution: 'node16' }

  it('@api/catalog: typed calls to three families outside busifavor/pay compile against the published .d.ts', async () => {
    // skipLibCheck off: the catalog's own declarations are checked too.
    await typecheck('catalog', ['catalog.mts'], { ...NODE16, skipLibCheck: false })
    await typecheck('catalog-bundler', ['catalog.mts'], {
      module: 'esnext',
      moduleResolution: 'bundler',
      skipLibCheck: true,
    })
  })

  it('without the import: the same calls compile through the escape hatch, and the typed file no longer does', async () => {
    await typecheck('catalog-untyped', ['catalog-untyped.mts'], { ...NODE16, skipLibCheck: true })
    const typed = readFileSync(join(app(), 'catalog.mts'), 'utf8')
    writeFileSync(join(app(), 'catalog-no-import.mts'), typed.replace("import '@api/catalog'\n", ''))
    const failed = await typecheck('catalog-no-import', ['catalog-no-import.mts'], {
      ...NODE16,
      skipLibCheck: true,
    }).then(
      () => '',
      (error: Error) => error.message,
    )
    // The chained properties are ChainNode | undefined again, the answers unknown.
    expect(failed).toMatch(/catalog-no-import\.mts\(\d+,\d+\): error TS(18048|2339|18046)/)
  })

  it('@api/catalog at runtime: the encrypted-fields index from ESM and CommonJS', async () => {
    const expected = { jsapi: ['json.payer.identity.number', 'json.payer.identity.name'], routes: expect.any(Number) }
    expect(await node('catalog-runtime.mjs')).toEqual(expected)
    expect(await node('catalog-runtime.cjs')).toEqual(expected)
  })

  it('npx wxpay-sandbox & then kill $!: the sandbox stops with npx and removes its key files', async () => {
    const npx = spawn('npx', ['wxpay-sandbox', '--seed-examples'], { cwd: app(), stdio: ['ignore', 'pipe', 'pipe'] })
    const printed = await new Promise<string>((resolve, reject) => {
      let out = ''
      npx.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (/^WECHATPAY_BASE_URL=.*\n/m.test(out)) resolve(out)
      })
      npx.once('exit', (code) => reject(new Error(`npx wxpay-sandbox exited with ${code}:\n${out}`)))
    })
    const setting = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(printed)?.[1] as string
    const url = setting('WECHATPAY_BASE_URL')
    const keyFile = setting('WECHATPAY_PRIVATE_KEY_PATH')
    const up = () =>
      fetch(`${url}/__sandbox`, { signal: AbortSignal.timeout(1000) }).then(
        () => true,
        () => false,
      )
    expect(await up()).toBe(true)
    // npx runs the bin under `sh -c`, which does not pass the signal on: the bin notices its parent is gone.
    const exited = new Promise((resolve) => npx.once('exit', resolve))
    npx.kill('SIGTERM')
    await exited
    await expect.poll(up, { timeout: 5000, interval: 200 }).toBe(false)
    await expect.poll(() => existsSync(keyFile), { timeout: 5000, interval: 200 }).toBe(false)
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
