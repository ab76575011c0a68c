// Summarizes V8 .cpuprofile files (from BENCH_CPU_PROF=… or node --cpu-prof): self time by package and the top
// functions, so a missed target can be traced to where the time goes.
// Usage: node src/profile-summary.mjs results/profiles/ours-raw-c32.cpuprofile [more…] [--top 25] [--requests N]
// (--requests: the measured call count, to print µs per request.)
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

function category(url, name) {
  if (name === '(idle)') return '(idle)'
  if (name === '(garbage collector)') return '(gc)'
  if (name === '(program)') return '(program: native, not JS)'
  if (!url) return `(native) ${name}`
  if (url.startsWith('node:')) return url.split('/')[0].replace(/^(node:[a-z_]+).*/, '$1')
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]
  const ws = /\/packages\/([^/]+)\//.exec(url)
  if (ws) return `@workspace/${ws[1]}`
  if (url.includes('/bench/')) return 'bench harness'
  return url
}

export function summarize(path, top = 25, requests = 0) {
  const profile = JSON.parse(readFileSync(path, 'utf8'))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  // samples[i] hit node samples[i] for timeDeltas[i+1] µs (V8's convention: the delta before the next sample).
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt)
  }
  let total = 0
  let idle = 0
  const byCategory = new Map()
  const byFunction = new Map()
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id)
    const name = callFrame.functionName || '(anonymous)'
    const cat = category(callFrame.url, name)
    if (cat === '(idle)') {
      idle += us
      continue
    }
    total += us
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + us)
    const key = `${name} ${callFrame.url ? `${basename(callFrame.url)}:${callFrame.lineNumber + 1}` : ''} [${cat}]`
    byFunction.set(key, (byFunction.get(key) ?? 0) + us)
  }
  const pct = (us) =>
    `${((100 * us) / total).toFixed(1).padStart(5)} %${requests ? ` ${(us / requests).toFixed(1).padStart(6)} µs/req` : ''}`
  const lines = [
    `## ${basename(path)}: ${(total / 1000).toFixed(0)} ms busy, ${(idle / 1000).toFixed(0)} ms idle (main thread)`,
  ]
  lines.push('', 'by package:')
  for (const [cat, us] of [...byCategory].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`  ${pct(us)}  ${cat}`)
  lines.push('', `top ${top} functions (self time):`)
  for (const [fn, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${fn}`)
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const topAt = args.indexOf('--top')
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25
  const reqAt = args.indexOf('--requests')
  const requests = reqAt >= 0 ? Number(args.splice(reqAt, 2)[1]) : 0
  for (const path of args) console.log(`${summarize(path, top, requests)}\n`)
}
