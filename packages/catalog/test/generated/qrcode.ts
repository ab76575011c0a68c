// qrcode: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 扣费受理
  {
    const { data } = await client.request('POST /v3/qrcode/transactions', {
      json: {
        appid: 'wxcbda96de0b165486',
        sub_appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
        description: '地铁扣费',
        attach: '深圳分店',
        out_trade_no: '20150806125346',
        trade_scene: 'BUS',
        goods_tag: 'WXG',
        contract_id: 'Wx15463511252015071056489715',
        notify_url: 'https://pay.weixin.qq.com/wxpay.html',
        amount: {
          total: 600,
          currency: 'CNY',
        },
        bus_info: {
          start_time: '2017-08-26T10:43:39+08:00',
          line_name: '1路公车',
          plate_number: '粤B888888',
        },
        metro_info: {
          start_time: '2017-08-26T10:43:39+08:00',
          end_time: '2017-08-26T10:43:39+08:00',
          start_station: '西单',
          end_station: '天安门西',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.qrcode.transactions.post({
      json: {
        appid: 'wxcbda96de0b165486',
        sub_appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
        description: '地铁扣费',
        attach: '深圳分店',
        out_trade_no: '20150806125346',
        trade_scene: 'BUS',
        goods_tag: 'WXG',
        contract_id: 'Wx15463511252015071056489715',
        notify_url: 'https://pay.weixin.qq.com/wxpay.html',
        amount: {
          total: 600,
          currency: 'CNY',
        },
        bus_info: {
          start_time: '2017-08-26T10:43:39+08:00',
          line_name: '1路公车',
          plate_number: '粤B888888',
        },
        metro_info: {
          start_time: '2017-08-26T10:43:39+08:00',
          end_time: '2017-08-26T10:43:39+08:00',
          start_station: '西单',
          end_station: '天安门西',
        },
      },
    })
    console.log(data)
  }
  // 查询订单
  {
    const { data } = await client.request('GET /v3/qrcode/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '20150806125346',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.qrcode.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '20150806125346',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询用户服务可用信息
  {
    const { data } = await client.request('GET /v3/qrcode/user-services/contract-id/{contract_id}', {
      params: {
        contract_id: 'Wx15463511252015071056489715',
      },
      query: {
        appid: 'wxcbda96de0b165486',
        sub_appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.qrcode['user-services']['contract-id']['{contract_id}'].get({
      params: {
        contract_id: 'Wx15463511252015071056489715',
      },
      query: {
        appid: 'wxcbda96de0b165486',
        sub_appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
}
