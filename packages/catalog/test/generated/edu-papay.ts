// edu-papay: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 通过协议号查询签约
  {
    const { data } = await client.request('GET /v3/edu-papay/contracts/id/{contract_id}', {
      params: {
        contract_id: 'wx998877665544wx',
      },
      query: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-papay'].contracts.id['{contract_id}'].get({
      params: {
        contract_id: 'wx998877665544wx',
      },
      query: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
      },
    })
    console.log(data)
  }
  // 预签约
  {
    const { data } = await client.request('POST /v3/edu-papay/contracts/presign', {
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        openid: 'oUpF8uMuAJOM2pxb1Q',
        sub_openid: 'oUpF8uMuAJOM2pxb2W',
        plan_id: '101164396123311331',
        user_id: '20200330tony',
        period_start_date: '2020-03-19',
        trade_scene: 'EDUCATION_PERIOD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-papay'].contracts.presign.post({
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        openid: 'oUpF8uMuAJOM2pxb1Q',
        sub_openid: 'oUpF8uMuAJOM2pxb2W',
        plan_id: '101164396123311331',
        user_id: '20200330tony',
        period_start_date: '2020-03-19',
        trade_scene: 'EDUCATION_PERIOD',
      },
    })
    console.log(data)
  }
  // 解约
  {
    const { status } = await client.request('DELETE /v3/edu-papay/contracts/{contract_id}', {
      params: {
        contract_id: 'wx998877665544wx',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['edu-papay'].contracts['{contract_id}'].delete({
      params: {
        contract_id: 'wx998877665544wx',
      },
    })
    console.log(status)
  }
  // 教育通扣款受理
  {
    const { status } = await client.request('POST /v3/edu-papay/transactions', {
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        body: '新东方-语文课程',
        attach: '自定义数据',
        out_trade_no: '121775250124070332',
        goods_tag: 'test',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay',
        contract_id: 'wx998877665544wx',
        trade_scene: 'EDUCATION_PERIOD',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        device_information: {
          device_id: '12343232',
          device_ip: '123.12.12.123',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['edu-papay'].transactions.post({
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        body: '新东方-语文课程',
        attach: '自定义数据',
        out_trade_no: '121775250124070332',
        goods_tag: 'test',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay',
        contract_id: 'wx998877665544wx',
        trade_scene: 'EDUCATION_PERIOD',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        device_information: {
          device_id: '12343232',
          device_ip: '123.12.12.123',
        },
      },
    })
    console.log(status)
  }
  // 微信订单号查单
  {
    const { data } = await client.request('GET /v3/edu-papay/transactions/id/{transaction_id}', {
      params: {
        transaction_id: '25012014070332333018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-papay'].transactions.id['{transaction_id}'].get({
      params: {
        transaction_id: '25012014070332333018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 商户订单号查单
  {
    const { data } = await client.request('GET /v3/edu-papay/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '201407033233368018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-papay'].transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '201407033233368018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 发送扣款预通知
  {
    const { status } = await client.request('POST /v3/edu-papay/user-notifications/{contract_id}/send', {
      params: {
        contract_id: 'wx8888888888888888',
      },
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['edu-papay']['user-notifications']['{contract_id}'].send.post({
      params: {
        contract_id: 'wx8888888888888888',
      },
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
      },
    })
    console.log(status)
  }
  // 通过用户标识查询签约
  {
    const { data } = await client.request('GET /v3/edu-papay/user/{openid}/contracts', {
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        sub_openid: 'oUpF8uMuAJOM2pxb1Q',
        plan_id: '101164396123311331',
        contract_status: 'ADD',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-papay'].user['{openid}'].contracts.get({
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        sub_openid: 'oUpF8uMuAJOM2pxb1Q',
        plan_id: '101164396123311331',
        contract_status: 'ADD',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
}
