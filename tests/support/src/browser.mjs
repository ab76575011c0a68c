// The browser of the docs tests, from npm: the Chromium build shipped inside @sparticuz/chromium (a headless shell
// that needs only glibc and expat) and the Noto Sans SC font from @expo-google-fonts, so no system browser or CJK
// font has to be installed. CHROMIUM_PATH points at another Chromium instead (the fonts still come from npm).
import { spawn } from 'node:child_process'
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress } from 'node:zlib'

const require = createRequire(import.meta.url)
// The package exports only its entry (build/index.js); its root holds bin/ and package.json.
const chromiumPackage = join(dirname(require.resolve('@sparticuz/chromium')), '..')
const fontPackage = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'))

/** The pinned @sparticuz/chromium version; the extracted binary lives in a folder named after it. */
export const CHROMIUM_PACKAGE_VERSION = JSON.parse(readFileSync(join(chromiumPackage, 'package.json'), 'utf8')).version

/** Flags for a headless run on a machine without a display, GPU or network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/**
 * Where the browser is extracted: the system temp folder, one folder per package version (an older or newer
 * extraction never answers for this one), shared by every clone on the machine.
 */
export function browserCacheDir(base = tmpdir()) {
  return join(base, `wxpay-chromium-${CHROMIUM_PACKAGE_VERSION}`)
}

/** Brotli-decompresses `archive` into `target` (a file, or with `untar` a folder through the system tar). */
async function inflate(archive, target, untar) {
  const source = createReadStream(archive)
  const brotli = createBrotliDecompress()
  if (!untar) return pipeline(source, brotli, createWriteStream(target, { mode: 0o755 }))
  mkdirSync(target, { recursive: true })
  const tar = spawn('tar', ['-x', '-C', target], { stdio: ['pipe', 'ignore', 'inherit'] })
  const exited = new Promise((resolve, reject) => {
    tar.once('error', reject)
    tar.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar -x exited with ${code}`))))
  })
  await pipeline(source, brotli, tar.stdin)
  await exited
}

/**
 * Decompresses the packaged binary and its software GL (SwiftShader, loaded from the binary's folder) once. Both go
 * to a temporary name first and take the final one by an atomic rename, so a concurrent or interrupted run never
 * leaves a half-written browser behind.
 */
async function extractChromium(dir) {
  const binary = join(dir, 'chromium')
  if (existsSync(binary)) return { binary, extracted: false }
  mkdirSync(dir, { recursive: true })
  const partial = mkdtempSync(join(dir, '.partial-'))
  try {
    await inflate(join(chromiumPackage, 'bin', 'swiftshader.tar.br'), partial, true)
    for (const name of readdirSync(partial)) renameSync(join(partial, name), join(dir, name))
    await inflate(join(chromiumPackage, 'bin', 'chromium.br'), join(partial, 'chromium'), false)
    chmodSync(join(partial, 'chromium'), 0o755)
    renameSync(join(partial, 'chromium'), binary)
  } finally {
    rmSync(partial, { recursive: true, force: true })
  }
  return { binary, extracted: true }
}

/** A fontconfig file that adds Noto Sans SC (regular and bold) to whatever fonts the system has. */
function writeFontConfig(dir) {
  const file = join(dir, 'fonts.conf')
  const dirs = ['400Regular', '700Bold'].map((weight) => `  <dir>${join(fontPackage, weight)}</dir>`)
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      ...dirs,
      `  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>`,
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      '</fontconfig>',
      '',
    ].join('\n'),
  )
  return file
}

/**
 * Launch options for playwright-core's `chromium.launch`: the executable, its flags and the environment that gives it
 * the CJK font. Extracts the browser on first use (a few seconds, about 200 MB in the temp folder).
 * @param {{ log?: (line: string) => void, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ executablePath: string, args: string[], env: Record<string, string> }>}
 */
export async function browserLaunchOptions({ log = () => {}, env = process.env } = {}) {
  const dir = browserCacheDir()
  mkdirSync(dir, { recursive: true })
  const fontconfig = writeFontConfig(dir)
  const launchEnv = {
    ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
    FONTCONFIG_FILE: fontconfig,
  }
  if (env.CHROMIUM_PATH) {
    log(`browser: ${env.CHROMIUM_PATH} (CHROMIUM_PATH), fonts: Noto Sans SC from npm`)
    return { executablePath: env.CHROMIUM_PATH, args: FLAGS, env: launchEnv }
  }
  const { default: chromium } = await import('@sparticuz/chromium')
  const { binary, extracted } = await extractChromium(dir)
  log(
    `browser: Chromium from @sparticuz/chromium ${CHROMIUM_PACKAGE_VERSION} (npm) ${extracted ? 'extracted to' : 'at'} ${binary}, fonts: Noto Sans SC from npm`,
  )
  // --single-process suits one page per Lambda call; here the browser dies when the first page closes.
  const args = chromium.args.filter((flag) => flag !== '--single-process')
  return { executablePath: binary, args: [...args, ...FLAGS], env: launchEnv }
}
