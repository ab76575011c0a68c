// hire-power-bank: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 创建保险订单
  {
    const { data } = await client.request('POST /v3/hire-power-bank/insurance-orders', {
      json: {
        out_order_no: '6e8369071cd942c0476613f9d1ce9ca3',
        openid: '2323dfsdf342342',
        notify_url: 'https://api.test.com',
        service_id: '实例值',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['hire-power-bank']['insurance-orders'].post({
      json: {
        out_order_no: '6e8369071cd942c0476613f9d1ce9ca3',
        openid: '2323dfsdf342342',
        notify_url: 'https://api.test.com',
        service_id: '实例值',
      },
    })
    console.log(data)
  }
  // 查询保险订单详情
  {
    const { data } = await client.request('GET /v3/hire-power-bank/insurance-orders/{out_order_no}', {
      params: {
        out_order_no: '6e8369071cd942c0476613f9d1ce9ca3',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['hire-power-bank']['insurance-orders']['{out_order_no}'].get({
      params: {
        out_order_no: '6e8369071cd942c0476613f9d1ce9ca3',
      },
    })
    console.log(data)
  }
  // 查询用户保险订单领取资格
  {
    const { data } = await client.request('GET /v3/hire-power-bank/user-qualifications/{openid}', {
      params: {
        openid: '2323dfsdf342342',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['hire-power-bank']['user-qualifications']['{openid}'].get({
      params: {
        openid: '2323dfsdf342342',
      },
    })
    console.log(data)
  }
}
