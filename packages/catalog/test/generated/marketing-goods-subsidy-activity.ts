// marketing/goods-subsidy-activity: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 按区域查询品牌加价购活动
  {
    const { data } = await client.request('GET /v3/marketing/goods-subsidy-activity/activities', {
      query: {
        city_id: '',
        offset: 0,
        limit: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity'].activities.get({
      query: {
        city_id: '',
        offset: 0,
        limit: 0,
      },
    })
    console.log(data)
  }
  // 门店报名品牌加价购活动
  {
    const { data } = await client.request('POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply', {
      params: {
        activity_id: '',
      },
      json: {
        caller_merchant_id: '',
        apply_infos: [
          {
            store_info: {
              store_id: '',
              accounting_merchant_id: '',
              merchant_id: '',
            },
            goods_original_price: 0,
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity'].activity['{activity_id}'].apply.post({
      params: {
        activity_id: '',
      },
      json: {
        caller_merchant_id: '',
        apply_infos: [
          {
            store_info: {
              store_id: '',
              accounting_merchant_id: '',
              merchant_id: '',
            },
            goods_original_price: 0,
          },
        ],
      },
    })
    console.log(data)
  }
  // 锁定品牌加价购活动资格
  {
    const { data } = await client.request('POST /v3/marketing/goods-subsidy-activity/qualification/lock', {
      json: {
        order_information: {
          payer_openid: '',
          out_trade_no: '',
          total_fee: 0,
          store_id: '',
          store_merchant_id: '',
        },
        qualification_ids: ['string'],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity'].qualification.lock.post({
      json: {
        order_information: {
          payer_openid: '',
          out_trade_no: '',
          total_fee: 0,
          store_id: '',
          store_merchant_id: '',
        },
        qualification_ids: ['string'],
      },
    })
    console.log(data)
  }
  // 解锁品牌加价购活动资格
  {
    const { data } = await client.request('POST /v3/marketing/goods-subsidy-activity/qualification/unlock', {
      json: {
        order_information: {
          payer_openid: '',
          out_trade_no: '',
          total_fee: 0,
          store_id: '',
          store_merchant_id: '',
        },
        qualification_ids: ['string'],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity'].qualification.unlock.post({
      json: {
        order_information: {
          payer_openid: '',
          out_trade_no: '',
          total_fee: 0,
          store_id: '',
          store_merchant_id: '',
        },
        qualification_ids: ['string'],
      },
    })
    console.log(data)
  }
  // 删除零售小店活动业务代理
  {
    const { data } = await client.request('DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative', {
      params: {
        activity_id: '3118550000000004',
      },
      json: {
        representative_info_list: [
          {
            openid: 'oK7fFt8zzEZ909XH-LE2#',
          },
        ],
        out_request_no: '1002600620019090123143254436',
        delete_time: '2015-05-20T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{activity_id}'].representative.delete({
      params: {
        activity_id: '3118550000000004',
      },
      json: {
        representative_info_list: [
          {
            openid: 'oK7fFt8zzEZ909XH-LE2#',
          },
        ],
        out_request_no: '1002600620019090123143254436',
        delete_time: '2015-05-20T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  // 添加零售小店活动业务代理
  {
    const { data } = await client.request('PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative', {
      params: {
        activity_id: '3118550000000004',
      },
      json: {
        representative_info_list: [
          {
            openid: 'oK7fFt8zzEZ909XH-LE2#',
          },
        ],
        out_request_no: '1002600620019090123143254436',
        add_time: '2015-05-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{activity_id}'].representative.put({
      params: {
        activity_id: '3118550000000004',
      },
      json: {
        representative_info_list: [
          {
            openid: 'oK7fFt8zzEZ909XH-LE2#',
          },
        ],
        out_request_no: '1002600620019090123143254436',
        add_time: '2015-05-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  // 查询零售小店活动业务代理
  {
    const { data } = await client.request('GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives', {
      params: {
        activity_id: '3118550000000004',
      },
      query: {
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{activity_id}'].representatives.get({
      params: {
        activity_id: '3118550000000004',
      },
      query: {
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  // 生成小店活动物料码
  {
    const { data } = await client.request('POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials', {
      params: {
        brand_id: '1001',
      },
      json: {
        out_request_no: '1002600620019090123143254436',
        material_num: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{brand_id}'].materials.post({
      params: {
        brand_id: '1001',
      },
      json: {
        out_request_no: '1002600620019090123143254436',
        material_num: 100,
      },
    })
    console.log(data)
  }
  // 删除小店活动门店
  {
    const { data } = await client.request('DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores', {
      params: {
        brand_id: '1001',
      },
      json: {
        out_request_no: '1002600620019090123143254436',
        delete_time: '2015-05-20T13:29:35+08:00',
        stores: [
          {
            store_code: 'abc_001',
            store_name: '幸福小店',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{brand_id}'].stores.delete({
      params: {
        brand_id: '1001',
      },
      json: {
        out_request_no: '1002600620019090123143254436',
        delete_time: '2015-05-20T13:29:35+08:00',
        stores: [
          {
            store_code: 'abc_001',
            store_name: '幸福小店',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询小店活动门店列表
  {
    const { data } = await client.request('GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores', {
      params: {
        brand_id: '1001',
      },
      query: {
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{brand_id}'].stores.get({
      params: {
        brand_id: '1001',
      },
      query: {
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  // 添加小店活动门店
  {
    const { data } = await client.request('POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores', {
      params: {
        brand_id: '1001',
      },
      json: {
        out_request_no: '1002600620019090123143254436',
        add_time: '2015-05-20T13:29:35+08:00',
        stores: [
          {
            store_code: 'abc_001',
            store_name: '幸福小店',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{brand_id}'].stores.post({
      params: {
        brand_id: '1001',
      },
      json: {
        out_request_no: '1002600620019090123143254436',
        add_time: '2015-05-20T13:29:35+08:00',
        stores: [
          {
            store_code: 'abc_001',
            store_name: '幸福小店',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询小店活动门店详情
  {
    const { data } = await client.request('GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}', {
      params: {
        brand_id: '1001',
        store_code: 'abc_001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['goods-subsidy-activity']['retail-store-act']['{brand_id}'].stores['{store_code}'].get({
      params: {
        brand_id: '1001',
        store_code: 'abc_001',
      },
    })
    console.log(data)
  }
}
