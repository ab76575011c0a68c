// marketing/favor: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 获取已设置的消息通知地址
  {
    const { data } = await client.request('GET /v3/marketing/favor/callbacks', {
      query: {
        mchid: '9856888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.callbacks.get({
      query: {
        mchid: '9856888',
      },
    })
    console.log(data)
  }
  // 设置消息通知地址
  {
    const { data } = await client.request('POST /v3/marketing/favor/callbacks', {
      json: {
        mchid: '9856888',
        notify_url: 'https://pay.weixin.qq.com',
        switch: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.callbacks.post({
      json: {
        mchid: '9856888',
        notify_url: 'https://pay.weixin.qq.com',
        switch: true,
      },
    })
    console.log(data)
  }
  // 创建代金券批次
  {
    const { data } = await client.request('POST /v3/marketing/favor/coupon-stocks', {
      json: {
        stock_name: '微信支付代金券批次',
        available_begin_time: '2015-05-20T13:29:35.120+08:00',
        available_end_time: '2015-05-20T13:29:35.120+08:00',
        stock_use_rule: {
          max_coupons: 0,
          max_amount: 0,
          max_amount_by_day: 0,
          max_coupons_per_user: 0,
          natural_person_limit: true,
          prevent_api_abuse: true,
        },
        no_cash: true,
        stock_type: 'NORMAL',
        comment: '零售批次',
        belong_merchant: '98568865',
        pattern_info: {
          description: '',
          merchant_logo: '',
          merchant_name: '',
          background_color: 'Color010',
          coupon_image: '',
          jump_target: 'PAYMENT_CODE',
          mini_program_appid: '',
          mini_program_path: '',
        },
        coupon_use_rule: {
          coupon_available_time: {
            available_begin_time: '',
            available_end_time: '',
            fix_available_time: {
              available_week_day: [0, 1, 2, 3, 4, 5, 6],
              begin_time: 3600,
              end_time: 86399,
            },
            second_day_available: true,
            available_time_after_receive: 0,
          },
          fixed_normal_coupon: {
            coupon_amount: 0,
            transaction_minimum: 0,
          },
          discount_coupon: {
            discount_amount_max: 0,
            discount_percent: 0,
            transaction_minimum: 0,
          },
          exchange_coupon: {
            exchange_price: 0,
            transaction_minimum: 0,
          },
          goods_tag: ['123321'],
          limit_pay: ['ICBC_CREDIT'],
          limit_card: {
            name: '精粹白金',
            bin: ['62123456'],
          },
          trade_type: ['MICROAPP'],
          available_items: ['123321'],
          unavailable_items: ['789987'],
          available_merchants: ['9856000'],
          combine_use: true,
        },
        out_request_no: '',
        ext_info: '{"exinfo1":"1234","exinfo2":"3456"}',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor['coupon-stocks'].post({
      json: {
        stock_name: '微信支付代金券批次',
        available_begin_time: '2015-05-20T13:29:35.120+08:00',
        available_end_time: '2015-05-20T13:29:35.120+08:00',
        stock_use_rule: {
          max_coupons: 0,
          max_amount: 0,
          max_amount_by_day: 0,
          max_coupons_per_user: 0,
          natural_person_limit: true,
          prevent_api_abuse: true,
        },
        no_cash: true,
        stock_type: 'NORMAL',
        comment: '零售批次',
        belong_merchant: '98568865',
        pattern_info: {
          description: '',
          merchant_logo: '',
          merchant_name: '',
          background_color: 'Color010',
          coupon_image: '',
          jump_target: 'PAYMENT_CODE',
          mini_program_appid: '',
          mini_program_path: '',
        },
        coupon_use_rule: {
          coupon_available_time: {
            available_begin_time: '',
            available_end_time: '',
            fix_available_time: {
              available_week_day: [0, 1, 2, 3, 4, 5, 6],
              begin_time: 3600,
              end_time: 86399,
            },
            second_day_available: true,
            available_time_after_receive: 0,
          },
          fixed_normal_coupon: {
            coupon_amount: 0,
            transaction_minimum: 0,
          },
          discount_coupon: {
            discount_amount_max: 0,
            discount_percent: 0,
            transaction_minimum: 0,
          },
          exchange_coupon: {
            exchange_price: 0,
            transaction_minimum: 0,
          },
          goods_tag: ['123321'],
          limit_pay: ['ICBC_CREDIT'],
          limit_card: {
            name: '精粹白金',
            bin: ['62123456'],
          },
          trade_type: ['MICROAPP'],
          available_items: ['123321'],
          unavailable_items: ['789987'],
          available_merchants: ['9856000'],
          combine_use: true,
        },
        out_request_no: '',
        ext_info: '{"exinfo1":"1234","exinfo2":"3456"}',
      },
    })
    console.log(data)
  }
  // （营销）图片上传
  {
    const { data } = await client.request('POST /v3/marketing/favor/media/image-upload', {
      multipart: {
        file,
        filename: 'logo.png',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.media['image-upload'].post({
      multipart: {
        file,
        filename: 'logo.png',
      },
    })
    console.log(data)
  }
  // 条件查询批次列表
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks', {
      query: {
        offset: 0,
        limit: 0,
        stock_creator_mchid: '',
        create_start_time: '2015-05-20T13:29:35.120+08:00',
        create_end_time: '2015-05-20T13:29:35.120+08:00',
        status: 'unactivated',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks.get({
      query: {
        offset: 0,
        limit: 0,
        stock_creator_mchid: '',
        create_start_time: '2015-05-20T13:29:35.120+08:00',
        create_end_time: '2015-05-20T13:29:35.120+08:00',
        status: 'unactivated',
      },
    })
    console.log(data)
  }
  // 查询批次详情
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks/{stock_id}', {
      params: {
        stock_id: '',
      },
      query: {
        stock_creator_mchid: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}'].get({
      params: {
        stock_id: '',
      },
      query: {
        stock_creator_mchid: '',
      },
    })
    console.log(data)
  }
  // 查询代金券可用单品
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks/{stock_id}/items', {
      params: {
        stock_id: '',
      },
      query: {
        stock_creator_mchid: '',
        offset: 0,
        limit: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}'].items.get({
      params: {
        stock_id: '',
      },
      query: {
        stock_creator_mchid: '',
        offset: 0,
        limit: '',
      },
    })
    console.log(data)
  }
  // 查询代金券可用商户
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks/{stock_id}/merchants', {
      params: {
        stock_id: '',
      },
      query: {
        offset: 0,
        limit: '',
        stock_creator_mchid: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}'].merchants.get({
      params: {
        stock_id: '',
      },
      query: {
        offset: 0,
        limit: '',
        stock_creator_mchid: '',
      },
    })
    console.log(data)
  }
  // 修改可用单品编码
  {
    const { data } = await client.request('POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id', {
      params: {
        stock_id: '9865000',
      },
      json: {
        stock_creator_mchid: '8956000',
        add_goods_id_list: ['8956000'],
        delete_goods_id_list: ['8956000'],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}']['modify-goods-id'].post({
      params: {
        stock_id: '9865000',
      },
      json: {
        stock_creator_mchid: '8956000',
        add_goods_id_list: ['8956000'],
        delete_goods_id_list: ['8956000'],
      },
    })
    console.log(data)
  }
  // 暂停代金券批次
  {
    const { data } = await client.request('POST /v3/marketing/favor/stocks/{stock_id}/pause', {
      params: {
        stock_id: '',
      },
      json: {
        stock_creator_mchid: '8956000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}'].pause.post({
      params: {
        stock_id: '',
      },
      json: {
        stock_creator_mchid: '8956000',
      },
    })
    console.log(data)
  }
  // 下载批次退款明细
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks/{stock_id}/refund-flow', {
      params: {
        stock_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}']['refund-flow'].get({
      params: {
        stock_id: '',
      },
    })
    console.log(data)
  }
  // 获取批次退款明细下载链接
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day', {
      params: {
        stock_id: '12356458',
      },
      query: {
        bill_date: '2025-08-09',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}']['refund-flow-by-day'].get({
      params: {
        stock_id: '12356458',
      },
      query: {
        bill_date: '2025-08-09',
      },
    })
    console.log(data)
  }
  // 重启代金券批次
  {
    const { data } = await client.request('POST /v3/marketing/favor/stocks/{stock_id}/restart', {
      params: {
        stock_id: '',
      },
      json: {
        stock_creator_mchid: '8956000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}'].restart.post({
      params: {
        stock_id: '',
      },
      json: {
        stock_creator_mchid: '8956000',
      },
    })
    console.log(data)
  }
  // 激活代金券批次
  {
    const { data } = await client.request('POST /v3/marketing/favor/stocks/{stock_id}/start', {
      params: {
        stock_id: '',
      },
      json: {
        stock_creator_mchid: '8956000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}'].start.post({
      params: {
        stock_id: '',
      },
      json: {
        stock_creator_mchid: '8956000',
      },
    })
    console.log(data)
  }
  // 下载批次核销明细
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks/{stock_id}/use-flow', {
      params: {
        stock_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}']['use-flow'].get({
      params: {
        stock_id: '',
      },
    })
    console.log(data)
  }
  // 获取批次核销明细下载链接
  {
    const { data } = await client.request('GET /v3/marketing/favor/stocks/{stock_id}/use-flow-by-day', {
      params: {
        stock_id: '12356458',
      },
      query: {
        bill_date: '2025-08-09',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.stocks['{stock_id}']['use-flow-by-day'].get({
      params: {
        stock_id: '12356458',
      },
      query: {
        bill_date: '2025-08-09',
      },
    })
    console.log(data)
  }
  // 根据商户号查用户的券
  {
    const { data } = await client.request('GET /v3/marketing/favor/users/{openid}/coupons', {
      params: {
        openid: '',
      },
      query: {
        appid: '',
        stock_id: '',
        status: 'SENDED',
        creator_mchid: '',
        sender_mchid: '',
        available_mchid: '',
        offset: 0,
        limit: 20,
        business_type: 'MULTIUSE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.users['{openid}'].coupons.get({
      params: {
        openid: '',
      },
      query: {
        appid: '',
        stock_id: '',
        status: 'SENDED',
        creator_mchid: '',
        sender_mchid: '',
        available_mchid: '',
        offset: 0,
        limit: 20,
        business_type: 'MULTIUSE',
      },
    })
    console.log(data)
  }
  // 发放代金券
  {
    const { data } = await client.request('POST /v3/marketing/favor/users/{openid}/coupons', {
      params: {
        openid: '',
      },
      json: {
        stock_id: '9856000',
        out_request_no: '89560002019101000121',
        appid: 'wx233544546545989',
        stock_creator_mchid: '8956000',
        coupon_value: 100,
        coupon_minimum: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.users['{openid}'].coupons.post({
      params: {
        openid: '',
      },
      json: {
        stock_id: '9856000',
        out_request_no: '89560002019101000121',
        appid: 'wx233544546545989',
        stock_creator_mchid: '8956000',
        coupon_value: 100,
        coupon_minimum: 100,
      },
    })
    console.log(data)
  }
  // 查询代金券详情
  {
    const { data } = await client.request('GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}', {
      params: {
        openid: '',
        coupon_id: '',
      },
      query: {
        appid: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.favor.users['{openid}'].coupons['{coupon_id}'].get({
      params: {
        openid: '',
        coupon_id: '',
      },
      query: {
        appid: '',
      },
    })
    console.log(data)
  }
}
