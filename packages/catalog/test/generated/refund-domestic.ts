// refund/domestic: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请退款
  {
    const { data } = await client.request('POST /v3/refund/domestic/refunds', {
      json: {
        out_trade_no: 'MCH_102233445',
        out_refund_no: 'RF_102233445_1',
        reason: '商品已售完',
        notify_url: 'https://www.example.com/wechatpay/notify',
        amount: {
          refund: 300,
          total: 1000,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.refund.domestic.refunds.post({
      json: {
        out_trade_no: 'MCH_102233445',
        out_refund_no: 'RF_102233445_1',
        reason: '商品已售完',
        notify_url: 'https://www.example.com/wechatpay/notify',
        amount: {
          refund: 300,
          total: 1000,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  // 查询单笔退款（按商户退款单号）
  {
    const { data } = await client.request('GET /v3/refund/domestic/refunds/{out_refund_no}', {
      params: {
        out_refund_no: 'RF_102233445_1',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.refund.domestic.refunds['{out_refund_no}'].get({
      params: {
        out_refund_no: 'RF_102233445_1',
      },
    })
    console.log(data)
  }
  // 发起异常退款
  {
    const { data } = await client.request('POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund', {
      params: {
        refund_id: '50000000382019052709732678860',
      },
      json: {
        out_refund_no: 'RF_102233445_2',
        type: 'MERCHANT_BANK_CARD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.refund.domestic.refunds['{refund_id}']['apply-abnormal-refund'].post({
      params: {
        refund_id: '50000000382019052709732678860',
      },
      json: {
        out_refund_no: 'RF_102233445_2',
        type: 'MERCHANT_BANK_CARD',
      },
    })
    console.log(data)
  }
}
