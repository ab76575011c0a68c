// customs: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 报关查询
  {
    const { data } = await client.request('GET /v3/customs/orders', {
      query: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        order_type: 'out_trade_no',
        order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        offset: 1,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.customs.orders.get({
      query: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        order_type: 'out_trade_no',
        order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        offset: 1,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 报关信息修改
  {
    const { data } = await client.request('PATCH /v3/customs/orders', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.customs.orders.patch({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  // 报关
  {
    const { data } = await client.request('POST /v3/customs/orders', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        sub_order_no: '20150806125346',
        fee_type: 'CNY',
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.customs.orders.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        sub_order_no: '20150806125346',
        fee_type: 'CNY',
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  // 报关重推
  {
    const { data } = await client.request('POST /v3/customs/redeclare', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        sub_order_id: '1000320306201511078440737891',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.customs.redeclare.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        sub_order_id: '1000320306201511078440737891',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
      },
    })
    console.log(data)
  }
  // 身份信息校验
  {
    const { data } = await client.request('POST /v3/customs/verify-certificate', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        certificate_type: 'IDCARD',
        certificate_id: client.encrypt('证件号'),
        certificate_name: client.encrypt('证件姓名'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.customs['verify-certificate'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        certificate_type: 'IDCARD',
        certificate_id: client.encrypt('证件号'),
        certificate_name: client.encrypt('证件姓名'),
      },
    })
    console.log(data)
  }
}
