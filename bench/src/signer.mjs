// Signing and verification cost of @core/signer next to raw node:crypto on the same pre-parsed keys, in one run.
// Rounds are interleaved (raw, ours, raw, ours…) so machine noise hits both sides alike; we report the median of the
// per-round medians and the min/max across rounds, plus ours/raw ratios.
import { generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PlatformKeys, signRequest, signResponse, verifyResponse } from '@core/signer'
import { Bench } from 'tinybench'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 400)

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const body = JSON.stringify({
  coupon_code: 'sxxe34343434',
  stock_id: '1234567891',
  deactivate_request_no: '1002600620019090123143254436',
  deactivate_reason: '此券使用时间设置错误',
})
const url = '/v3/marketing/busifavor/coupons/deactivate'
const answer = '{"wechatpay_deactivate_time":"2020-05-20T13:29:35.120+08:00"}'
const now = Math.floor(Date.now() / 1000)
const headers = signResponse({ body: answer, privateKey: platform.privateKey, serial: 'PUB_KEY_ID_1', timestamp: now })
const platformKeys = new PlatformKeys({ PUB_KEY_ID_1: platform.publicKey })

const subjects = {
  'sign / raw node:crypto': () => {
    // What a hand-written client does: a random nonce and the current time on every call.
    const nonce = randomBytes(16).toString('hex')
    const timestamp = Math.floor(Date.now() / 1000)
    const message = `POST\n${url}\n${timestamp}\n${nonce}\n${body}\n`
    const signature = sign('sha256', Buffer.from(message), merchant.privateKey).toString('base64')
    return `WECHATPAY2-SHA256-RSA2048 mchid="1900000001",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="AB"`
  },
  'sign / @core/signer signRequest': () =>
    signRequest({ mchid: '1900000001', serial: 'AB', privateKey: merchant.privateKey, method: 'POST', url, body })
      .authorization,
  'verify / raw node:crypto': () => {
    const h = headers
    if (Math.abs(now - Number(h['Wechatpay-Timestamp'])) > 300) throw new Error('skew')
    const message = `${h['Wechatpay-Timestamp']}\n${h['Wechatpay-Nonce']}\n${answer}\n`
    if (!verify('sha256', Buffer.from(message), platform.publicKey, Buffer.from(h['Wechatpay-Signature'], 'base64'))) {
      throw new Error('bad')
    }
  },
  'verify / @core/signer verifyResponse': () => verifyResponse({ headers, body: answer, platformKeys, now }),
}

const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]))
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: TIME_MS, warmupTime: 100 })
  for (const [name, fn] of Object.entries(subjects)) bench.add(name, fn)
  await bench.run()
  for (const task of bench.tasks) samples[task.name].push(task.result.throughput?.median ?? task.result.hz)
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (n) => Math.round(n).toLocaleString('en-US')
const rows = Object.entries(samples).map(([name, xs]) => ({
  name,
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
}))
const byName = Object.fromEntries(rows.map((r) => [r.name, r]))
const ratio = (ours, raw) => (byName[ours].median / byName[raw].median).toFixed(3)

const lines = [
  `# @core/signer vs raw node:crypto — ${new Date().toISOString()}`,
  '',
  `Node ${process.version}, ${ROUNDS} interleaved rounds × ${TIME_MS} ms, RSA-2048, deactivate request/answer bodies.`,
  '',
  '| subject | ops/s median | min | max |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} |`),
  '',
  `sign ratio (ours / raw): **${ratio('sign / @core/signer signRequest', 'sign / raw node:crypto')}**`,
  `verify ratio (ours / raw): **${ratio('verify / @core/signer verifyResponse', 'verify / raw node:crypto')}**`,
]
const text = lines.join('\n')
console.log(text)
const dir = join(import.meta.dirname, '..', 'results')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'signer.md'), `${text}\n`)
