// The end-to-end subjects: each makes one signed POST of the run's operation (lib/operations.mjs: busifavor
// deactivate, JSAPI prepay) and resolves only after it checked the answer's WeChat Pay signature (and the timestamp
// window where the SDK has one). All use the same fixture keys.
import { createPrivateKey, createPublicKey, randomBytes, sign, verify } from 'node:crypto'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Pool } from 'undici'
import { operation } from './lib/operations.mjs'

const require = createRequire(import.meta.url)

export const E2E_SUBJECTS = [
  'raw',
  'raw-async',
  'ours',
  'ours-request',
  'ours-sync',
  'ours-baseline',
  'wechatpay-axios-plugin',
  'wechatpay-node-v3',
]

/** Breakdown subjects: not in a default run (add them with BENCH_SUBJECTS). */
export const OPTIONAL_SUBJECTS = ['ours-request', 'ours-sync', 'ours-baseline']

/**
 * Per-subject caps on the warm-up and measured calls. wechatpay-node-v3 opens a TCP connection per request: thousands
 * of calls per run would leave the loopback's ephemeral ports in TIME_WAIT, so its runs stay short (it is 2–4× the raw
 * CPU either way).
 */
export const SUBJECT_CAPS = { 'wechatpay-node-v3': { warmup: 1000, requests: 1000 } }

export const SUBJECT_NOTES = {
  raw: 'node:crypto (KeyObjects parsed once, synchronous sign) + undici Pool (keep-alive); verifies timestamp window and signature',
  'raw-async': 'as raw, but crypto.sign with a callback (libuv thread pool)',
  ours: "@api/busifavor deactivateCoupon (BENCH_OP=jsapi: @api/pay jsapiPrepay) over @core/client (default signing: 'auto'): schema check, sign, send, verify, parse",
  'ours-request': "@core/client client.request (no busifavor schema), default signing 'auto'",
  'ours-sync': "as ours, with createClient({ signing: 'sync' }): every signature on the event loop, as raw does",
  'ours-baseline':
    'as ours, from the built packages of another checkout (BENCH_BASELINE_DIR): an A/B against an earlier commit',
  'wechatpay-axios-plugin':
    'wechatpay-axios-plugin 0.9.6, its chain API (v3.marketing.busifavor.coupons.deactivate / v3.pay.transactions.jsapi); response verification ON (certs = the PUB_KEY_ID key); axios over the keep-alive global http agent',
  'wechatpay-node-v3':
    'wechatpay-node-v3 2.2.1: deactivate (no built-in method): buildAuthorization + superagent (its own HTTP library) + verifySign on the raw text; jsapi: its built-in transactions_jsapi (which also signs paySign) over a createHttp service (superagent to the loopback, verifySign on the raw text, since its own one returns no headers)',
}

function rawVerifier(f) {
  const platformPublic = createPublicKey(f.platformPublicKeyPem)
  return (statusCode, h, text) => {
    if (statusCode !== 200) throw new Error(`bench: HTTP ${statusCode}: ${text}`)
    const timestamp = h['wechatpay-timestamp']
    if (Math.abs(Math.floor(Date.now() / 1000) - Number(timestamp)) > 300) throw new Error('bench: skew')
    if (h['wechatpay-serial'] !== f.platformSerial) throw new Error('bench: unknown serial')
    const message = Buffer.from(`${timestamp}\n${h['wechatpay-nonce']}\n${text}\n`)
    if (!verify('sha256', message, platformPublic, Buffer.from(h['wechatpay-signature'], 'base64')))
      throw new Error('bench: bad signature')
    return JSON.parse(text)
  }
}

/**
 * The hand-written floor: node:crypto and undici, nothing else. `dispatcher` replaces the keep-alive Pool on `url`
 * (the in-process overhead A/B passes its MockAgent, which needs the origin on every request).
 */
export function rawSubject(f, url, op, { async, dispatcher }) {
  const key = createPrivateKey(f.merchantPrivateKeyPem)
  const check = rawVerifier(f)
  const pool = dispatcher ?? new Pool(url, { keepAliveTimeout: 4_000 })
  const origin = dispatcher === undefined ? undefined : url
  const signAsync = (data) =>
    new Promise((resolve, reject) => sign('sha256', data, key, (e, s) => (e ? reject(e) : resolve(s))))
  return {
    async call(body) {
      const text = JSON.stringify(body)
      const nonce = randomBytes(16).toString('hex')
      const timestamp = Math.floor(Date.now() / 1000)
      const message = Buffer.from(`POST\n${op.path}\n${timestamp}\n${nonce}\n${text}\n`)
      const signature = (async ? await signAsync(message) : sign('sha256', message, key)).toString('base64')
      const res = await pool.request({
        ...(origin && { origin }),
        path: op.path,
        method: 'POST',
        headers: {
          authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${f.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${f.merchantSerial}"`,
          'content-type': 'application/json',
          accept: 'application/json',
          'wechatpay-serial': f.platformSerial,
        },
        body: text,
      })
      return check(res.statusCode, res.headers, await res.body.text())
    },
    close: () => pool.close(),
  }
}

// Our packages and the peers are imported only by the subject that uses them, so each client process loads (and
// profiles) just its own code.
async function oursClient(f, url, extra = {}) {
  const { createClient } = await import('@core/client')
  return createClient({
    mchid: f.mchid,
    serial: f.merchantSerial,
    privateKey: f.merchantPrivateKeyPem,
    platformKeys: { [f.platformSerial]: f.platformPublicKeyPem },
    baseUrl: url,
    // A failed call must show as a failure here, not be hidden by a retry.
    retry: false,
    ...extra,
  })
}

export async function createSubject(name, f, url, opName) {
  const op = operation(opName)
  const subject = await buildSubject(name, f, url, op)
  return {
    async call(body) {
      const answer = await subject.call(body)
      if (!op.answered(answer)) throw new Error(`bench: ${name} got an answer of another operation`)
      return answer
    },
    close: subject.close,
  }
}

async function buildSubject(name, f, url, op) {
  switch (name) {
    case 'raw':
      return rawSubject(f, url, op, { async: false })
    case 'raw-async':
      return rawSubject(f, url, op, { async: true })
    case 'ours': {
      const client = await oursClient(f, url)
      return { call: await op.ours(client), close: () => client.close() }
    }
    case 'ours-baseline': {
      // The same facade call on another checkout's dist (e.g. the commit before a change), for a paired A/B.
      const dir = process.env.BENCH_BASELINE_DIR
      if (!dir) throw new Error('bench: ours-baseline needs BENCH_BASELINE_DIR (a built checkout of this repository)')
      const dist = (pkg) => pathToFileURL(join(dir, 'packages', pkg, 'dist', 'index.js')).href
      const { createClient } = await import(dist('client'))
      const client = createClient({
        mchid: f.mchid,
        serial: f.merchantSerial,
        privateKey: f.merchantPrivateKeyPem,
        platformKeys: { [f.platformSerial]: f.platformPublicKeyPem },
        baseUrl: url,
        retry: false,
      })
      return { call: await op.oursFromDist(dist, client), close: () => client.close() }
    }
    case 'ours-sync': {
      const client = await oursClient(f, url, { signing: 'sync' })
      return { call: await op.ours(client), close: () => client.close() }
    }
    case 'ours-request': {
      const client = await oursClient(f, url)
      return {
        call: async (body) =>
          (await client.request({ method: 'POST', url: op.path, json: body, idempotent: true })).data,
        close: () => client.close(),
      }
    }
    case 'wechatpay-axios-plugin': {
      const { Wechatpay } = require('wechatpay-axios-plugin')
      const wxpay = new Wechatpay({
        mchid: f.mchid,
        serial: f.merchantSerial,
        privateKey: f.merchantPrivateKeyPem,
        certs: { [f.platformSerial]: f.platformPublicKeyPem },
        baseURL: `${url}/`,
      })
      const endpoint = op.axiosChain(wxpay)
      return {
        call: async (body) => (await endpoint.post(body)).data,
        close: async () => {},
      }
    }
    case 'wechatpay-node-v3': {
      const WxPay = require('wechatpay-node-v3')
      const superagent = createRequire(require.resolve('wechatpay-node-v3'))('superagent')
      const pay = new WxPay({
        appid: 'wxd678efh567hg6787',
        mchid: f.mchid,
        serial_no: f.merchantSerial,
        publicKey: Buffer.from(f.merchantCertificatePem),
        privateKey: Buffer.from(f.merchantPrivateKeyPem),
        key: f.apiv3Key,
      })
      WxPay.certificates = { [f.platformSerial]: f.platformPublicKeyPem }
      const verified = async (res) => {
        const h = res.headers
        const ok = await pay.verifySign({
          timestamp: h['wechatpay-timestamp'],
          nonce: h['wechatpay-nonce'],
          serial: h['wechatpay-serial'],
          signature: h['wechatpay-signature'],
          body: res.text,
        })
        if (!ok) throw new Error('bench: wechatpay-node-v3 verifySign returned false')
        return res.body
      }
      if (op.nodeV3) {
        // Its built-in methods post to api.mch.weixin.qq.com through pay.httpService, and createHttp is the library's
        // own way to replace that service: same superagent, pointed at the loopback, answers verified.
        const origin = 'https://api.mch.weixin.qq.com'
        pay.createHttp({
          async post(target, body, headers) {
            const res = await superagent
              .post(`${url}${target.slice(origin.length)}`)
              .send(body)
              .set(headers)
            return { status: res.status, data: await verified(res) }
          },
        })
        const call = op.nodeV3(pay)
        return {
          async call(body) {
            const answer = await call(body)
            if (answer.status !== 200) throw new Error(`bench: wechatpay-node-v3 HTTP ${answer.status}`)
            return answer.data
          },
          close: async () => {},
        }
      }
      return {
        async call(body) {
          const authorization = pay.buildAuthorization('POST', op.path, body)
          const res = await superagent
            .post(`${url}${op.path}`)
            .send(body)
            .set(pay.getHeaders(authorization, { 'Content-Type': 'application/json' }))
          return verified(res)
        },
        close: async () => {},
      }
    }
    default:
      throw new Error(`bench: unknown subject ${name}`)
  }
}
