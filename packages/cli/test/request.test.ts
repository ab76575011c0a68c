// `wxpay request` against the sandbox in its three key modes: public key (微信支付公钥), certificate (平台证书, with
// the certificate file or downloading it first) and both (the migration: either key verifies, the answer is signed
// with the one the request names). Each answer verified, with the Request-ID the sandbox logged.
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freshHome, jsonLines, type Running, type SandboxDoc, sandboxProcess, wxpay } from './run.js'

interface Answer {
  status: number
  requestId: string
  verified: { serial: string }
  data: Record<string, unknown>
}

const CERT_ONLY = ['WECHATPAY_PUBLIC_KEY_ID', 'WECHATPAY_PUBLIC_KEY_PATH']
const KEY_ONLY = ['WECHATPAY_PLATFORM_CERT_SERIAL', 'WECHATPAY_PLATFORM_CERT_PATH']
const without = (env: Record<string, string>, names: string[]) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)))

const running: Running[] = []
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()))
})

async function sandbox(mode: string): Promise<{ home: string; doc: SandboxDoc }> {
  const home = freshHome()
  const { sandbox, doc } = await sandboxProcess(['--mode', mode, '--families', 'pay'], { WXPAY_HOME: home })
  running.push(sandbox)
  expect(doc.mode).toBe(mode)
  return { home, doc }
}

const nativeOrder = (settings: Record<string, string>, outTradeNo: string) =>
  JSON.stringify({
    appid: 'wxd678efh567hg6787',
    mchid: settings.WECHATPAY_MCHID,
    description: 'wxpay request test',
    out_trade_no: outTradeNo,
    notify_url: 'https://example.com/wechatpay/notify',
    amount: { total: 1 },
  })

let orders = 0
/** A native order placed with `settings` (the body signed as sent): the answer verified, its Request-ID logged. */
async function place(home: string, settings: Record<string, string>): Promise<Answer> {
  const outTradeNo = `REQUEST-${Date.now()}-${++orders}`
  const placed = await wxpay(
    ['request', 'POST', '/v3/pay/transactions/native', '--body', nativeOrder(settings, outTradeNo), '--json'],
    { WXPAY_HOME: home, ...settings },
  )
  expect(placed.code, placed.stderr).toBe(0)
  const answer = JSON.parse(placed.stdout) as Answer
  expect(answer.status).toBe(200)
  expect(answer.data.code_url).toMatch(/^weixin:\/\//)
  // The Request-ID printed is the one the sandbox logged for that very request.
  const log = jsonLines((await wxpay(['logs', '--json', '--limit', '1'], { WXPAY_HOME: home })).stdout)
  expect(log.map((e) => [e.requestId, e.method, e.url, e.status])).toEqual([
    [answer.requestId, 'POST', '/v3/pay/transactions/native', 200],
  ])
  return { ...answer, data: { ...answer.data, out_trade_no: outTradeNo } }
}

describe.concurrent('wxpay request in each key mode of the sandbox', () => {
  it('public-key mode: verified with the PUB_KEY_ID_ key; text mode shows status, Request-ID and the serial', async () => {
    const { home, doc } = await sandbox('public-key')
    expect(doc.env.WECHATPAY_PLATFORM_CERT_SERIAL).toBeUndefined()
    const placed = await place(home, doc.env)
    expect(placed.verified.serial).toBe(doc.env.WECHATPAY_PUBLIC_KEY_ID)
    const text = await wxpay(
      [
        'request',
        'GET',
        '/v3/pay/transactions/out-trade-no/{no}',
        '--param',
        'no=NONE-1',
        '--query',
        `mchid=${doc.env.WECHATPAY_MCHID}`,
      ],
      { WXPAY_HOME: home, ...doc.env },
    )
    // A verified error answer: exit 1, its code and Request-ID named.
    expect(text.code).toBe(1)
    expect(text.stderr).toMatch(/HTTP 404 ORDER_NOT_EXIST.*Request-ID [0-9A-F]+-0/s)
    const ok = await wxpay(
      [
        'request',
        'GET',
        '/v3/pay/transactions/out-trade-no/{no}',
        '--param',
        `no=${String(placed.data.out_trade_no)}`,
        '--query',
        `mchid=${doc.env.WECHATPAY_MCHID}`,
      ],
      { WXPAY_HOME: home, ...doc.env },
    )
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('"trade_state": "NOTPAY"')
    expect(ok.stderr).toMatch(
      new RegExp(`HTTP 200 · Request-ID [0-9A-F]+-0 · ✓ signature verified \\(${doc.env.WECHATPAY_PUBLIC_KEY_ID}\\)`),
    )
  })

  it('certificate mode: verified with the platform certificate file, or after downloading it with the APIv3 key', async () => {
    const { home, doc } = await sandbox('certificate')
    expect(doc.env.WECHATPAY_PUBLIC_KEY_ID).toBeUndefined()
    const serial = doc.env.WECHATPAY_PLATFORM_CERT_SERIAL!
    expect((await place(home, doc.env)).verified.serial).toBe(serial)
    const downloading = without(doc.env, KEY_ONLY)
    expect((await place(home, downloading)).verified.serial).toBe(serial)
    const noKey = await wxpay(['request', 'GET', '/v3/certificates'], {
      WXPAY_HOME: home,
      ...without(downloading, ['WECHATPAY_APIV3_KEY']),
    })
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toContain('no platform key to verify answers with')
  })

  it('both mode (migration): the public key alone, the certificate alone, and both verify', async () => {
    const { home, doc } = await sandbox('both')
    const id = doc.env.WECHATPAY_PUBLIC_KEY_ID!
    const cert = doc.env.WECHATPAY_PLATFORM_CERT_SERIAL!
    expect((await place(home, without(doc.env, KEY_ONLY))).verified.serial).toBe(id)
    expect((await place(home, without(doc.env, CERT_ONLY))).verified.serial).toBe(cert)
    expect([id, cert]).toContain((await place(home, doc.env)).verified.serial)
  })

  it('--verbose shows the headers and the sign string on stderr, never a key or a signature', async () => {
    const { home, doc } = await sandbox('public-key')
    const r = await wxpay(
      ['request', 'POST', '/v3/pay/transactions/native', '--body', nativeOrder(doc.env, 'VERBOSE-0001'), '--verbose'],
      { WXPAY_HOME: home, ...doc.env },
    )
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('> POST http://127.0.0.1:')
    expect(r.stderr).toMatch(
      /> authorization: WECHATPAY2-SHA256-RSA2048 mchid="\d+",nonce_str="\w+",signature="\[redacted\]"/,
    )
    expect(r.stderr).toContain('>   POST\\n')
    expect(r.stderr).toContain('>   /v3/pay/transactions/native\\n')
    expect(r.stderr).toContain('VERBOSE-0001')
    expect(r.stderr).toMatch(/< wechatpay-serial: PUB_KEY_ID_/)
    const all = r.stdout + r.stderr
    expect(all).not.toContain(doc.env.WECHATPAY_APIV3_KEY)
    expect(all).not.toContain(readFileSync(doc.env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8').split('\n')[1]!)
    expect(all).not.toMatch(/signature="[A-Za-z0-9+/=]{20,}"/)
    // Not even WeChat Pay's signature of the answer.
    expect(r.stderr).toMatch(/< wechatpay-signature: \[\d+ characters, not shown\]/)
  })

  it('exit 1 when the answer does not verify (a wrong platform key), 2 for a bad body, 3 when nothing answers', async () => {
    const { home, doc } = await sandbox('public-key')
    const stranger = join(home, 'stranger.pem')
    writeFileSync(
      stranger,
      generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }),
    )
    const env = { WXPAY_HOME: home, ...doc.env }
    const forged = await wxpay(
      ['request', 'POST', '/v3/pay/transactions/native', '--body', nativeOrder(doc.env, 'FORGED-0001')],
      { ...env, WECHATPAY_PUBLIC_KEY_PATH: stranger },
    )
    expect(forged.code).toBe(1)
    expect(forged.stderr).toMatch(/signature/i)
    expect(forged.stdout).toBe('')
    const badBody = await wxpay(['request', 'POST', '/v3/pay/transactions/native', '--body', '{"appid":'], env)
    expect(badBody.code).toBe(2)
    expect(badBody.stderr).toContain('nothing was sent')
    const down = await wxpay(['request', 'GET', '/v3/certificates'], {
      ...env,
      WECHATPAY_BASE_URL: 'http://127.0.0.1:9',
    })
    expect(down.code).toBe(3)
  })
})
