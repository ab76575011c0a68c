// brand: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询摇优惠活动列表
  {
    const { data } = await client.request('GET /v3/brand/marketing/shake-activities/activities', {
      query: {
        brand_id: '120344',
        limit: 5,
        offset: 10,
        activity_state: 'CREATED',
        audit_state: 'PENDING',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.marketing['shake-activities'].activities.get({
      query: {
        brand_id: '120344',
        limit: 5,
        offset: 10,
        activity_state: 'CREATED',
        audit_state: 'PENDING',
      },
    })
    console.log(data)
  }
}
