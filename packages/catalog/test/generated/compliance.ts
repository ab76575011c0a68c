// compliance: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 发起不活跃商户身份核实
  {
    const { data } = await client.request('POST /v3/compliance/inactive-merchant-identity-verification/merchants', {
      json: {
        sub_mchid: '1900009231',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.compliance['inactive-merchant-identity-verification'].merchants.post({
      json: {
        sub_mchid: '1900009231',
      },
    })
    console.log(data)
  }
  // 查询不活跃商户身份核实结果
  {
    const { data } = await client.request('GET /v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}', {
      params: {
        sub_mchid: '1900009231',
        verification_id: '28011678863778000000123124312',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.compliance['inactive-merchant-identity-verification'].merchants['{sub_mchid}'].verifications['{verification_id}'].get({
      params: {
        sub_mchid: '1900009231',
        verification_id: '28011678863778000000123124312',
      },
    })
    console.log(data)
  }
}
