// multiuse: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 下载批次退款明细
  {
    const { data } = await client.request('GET /v3/multiuse/stocks/{stock_id}/refund-flow', {
      params: {
        stock_id: '9856888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.multiuse.stocks['{stock_id}']['refund-flow'].get({
      params: {
        stock_id: '9856888',
      },
    })
    console.log(data)
  }
  // 下载批次发放明细
  {
    const { data } = await client.request('GET /v3/multiuse/stocks/{stock_id}/send-flow', {
      params: {
        stock_id: '9856888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.multiuse.stocks['{stock_id}']['send-flow'].get({
      params: {
        stock_id: '9856888',
      },
    })
    console.log(data)
  }
  // 下载核销明细
  {
    const { data } = await client.request('GET /v3/multiuse/stocks/{stock_id}/use-flow', {
      params: {
        stock_id: '9856888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.multiuse.stocks['{stock_id}']['use-flow'].get({
      params: {
        stock_id: '9856888',
      },
    })
    console.log(data)
  }
  // 发放指定批次的消费金
  {
    const { data } = await client.request('POST /v3/multiuse/users/{openid}/coupons', {
      params: {
        openid: '',
      },
      json: {
        stock_id: '9856000',
        out_request_no: '8956000202407191254642',
        user_name: client.encrypt('用户姓名'),
        id_card_number: client.encrypt('身份证号码'),
        amount: 10000,
        appid: 'wx233544546545989',
        card_type: 'ID_CARD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.multiuse.users['{openid}'].coupons.post({
      params: {
        openid: '',
      },
      json: {
        stock_id: '9856000',
        out_request_no: '8956000202407191254642',
        user_name: client.encrypt('用户姓名'),
        id_card_number: client.encrypt('身份证号码'),
        amount: 10000,
        appid: 'wx233544546545989',
        card_type: 'ID_CARD',
      },
    })
    console.log(data)
  }
}
