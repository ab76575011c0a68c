// With real credentials the same program makes only read-only calls to WeChat Pay: it queries the order you name
// (WECHATPAY_OUT_TRADE_NO, optional) and downloads and verifies one day's trade bill (WECHATPAY_BILL_DATE, default
// yesterday in Beijing) into the system's temporary directory. It places no order, refunds nothing, sends no coupon.
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPay, downloadBill } from '@api/pay'
import { createClient, isApiError, isWechatPayError } from '@core/client'
import { bad, beijingDay, dim, ok, step } from './ui.mjs'

const REQUIRED = [
  'WECHATPAY_MCHID',
  'WECHATPAY_SERIAL',
  'WECHATPAY_PRIVATE_KEY_PATH',
  'WECHATPAY_PUBLIC_KEY_ID',
  'WECHATPAY_PUBLIC_KEY_PATH',
]

export async function realMode(env) {
  const missing = REQUIRED.filter((k) => !env[k])
  if (missing.length > 0) {
    console.error(`demo:pay: real mode needs ${missing.join(', ')} (see README: "Run against WeChat Pay").`)
    process.exit(2)
  }
  const client = createClient({
    mchid: env.WECHATPAY_MCHID,
    serial: env.WECHATPAY_SERIAL,
    privateKey: readFileSync(env.WECHATPAY_PRIVATE_KEY_PATH, 'utf8'),
    platformKeys: { [env.WECHATPAY_PUBLIC_KEY_ID]: readFileSync(env.WECHATPAY_PUBLIC_KEY_PATH, 'utf8') },
    ...(env.WECHATPAY_BASE_URL ? { baseUrl: env.WECHATPAY_BASE_URL } : {}),
  })
  const pay = createPay(client)
  const day = env.WECHATPAY_BILL_DATE ?? beijingDay(Date.now() - 86_400_000)
  console.log(`\n基础支付 · read-only against ${env.WECHATPAY_BASE_URL ?? 'https://api.mch.weixin.qq.com'}`)
  console.log(dim('(queries and a bill download only: no order, no refund, no coupon)\n'))
  try {
    if (env.WECHATPAY_OUT_TRADE_NO) {
      const order = await pay.queryOrderByOutTradeNo({
        out_trade_no: env.WECHATPAY_OUT_TRADE_NO,
        mchid: env.WECHATPAY_MCHID,
      })
      step(
        '查询订单',
        'query order',
        `${ok} ${order.out_trade_no}: ${order.trade_state} (${order.trade_state_desc ?? ''})`,
      )
    }
    try {
      const bill = await pay.tradeBill({ bill_date: day, tar_type: 'GZIP' })
      const file = join(tmpdir(), `wechatpay-tradebill-${env.WECHATPAY_MCHID}-${day}.csv`)
      const downloaded = await downloadBill(client, bill, { to: file })
      step(
        '下载交易账单',
        'download the trade bill',
        `${ok} ${day}: ${downloaded.bytes} bytes, SHA1 = hash_value → ${file}`,
      )
    } catch (error) {
      // A day without trades has no bill: WeChat Pay's answer, not a failure of this program.
      if (!isApiError(error) || error.code !== 'NO_STATEMENT_EXIST') throw error
      step('下载交易账单', 'download the trade bill', `${ok} ${day}: no bill (${error.code}: ${error.apiMessage})`)
    }
  } catch (error) {
    if (!isWechatPayError(error)) throw error
    console.error(`${bad} ${error.name} ${error.code}: ${error.message}`)
    process.exitCode = 1
  } finally {
    await client.close()
  }
}
