// settle: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询结算资金明细
  {
    const { data } = await client.request('GET /v3/settle/settlements', {
      query: {
        sub_mchid: '1900000101',
        settle_state: 'SETTLED',
        settle_start_date: '20091225',
        settle_end_date: '20091226',
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.settle.settlements.get({
      query: {
        sub_mchid: '1900000101',
        settle_state: 'SETTLED',
        settle_start_date: '20091225',
        settle_end_date: '20091226',
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
}
