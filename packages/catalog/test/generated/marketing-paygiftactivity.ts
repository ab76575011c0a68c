// marketing/paygiftactivity: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 获取支付有礼活动列表
  {
    const { data } = await client.request('GET /v3/marketing/paygiftactivity/activities', {
      query: {
        offset: 0,
        limit: 0,
        activity_name: '',
        activity_status: 'CREATE_ACT_STATUS',
        award_type: 'BUSIFAVOR',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.paygiftactivity.activities.get({
      query: {
        offset: 0,
        limit: 0,
        activity_name: '',
        activity_status: 'CREATE_ACT_STATUS',
        award_type: 'BUSIFAVOR',
      },
    })
    console.log(data)
  }
  // 查询活动详情接口
  {
    const { data } = await client.request('GET /v3/marketing/paygiftactivity/activities/{activity_id}', {
      params: {
        activity_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.paygiftactivity.activities['{activity_id}'].get({
      params: {
        activity_id: '',
      },
    })
    console.log(data)
  }
  // 查询活动指定商品列表
  {
    const { data } = await client.request('GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods', {
      params: {
        activity_id: '',
      },
      query: {
        offset: 1,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.paygiftactivity.activities['{activity_id}'].goods.get({
      params: {
        activity_id: '',
      },
      query: {
        offset: 1,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 查询活动发券商户号
  {
    const { data } = await client.request('GET /v3/marketing/paygiftactivity/activities/{activity_id}/merchants', {
      params: {
        activity_id: '',
      },
      query: {
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.paygiftactivity.activities['{activity_id}'].merchants.get({
      params: {
        activity_id: '',
      },
      query: {
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 新增活动发券商户号
  {
    const { data } = await client.request('POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add', {
      params: {
        activity_id: '',
      },
      json: {
        merchant_id_list: ['string'],
        add_request_no: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.paygiftactivity.activities['{activity_id}'].merchants.add.post({
      params: {
        activity_id: '',
      },
      json: {
        merchant_id_list: ['string'],
        add_request_no: '',
      },
    })
    console.log(data)
  }
  // 删除活动发券商户号
  {
    const { data } = await client.request('POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete', {
      params: {
        activity_id: '',
      },
      json: {
        merchant_id_list: ['100123456'],
        delete_request_no: '100002322019090134234sfdf',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.chain('v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete').post({
      params: {
        activity_id: '',
      },
      json: {
        merchant_id_list: ['100123456'],
        delete_request_no: '100002322019090134234sfdf',
      },
    })
    console.log(data)
  }
  // 终止活动
  {
    const { data } = await client.request('POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate', {
      params: {
        activity_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.paygiftactivity.activities['{activity_id}'].terminate.post({
      params: {
        activity_id: '',
      },
    })
    console.log(data)
  }
  // 创建全场满额送活动
  {
    const { data } = await client.request('POST /v3/marketing/paygiftactivity/unique-threshold-activity', {
      json: {
        activity_base_info: {
          activity_name: '',
          activity_second_title: '',
          merchant_logo_url: '',
          background_color: 'Color010',
          begin_time: '',
          end_time: '',
          available_periods: {
            available_time: [
              {
                begin_time: '',
                end_time: '',
              },
            ],
            available_day_time: [
              {
                begin_day_time: '',
                end_day_time: '',
              },
            ],
          },
          out_request_no: '',
          delivery_purpose: 'OFF_LINE_PAY',
          mini_programs_appid: '',
          mini_programs_path: '',
        },
        advanced_setting: {
          delivery_user_category: 'BUSIFAVOR',
          merchant_member_appid: '',
          payment_mode: {
            payment_scene_list: ['APP_SCENE'],
            payment_method_information: {
              payment_method: 'CFT',
              bank_abbreviation: '',
            },
          },
          goods_tags: ['string'],
          payment_method_information: {
            payment_method: 'CFT',
            bank_abbreviation: '',
          },
        },
        award_send_rule: {
          award_type: 'BUSIFAVOR',
          merchant_option: 'IN_SEVICE_COUPON_MERCHANT',
          transaction_amount_minimum: 0,
          send_content: 'SINGLE_COUPON',
          award_list: [
            {
              stock_id: '',
              original_image_url: '',
              thumbnail_url: '',
            },
          ],
          merchant_id_list: ['string'],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.paygiftactivity['unique-threshold-activity'].post({
      json: {
        activity_base_info: {
          activity_name: '',
          activity_second_title: '',
          merchant_logo_url: '',
          background_color: 'Color010',
          begin_time: '',
          end_time: '',
          available_periods: {
            available_time: [
              {
                begin_time: '',
                end_time: '',
              },
            ],
            available_day_time: [
              {
                begin_day_time: '',
                end_day_time: '',
              },
            ],
          },
          out_request_no: '',
          delivery_purpose: 'OFF_LINE_PAY',
          mini_programs_appid: '',
          mini_programs_path: '',
        },
        advanced_setting: {
          delivery_user_category: 'BUSIFAVOR',
          merchant_member_appid: '',
          payment_mode: {
            payment_scene_list: ['APP_SCENE'],
            payment_method_information: {
              payment_method: 'CFT',
              bank_abbreviation: '',
            },
          },
          goods_tags: ['string'],
          payment_method_information: {
            payment_method: 'CFT',
            bank_abbreviation: '',
          },
        },
        award_send_rule: {
          award_type: 'BUSIFAVOR',
          merchant_option: 'IN_SEVICE_COUPON_MERCHANT',
          transaction_amount_minimum: 0,
          send_content: 'SINGLE_COUPON',
          award_list: [
            {
              stock_id: '',
              original_image_url: '',
              thumbnail_url: '',
            },
          ],
          merchant_id_list: ['string'],
        },
      },
    })
    console.log(data)
  }
}
