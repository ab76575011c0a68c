// merchant-store: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 创建门店
  {
    const { data } = await client.request('POST /v3/merchant-store/stores', {
      json: {
        sub_mchid: '1900000109',
        store_basics: {
          store_reference_id: 'MDL001',
          brand_name: '麦当劳',
          store_name: '麦当劳',
          branch_name: '海岸城店',
          brand_id: 1001,
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
        store_recipient: [
          {
            mchid: '1230000109',
            company_name: '腾讯科技（深圳）有限公司',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-store'].stores.post({
      json: {
        sub_mchid: '1900000109',
        store_basics: {
          store_reference_id: 'MDL001',
          brand_name: '麦当劳',
          store_name: '麦当劳',
          branch_name: '海岸城店',
          brand_id: 1001,
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
        store_recipient: [
          {
            mchid: '1230000109',
            company_name: '腾讯科技（深圳）有限公司',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询门店
  {
    const { data } = await client.request('GET /v3/merchant-store/stores/{store_id}', {
      params: {
        store_id: 20488000,
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-store'].stores['{store_id}'].get({
      params: {
        store_id: 20488000,
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 修改门店
  {
    const { status } = await client.request('PATCH /v3/merchant-store/stores/{store_id}', {
      params: {
        store_id: 20488000,
      },
      json: {
        sub_mchid: '1900000109',
        store_basics: {
          store_reference_id: 'MDL001',
          brand_name: '麦当劳',
          store_name: '麦当劳',
          branch_name: '海岸城店',
          brand_id: 1001,
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-store'].stores['{store_id}'].patch({
      params: {
        store_id: 20488000,
      },
      json: {
        sub_mchid: '1900000109',
        store_basics: {
          store_reference_id: 'MDL001',
          brand_name: '麦当劳',
          store_name: '麦当劳',
          branch_name: '海岸城店',
          brand_id: 1001,
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
      },
    })
    console.log(status)
  }
  // 绑定门店收款信息
  {
    const { data } = await client.request('POST /v3/merchant-store/stores/{store_id}/recipients/bind', {
      params: {
        store_id: 20488000,
      },
      json: {
        sub_mchid: '1900000109',
        store_recipient: [
          {
            mchid: '1230000109',
            company_name: '腾讯科技（深圳）有限公司',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-store'].stores['{store_id}'].recipients.bind.post({
      params: {
        store_id: 20488000,
      },
      json: {
        sub_mchid: '1900000109',
        store_recipient: [
          {
            mchid: '1230000109',
            company_name: '腾讯科技（深圳）有限公司',
          },
        ],
      },
    })
    console.log(data)
  }
  // 解除门店收款信息绑定
  {
    const { data } = await client.request('POST /v3/merchant-store/stores/{store_id}/recipients/unbind', {
      params: {
        store_id: 20488000,
      },
      json: {
        sub_mchid: '1900000109',
        store_recipient: [
          {
            mchid: '1230000109',
            company_name: '腾讯科技（深圳）有限公司',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-store'].stores['{store_id}'].recipients.unbind.post({
      params: {
        store_id: 20488000,
      },
      json: {
        sub_mchid: '1900000109',
        store_recipient: [
          {
            mchid: '1230000109',
            company_name: '腾讯科技（深圳）有限公司',
          },
        ],
      },
    })
    console.log(data)
  }
}
