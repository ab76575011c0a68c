// brand/card: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询商家名片配置申请状态
  {
    const { data } = await client.request('GET /v3/brand/card/card-configs', {
      query: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-configs'].get({
      query: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 提交商家名片配置申请
  {
    const { data } = await client.request('POST /v3/brand/card/card-configs', {
      json: {
        business_code: '1900013511_10000',
        brand_id: '1004',
        brand_mini_program_info: {
          appid: 'wx1234567890abcdef',
          default_jump_path: 'pages/shop/index',
        },
        brand_customer_service: {
          customer_service_type: 'MINI_PROGRAM',
          customer_service_phone: '12345678900',
          customer_service_path: 'pages/service/index',
          appid: 'wx1234567890abcdef',
        },
        service_list: [
          {
            service_classify_name: '会员服务',
            service_name: '会员中心',
            service_jump_type: 'JUMP_MINI_PROGRAM',
            service_jump_path: 'pages/shop/index',
            appid: 'wx1234567890abcdef',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-configs'].post({
      json: {
        business_code: '1900013511_10000',
        brand_id: '1004',
        brand_mini_program_info: {
          appid: 'wx1234567890abcdef',
          default_jump_path: 'pages/shop/index',
        },
        brand_customer_service: {
          customer_service_type: 'MINI_PROGRAM',
          customer_service_phone: '12345678900',
          customer_service_path: 'pages/service/index',
          appid: 'wx1234567890abcdef',
        },
        service_list: [
          {
            service_classify_name: '会员服务',
            service_name: '会员中心',
            service_jump_type: 'JUMP_MINI_PROGRAM',
            service_jump_path: 'pages/shop/index',
            appid: 'wx1234567890abcdef',
          },
        ],
      },
    })
    console.log(data)
  }
  // 撤销商家名片配置申请
  {
    const { data } = await client.request('POST /v3/brand/card/card-configs/cancel-applyment', {
      json: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-configs']['cancel-applyment'].post({
      json: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  // 获取商家名片预览二维码
  {
    const { data } = await client.request('GET /v3/brand/card/card-configs/preview-url', {
      query: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-configs']['preview-url'].get({
      query: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 发布商家名片配置
  {
    const { data } = await client.request('POST /v3/brand/card/card-configs/publish', {
      json: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '1004',
        publish_type: 'SCHEDULED_PUBLISH',
        scheduled_publish_time: '2025-05-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-configs'].publish.post({
      json: {
        business_code: '1900013511_10000',
        applyment_id: '1111111111',
        brand_id: '1004',
        publish_type: 'SCHEDULED_PUBLISH',
        scheduled_publish_time: '2025-05-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  // 查询已生效交易连接名片规则
  {
    const { data } = await client.request('GET /v3/brand/card/card-links', {
      query: {
        brand_id: '120344',
        payment_scene: 'MINI_PROGRAM',
        page_index: 1,
        page_size: 50,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-links'].get({
      query: {
        brand_id: '120344',
        payment_scene: 'MINI_PROGRAM',
        page_index: 1,
        page_size: 50,
      },
    })
    console.log(data)
  }
  // 添加交易连接名片规则申请
  {
    const { data } = await client.request('POST /v3/brand/card/card-links', {
      json: {
        business_code: '1900013511_10000',
        brand_id: '1004',
        payment_scene: 'MINI_PROGRAM',
        appid: 'wxea9c30890f48d5ae',
        card_link_mchid: '111222333',
        service_id: '00005000000000548218251086296300',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-links'].post({
      json: {
        business_code: '1900013511_10000',
        brand_id: '1004',
        payment_scene: 'MINI_PROGRAM',
        appid: 'wxea9c30890f48d5ae',
        card_link_mchid: '111222333',
        service_id: '00005000000000548218251086296300',
      },
    })
    console.log(data)
  }
  // 根据业务申请编号查询添加申请状态
  {
    const { data } = await client.request('GET /v3/brand/card/card-links/business-code/{business_code}', {
      params: {
        business_code: '1900013511_10000',
      },
      query: {
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-links']['business-code']['{business_code}'].get({
      params: {
        business_code: '1900013511_10000',
      },
      query: {
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 撤销交易连接名片配置申请
  {
    const { data } = await client.request('POST /v3/brand/card/card-links/cancel-applyment', {
      json: {
        business_code: '1900013511_10000',
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-links']['cancel-applyment'].post({
      json: {
        business_code: '1900013511_10000',
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  // 解除已生效交易连接名片场景
  {
    const { data } = await client.request('POST /v3/brand/card/card-links/unbind-card-link', {
      json: {
        brand_id: '1004',
        payment_scene: 'MINI_PROGRAM',
        appid: 'wxea9c30890f48d5ae',
        card_link_mchid: '111222333',
        service_id: '00005000000000548218251086296300',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.card['card-links']['unbind-card-link'].post({
      json: {
        brand_id: '1004',
        payment_scene: 'MINI_PROGRAM',
        appid: 'wxea9c30890f48d5ae',
        card_link_mchid: '111222333',
        service_id: '00005000000000548218251086296300',
      },
    })
    console.log(data)
  }
}
