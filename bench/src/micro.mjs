// Micro benchmarks: the per-call crypto work of each subject, on the same keys and payloads, in one process.
// Each round runs every subject of every operation for BENCH_MICRO_TIME_MS; the subject order rotates per round so
// machine noise (the box is shared) lands on all of them alike. We keep each round's median ops/s per subject.
import { createDecipheriv, createPrivateKey, createPublicKey, randomBytes, sign, verify } from 'node:crypto'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { decryptResource, PlatformKeys, signRequest, verifyNotification, verifyResponse } from '@core/signer'
import { signNotificationForTest, signResponse } from '@core/signer/testing'
import { Bench } from 'tinybench'
import { DEACTIVATE_PATH, deactivateBody, encryptedCouponResource } from './lib/fixture.mjs'
import { append, rotate, summarize } from './lib/stats.mjs'

const require = createRequire(import.meta.url)
const { Aes, Decorator, Formatter, Rsa } = require('wechatpay-axios-plugin')
const WxPay = require('wechatpay-node-v3')

const MAX_SKEW = 300

/** Builds the subjects of each operation; every function throws unless it produced a correct, checked result. */
export function microSubjects(f) {
  const merchantKey = createPrivateKey(f.merchantPrivateKeyPem)
  const platformPublic = createPublicKey(f.platformPublicKeyPem)
  const apiv3KeyBytes = Buffer.from(f.apiv3Key)
  const platformKeys = new PlatformKeys({ [f.platformSerial]: f.platformPublicKeyPem })
  const bodyObject = deactivateBody('sxxe34343434', '1234567891', 1)
  const bodyText = JSON.stringify(bodyObject)

  // A signed answer as a client receives it: lower-case headers (node/undici) and the raw text.
  const answer = '{"wechatpay_deactivate_time":"2025-05-20T13:29:35.120+08:00"}'
  const signed = signResponse({ body: answer, privateKey: f.platformPrivateKeyPem, serial: f.platformSerial })
  const headers = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), v]))

  const resource = encryptedCouponResource(f.apiv3Key, 1024)
  const notification = signNotificationForTest({
    event: { id: 'EV-2018022511223320873', resource },
    platformPrivateKey: f.platformPrivateKeyPem,
    serial: f.platformSerial,
  })
  const notifyHeaders = Object.fromEntries(Object.entries(notification.headers).map(([k, v]) => [k.toLowerCase(), v]))
  const notifyBody = notification.body

  // ── raw node:crypto: what a careful hand-written integration does, keys parsed once ──
  const rawAuthorization = () => {
    const nonce = randomBytes(16).toString('hex')
    const timestamp = Math.floor(Date.now() / 1000)
    const message = `POST\n${DEACTIVATE_PATH}\n${timestamp}\n${nonce}\n${bodyText}\n`
    const signature = sign('sha256', Buffer.from(message), merchantKey).toString('base64')
    return `WECHATPAY2-SHA256-RSA2048 mchid="${f.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${f.merchantSerial}"`
  }
  const rawVerify = (h, body) => {
    const timestamp = h['wechatpay-timestamp']
    if (Math.abs(Math.floor(Date.now() / 1000) - Number(timestamp)) > MAX_SKEW) throw new Error('skew')
    if (h['wechatpay-serial'] !== f.platformSerial) throw new Error('serial')
    const message = `${timestamp}\n${h['wechatpay-nonce']}\n${body}\n`
    if (!verify('sha256', Buffer.from(message), platformPublic, Buffer.from(h['wechatpay-signature'], 'base64')))
      throw new Error('bad signature')
  }
  const rawDecrypt = (r) => {
    const data = Buffer.from(r.ciphertext, 'base64')
    const decipher = createDecipheriv('aes-256-gcm', apiv3KeyBytes, Buffer.from(r.nonce))
    decipher.setAuthTag(data.subarray(data.length - 16))
    decipher.setAAD(Buffer.from(r.associated_data))
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8')
  }

  // ── wechatpay-axios-plugin 0.9.6: its own request interceptor and response verifier, as its client runs them ──
  const axiosSigner = Decorator.requestInterceptor()
  const axiosCerts = { [f.platformSerial]: Rsa.from(f.platformPublicKeyPem, Rsa.KEY_TYPE_PUBLIC) }
  const axiosVerifier = Decorator.responseVerifier(axiosCerts)
  const axiosPrivateKey = Rsa.from(f.merchantPrivateKeyPem, Rsa.KEY_TYPE_PRIVATE)
  const axiosConfig = () => ({
    method: 'post',
    baseURL: 'https://api.mch.weixin.qq.com/',
    url: 'v3/marketing/busifavor/coupons/deactivate',
    data: bodyObject,
    headers: {},
    mchid: f.mchid,
    serial: f.merchantSerial,
    privateKey: axiosPrivateKey,
  })
  const axiosVerifyThis = {
    url: 'v3/marketing/busifavor/coupons/deactivate',
    validateStatus: (s) => s >= 200 && s < 300,
  }

  // ── wechatpay-node-v3 2.2.1: PEM buffers as its README shows (it re-parses them per call); verifySign is async ──
  const pay = new WxPay({
    appid: 'wxd678efh567hg6787',
    mchid: f.mchid,
    serial_no: f.merchantSerial,
    publicKey: Buffer.from(f.merchantCertificatePem),
    privateKey: Buffer.from(f.merchantPrivateKeyPem),
    key: f.apiv3Key,
  })
  WxPay.certificates = { [f.platformSerial]: f.platformPublicKeyPem }
  const v3Verify = async (h, body) => {
    const ok = await pay.verifySign({
      timestamp: h['wechatpay-timestamp'],
      nonce: h['wechatpay-nonce'],
      serial: h['wechatpay-serial'],
      signature: h['wechatpay-signature'],
      body,
    })
    if (!ok) throw new Error('bad signature')
  }

  return {
    authorization: {
      title: 'Authorization header for the deactivate request (SHA256withRSA)',
      subjects: {
        raw: rawAuthorization,
        ours: () =>
          signRequest({
            mchid: f.mchid,
            serial: f.merchantSerial,
            privateKey: merchantKey,
            method: 'POST',
            url: DEACTIVATE_PATH,
            body: bodyText,
          }).authorization,
        'wechatpay-axios-plugin': () => axiosSigner(axiosConfig()).headers.get('Authorization'),
        'wechatpay-node-v3': () => pay.buildAuthorization('POST', DEACTIVATE_PATH, bodyObject),
      },
    },
    verify: {
      title: 'Response verification (timestamp window, serial, SHA256withRSA over the raw body)',
      subjects: {
        raw: () => rawVerify(headers, answer),
        ours: () => verifyResponse({ headers, body: answer, platformKeys }),
        'wechatpay-axios-plugin': () => {
          const out = axiosVerifier.call(axiosVerifyThis, answer, headers, 200)
          if (out !== answer) throw new Error('bad signature')
        },
        'wechatpay-node-v3': () => v3Verify(headers, answer),
      },
    },
    decrypt: {
      title: `AES-256-GCM decrypt of a ${Buffer.from(resource.ciphertext, 'base64').length - 16}-byte callback resource`,
      subjects: {
        raw: () => rawDecrypt(resource),
        ours: () => decryptResource(resource, f.apiv3Key),
        'wechatpay-axios-plugin': () =>
          Aes.AesGcm.decrypt(resource.ciphertext, f.apiv3Key, resource.nonce, resource.associated_data),
        // Note: decipher_gcm never calls final(), so it does not check the GCM tag (a forged resource decrypts).
        'wechatpay-node-v3': () =>
          pay.decipher_gcm(resource.ciphertext, resource.associated_data, resource.nonce, f.apiv3Key),
      },
    },
    notification: {
      title: 'Full callback verification: signature over the raw body, parse, decrypt, parse the resource',
      subjects: {
        raw: () => {
          rawVerify(notifyHeaders, notifyBody)
          const envelope = JSON.parse(notifyBody)
          return JSON.parse(rawDecrypt(envelope.resource))
        },
        ours: () =>
          verifyNotification({ headers: notifyHeaders, body: notifyBody, platformKeys, apiv3Key: f.apiv3Key }),
        'wechatpay-axios-plugin': () => {
          const h = notifyHeaders
          if (Math.abs(Formatter.timestamp() - Number(h['wechatpay-timestamp'])) > MAX_SKEW) throw new Error('skew')
          const message = Formatter.response(h['wechatpay-timestamp'], h['wechatpay-nonce'], notifyBody)
          if (!Rsa.verify(message, h['wechatpay-signature'], axiosCerts[h['wechatpay-serial']]))
            throw new Error('bad signature')
          const { resource: r } = JSON.parse(notifyBody)
          return JSON.parse(Aes.AesGcm.decrypt(r.ciphertext, f.apiv3Key, r.nonce, r.associated_data))
        },
        'wechatpay-node-v3': async () => {
          await v3Verify(notifyHeaders, notifyBody)
          const { resource: r } = JSON.parse(notifyBody)
          return pay.decipher_gcm(r.ciphertext, r.associated_data, r.nonce, f.apiv3Key)
        },
      },
    },
  }
}

/** Runs each subject once and checks it agrees with the raw baseline, so no subject is measured doing nothing. */
async function selfCheck(ops) {
  for (const [op, { subjects }] of Object.entries(ops)) {
    for (const [name, fn] of Object.entries(subjects)) {
      const out = await fn()
      if (op === 'decrypt' || op === 'notification') {
        const text = typeof out === 'string' ? out : JSON.stringify(out.resource ?? out)
        if (!text.includes('EVENT_TYPE_BUSICOUPON_SEND')) throw new Error(`bench: ${name} ${op} returned ${text}`)
      }
      if (op === 'authorization' && !/^WECHATPAY2-SHA256-RSA2048 .*signature="[A-Za-z0-9+/=]{344}"/.test(out))
        throw new Error(`bench: ${name} produced no Authorization header`)
    }
  }
}

/** Process CPU time in ms: on a shared machine, time spent preempted by other processes is not the subject's cost. */
const cpuNow = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/**
 * Wraps `fn` in a batch of about `batchMs` of work, so the clock (µs resolution for CPU time) and tinybench's own
 * per-iteration overhead stay small next to what is measured. Returns the batch and its size.
 */
async function batched(fn, batchMs, clock) {
  let n = 0
  const t0 = clock()
  while (clock() - t0 < 20 || n < 3) {
    await fn()
    n++
  }
  const size = Math.max(1, Math.round((batchMs * n) / (clock() - t0)))
  const isAsync = fn() instanceof Promise
  const batch = isAsync
    ? async () => {
        for (let i = 0; i < size; i++) await fn()
      }
    : () => {
        for (let i = 0; i < size; i++) fn()
      }
  return { batch, size }
}

export async function runMicro(f, { rounds, timeMs, clock: clockName = 'cpu', log }) {
  const ops = microSubjects(f)
  await selfCheck(ops)
  const clock = clockName === 'wall' ? () => performance.now() : cpuNow
  const batches = {}
  for (const [op, { subjects }] of Object.entries(ops)) {
    batches[op] = {}
    for (const [name, fn] of Object.entries(subjects)) batches[op][name] = await batched(fn, 2, clock)
  }
  const samples = {}
  for (let round = 0; round < rounds; round++) {
    for (const [op, { subjects }] of Object.entries(ops)) {
      const bench = new Bench({ time: timeMs, warmupTime: Math.min(100, timeMs / 2), now: clock, throws: true })
      for (const name of rotate(Object.keys(subjects), round)) bench.add(name, batches[op][name].batch)
      await bench.run()
      for (const task of bench.tasks) {
        const hz = (task.result.throughput?.median ?? task.result.hz) * batches[op][task.name].size
        append(samples, op, task.name, hz)
      }
    }
    log(`micro: round ${round + 1}/${rounds} done`)
  }
  const results = {}
  for (const [op, bySubject] of Object.entries(samples)) {
    results[op] = { title: ops[op].title, subjects: {} }
    // Ratios are paired per round (the same seconds of machine load), then summarized.
    for (const [name, xs] of Object.entries(bySubject)) {
      results[op].subjects[name] = {
        opsPerSecond: summarize(xs),
        ratioToRaw: summarize(xs.map((x, i) => x / bySubject.raw[i])),
      }
    }
  }
  return results
}
