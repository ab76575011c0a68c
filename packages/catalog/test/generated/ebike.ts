// ebike: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 预开通服务
  {
    const { data } = await client.request('POST /v3/ebike/charge/contracts/preopen', {
      json: {
        sub_mchid: '1510770601',
        appid: 'wx47c677487ce3ac47',
        sub_appid: 'wxcc603d9f0d54eaf0',
        trade_scene: 'CHARGE',
        openid: 'ot35_4gNgXsUuh2sQY0lT9N08AU0',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ebike.charge.contracts.preopen.post({
      json: {
        sub_mchid: '1510770601',
        appid: 'wx47c677487ce3ac47',
        sub_appid: 'wxcc603d9f0d54eaf0',
        trade_scene: 'CHARGE',
        openid: 'ot35_4gNgXsUuh2sQY0lT9N08AU0',
      },
    })
    console.log(data)
  }
  // 通过签约号查询用户状态
  {
    const { data } = await client.request('GET /v3/ebike/charge/contracts/{contract_id}', {
      params: {
        contract_id: 'aAfixCs13LsdKPpfZfDkk2189ssXjfx',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ebike.charge.contracts['{contract_id}'].get({
      params: {
        contract_id: 'aAfixCs13LsdKPpfZfDkk2189ssXjfx',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 创建用户当次充电代扣凭证
  {
    const { data } = await client.request('POST /v3/ebike/charge/contracts/{contract_id}/confirm', {
      params: {
        contract_id: 'aAfixCs13LsdKPpfZfDkk2189ssXjfx',
      },
      json: {
        sub_mchid: '1900000109',
        appid: 'wx47c677487ce3ac47',
        sub_appid: 'wxcc603d9f0d54eaf0',
        charge_info: {
          start_time: '2017-08-26T09:43:39+08:00',
          charging_station_name: 'xxx充电站',
          charging_gun_number: '6555',
          device_id: '12343232',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ebike.charge.contracts['{contract_id}'].confirm.post({
      params: {
        contract_id: 'aAfixCs13LsdKPpfZfDkk2189ssXjfx',
      },
      json: {
        sub_mchid: '1900000109',
        appid: 'wx47c677487ce3ac47',
        sub_appid: 'wxcc603d9f0d54eaf0',
        charge_info: {
          start_time: '2017-08-26T09:43:39+08:00',
          charging_station_name: 'xxx充电站',
          charging_gun_number: '6555',
          device_id: '12343232',
        },
      },
    })
    console.log(data)
  }
  // 充电自行车代扣受理扣款
  {
    const { data } = await client.request('POST /v3/ebike/charge/transactions', {
      json: {
        sub_mchid: '1900000109',
        appid: 'wxd678efh567hg678',
        sub_appid: 'wxd678efh567hg6999',
        out_trade_no: '121775250124070332',
        attach: '自定义数据',
        goods_tag: 'test',
        notify_url: 'http://1111:111/metro-spt-api/callback',
        description: '商品信息',
        charging_token: 'sdjf23kdsHJfdk',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        charge_info: {
          start_time: '2017-08-26T09:43:39+08:00',
          end_time: '2017-08-26T09:43:39+08:00',
          charging_station_name: 'xxx充电站',
          charging_gun_number: '6555',
          charged_capacity: 10,
          park_duration: 60,
          park_fee: 100,
        },
        device_info: {
          device_id: '12343232',
          device_ip: '123.12.12.123',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ebike.charge.transactions.post({
      json: {
        sub_mchid: '1900000109',
        appid: 'wxd678efh567hg678',
        sub_appid: 'wxd678efh567hg6999',
        out_trade_no: '121775250124070332',
        attach: '自定义数据',
        goods_tag: 'test',
        notify_url: 'http://1111:111/metro-spt-api/callback',
        description: '商品信息',
        charging_token: 'sdjf23kdsHJfdk',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        charge_info: {
          start_time: '2017-08-26T09:43:39+08:00',
          end_time: '2017-08-26T09:43:39+08:00',
          charging_station_name: 'xxx充电站',
          charging_gun_number: '6555',
          charged_capacity: 10,
          park_duration: 60,
          park_fee: 100,
        },
        device_info: {
          device_id: '12343232',
          device_ip: '123.12.12.123',
        },
      },
    })
    console.log(data)
  }
  // 查询订单
  {
    const { data } = await client.request('GET /v3/ebike/charge/transactions/id/{transaction_id}', {
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
    const { data } = await client.v3.ebike.charge.transactions.id['{transaction_id}'].get({
      params: {
        transaction_id: '25012014070332333018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询订单
  {
    const { data } = await client.request('GET /v3/ebike/charge/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '121775250124070332',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ebike.charge.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '121775250124070332',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 通过用户标识查询用户状态
  {
    const { data } = await client.request('GET /v3/ebike/charge/users/{openid}/contract', {
      params: {
        openid: 'onqOjjmM1tad-3ROpncN-yUfa6ua',
      },
      query: {
        sub_mchid: '1900000109',
        trade_scene: 'CHARGE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ebike.charge.users['{openid}'].contract.get({
      params: {
        openid: 'onqOjjmM1tad-3ROpncN-yUfa6ua',
      },
      query: {
        sub_mchid: '1900000109',
        trade_scene: 'CHARGE',
      },
    })
    console.log(data)
  }
}
