// merchants: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 子商户进件（融合钱包）
  {
    const { data } = await client.request('POST /v3/merchants', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        name: 'Merchant name',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj-x95m5iclsanHYauUt1__DsWXok2NqRliv2SDL42QoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1","Media_id2","Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
      },
      headers: {
        'Idempotency-Key': 'GzPCeo963zXKcO2hDVD8AjXIpgrj',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchants.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        name: 'Merchant name',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj-x95m5iclsanHYauUt1__DsWXok2NqRliv2SDL42QoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1","Media_id2","Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
      },
      headers: {
        'Idempotency-Key': 'GzPCeo963zXKcO2hDVD8AjXIpgrj',
      },
    })
    console.log(data)
  }
  // 修改子商户（融合钱包）
  {
    const { data } = await client.request('PUT /v3/merchants', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_mchid: '20000100',
        name: 'Merchant name',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj-x95m5iclsanHYauUt1__DsWXok2NqRliv2SDL42QoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1","Media_id2","Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchants.put({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_mchid: '20000100',
        name: 'Merchant name',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj-x95m5iclsanHYauUt1__DsWXok2NqRliv2SDL42QoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1","Media_id2","Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
      },
    })
    console.log(data)
  }
  // 查询子商户（融合钱包）
  {
    const { data } = await client.request('GET /v3/merchants/{sub_mchid}', {
      params: {
        sub_mchid: '20000100',
      },
      query: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchants['{sub_mchid}'].get({
      params: {
        sub_mchid: '20000100',
      },
      query: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
      },
    })
    console.log(data)
  }
}
