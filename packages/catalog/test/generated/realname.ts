// realname: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 实名信息校验
  {
    const { data } = await client.request('GET /v3/realname/verify', {
      query: {
        credential_type: 1,
        encrypted_credential_id: client.encrypt('下单用户证件号'),
        encrypted_name: client.encrypt('下单用户姓名'),
        wxp_trade_no: '442100010320250122523549415021',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.realname.verify.get({
      query: {
        credential_type: 1,
        encrypted_credential_id: client.encrypt('下单用户证件号'),
        encrypted_name: client.encrypt('下单用户姓名'),
        wxp_trade_no: '442100010320250122523549415021',
      },
    })
    console.log(data)
  }
}
