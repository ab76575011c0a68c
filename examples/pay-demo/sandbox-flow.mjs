// The payment flow against the embedded sandbox (busifavor and pay share one merchant): every request signed, every
// answer and callback verified. Nothing here talks to WeChat Pay.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBusifavor, createRequestNo } from '@api/busifavor'
import {
  buildJsapiInvokeParams,
  createPay,
  downloadBill,
  parseRefundNotification,
  parseTransactionNotification,
} from '@api/pay'
import { createClient } from '@core/client'
import { createNotificationHandler } from '@core/client/notifications'
import { bad, beijingDay, dim, note, ok, step } from './ui.mjs'

const APPID = 'wx1234567889999'
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'
const yuan = (fen) => `${(fen / 100).toFixed(2)} 元`

/** The merchant's callback endpoint: raw body in, verified and decrypted event out, 204 back; events by type. */
async function startReceiver(client) {
  const events = []
  const waiting = []
  const notifications = createNotificationHandler(
    { client },
    {
      onNotification: async (event) => {
        events.push(event)
        for (const w of waiting.filter((x) => x.type === event.event_type)) w.resolve(event)
      },
    },
  )
  const server = createServer(async (req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const result = await notifications.handle({ headers: req.headers, body: Buffer.concat(chunks) })
    res.writeHead(result.status, result.headers)
    res.end(result.body === undefined ? undefined : JSON.stringify(result.body))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  /** The first verified callback of `type`, within 5 s. */
  const next = (type) => {
    const seen = events.find((e) => e.event_type === type)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} callback within 5 s`)), 5000)
      waiting.push({
        type,
        resolve: (event) => {
          clearTimeout(timer)
          resolve(event)
        },
      })
    })
  }
  return { url: `http://127.0.0.1:${server.address().port}/wechatpay/notify`, next, close: () => server.close() }
}

export async function sandboxMode() {
  const { busifavorSandbox, paySandbox, startSandbox } = await import('@tools/sandbox')
  const sb = await startSandbox({
    families: [busifavorSandbox, paySandbox],
    mode: 'public-key',
    callbackRetryDelaysMs: [50, 100, 200],
  })
  const client = createClient({
    mchid: sb.merchant.mchid,
    serial: sb.merchant.serial,
    privateKey: sb.merchant.privateKeyPem,
    platformKeys: sb.platform.keys,
    apiv3Key: sb.apiv3Key,
    baseUrl: sb.url,
  })
  const pay = createPay(client)
  const busifavor = createBusifavor(client)
  const receiver = await startReceiver(client)
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-pay-demo-'))

  console.log(`\n基础支付 · payment demo — WeChat Pay APIv3 against the embedded sandbox ${dim(sb.url)}`)
  console.log(
    dim(`mchid ${sb.merchant.mchid} · merchant serial ${sb.merchant.serial} · WeChat Pay key ${sb.platform.serial}\n`),
  )
  try {
    // The order number is the merchant's: made (and stored) before the call, reused on any retry.
    const outTradeNo = `DEMO${Date.now()}`
    const { prepay_id } = await pay.jsapiPrepay({
      appid: APPID,
      mchid: sb.merchant.mchid,
      description: '示例商城-会员月卡',
      out_trade_no: outTradeNo,
      notify_url: receiver.url,
      amount: { total: 1000 },
      payer: { openid: OPENID },
    })
    step('JSAPI 下单', 'JSAPI prepay', `${ok} prepay_id ${prepay_id} (${outTradeNo}, ${yuan(1000)})`)

    const invoke = buildJsapiInvokeParams(client, { appid: APPID, prepay_id })
    step('调起支付参数', 'invoke params', `${ok} package ${invoke.package}, signType ${invoke.signType}`)
    note(
      `paySign: SHA256withRSA over appId\\ntimeStamp\\nnonceStr\\npackage\\n (${invoke.paySign.length} base64 chars)`,
    )

    // The payer, simulated through the sandbox's admin API (plain HTTP, unsigned).
    const paid = await fetch(`${sb.url}/__sandbox/orders/${outTradeNo}/pay`, { method: 'POST' })
    step(
      '模拟用户付款',
      'payer pays (sandbox)',
      `${paid.ok ? ok : bad} POST /__sandbox/orders/${outTradeNo}/pay → ${paid.status}`,
    )

    const payment = parseTransactionNotification(await receiver.next('TRANSACTION.SUCCESS'))
    const order = payment.resource
    step(
      '支付成功回调',
      'TRANSACTION.SUCCESS',
      `${ok} verified + decrypted: ${order.trade_state}, transaction_id ${order.transaction_id}`,
    )
    note(`notification id ${payment.id} · answered 204 · amount ${yuan(order.amount.total)}`)

    const queried = await pay.queryOrderByOutTradeNo({ out_trade_no: outTradeNo, mchid: sb.merchant.mchid })
    const agrees = queried.trade_state === 'SUCCESS' && queried.transaction_id === order.transaction_id
    step('查询订单', 'query order', `${agrees ? ok : bad} trade_state ${queried.trade_state}, same as the callback`)

    const outRefundNo = `${outTradeNo}R1`
    const refund = await pay.createRefund({
      out_trade_no: outTradeNo,
      out_refund_no: outRefundNo,
      reason: '演示：部分退款',
      notify_url: receiver.url,
      amount: { refund: 300, total: 1000, currency: 'CNY' },
    })
    step(
      '部分退款',
      'refund part of it',
      `${ok} ${yuan(300)} of ${yuan(1000)}: ${refund.status} (refund_id ${refund.refund_id})`,
    )

    const settled = parseRefundNotification(await receiver.next('REFUND.SUCCESS'))
    step(
      '退款结果回调',
      'REFUND.SUCCESS',
      `${ok} verified + decrypted: ${settled.resource.refund_status}, ${yuan(settled.resource.amount.refund)} back`,
    )

    const day = beijingDay()
    const bill = await pay.tradeBill({ bill_date: day, tar_type: 'GZIP' })
    const file = join(dir, `tradebill-${day}.csv`)
    const downloaded = await downloadBill(client, bill, { to: file })
    const rows = readFileSync(file, 'utf8').split('\r\n').filter(Boolean)
    const mine = rows.filter((row) => row.includes(`\`${outTradeNo},`))
    step(
      '下载交易账单',
      'download the trade bill',
      `${mine.length === 2 ? ok : bad} ${day}: ${downloaded.bytes} bytes${downloaded.gunzipped ? ' (gunzipped)' : ''}, SHA1 = hash_value`,
    )
    note(`${rows.length - 3} rows; this order's payment and refund: ${mine.map((row) => row.split(',')[9]).join(', ')}`)

    const stock = await busifavor.createStock(demoStock(sb.merchant.mchid))
    const sent = await busifavor.sendCoupon({
      openid: OPENID,
      appid: APPID,
      stock_id: stock.stock_id,
      out_request_no: createRequestNo({ prefix: 'SEND' }),
    })
    const couponCode = sent.coupon_code ?? sent.data?.[0]?.coupon_code
    step('发放商家券', 'send a 商家券', `${ok} coupon_code ${couponCode} (stock ${stock.stock_id}) → ${OPENID}`)

    const associated = await busifavor.associateTrade({
      stock_id: stock.stock_id,
      coupon_code: couponCode,
      out_trade_no: outTradeNo,
    })
    step('关联订单', 'associate with the order', `${ok} ${outTradeNo} at ${associated.wechatpay_associate_time}`)

    const used = await busifavor.useCoupon({
      coupon_code: couponCode,
      stock_id: stock.stock_id,
      appid: APPID,
      openid: OPENID,
      use_time: new Date().toISOString(),
      use_request_no: createRequestNo({ prefix: 'USE' }),
    })
    const coupon = await busifavor.getUserCoupon({ openid: OPENID, coupon_code: couponCode, appid: APPID })
    const redeemed = coupon.coupon_state === 'USED'
    step(
      '核销商家券',
      'redeem the coupon',
      `${redeemed ? ok : bad} ${coupon.coupon_state} at ${used.wechatpay_use_time}`,
    )

    if (!agrees || mine.length !== 2 || !redeemed || !paid.ok) process.exitCode = 1
    console.log(`\n${ok} done: every request signed, every answer, callback and bill verified.`)
    console.log(dim('Set WECHATPAY_* variables (see README) to run the read-only steps against WeChat Pay.\n'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await client.close()
    receiver.close()
    await sb.close()
  }
}

function demoStock(mchid) {
  const now = Date.now()
  const day = 86_400_000
  const china = (ms) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
  return {
    stock_name: '会员月卡立减券',
    belong_merchant: mchid,
    goods_name: '会员月卡',
    stock_type: 'NORMAL',
    coupon_use_rule: {
      coupon_available_time: { available_begin_time: china(now - day), available_end_time: china(now + 30 * day) },
      fixed_normal_coupon: { discount_amount: 100, transaction_minimum: 1000 },
      use_method: 'OFF_LINE',
    },
    stock_send_rule: { max_coupons: 100, max_coupons_per_user: 5 },
    out_request_no: createRequestNo({ prefix: 'STOCK' }),
    coupon_code_mode: 'WECHATPAY_MODE',
  }
}
