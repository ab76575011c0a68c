// eduschoolpay: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 预签约
  {
    const { data } = await client.request('POST /v3/eduschoolpay/contracts/presign', {
      json: {
        appid: 'wx8888888888888888',
        openid: 'oUpF8uMuAJOM2pxb1Q',
        plan_id: '101164396123311331',
        user_id: '20200330tony',
        school_id: '18260256813396',
        out_contract_code: '20190806125346',
        contract_mode: 'LIMIT_BANK_CARD',
        downgrade_default_contract: true,
        identity: {
          real_name: client.encrypt('姓名'),
          credential_type: client.encrypt('证件类型'),
          id_card_number: client.encrypt('身份证号'),
        },
        bank_card: {
          bank_card_no: client.encrypt('签约银行卡号'),
          valid_thru: '08/21',
          phone: client.encrypt('银行卡开卡预留手机号'),
          bank_type: 'CMC',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.eduschoolpay.contracts.presign.post({
      json: {
        appid: 'wx8888888888888888',
        openid: 'oUpF8uMuAJOM2pxb1Q',
        plan_id: '101164396123311331',
        user_id: '20200330tony',
        school_id: '18260256813396',
        out_contract_code: '20190806125346',
        contract_mode: 'LIMIT_BANK_CARD',
        downgrade_default_contract: true,
        identity: {
          real_name: client.encrypt('姓名'),
          credential_type: client.encrypt('证件类型'),
          id_card_number: client.encrypt('身份证号'),
        },
        bank_card: {
          bank_card_no: client.encrypt('签约银行卡号'),
          valid_thru: '08/21',
          phone: client.encrypt('银行卡开卡预留手机号'),
          bank_type: 'CMC',
        },
      },
    })
    console.log(data)
  }
  // 通过协议号查询签约
  {
    const { data } = await client.request('GET /v3/eduschoolpay/contracts/{contract_id}', {
      params: {
        contract_id: '2045011120563805041758214605',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.eduschoolpay.contracts['{contract_id}'].get({
      params: {
        contract_id: '2045011120563805041758214605',
      },
    })
    console.log(data)
  }
  // 商户主动解约
  {
    const { status } = await client.request('POST /v3/eduschoolpay/contracts/{contract_id}/terminate', {
      params: {
        contract_id: '2045011120563805041758214605',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.eduschoolpay.contracts['{contract_id}'].terminate.post({
      params: {
        contract_id: '2045011120563805041758214605',
      },
    })
    console.log(status)
  }
  // 扣款
  {
    const { data } = await client.request('POST /v3/eduschoolpay/transactions', {
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        description: '中山大学-第二食堂-海鲜炒饭',
        attach: '自定义数据',
        out_trade_no: '121775250124070332',
        goods_tag: 'test',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay',
        contract_id: '2045011120563805041758214605',
        user_id: '20200330tony',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        scene_info: {
          start_time: '2017-08-26T09:43:39+08:00',
          school_id: '18260256813396',
          scene_type: 'CANTEEN',
        },
        device_info: {
          device_id: '12343232',
          device_ip: '123.12.12.123',
        },
        settle_info: {
          profit_sharing: true,
        },
        payment_mode: 'SYNC',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.eduschoolpay.transactions.post({
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sub_appid: 'wx8888888888888888',
        description: '中山大学-第二食堂-海鲜炒饭',
        attach: '自定义数据',
        out_trade_no: '121775250124070332',
        goods_tag: 'test',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay',
        contract_id: '2045011120563805041758214605',
        user_id: '20200330tony',
        amount: {
          total: 888,
          currency: 'CNY',
        },
        scene_info: {
          start_time: '2017-08-26T09:43:39+08:00',
          school_id: '18260256813396',
          scene_type: 'CANTEEN',
        },
        device_info: {
          device_id: '12343232',
          device_ip: '123.12.12.123',
        },
        settle_info: {
          profit_sharing: true,
        },
        payment_mode: 'SYNC',
      },
    })
    console.log(data)
  }
  // 微信支付订单号查单
  {
    const { data } = await client.request('GET /v3/eduschoolpay/transactions/id/{transaction_id}', {
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
    const { data } = await client.v3.eduschoolpay.transactions.id['{transaction_id}'].get({
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
    const { data } = await client.request('GET /v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}', {
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
    const { data } = await client.v3.eduschoolpay.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '201407033233368018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询用户签约列表
  {
    const { data } = await client.request('GET /v3/eduschoolpay/users/{openid}/contracts', {
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        plan_id: '101164396123311331',
        contract_status: 'ADD',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.eduschoolpay.users['{openid}'].contracts.get({
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        plan_id: '101164396123311331',
        contract_status: 'ADD',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 商户查询用户欠款状态
  {
    const { data } = await client.request('GET /v3/eduschoolpay/users/{openid}/debt-state', {
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.eduschoolpay.users['{openid}']['debt-state'].get({
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
    })
    console.log(data)
  }
}
