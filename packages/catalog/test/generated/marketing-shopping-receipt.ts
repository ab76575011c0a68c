// marketing/shopping-receipt: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 创建自定义入口
  {
    const { data } = await client.request('POST /v3/marketing/shopping-receipt/customentrances', {
      json: {
        custom_entrance_type: 'MERCHANT_ACTIVITY',
        subtitle: '双十一8折活动',
        goods_thumbnail_url: 'https://qpic.cn/xxx',
        start_time: '2015-05-20T13:29:35+08:00',
        end_time: '2015-05-20T13:29:35+08:00',
        custom_entrance_state: 'ONLINE',
        brand_id: '1014',
        out_request_no: '6122352020010133287985742',
        jump_link: {
          mini_programs_appid: 'wxea9c30a90fs8d3fe',
          mini_programs_path: '/pages/bonus/bonus',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['shopping-receipt'].customentrances.post({
      json: {
        custom_entrance_type: 'MERCHANT_ACTIVITY',
        subtitle: '双十一8折活动',
        goods_thumbnail_url: 'https://qpic.cn/xxx',
        start_time: '2015-05-20T13:29:35+08:00',
        end_time: '2015-05-20T13:29:35+08:00',
        custom_entrance_state: 'ONLINE',
        brand_id: '1014',
        out_request_no: '6122352020010133287985742',
        jump_link: {
          mini_programs_appid: 'wxea9c30a90fs8d3fe',
          mini_programs_path: '/pages/bonus/bonus',
        },
      },
    })
    console.log(data)
  }
  // 查询自定义入口
  {
    const { data } = await client.request('GET /v3/marketing/shopping-receipt/customentrances/{brand_id}', {
      params: {
        brand_id: '1014',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['shopping-receipt'].customentrances['{brand_id}'].get({
      params: {
        brand_id: '1014',
      },
    })
    console.log(data)
  }
  // 更新自定义入口
  {
    const { data } = await client.request('PATCH /v3/marketing/shopping-receipt/customentrances/{brand_id}', {
      params: {
        brand_id: '1014',
      },
      json: {
        custom_entrance_type: 'MERCHANT_ACTIVITY',
        subtitle: '双十一8折活动',
        goods_thumbnail_url: 'https://qpic.cn/xxx',
        custom_entrance_state: 'ONLINE',
        start_time: '2015-05-20T13:29:35+08:00',
        end_time: '2019-12-31T13:29:35.120+08:00',
        out_request_no: '100002322019090134234sfdf',
        jump_link: {
          mini_programs_appid: 'wxea9c30a90fs8d3fe',
          mini_programs_path: '/pages/bonus/bonus',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['shopping-receipt'].customentrances['{brand_id}'].patch({
      params: {
        brand_id: '1014',
      },
      json: {
        custom_entrance_type: 'MERCHANT_ACTIVITY',
        subtitle: '双十一8折活动',
        goods_thumbnail_url: 'https://qpic.cn/xxx',
        custom_entrance_state: 'ONLINE',
        start_time: '2015-05-20T13:29:35+08:00',
        end_time: '2019-12-31T13:29:35.120+08:00',
        out_request_no: '100002322019090134234sfdf',
        jump_link: {
          mini_programs_appid: 'wxea9c30a90fs8d3fe',
          mini_programs_path: '/pages/bonus/bonus',
        },
      },
    })
    console.log(data)
  }
  // 上传商家电子小票跳转信息
  {
    const { data } = await client.request('POST /v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos', {
      json: {
        transaction_id: '4200000008202209139188072801',
        transaction_mchid: '1230000109',
        transaction_sub_mchid: '1230000109',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        merchant_upload_time: '2021-05-20T13:29:35.120+08:00',
        jump_info: {
          merchant_appid: 'example_merchant_appid',
          merchant_path: 'example_merchant_path',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['shopping-receipt'].merchantshoppingreceiptjumpinfos.post({
      json: {
        transaction_id: '4200000008202209139188072801',
        transaction_mchid: '1230000109',
        transaction_sub_mchid: '1230000109',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        merchant_upload_time: '2021-05-20T13:29:35.120+08:00',
        jump_info: {
          merchant_appid: 'example_merchant_appid',
          merchant_path: 'example_merchant_path',
        },
      },
    })
    console.log(data)
  }
  // 上传电子小票
  {
    const { data } = await client.request('POST /v3/marketing/shopping-receipt/shoppingreceipts', {
      multipart: {
        file,
        meta: {
          transaction_id: '420000153220220···158964',
          transaction_mchid: '1900006#',
          transaction_sub_mchid: '',
          out_trade_no: 'sdk123456789202205#809',
          openid: 'oK7fFt8zzEZ909XH-LE2',
          sha256: '',
          merchant_contact_information: {
            consultation_phone_number: client.encrypt('品牌售后部门的咨询电话'),
          },
          upload_time: '2022-05-07T15:39:35.000+08:00',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['shopping-receipt'].shoppingreceipts.post({
      multipart: {
        file,
        meta: {
          transaction_id: '420000153220220···158964',
          transaction_mchid: '1900006#',
          transaction_sub_mchid: '',
          out_trade_no: 'sdk123456789202205#809',
          openid: 'oK7fFt8zzEZ909XH-LE2',
          sha256: '',
          merchant_contact_information: {
            consultation_phone_number: client.encrypt('品牌售后部门的咨询电话'),
          },
          upload_time: '2022-05-07T15:39:35.000+08:00',
        },
      },
    })
    console.log(data)
  }
}
