// industry-coupon: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 出行券切卡组件预下单
  {
    const { data } = await client.request('POST /v3/industry-coupon/tokens', {
      json: {
        open_id: 'obLatjrR8kUDlj4-nofQsPAJAAFI',
        coupon_list: [
          {
            stock_id: 16474341,
            coupon_id: '11004999626',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['industry-coupon'].tokens.post({
      json: {
        open_id: 'obLatjrR8kUDlj4-nofQsPAJAAFI',
        coupon_list: [
          {
            stock_id: 16474341,
            coupon_id: '11004999626',
          },
        ],
      },
    })
    console.log(data)
  }
}
