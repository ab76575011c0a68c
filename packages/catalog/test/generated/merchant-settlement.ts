// merchant-settlement: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请修改特约商户结算规则
  {
    const { data } = await client.request('POST /v3/merchant-settlement/merchant-settle-rule-applications', {
      json: {
        acquiring_bank_id: '1356485',
        channel_id: '20001111',
        sub_mchid: '1346578',
        settle_rule_id: 760,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-settlement']['merchant-settle-rule-applications'].post({
      json: {
        acquiring_bank_id: '1356485',
        channel_id: '20001111',
        sub_mchid: '1346578',
        settle_rule_id: 760,
      },
    })
    console.log(data)
  }
  // 根据申请单ID查询结果
  {
    const { data } = await client.request('GET /v3/merchant-settlement/merchant-settle-rule-applications/{application_id}', {
      params: {
        application_id: '20000011111',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-settlement']['merchant-settle-rule-applications']['{application_id}'].get({
      params: {
        application_id: '20000011111',
      },
    })
    console.log(data)
  }
}
