// Renders docs/public/wxpay-listen.png, the screenshot of `wxpay listen` on the cli pages: the real CLI (the built
// packages/cli/dist/cli.js) forwards to a node:http app that verifies with node:crypto and answers 500 once; a
// `wxpay trigger` and a `wxpay resend` make three deliveries show live. Its coloured output is drawn as a terminal
// page and photographed by Chromium (playwright-core, the docs tests' browser). Not part of npm test (about 10 s):
//   npx turbo run build --filter=wxpay && node docs/scripts/cli-screenshot.mjs
import { spawn } from 'node:child_process'
import { createDecipheriv, createPublicKey, verify } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { browserLaunchOptions } from '@wxpay/test-support/browser'
import { chromium } from 'playwright-core'

const docs = join(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(docs, '..', 'packages', 'cli', 'dist', 'cli.js')
const OUT = join(docs, 'public', 'wxpay-listen.png')
/** The notify URL the pages' commands use; the app's real one (a free port) is shown as it. */
const PAGE_NOTIFY_URL = 'http://127.0.0.1:3000/wechatpay/notify'
const LISTEN_ARGS = ['--families', 'pay', '--retry-delays', '1000']

if (!existsSync(BIN)) {
  console.error(`${BIN} is missing: npx turbo run build --filter=wxpay first`)
  process.exit(1)
}

const home = mkdtempSync(join(tmpdir(), 'wxpay-screenshot-'))
const env = { PATH: process.env.PATH ?? '', WXPAY_HOME: home, FORCE_COLOR: '1', TZ: process.env.TZ ?? 'Asia/Shanghai' }

/** A merchant app: verifies and decrypts with node:crypto, answers 500 to the first genuine delivery, then 204. */
function startApp(keys) {
  let failNext = 1
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const h = req.headers
      const ok = verify(
        'RSA-SHA256',
        Buffer.from(`${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n${body}\n`),
        createPublicKey(readFileSync(keys.publicKeyPath)),
        Buffer.from(String(h['wechatpay-signature']), 'base64'),
      )
      if (!ok) return res.writeHead(401).end()
      const { resource } = JSON.parse(body)
      const data = Buffer.from(resource.ciphertext, 'base64')
      const decipher = createDecipheriv('aes-256-gcm', Buffer.from(keys.apiv3Key), resource.nonce)
      decipher.setAAD(Buffer.from(resource.associated_data))
      decipher.setAuthTag(data.subarray(-16))
      JSON.parse(Buffer.concat([decipher.update(data.subarray(0, -16)), decipher.final()]).toString('utf8'))
      if (failNext-- > 0) res.writeHead(500).end('busy')
      else res.writeHead(204).end()
    })
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/wechatpay/notify` }),
    ),
  )
}

function wxpay(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
    })
    child.on('error', reject)
    child.on('close', () => resolve(out))
  })
}

async function until(test, what, ms = 15_000) {
  const end = Date.now() + ms
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what this reads.
const ANSI = /\u001b\[(\d+)m/g
const COLOURS = {
  31: '#f07178',
  32: '#c3e88d',
  33: '#ffcb6b',
  34: '#82aaff',
  35: '#c792ea',
  36: '#89ddff',
  90: '#7f8a99',
}
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The CLI's SGR colours (bold, dim, eight colours and grey) as HTML spans. */
function ansiToHtml(text) {
  let html = ''
  const state = { bold: false, dim: false, colour: undefined }
  let at = 0
  const flush = (chunk) => {
    if (chunk === '') return
    const style = [
      state.colour ? `color:${COLOURS[state.colour]}` : '',
      state.bold ? 'font-weight:700' : '',
      state.dim ? 'opacity:.65' : '',
    ].filter(Boolean)
    html += style.length ? `<span style="${style.join(';')}">${escapeHtml(chunk)}</span>` : escapeHtml(chunk)
  }
  for (const match of text.matchAll(ANSI)) {
    flush(text.slice(at, match.index))
    at = match.index + match[0].length
    const code = Number(match[1])
    if (code === 1) state.bold = true
    else if (code === 2) state.dim = true
    else if (code === 22) state.bold = state.dim = false
    else if (code === 39) state.colour = undefined
    else if (COLOURS[code]) state.colour = code
  }
  flush(text.slice(at))
  return html
}

function page(command, output) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; background: #e9edf2; }
  .window { width: max-content; border-radius: 10px; overflow: hidden; box-shadow: 0 12px 32px rgba(0,0,0,.28); background: #1e2430; }
  .bar { height: 34px; background: #2b3240; display: flex; align-items: center; padding: 0 14px; gap: 8px; }
  .dot { width: 12px; height: 12px; border-radius: 50%; }
  .title { flex: 1; text-align: center; color: #9aa4b2; font: 13px "DejaVu Sans", sans-serif; margin-right: 52px; }
  pre { margin: 0; padding: 16px 20px 20px; color: #d8dee9; font: 14px/1.5 "DejaVu Sans Mono", monospace; }
  .prompt { color: #c3e88d; }
</style></head><body><div class="window" id="terminal">
  <div class="bar"><span class="dot" style="background:#ff5f57"></span><span class="dot" style="background:#febc2e"></span><span class="dot" style="background:#28c840"></span><span class="title">wxpay listen — terminal</span></div>
  <pre><span class="prompt">$</span> ${escapeHtml(command)}
${output}</pre>
</div></body></html>`
}

const keys = { publicKeyPath: '', apiv3Key: '' }
const app = await startApp(keys)
const listen = spawn(process.execPath, [BIN, 'listen', '--forward-to', app.url, ...LISTEN_ARGS], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
})
let shown = ''
listen.stdout.on('data', (c) => {
  shown += c
})
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what this strips.
const plain = () => shown.replace(/\u001b\[\d+m/g, '')
const deliveries = () =>
  plain()
    .split('\n')
    .filter((l) => /^\d\d:\d\d:\d\d\.\d{3} /.test(l)).length
const setting = (name) => plain().match(new RegExp(`^ +${name}=(.+)$`, 'm'))?.[1] ?? ''
try {
  await until(() => plain().includes('Ctrl+C to stop'), 'listen to start')
  keys.publicKeyPath = setting('WECHATPAY_PUBLIC_KEY_PATH')
  keys.apiv3Key = setting('WECHATPAY_APIV3_KEY')
  const triggered = await wxpay(['trigger', 'transaction.success', '--override', 'amount.total=1', '--json'])
  const { notification } = JSON.parse(triggered)
  await until(() => deliveries() >= 2, 'the retry')
  await wxpay(['resend', notification.id])
  await until(() => deliveries() >= 3, 'the resend')
} finally {
  listen.kill('SIGTERM')
  await new Promise((r) => listen.once('close', r))
  app.server.close()
  rmSync(home, { recursive: true, force: true })
}

const command = ['wxpay', 'listen', '--forward-to', PAGE_NOTIFY_URL, ...LISTEN_ARGS].join(' ')
const html = page(command, ansiToHtml(shown.split(app.url).join(PAGE_NOTIFY_URL).trimEnd()))
const browser = await chromium.launch(await browserLaunchOptions({ log: (line) => console.error(line) }))
try {
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 2 })
  await tab.setContent(html)
  await tab.locator('#terminal').screenshot({ path: OUT })
} finally {
  await browser.close()
}
console.error(`wrote ${OUT}`)
