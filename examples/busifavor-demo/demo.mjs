#!/usr/bin/env node
// The README's demo. Without credentials it starts the embedded sandbox and walks through a whole 商家券 flow with
// @api/busifavor; with WECHATPAY_* credentials in the environment it makes exactly one 使券失效 call to WeChat Pay for
// the coupon you name. Run it with `npm run demo` from the repository root.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createBusifavor, createRequestNo, parseCouponSendNotification } from '@api/busifavor'
import { createClient, isApiError, isWechatPayError } from '@core/client'
import { createNotificationHandler } from '@core/client/notifications'

const env = process.env
const color = process.stdout.isTTY && !env.NO_COLOR
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text)
const ok = paint('32', '✓')
const dim = (text) => paint('2', text)
// CJK characters take two columns: pad by display width so the columns line up in a terminal.
const width = (text) => [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)
const pad = (text, n) => text + ' '.repeat(Math.max(0, n - width(text)))
let stepNo = 0
function step(zh, en, detail) {
  stepNo += 1
  console.log(`${String(stepNo).padStart(2)}  ${pad(zh, 18)}${pad(en, 26)}${detail}`)
}
const more = (text) => console.log(`${' '.repeat(48)}${dim(text)}`)

/** What the last call signed and what verified its answer, read from the client's redacted hooks. */
const wire = { request: undefined, response: undefined }
const hooks = {
  onRequest: (event) => {
    wire.request = event
  },
  onResponse: (event) => {
    wire.response = event
  },
}
function showWire() {
  // The hook sees Authorization redacted: the demo shows what was signed, never the signature itself.
  more(
    `→ ${wire.request?.method} ${new URL(wire.request?.url ?? 'http://x/').pathname}  signed WECHATPAY2-SHA256-RSA2048`,
  )
  const h = wire.response?.headers ?? {}
  more(
    `← ${wire.response?.status}  signature verified with ${h['wechatpay-serial']}  Request-ID ${wire.response?.requestId}`,
  )
}

const REAL_KEYS = ['WECHATPAY_MCHID', 'WECHATPAY_SERIAL', 'WECHATPAY_PRIVATE_KEY_PATH']
if (REAL_KEYS.some((k) => env[k])) await realMode()
else await sandboxMode()

async function sandboxMode() {
  const { startSandbox } = await import('@tools/sandbox')
  const sb = await startSandbox({ mode: 'public-key', callbackRetryDelaysMs: [50, 100, 200] })
  const client = createClient({
    mchid: sb.merchant.mchid,
    serial: sb.merchant.serial,
    privateKey: sb.merchant.privateKeyPem,
    platformKeys: sb.platform.keys,
    apiv3Key: sb.apiv3Key,
    baseUrl: sb.url,
    hooks,
  })
  const busifavor = createBusifavor(client)

  // The merchant's callback endpoint: raw body in, verified + decrypted event out, 204 back.
  let resolveEvent
  const received = new Promise((resolve) => {
    resolveEvent = resolve
  })
  const notifications = createNotificationHandler(
    { client },
    { onNotification: async (event) => resolveEvent(parseCouponSendNotification(event)) },
  )
  const receiver = createServer(async (req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const result = await notifications.handle({ headers: req.headers, body: Buffer.concat(chunks) })
    res.writeHead(result.status, result.headers)
    res.end(result.body === undefined ? undefined : JSON.stringify(result.body))
  })
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const notifyUrl = `http://127.0.0.1:${receiver.address().port}/wechatpay/notify`

  console.log(`\n商家券 · 使券失效 demo — WeChat Pay APIv3 against the embedded sandbox ${dim(sb.url)}`)
  console.log(
    dim(`mchid ${sb.merchant.mchid} · merchant serial ${sb.merchant.serial} · WeChat Pay key ${sb.platform.serial}\n`),
  )

  try {
    const openid = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'
    const appid = 'wxd678efh567hg6787'
    const set = await busifavor.setNotifyUrl({ mchid: sb.merchant.mchid, notify_url: notifyUrl })
    step('设置事件通知地址', 'set notify URL', `${ok} ${set.notify_url}`)

    const now = Date.now()
    const day = 86_400_000
    const china = (ms) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
    const stock = await busifavor.createStock({
      stock_name: '演示商家券',
      belong_merchant: sb.merchant.mchid,
      goods_name: '全场可用',
      stock_type: 'NORMAL',
      coupon_use_rule: {
        coupon_available_time: { available_begin_time: china(now - day), available_end_time: china(now + 30 * day) },
        fixed_normal_coupon: { discount_amount: 500, transaction_minimum: 5000 },
        use_method: 'OFF_LINE',
      },
      stock_send_rule: { max_coupons: 100, max_coupons_per_user: 5 },
      out_request_no: createRequestNo({ prefix: 'STOCK' }),
      coupon_code_mode: 'WECHATPAY_MODE',
      notify_config: { notify_appid: appid },
    })
    step('创建商家券', 'create stock', `${ok} stock_id ${stock.stock_id}`)

    const sent = await busifavor.sendCoupon({
      openid,
      appid,
      stock_id: stock.stock_id,
      out_request_no: createRequestNo({ prefix: 'SEND' }),
    })
    const couponCode = sent.coupon_code ?? sent.data?.[0]?.coupon_code
    step('向用户发券', 'send coupon', `${ok} coupon_code ${couponCode} → ${openid}`)

    const event = await Promise.race([
      received,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no COUPON.SEND callback within 5 s')), 5000)),
    ])
    step(
      '领券事件回调',
      'COUPON.SEND callback',
      `${ok} verified + decrypted: ${event.resource.coupon_code} (${event.resource.send_channel})`,
    )
    more(`notification id ${event.id} · answered 204`)

    const deactivate = {
      coupon_code: couponCode,
      stock_id: stock.stock_id,
      deactivate_request_no: createRequestNo({ prefix: 'DEACT' }),
      deactivate_reason: '演示：券信息设置错误',
    }
    const first = await busifavor.deactivateCoupon(deactivate)
    step('使券失效', 'deactivate', `${ok} wechatpay_deactivate_time ${first.wechatpay_deactivate_time}`)
    showWire()

    const again = await busifavor.deactivateCoupon(deactivate)
    const same = again.wechatpay_deactivate_time === first.wechatpay_deactivate_time
    step('同单号重试', 'retry, same request-no', `${same ? ok : '✗'} same answer (${again.wechatpay_deactivate_time})`)

    try {
      await busifavor.deactivateCoupon({ ...deactivate, deactivate_request_no: createRequestNo({ prefix: 'DEACT' }) })
      step('新单号再次失效', 'deactivate again', '✗ unexpectedly accepted')
      process.exitCode = 1
    } catch (error) {
      if (!isApiError(error)) throw error
      step(
        '新单号再次失效',
        'deactivate again',
        `${ok} refused: ${error.status} ${error.code} — ${error.apiMessage ?? error.message}`,
      )
      more(`typed ${error.name}, Request-ID ${error.requestId}`)
    }

    const coupon = await busifavor.getUserCoupon({ openid, coupon_code: couponCode, appid })
    step(
      '查询用户券',
      'get user coupon',
      `${coupon.coupon_state === 'DEACTIVATED' ? ok : '✗'} coupon_state ${coupon.coupon_state}`,
    )
    if (coupon.coupon_state !== 'DEACTIVATED' || !same) process.exitCode = 1

    console.log(`\n${ok} done: every request signed, every answer and callback verified.`)
    console.log(dim('Set WECHATPAY_* variables (see README) to run the deactivate step against WeChat Pay.\n'))
  } finally {
    await client.close()
    receiver.close()
    await sb.close()
  }
}

async function realMode() {
  const required = [
    'WECHATPAY_MCHID',
    'WECHATPAY_SERIAL',
    'WECHATPAY_PRIVATE_KEY_PATH',
    'WECHATPAY_PUBLIC_KEY_ID',
    'WECHATPAY_PUBLIC_KEY_PATH',
    'WECHATPAY_COUPON_CODE',
    'WECHATPAY_STOCK_ID',
  ]
  const missing = required.filter((k) => !env[k])
  if (missing.length > 0) {
    console.error(`demo: real mode needs ${missing.join(', ')} (see README: "Run against WeChat Pay").`)
    process.exit(2)
  }
  const client = createClient({
    mchid: env.WECHATPAY_MCHID,
    serial: env.WECHATPAY_SERIAL,
    privateKey: readFileSync(env.WECHATPAY_PRIVATE_KEY_PATH, 'utf8'),
    platformKeys: { [env.WECHATPAY_PUBLIC_KEY_ID]: readFileSync(env.WECHATPAY_PUBLIC_KEY_PATH, 'utf8') },
    ...(env.WECHATPAY_APIV3_KEY ? { apiv3Key: env.WECHATPAY_APIV3_KEY } : {}),
    ...(env.WECHATPAY_BASE_URL ? { baseUrl: env.WECHATPAY_BASE_URL } : {}),
    hooks,
  })
  const busifavor = createBusifavor(client)
  // The caller owns the request-no: print it so a retry after a crash can reuse it (same answer, no double effect).
  const requestNo = env.WECHATPAY_DEACTIVATE_REQUEST_NO ?? createRequestNo({ prefix: 'DEACT' })
  console.log(
    `\n使券失效 against ${env.WECHATPAY_BASE_URL ?? 'https://api.mch.weixin.qq.com'} — deactivate_request_no ${requestNo}`,
  )
  console.log(dim(`(re-run with WECHATPAY_DEACTIVATE_REQUEST_NO=${requestNo} to retry the same request safely)\n`))
  try {
    const result = await busifavor.deactivateCoupon({
      coupon_code: env.WECHATPAY_COUPON_CODE,
      stock_id: env.WECHATPAY_STOCK_ID,
      deactivate_request_no: requestNo,
      ...(env.WECHATPAY_DEACTIVATE_REASON ? { deactivate_reason: env.WECHATPAY_DEACTIVATE_REASON } : {}),
    })
    step('使券失效', 'deactivate', `${ok} wechatpay_deactivate_time ${result.wechatpay_deactivate_time}`)
    showWire()
  } catch (error) {
    if (!isWechatPayError(error)) throw error
    console.error(`✗ ${error.name} ${error.code}: ${error.message}`)
    process.exitCode = 1
  } finally {
    await client.close()
  }
}
