// palmservice: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询刷掌授权
  {
    const { data } = await client.request('GET /v3/palmservice/authorization/openid/{openid}', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        organization_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.palmservice.authorization.openid['{openid}'].get({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        organization_id: '1004',
      },
    })
    console.log(data)
  }
  // 服务关联预授权
  {
    const { data } = await client.request('POST /v3/palmservice/authorization/preauthorize', {
      json: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        preauthorize_session_id: '181167098309019291163',
        organization_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.palmservice.authorization.preauthorize.post({
      json: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        preauthorize_session_id: '181167098309019291163',
        organization_id: '1004',
      },
    })
    console.log(data)
  }
}
