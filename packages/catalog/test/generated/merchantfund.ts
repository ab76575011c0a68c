// merchantfund: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 服务商银行来账查询
  {
    const { data } = await client.request('GET /v3/merchantfund/merchant/income-records', {
      query: {
        account_type: 'BASIC',
        date: '2019-06-11',
        offset: 0,
        limit: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchantfund.merchant['income-records'].get({
      query: {
        account_type: 'BASIC',
        date: '2019-06-11',
        offset: 0,
        limit: 100,
      },
    })
    console.log(data)
  }
  // 特约商户银行来账查询
  {
    const { data } = await client.request('GET /v3/merchantfund/partner/income-records', {
      query: {
        sub_mchid: '2480253391',
        account_type: 'BASIC',
        date: '2019-06-11',
        offset: 0,
        limit: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchantfund.partner['income-records'].get({
      query: {
        sub_mchid: '2480253391',
        account_type: 'BASIC',
        date: '2019-06-11',
        offset: 0,
        limit: 100,
      },
    })
    console.log(data)
  }
}
