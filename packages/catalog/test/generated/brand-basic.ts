// brand-basic: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 获得品牌已授权且在生效中的产品权限信息
  {
    const { data } = await client.request('GET /v3/brand-basic/partner/brands/{brand_id}/product-authorities', {
      params: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['brand-basic'].partner.brands['{brand_id}']['product-authorities'].get({
      params: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
}
