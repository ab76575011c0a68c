// The minimal loopback "WeChat Pay" for the end-to-end runs: node:http, checks every request's SHA256withRSA
// Authorization with the merchant public key (so a subject that signs wrongly fails loudly), and answers the
// deactivate call and the JSAPI prepay (by path) with a signed body. Its own cost is small and the same for every subject, which is the point: what
// differs between runs is the client.
//
// BENCH_RAW_SERVER_SIGN=cached (default): the answer for a given second is signed once and reused (same timestamp,
// nonce and body, so the same valid signature). On a 2-core box a server that signs every answer would spend as much
// CPU as the client and hide the client's cost. BENCH_RAW_SERVER_SIGN=each signs every answer.
import { createPublicKey, randomBytes, sign, verify } from 'node:crypto'
import { createServer } from 'node:http'
import { JSAPI_PATH, loadFixture, TAMPER_PREFIX } from '../lib/fixture.mjs'

const f = loadFixture()
const SIGN_EACH = process.env.BENCH_RAW_SERVER_SIGN === 'each'
const merchantPublic = createPublicKey(f.merchantPublicKeyPem)
const platformPrivate = f.platformPrivateKeyPem
const AUTH = /^WECHATPAY2-SHA256-RSA2048 (.*)$/
const PAIR = /(\w+)="([^"]*)"/g

const stats = { connections: 0, requests: 0, rejected: 0 }

function parseAuthorization(header) {
  const m = AUTH.exec(header ?? '')
  if (!m) return undefined
  const out = {}
  for (const [, k, v] of m[1].matchAll(PAIR)) out[k] = v
  return out
}

const BODIES = {
  deactivate: (second) =>
    `{"wechatpay_deactivate_time":"${new Date(second * 1000).toISOString().replace('Z', '+00:00')}"}`,
  jsapi: () => `{"prepay_id":"wx${randomBytes(16).toString('hex')}"}`,
}

function signedAnswer(kind, second) {
  const body = BODIES[kind](second)
  const nonce = randomBytes(16).toString('hex')
  const signature = sign('sha256', Buffer.from(`${second}\n${nonce}\n${body}\n`), platformPrivate).toString('base64')
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      'Wechatpay-Timestamp': String(second),
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature': signature,
      'Wechatpay-Serial': f.platformSerial,
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    },
  }
}

const cached = {}
function answer(kind) {
  const second = Math.floor(Date.now() / 1000)
  if (SIGN_EACH) return signedAnswer(kind, second)
  if (cached[kind]?.second !== second) cached[kind] = { second, ...signedAnswer(kind, second) }
  return cached[kind]
}

const server = createServer((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    stats.requests++
    const body = Buffer.concat(chunks)
    const auth = parseAuthorization(req.headers.authorization)
    const ok =
      auth !== undefined &&
      auth.mchid === f.mchid &&
      auth.serial_no === f.merchantSerial &&
      Math.abs(Date.now() / 1000 - Number(auth.timestamp)) <= 300 &&
      verify(
        'sha256',
        Buffer.concat([
          Buffer.from(`${req.method}\n${req.url}\n${auth.timestamp}\n${auth.nonce_str}\n`),
          body,
          Buffer.from('\n'),
        ]),
        merchantPublic,
        Buffer.from(auth.signature ?? '', 'base64'),
      )
    if (!ok) {
      stats.rejected++
      res.writeHead(401, { 'Content-Type': 'application/json' })
      res.end('{"code":"SIGN_ERROR","message":"签名错误"}')
      return
    }
    const a = answer(req.url === JSAPI_PATH ? 'jsapi' : 'deactivate')
    const headers = { ...a.headers, 'Request-ID': randomBytes(8).toString('hex') }
    // A body the signature does not cover, of the declared length (a longer one would also break the connection):
    // a client that verifies must refuse it.
    const tampered =
      body.includes(`"coupon_code":"${TAMPER_PREFIX}`) || body.includes(`"out_trade_no":"${TAMPER_PREFIX}`)
    res.writeHead(200, headers)
    res.end(tampered ? a.body.replace(/"\w/, '"X') : a.body)
  })
})
server.keepAliveTimeout = 8_000
server.on('connection', () => stats.connections++)

server.listen(0, '127.0.0.1', () => {
  process.send({ type: 'ready', url: `http://127.0.0.1:${server.address().port}` })
})
process.on('message', (m) => {
  if (m.type === 'stats') {
    process.send({ type: 'stats', stats: { ...stats } })
    stats.connections = 0
    stats.requests = 0
    stats.rejected = 0
  } else if (m.type === 'stop') server.close(() => process.exit(0))
})
// Never outlive the benchmark.
process.on('disconnect', () => process.exit(0))
