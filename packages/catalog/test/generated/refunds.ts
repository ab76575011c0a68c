// refunds: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询所有退款
  {
    const { data } = await client.request('GET /v3/refunds', {
      query: {
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        offset: 0,
        count: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.refunds.get({
      query: {
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        offset: 0,
        count: 10,
      },
    })
    console.log(data)
  }
  // 申请退款
  {
    const { data } = await client.request('POST /v3/refunds', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        out_refund_no: '1217752501201407033233368018',
        reason: '商品已售完',
        amount: {
          refund: 888,
          total: 888,
          currency: 'CNY',
        },
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.refunds.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        out_refund_no: '1217752501201407033233368018',
        reason: '商品已售完',
        amount: {
          refund: 888,
          total: 888,
          currency: 'CNY',
        },
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 查询单笔退款(微信支付退款订单号)
  {
    const { data } = await client.request('GET /v3/refunds/id/{refund_id}', {
      params: {
        refund_id: '',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.refunds.id['{refund_id}'].get({
      params: {
        refund_id: '',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  // 查询单笔退款(商户退款订单号)
  {
    const { data } = await client.request('GET /v3/refunds/out-refund-no/{out_refund_no}', {
      params: {
        out_refund_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.refunds['out-refund-no']['{out_refund_no}'].get({
      params: {
        out_refund_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
}
