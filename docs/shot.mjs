import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { chromium } from 'playwright-core'

const root = '.vitepress/dist'
const T = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}
const server = createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, 'http://x').pathname)
  const f = [join(root, p), join(root, p + '.html'), join(root, p, 'index.html')].find(
    (f) => existsSync(f) && statSync(f).isFile(),
  )
  if (!f) {
    res.writeHead(404)
    return res.end()
  }
  res.writeHead(200, { 'content-type': T[extname(f)] ?? 'application/octet-stream' })
  res.end(readFileSync(f))
}).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const [name, path, w] of process.argv.slice(2).map((a) => a.split('='))) {
  const page = await browser.newPage({ viewport: { width: Number(w ?? 1360), height: 900 } })
  await page.goto(base + path, { waitUntil: 'networkidle' })
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false })
  await page.close()
}
await browser.close()
server.close()
