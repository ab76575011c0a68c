// vehicle: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 通过商户ETC绑定号查询签约状态
  {
    const { data } = await client.request('GET /v3/vehicle/etc/contracts/{contract_id}', {
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
    const { data } = await client.v3.vehicle.etc.contracts['{contract_id}'].get({
      params: {
        contract_id: 'aAfixCs13LsdKPpfZfDkk2189ssXjfx',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 预开通用户ETC指定卡扣费
  {
    const { data } = await client.request('POST /v3/vehicle/etc/preopen', {
      json: {
        sp_appid: '10000098',
        sub_appid: 'wxcbda96de0b165489',
        sub_mchid: '1510770601',
        openid: 'ot35_4gNgXsUuh2sQY0lT9N08AU0',
        plan_id: '97619',
        etc_device_id: 'xxxxxxx',
        plate_number: '藏ZZZZZZ',
        identify: {
          encrypted_real_name: client.encrypt('姓名'),
          encrypted_credential_id: client.encrypt('证件号码'),
          credential_type: 'ID_CARD',
        },
        bank_card_no: client.encrypt('用户开通ETC时绑定的银行卡'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.vehicle.etc.preopen.post({
      json: {
        sp_appid: '10000098',
        sub_appid: 'wxcbda96de0b165489',
        sub_mchid: '1510770601',
        openid: 'ot35_4gNgXsUuh2sQY0lT9N08AU0',
        plan_id: '97619',
        etc_device_id: 'xxxxxxx',
        plate_number: '藏ZZZZZZ',
        identify: {
          encrypted_real_name: client.encrypt('姓名'),
          encrypted_credential_id: client.encrypt('证件号码'),
          credential_type: 'ID_CARD',
        },
        bank_card_no: client.encrypt('用户开通ETC时绑定的银行卡'),
      },
    })
    console.log(data)
  }
  // 高速场景商户扣款
  {
    const { data } = await client.request('POST /v3/vehicle/etc/transactions/highway', {
      json: {
        out_trade_no: '121775250124070332',
        sub_mchid: '1900000109',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6999',
        contract_id: 'wxd678ef4Fwxd678ef4Fwxd678ef4F21',
        description: '商品信息',
        attach: '自定义数据',
        goods_tag: 'test',
        highway_info: {
          plate_number: '粤B888888',
          start_time: '2017-08-26T09:43:39+08:00',
          end_time: '2017-08-26T09:43:39+08:00',
          channel_type: 'ETC',
          car_type: 'CAR',
          entrance: '沿江深圳-大铲湾',
          exit: '广珠东线-珠海站',
          carrying_capacity: 3,
          carrying_range: '6-12',
        },
        amount: {
          total: 888,
          currency: 'CNY',
        },
        device_info: {
          device_id: 'POS1:1',
          device_ip: '123.12.12.123',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.vehicle.etc.transactions.highway.post({
      json: {
        out_trade_no: '121775250124070332',
        sub_mchid: '1900000109',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6999',
        contract_id: 'wxd678ef4Fwxd678ef4Fwxd678ef4F21',
        description: '商品信息',
        attach: '自定义数据',
        goods_tag: 'test',
        highway_info: {
          plate_number: '粤B888888',
          start_time: '2017-08-26T09:43:39+08:00',
          end_time: '2017-08-26T09:43:39+08:00',
          channel_type: 'ETC',
          car_type: 'CAR',
          entrance: '沿江深圳-大铲湾',
          exit: '广珠东线-珠海站',
          carrying_capacity: 3,
          carrying_range: '6-12',
        },
        amount: {
          total: 888,
          currency: 'CNY',
        },
        device_info: {
          device_id: 'POS1:1',
          device_ip: '123.12.12.123',
        },
      },
    })
    console.log(data)
  }
  // 查询订单
  {
    const { data } = await client.request('GET /v3/vehicle/etc/transactions/id/{transaction_id}', {
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
    const { data } = await client.v3.vehicle.etc.transactions.id['{transaction_id}'].get({
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
    const { data } = await client.request('GET /v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}', {
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
    const { data } = await client.v3.vehicle.etc.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '121775250124070332',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询ETC签约状态
  {
    const { data } = await client.request('GET /v3/vehicle/etc/users/{openid}/contracts', {
      params: {
        openid: 'onqOjjmM1tad-3ROpncN-yUfa6ua',
      },
      query: {
        sub_mchid: '1900000109',
        plan_id: '123',
        plate_number: '浙ASB945',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.vehicle.etc.users['{openid}'].contracts.get({
      params: {
        openid: 'onqOjjmM1tad-3ROpncN-yUfa6ua',
      },
      query: {
        sub_mchid: '1900000109',
        plan_id: '123',
        plate_number: '浙ASB945',
      },
    })
    console.log(data)
  }
  // 创建停车入场
  {
    const { data } = await client.request('POST /v3/vehicle/parking/parkings', {
      json: {
        sub_mchid: '1900000109',
        out_parking_no: '1231243',
        plate_number: '粤B888888',
        plate_color: 'BLUE',
        notify_url: 'https://yoursite.com/wxpay.html',
        start_time: '2017-08-26T10:43:39+08:00',
        parking_name: '欢乐海岸停车场',
        free_duration: 3600,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.vehicle.parking.parkings.post({
      json: {
        sub_mchid: '1900000109',
        out_parking_no: '1231243',
        plate_number: '粤B888888',
        plate_color: 'BLUE',
        notify_url: 'https://yoursite.com/wxpay.html',
        start_time: '2017-08-26T10:43:39+08:00',
        parking_name: '欢乐海岸停车场',
        free_duration: 3600,
      },
    })
    console.log(data)
  }
  // 查询车牌服务开通信息
  {
    const { data } = await client.request('GET /v3/vehicle/parking/services/find', {
      query: {
        appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
        plate_number: '粤B888888',
        plate_color: 'BLUE',
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.vehicle.parking.services.find.get({
      query: {
        appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
        plate_number: '粤B888888',
        plate_color: 'BLUE',
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
    })
    console.log(data)
  }
  // 查询订单
  {
    const { data } = await client.request('GET /v3/vehicle/transactions/out-trade-no/{out_trade_no}', {
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
    const { data } = await client.v3.vehicle.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '20150806125346',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 扣费受理
  {
    const { data } = await client.request('POST /v3/vehicle/transactions/parking', {
      json: {
        appid: 'wxcbda96de0b165486',
        sub_appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
        description: '停车场扣费',
        attach: '深圳分店',
        out_trade_no: '20150806125346',
        trade_scene: 'PARKING',
        goods_tag: 'WXG',
        notify_url: 'https://yoursite.com/wxpay.html',
        profit_sharing: 'Y',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        parking_info: {
          parking_id: '5K8264ILTKCH16CQ250',
          plate_number: '粤B888888',
          plate_color: 'BLUE',
          start_time: '2017-08-26T10:43:39+08:00',
          end_time: '2017-08-26T10:43:39+08:00',
          parking_name: '欢乐海岸停车场',
          charging_duration: 3600,
          device_id: '12313',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.vehicle.transactions.parking.post({
      json: {
        appid: 'wxcbda96de0b165486',
        sub_appid: 'wxcbda96de0b165486',
        sub_mchid: '1900000109',
        description: '停车场扣费',
        attach: '深圳分店',
        out_trade_no: '20150806125346',
        trade_scene: 'PARKING',
        goods_tag: 'WXG',
        notify_url: 'https://yoursite.com/wxpay.html',
        profit_sharing: 'Y',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        parking_info: {
          parking_id: '5K8264ILTKCH16CQ250',
          plate_number: '粤B888888',
          plate_color: 'BLUE',
          start_time: '2017-08-26T10:43:39+08:00',
          end_time: '2017-08-26T10:43:39+08:00',
          parking_name: '欢乐海岸停车场',
          charging_duration: 3600,
          device_id: '12313',
        },
      },
    })
    console.log(data)
  }
}
