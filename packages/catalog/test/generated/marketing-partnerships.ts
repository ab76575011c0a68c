// marketing/partnerships: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询合作关系列表
  {
    const { data } = await client.request('GET /v3/marketing/partnerships', {
      query: {
        partner: '{"type":"APPID","appid":"wx4e1916a585d1f4e9","merchant_id":"2480029552"}',
        authorized_data: '{"business_type":"FAVOR_STOCK","stock_id":"2433405"}',
        limit: 50,
        offset: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partnerships.get({
      query: {
        partner: '{"type":"APPID","appid":"wx4e1916a585d1f4e9","merchant_id":"2480029552"}',
        authorized_data: '{"business_type":"FAVOR_STOCK","stock_id":"2433405"}',
        limit: 50,
        offset: 0,
      },
    })
    console.log(data)
  }
  // 建立合作关系
  {
    const { data } = await client.request('POST /v3/marketing/partnerships/build', {
      json: {
        partner: {
          type: 'APPID',
          appid: 'wx4e1916a585d1f4e9',
          merchant_id: '2480029552',
        },
        authorized_data: {
          business_type: 'FAVOR_STOCK',
          stock_id: '2433405',
        },
      },
      headers: {
        'Idempotency-Key': '12345',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partnerships.build.post({
      json: {
        partner: {
          type: 'APPID',
          appid: 'wx4e1916a585d1f4e9',
          merchant_id: '2480029552',
        },
        authorized_data: {
          business_type: 'FAVOR_STOCK',
          stock_id: '2433405',
        },
      },
      headers: {
        'Idempotency-Key': '12345',
      },
    })
    console.log(data)
  }
  // 终止合作关系
  {
    const { data } = await client.request('POST /v3/marketing/partnerships/terminate', {
      json: {
        partner: {
          type: 'APPID',
          appid: 'wx4e1916a585d1f4e9',
          merchant_id: '2480029552',
        },
        authorized_data: {
          business_type: 'FAVOR_STOCK',
          stock_id: '2433405',
        },
      },
      headers: {
        'Idempotency-Key': '12345',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partnerships.terminate.post({
      json: {
        partner: {
          type: 'APPID',
          appid: 'wx4e1916a585d1f4e9',
          merchant_id: '2480029552',
        },
        authorized_data: {
          business_type: 'FAVOR_STOCK',
          stock_id: '2433405',
        },
      },
      headers: {
        'Idempotency-Key': '12345',
      },
    })
    console.log(data)
  }
}
