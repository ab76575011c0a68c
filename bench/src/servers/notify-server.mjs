// A callback endpoint in its own process, in one of three shapes (BENCH_NOTIFY_MODE):
//   raw             node:http + @core/signer verifyNotification + an in-memory id set (the baseline)
//   express         Express 5 + @adapters/express wechatpayNotifications (ours: raw body, verify, dedupe, ack)
//   express-signer  Express 5 + express.raw() + verifyNotification by hand (isolates Express's own cost)
// The parent resets and reads the CPU counter around the measured phase over IPC.
import { createServer } from 'node:http'
import { wechatpayNotifications } from '@adapters/express'
import { PlatformKeys, verifyNotification } from '@core/signer'
import express from 'express'
import { loadFixture } from '../lib/fixture.mjs'

const f = loadFixture()
const mode = process.env.BENCH_NOTIFY_MODE
const platformKeys = new PlatformKeys({ [f.platformSerial]: f.platformPublicKeyPem })
let handled = 0
let rejected = 0
const seen = new Set()

function byHand(headers, body) {
  try {
    const event = verifyNotification({ headers, body, platformKeys, apiv3Key: f.apiv3Key })
    if (!seen.has(event.id)) {
      seen.add(event.id)
      handled++
    }
    return 204
  } catch {
    rejected++
    return 401
  }
}

const FAIL = '{"code":"FAIL","message":"signature verification failed"}'
let server
if (mode === 'raw') {
  server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const status = byHand(req.headers, Buffer.concat(chunks))
      res.writeHead(status, status === 204 ? {} : { 'Content-Type': 'application/json' })
      res.end(status === 204 ? undefined : FAIL)
    })
  })
} else if (mode === 'express') {
  const app = express()
  app.post(
    '/notify',
    wechatpayNotifications({
      platformKeys,
      apiv3Key: f.apiv3Key,
      onNotification: () => {
        handled++
      },
      onError: () => {
        rejected++
      },
    }),
  )
  server = createServer(app)
} else if (mode === 'express-signer') {
  const app = express()
  app.post('/notify', express.raw({ type: 'application/json' }), (req, res) => {
    const status = byHand(req.headers, req.body)
    if (status === 204) res.status(204).end()
    else res.status(status).type('application/json').send(FAIL)
  })
  server = createServer(app)
} else throw new Error(`bench: BENCH_NOTIFY_MODE=${mode}?`)

server.keepAliveTimeout = 8_000
let cpu0 = process.cpuUsage()
server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', url: `http://127.0.0.1:${server.address().port}` }))
process.on('message', (m) => {
  if (m.type === 'begin') {
    handled = 0
    rejected = 0
    cpu0 = process.cpuUsage()
    process.send({ type: 'begun' })
  } else if (m.type === 'end') {
    const cpu = process.cpuUsage(cpu0)
    process.send({ type: 'ended', cpuMicros: cpu.user + cpu.system, handled, rejected })
  } else if (m.type === 'stop') server.close(() => process.exit(0))
})
process.on('disconnect', () => process.exit(0))
