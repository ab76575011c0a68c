// express: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 用户openid转换
  {
    const { data } = await client.request('POST /v3/express/users/{openid}/transform', {
      params: {
        openid: 'xsd3434454567676',
      },
      json: {
        appid: 'wxaaaa1a123b456c7d',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.express.users['{openid}'].transform.post({
      params: {
        openid: 'xsd3434454567676',
      },
      json: {
        appid: 'wxaaaa1a123b456c7d',
      },
    })
    console.log(data)
  }
}
