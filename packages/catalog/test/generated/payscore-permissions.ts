// payscore/permissions: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 商户预授权
  {
    const { data } = await client.request('POST /v3/payscore/permissions', {
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        authorization_code: '1234323JKHDFE1243252',
        notify_url: 'http://www.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.permissions.post({
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        authorization_code: '1234323JKHDFE1243252',
        notify_url: 'http://www.qq.com',
      },
    })
    console.log(data)
  }
  // 商户评估用户分层
  {
    const { data } = await client.request('POST /v3/payscore/permissions/assess-user-risk-level', {
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        authorization_code: '1234323JKHDFE1243252',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        shopping_info: {
          goods: [
            {
              name: '森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪',
              picture: 'http://mmbiz.qpic.cn/mmbiz_png/ldTw9dg46zkjOrzyTkbQAvQkysliaiblZhdthZWewgQMyqLZwStaNEsJrYmjwh2MlK7G4wibAFOEuISQKplSnxMWA/640?wx_fmt=png&wxfrom=200',
              amount: 550,
              count: 1,
              category_id: ['string'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.permissions['assess-user-risk-level'].post({
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        authorization_code: '1234323JKHDFE1243252',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        shopping_info: {
          goods: [
            {
              name: '森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪',
              picture: 'http://mmbiz.qpic.cn/mmbiz_png/ldTw9dg46zkjOrzyTkbQAvQkysliaiblZhdthZWewgQMyqLZwStaNEsJrYmjwh2MlK7G4wibAFOEuISQKplSnxMWA/640?wx_fmt=png&wxfrom=200',
              amount: 550,
              count: 1,
              category_id: ['string'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // 查询与用户授权记录（授权协议号）
  {
    const { data } = await client.request('GET /v3/payscore/permissions/authorization-code/{authorization_code}', {
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      query: {
        service_id: '500001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.permissions['authorization-code']['{authorization_code}'].get({
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      query: {
        service_id: '500001',
      },
    })
    console.log(data)
  }
  // 解除用户授权关系（授权协议号）
  {
    const { status } = await client.request('POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate', {
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '500001',
        reason: '撤销原因',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.permissions['authorization-code']['{authorization_code}'].terminate.post({
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '500001',
        reason: '撤销原因',
      },
    })
    console.log(status)
  }
  // 查询与用户授权记录（openid）
  {
    const { data } = await client.request('GET /v3/payscore/permissions/openid/{openid}', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.permissions.openid['{openid}'].get({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
      },
    })
    console.log(data)
  }
  // 解除用户授权关系（openid）
  {
    const { status } = await client.request('POST /v3/payscore/permissions/openid/{openid}/terminate', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        reason: 'reason',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.permissions.openid['{openid}'].terminate.post({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        reason: 'reason',
      },
    })
    console.log(status)
  }
}
