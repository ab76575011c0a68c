// goldplan: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 商家小票管理
  {
    const { data } = await client.request('POST /v3/goldplan/merchants/changecustompagestatus', {
      json: {
        sub_mchid: '1234567890',
        operation_type: 'OPEN',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.goldplan.merchants.changecustompagestatus.post({
      json: {
        sub_mchid: '1234567890',
        operation_type: 'OPEN',
      },
    })
    console.log(data)
  }
  // 点金计划管理
  {
    const { data } = await client.request('POST /v3/goldplan/merchants/changegoldplanstatus', {
      json: {
        sub_mchid: '1234567890',
        operation_type: 'OPEN',
        operation_pay_scene: 'JSAPI_AND_MINIPROGRAM',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.goldplan.merchants.changegoldplanstatus.post({
      json: {
        sub_mchid: '1234567890',
        operation_type: 'OPEN',
        operation_pay_scene: 'JSAPI_AND_MINIPROGRAM',
      },
    })
    console.log(data)
  }
  // 关闭广告展示
  {
    const { status } = await client.request('POST /v3/goldplan/merchants/close-advertising-show', {
      json: {
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.goldplan.merchants['close-advertising-show'].post({
      json: {
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 开通广告展示
  {
    const { status } = await client.request('PATCH /v3/goldplan/merchants/open-advertising-show', {
      json: {
        sub_mchid: '1900000109',
        advertising_industry_filters: ['E_COMMERCE'],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.goldplan.merchants['open-advertising-show'].patch({
      json: {
        sub_mchid: '1900000109',
        advertising_industry_filters: ['E_COMMERCE'],
      },
    })
    console.log(status)
  }
  // 同业过滤标签管理
  {
    const { status } = await client.request('POST /v3/goldplan/merchants/set-advertising-industry-filter', {
      json: {
        sub_mchid: '1900000109',
        advertising_industry_filters: ['E_COMMERCE'],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.goldplan.merchants['set-advertising-industry-filter'].post({
      json: {
        sub_mchid: '1900000109',
        advertising_industry_filters: ['E_COMMERCE'],
      },
    })
    console.log(status)
  }
}
