// lovefeast: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询爱心餐品牌信息
  {
    const { data } = await client.request('GET /v3/lovefeast/brands/{brand_id}', {
      params: {
        brand_id: '2250',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.lovefeast.brands['{brand_id}'].get({
      params: {
        brand_id: '2250',
      },
    })
    console.log(data)
  }
  // 查询用户捐赠单列表
  {
    const { data } = await client.request('GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        brand_id: '2250',
      },
      query: {
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.lovefeast.users['{openid}'].orders['brand-id']['{brand_id}'].get({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        brand_id: '2250',
      },
      query: {
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 查询用户捐赠单详情
  {
    const { data } = await client.request('GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.lovefeast.users['{openid}'].orders['out-trade-no']['{out_trade_no}'].get({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
}
