// marketing/weekly-discount: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询周周惠活动列表
  {
    const { data } = await client.request('GET /v3/marketing/weekly-discount/activities', {
      query: {
        limit: 5,
        offset: 10,
        applying_merchant_id: 10000098,
        store_id: 1111111,
        activity_area_code: 110000,
        activity_scene: 'SCAN_CODE_TO_ORDER',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['weekly-discount'].activities.get({
      query: {
        limit: 5,
        offset: 10,
        applying_merchant_id: 10000098,
        store_id: 1111111,
        activity_area_code: 110000,
        activity_scene: 'SCAN_CODE_TO_ORDER',
      },
    })
    console.log(data)
  }
  // 查询周周惠活动详情
  {
    const { data } = await client.request('GET /v3/marketing/weekly-discount/activities/{activity_id}', {
      params: {
        activity_id: '11111',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['weekly-discount'].activities['{activity_id}'].get({
      params: {
        activity_id: '11111',
      },
    })
    console.log(data)
  }
  // 报名周周惠活动
  {
    const { data } = await client.request('POST /v3/marketing/weekly-discount/activities/{activity_id}/apply', {
      params: {
        activity_id: '11111',
      },
      json: {
        applying_merchant_id: 10000098,
        store_id: 111111,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['weekly-discount'].activities['{activity_id}'].apply.post({
      params: {
        activity_id: '11111',
      },
      json: {
        applying_merchant_id: 10000098,
        store_id: 111111,
      },
    })
    console.log(data)
  }
}
