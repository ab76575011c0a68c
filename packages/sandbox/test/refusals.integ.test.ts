// A refused signature leaves diagnostics in the request log (what `wxpay logs` prints): the sign string the sandbox
// built, the Authorization fields with the signature redacted, serial, skew, body bytes and digest, and the common
// mistake the signature matches. The signature value itself is never kept.
import { createHash, createPrivateKey, sign } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { generateSandboxKeys, type RequestLogEntry, type Sandbox, startSandbox } from '../src/index.js'
import { authorization, nonce, post, raw } from './raw.js'

const keys = generateSandboxKeys()
let sb: Sandbox
const PATH = '/v3/marketing/busifavor/callbacks'
const BODY = { mchid: '1900000001', notify_url: 'http://127.0.0.1:9/n' }

beforeAll(async () => {
  sb = await startSandbox({ keys })
})
afterAll(() => sb.close())
beforeEach(() => sb.requestLog.clear())

/** Signs `message` with the sandbox merchant's key, as a client with a bug would. */
function signatureOver(message: string): string {
  return sign('sha256', Buffer.from(message), createPrivateKey(sb.merchant.privateKeyPem)).toString('base64')
}

function refusalOf(entry: RequestLogEntry | undefined) {
  expect(entry?.status).toBe(401)
  return entry!.refusal!
}

describe('the request log of a refused signature', () => {
  it('keeps the sign string it built, the redacted Authorization and the body digest, never the signature', async () => {
    const text = JSON.stringify(BODY)
    const timestamp = Math.floor(Date.now() / 1000)
    const n = nonce()
    const signature = signatureOver(`POST\n${PATH}\n${timestamp}\n${n}\n{}\n`)
    const answer = await post(sb, PATH, text, { timestamp, nonce: n, signature })
    expect(answer.status).toBe(401)
    const entry = sb.requestLog.last()
    const refusal = refusalOf(entry)
    expect(refusal).toMatchObject({
      check: 'signature',
      reason: answer.json.message,
      signString: `POST\n${PATH}\n${timestamp}\n${n}\n${text}\n`,
      signStringSha256: createHash('sha256').update(`POST\n${PATH}\n${timestamp}\n${n}\n${text}\n`).digest('hex'),
      authorization: {
        scheme: 'WECHATPAY2-SHA256-RSA2048',
        mchid: sb.merchant.mchid,
        nonce_str: n,
        timestamp: String(timestamp),
        serial_no: sb.merchant.serial,
        signature: `[redacted: ${signature.length} characters]`,
      },
      serial: { matches: true, expected: sb.merchant.serial },
      mchid: { matches: true },
      time: { within: true, maxSkewSeconds: 300 },
      body: { length: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex'), text },
      signedInstead: undefined,
    })
    // Nowhere in the log, nor in what the admin API serves.
    expect(JSON.stringify(sb.requestLog.entries)).not.toContain(signature)
    const served = await (await fetch(`${sb.url}/__sandbox/requests`)).text()
    expect(served).not.toContain(signature)
    expect(served).toContain('[redacted:')
  })

  it('names the mistake the signature matches: the path without its query, a re-serialized body', async () => {
    const timestamp = Math.floor(Date.now() / 1000)
    const n = nonce()
    const base = '/v3/marketing/busifavor/users/o1/coupons'
    const query = `${base}?appid=wx1`
    await raw(sb, {
      method: 'GET',
      path: query,
      timestamp,
      nonce: n,
      signature: signatureOver(`GET\n${base}\n${timestamp}\n${n}\n\n`),
    })
    expect(refusalOf(sb.requestLog.last()).signedInstead).toMatch(/path without its query/)

    const pretty = JSON.stringify(BODY, null, 2)
    await post(sb, PATH, pretty, {
      timestamp,
      nonce: nonce(),
      signedBody: JSON.stringify(BODY),
    })
    expect(refusalOf(sb.requestLog.last()).signedInstead).toMatch(/compact JSON/)
  })

  it('records the skew, the serial and the mchid checks', async () => {
    await post(sb, PATH, BODY, { timestamp: Math.floor(Date.now() / 1000) - 900 })
    expect(refusalOf(sb.requestLog.last())).toMatchObject({ check: 'timestamp', time: { within: false } })
    expect(refusalOf(sb.requestLog.last()).time.skewSeconds).toBeGreaterThanOrEqual(900)

    await post(sb, PATH, BODY, { serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' })
    expect(refusalOf(sb.requestLog.last())).toMatchObject({
      check: 'serial',
      serial: { received: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1', matches: false },
    })

    await post(sb, PATH, BODY, { mchid: '1230000109' })
    expect(refusalOf(sb.requestLog.last())).toMatchObject({ check: 'mchid', mchid: { received: '1230000109' } })
  })

  it('a missing or unparseable Authorization still says what arrived, signature redacted', async () => {
    await post(sb, PATH, BODY, { unsigned: true })
    expect(refusalOf(sb.requestLog.last())).toMatchObject({ check: 'authorization-missing', authorization: undefined })

    const header = authorization(sb, { method: 'POST', path: PATH }, Buffer.from(JSON.stringify(BODY)))
    const broken = header.replace(',serial_no=', ',serial=')
    const secret = /signature="([^"]+)"/.exec(header)![1]!
    await post(sb, PATH, BODY, { authorization: broken })
    const refusal = refusalOf(sb.requestLog.last())
    expect(refusal.check).toBe('authorization-format')
    expect(refusal.authorization).toMatchObject({
      serial: sb.merchant.serial,
      signature: expect.stringMatching(/^\[redacted/),
    })
    expect(refusal.signString).toBeUndefined()
    expect(JSON.stringify(refusal)).not.toContain(secret)
  })

  it('binary bodies are kept as base64; an accepted request has no refusal', async () => {
    await post(sb, PATH, Buffer.from([0xff, 0xfe, 0x00]), { signature: 'AAAA' })
    expect(refusalOf(sb.requestLog.last()).body).toMatchObject({ length: 3, text: undefined, base64: '//4A' })

    expect((await post(sb, PATH, BODY)).status).toBe(200)
    expect(sb.requestLog.last()?.refusal).toBeUndefined()
  })
})
