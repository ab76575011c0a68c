// The facade's own cost, in one process: the same call through the facade (busifavor deactivateCoupon / pay
// jsapiPrepay) and through `client.request`, alternating short batches, paired per round. Both answer from an
// in-process undici MockAgent holding a signed answer, so sockets and a server process add no noise to a difference
// of a few microseconds; everything else (sign, verify, parse) is the real code on both sides.
// A `raw` subject (node:crypto + undici by hand, the e2e raw subject's steps) runs on the same mock: `request − raw` is
// what the client adds to hand-written code. With BENCH_BASELINE_DIR (a built checkout of an earlier commit) the same
// two calls from that checkout's dist join the rounds: an A/B of the whole client path against that commit.
//
//   node src/overhead/run.mjs            BENCH_OP=deactivate|jsapi  BENCH_SIGNING=sync|auto  BENCH_OVERHEAD_ROUNDS=60
//   BENCH_OVERHEAD_SUBJECTS=request      only these subjects, no own-work rounds (to profile one side alone)
import { createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { MockAgent } from 'undici'
import { rawSubject } from '../e2e-subjects.mjs'
import { createFixture } from '../lib/fixture.mjs'
import { operation } from '../lib/operations.mjs'
import { fmt, median, rotate, table } from '../lib/stats.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const env = (name, fallback) => Number(process.env[name] ?? fallback)
const OP = process.env.BENCH_OP ?? 'deactivate'
const SIGNING = process.env.BENCH_SIGNING ?? 'sync'
const ROUNDS = env('BENCH_OVERHEAD_ROUNDS', 60)
const WARMUP = env('BENCH_WARMUP', 5000)
const BATCH = { 1: env('BENCH_OVERHEAD_C1', 300), 32: env('BENCH_OVERHEAD_C32', 600) }
const ORIGIN = 'http://127.0.0.1:9'
const ANSWERS = {
  deactivate: { wechatpay_deactivate_time: '2026-12-02T12:00:00+08:00' },
  jsapi: { prepay_id: 'wx201410272009395522657a690389285100' },
}

const f = createFixture()
// Diagnostic only: with short keys the RSA operations shrink and a JS difference between subjects stands out.
const KEY_BITS = env('BENCH_KEY_BITS', 2048)
if (KEY_BITS !== 2048) {
  const pair = () => generateKeyPairSync('rsa', { modulusLength: KEY_BITS })
  const pem = (key, type) => key.export({ type, format: 'pem' })
  const merchant = pair()
  const platform = pair()
  f.merchantPrivateKeyPem = pem(merchant.privateKey, 'pkcs8')
  f.platformPrivateKeyPem = pem(platform.privateKey, 'pkcs8')
  f.platformPublicKeyPem = pem(platform.publicKey, 'spki')
}
const op = operation(OP)
const platformKey = createPrivateKey(f.platformPrivateKeyPem)
const answerText = JSON.stringify(ANSWERS[OP])

// One signature per second of the clock, as a server with a response cache would: the answer stays inside the client's
// timestamp window for any run length, and the platform's signing cost stays out of the client's CPU figures.
let signed = { second: -1, headers: {} }
function answerHeaders() {
  const second = Math.floor(Date.now() / 1000)
  if (signed.second !== second) {
    const nonce = randomBytes(16).toString('hex')
    const message = Buffer.from(`${second}\n${nonce}\n${answerText}\n`)
    signed = {
      second,
      headers: {
        'content-type': 'application/json',
        'request-id': `08DE${second}`,
        'wechatpay-nonce': nonce,
        'wechatpay-serial': f.platformSerial,
        'wechatpay-timestamp': String(second),
        'wechatpay-signature': sign('sha256', message, platformKey).toString('base64'),
      },
    }
  }
  return signed.headers
}

function mockDispatcher() {
  const agent = new MockAgent({ connections: 1 })
  agent.disableNetConnect()
  agent
    .get(ORIGIN)
    .intercept({ path: op.path, method: 'POST' })
    .reply(() => ({ statusCode: 200, data: answerText, responseOptions: { headers: answerHeaders() } }))
    .persist()
  return agent
}

async function subjectsFrom(label, load) {
  const { createClient, facade } = await load()
  const clientOf = () =>
    createClient({
      mchid: f.mchid,
      serial: f.merchantSerial,
      privateKey: f.merchantPrivateKeyPem,
      platformKeys: { [f.platformSerial]: f.platformPublicKeyPem },
      baseUrl: ORIGIN,
      dispatcher: mockDispatcher(),
      signing: SIGNING,
      retry: false,
    })
  const facadeClient = clientOf()
  const requestClient = clientOf()
  const call = facade(facadeClient)
  return {
    [`${label}facade`]: { call, close: () => facadeClient.close() },
    [`${label}request`]: {
      call: async (body) =>
        (await requestClient.request({ method: 'POST', url: op.path, json: body, idempotent: true })).data,
      close: () => requestClient.close(),
    },
  }
}

const facadeOf = (mod) => (client) => {
  if (op.facade === 'busifavor') {
    const busifavor = mod.createBusifavor(client)
    return (body) => busifavor.deactivateCoupon(body)
  }
  const pay = mod.createPay(client)
  return (body) => pay.jsapiPrepay(body)
}

let sequence = 0
async function batch(call, count, concurrency) {
  const bodies = Array.from({ length: count }, () => {
    const i = sequence++
    return op.body(`P${i}`, '1234567891', i)
  })
  let next = 0
  let failures = 0
  let firstError
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      try {
        const answer = await call(bodies[i])
        if (!op.answered(answer)) throw new Error('answer of another operation')
      } catch (error) {
        failures++
        firstError ??= String(error?.message ?? error)
      }
    }
  }
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const wallMicros = (performance.now() - t0) * 1000
  const cpu = process.cpuUsage(cpu0)
  if (failures) throw new Error(`bench: ${failures} failed calls: ${firstError}`)
  return { cpu: (cpu.user + cpu.system) / count, wall: wallMicros / count }
}

/** Median and a 95 % bootstrap interval of the median of paired differences (deterministic resampling). */
function medianInterval(xs) {
  let seed = 12345
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x80000000
  }
  const medians = []
  for (let b = 0; b < 2000; b++) medians.push(median(xs.map(() => xs[Math.floor(rand() * xs.length)])))
  medians.sort((a, b) => a - b)
  return { median: median(xs), low: medians[49], high: medians[1949] }
}

const pkgDist = (dir, pkg) => pathToFileURL(join(dir, 'packages', pkg, 'dist', 'index.js')).href
const subjects = await subjectsFrom('', async () => ({
  createClient: (await import('@core/client')).createClient,
  facade: facadeOf(await import(op.facade === 'busifavor' ? '@api/busifavor' : '@api/pay')),
}))
// The hand-written floor (the e2e raw subject itself) on the same mock: `request − raw` is what the client adds to it.
subjects.raw = rawSubject(f, ORIGIN, op, { async: false, dispatcher: mockDispatcher() })
const baselineDir = process.env.BENCH_BASELINE_DIR
if (baselineDir) {
  Object.assign(
    subjects,
    await subjectsFrom('baseline-', async () => ({
      createClient: (await import(pkgDist(baselineDir, 'client'))).createClient,
      facade: facadeOf(await import(pkgDist(baselineDir, op.facade))),
    })),
  )
}
// BENCH_OVERHEAD_SUBJECTS=request (one subject per process, under --cpu-prof) profiles one side of a difference alone.
const only = process.env.BENCH_OVERHEAD_SUBJECTS?.split(',')
const names = Object.keys(subjects).filter((name) => only === undefined || only.includes(name))
for (const name of names) await batch(subjects[name].call, WARMUP, 32)

const results = {}
for (const concurrency of [1, 32]) {
  const rounds = Object.fromEntries(names.map((n) => [n, []]))
  for (const name of names) await batch(subjects[name].call, 100, concurrency)
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of rotate(names, round))
      rounds[name].push(await batch(subjects[name].call, BATCH[concurrency], concurrency))
  }
  results[`c=${concurrency}`] = rounds
}
for (const s of Object.values(subjects)) await s.close()

// The facade's own work, with the client taken out: the same facade over an object that answers at once (the facade's
// FacadeClient shape) against calling that object directly. No crypto or I/O, so this difference has almost no noise:
// it bounds what the A/B above can attribute to the facade.
const instant = { status: 200, headers: {}, requestId: 'instant', data: ANSWERS[OP] }
const instantClient = { request: async () => instant, uploadImage: async () => instant }
const own = { facade: facadeOf(await import(op.facade === 'busifavor' ? '@api/busifavor' : '@api/pay'))(instantClient) }
own.request = async (body) =>
  (await instantClient.request({ method: 'POST', url: op.path, json: body, idempotent: true })).data
const ownRounds = { facade: [], request: [] }
for (let round = 0; round < (only === undefined ? ROUNDS + 10 : 0); round++) {
  for (const name of rotate(['facade', 'request'], round)) {
    const r = await batch(own[name], 5000, 1)
    if (round >= 10) ownRounds[name].push(r)
  }
}

// Pairs whose difference is reported: [measured, reference].
const pairs = [
  ['facade', 'request'],
  ['request', 'raw'],
]
if (baselineDir)
  pairs.push(['baseline-facade', 'baseline-request'], ['facade', 'baseline-facade'], ['request', 'baseline-request'])
const rows = []
for (const [key, rounds] of Object.entries(results)) {
  for (const [a, b] of pairs.filter((pair) => pair.every((name) => names.includes(name)))) {
    for (const metric of ['cpu', 'wall']) {
      const diffs = rounds[a].map((x, i) => x[metric] - rounds[b][i][metric])
      const ratios = rounds[a].map((x, i) => x[metric] / rounds[b][i][metric])
      const d = medianInterval(diffs)
      rows.push([
        key,
        `${a} − ${b}`,
        metric === 'cpu' ? 'CPU µs/call' : 'wall µs/call',
        fmt(median(rounds[a].map((x) => x[metric])), 1),
        fmt(median(rounds[b].map((x) => x[metric])), 1),
        `**${fmt(d.median, 1)}** <sub>${fmt(d.low, 1)} … ${fmt(d.high, 1)}</sub>`,
        median(ratios).toFixed(3),
      ])
    }
  }
}
const ownDiffs = ownRounds.facade.map((x, i) => x.cpu - ownRounds.request[i].cpu)
const ownInterval = medianInterval(ownDiffs)
const resultsDir = process.env.BENCH_RESULTS_DIR ?? join(here, '..', '..', 'results')
const stem = join(resultsDir, `10-facade-overhead-${OP}-${SIGNING}${KEY_BITS === 2048 ? '' : `-rsa${KEY_BITS}`}`)
mkdirSync(resultsDir, { recursive: true })
writeFileSync(
  `${stem}.json`,
  `${JSON.stringify({ op: OP, signing: SIGNING, rounds: ROUNDS, batch: BATCH, results, own: ownRounds }, null, 1)}\n`,
)
const md = [
  `# Facade overhead over client.request — ${OP}, signing '${SIGNING}'${KEY_BITS === 2048 ? '' : `, RSA-${KEY_BITS} keys (diagnostic)`}`,
  '',
  `One process, an in-process undici MockAgent answering a signed ${OP} answer; ${ROUNDS} rounds of alternating batches`,
  `(${BATCH[1]} calls at c=1, ${BATCH[32]} at c=32, rotated order, ${WARMUP} warm-up calls each). Difference = median of`,
  'the per-round paired differences, with a 95 % bootstrap interval of that median; ratio = median of per-round ratios.',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z.`,
  '',
  table(['', 'pair', 'metric', 'A', 'B', 'A − B (95 % CI)', 'A / B'], rows, ['l', 'l', 'l']),
  '',
  `Medians, CPU µs/call: ${Object.entries(results)
    .flatMap(([key, rounds]) => names.map((n) => `${n} ${key} ${fmt(median(rounds[n].map((x) => x.cpu)), 1)}`))
    .join(', ')}.`,
  '',
  `The facade's own work (over a client object that answers at once, ${ROUNDS} rounds of 5,000 calls, 10 more`,
  `discarded as warm-up): **${fmt(ownInterval.median, 2)} µs/call** CPU <sub>${fmt(ownInterval.low, 2)} … ${fmt(ownInterval.high, 2)}</sub>`,
  `(facade ${fmt(median(ownRounds.facade.map((x) => x.cpu)), 2)} vs direct ${fmt(median(ownRounds.request.map((x) => x.cpu)), 2)} µs/call).`,
  '',
].join('\n')
writeFileSync(`${stem}.md`, md)
console.log(md)
