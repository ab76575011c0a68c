// payscore: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 商户申请获取对账单
  {
    const { data } = await client.request('GET /v3/payscore/merchant-bill', {
      query: {
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
        encryption_algorithm: 'AEAD_AES_256_GCM',
        service_id: '2002000000000558128851361561536',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['merchant-bill'].get({
      query: {
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
        encryption_algorithm: 'AEAD_AES_256_GCM',
        service_id: '2002000000000558128851361561536',
      },
    })
    console.log(data)
  }
  // 创建先用后付订单
  {
    const { data } = await client.request('POST /v3/payscore/servicepayondeliveryorder', {
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        service_introduction: '某某酒店',
        post_payments: [
          {
            name: '就餐费用, 服务费',
            amount: 40000,
            description: '就餐人均100元，服务费：100/小时',
            count: 4,
          },
        ],
        post_discounts: [
          {
            name: '满20减1元',
            description: '不与其他优惠叠加',
            amount: 100,
            count: 2,
          },
        ],
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '备注1',
          end_time: '20091225121010',
          end_time_remark: '备注2',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        risk_fund: {
          name: 'DEPOSIT',
          amount: 10000,
          description: '就餐的预估费用',
        },
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        notify_url: 'https://api.test.com',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        need_user_confirm: true,
        mchid: '1230000109',
        shopping_info: {
          real_merchant_appid: 'wxd678efh567hg6787',
          jump_link: {
            jump_link_type: 'JUMP_LINK_MINI_PROGRAM',
            appid: '',
            path: '',
          },
          goods: [
            {
              name: '森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪',
              picture: 'http://mmbiz.qpic.cn/mmbiz_png/ldTw9dg46zkjOrzyTkbQAvQkysliaiblZhdthZWewgQMyqLZwStaNEsJrYmjwh2MlK7G4wibAFOEuISQKplSnxMWA/640?wx_fmt=png&wxfrom=200',
              amount: 40000,
              count: 4,
              category_id: ['string'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.servicepayondeliveryorder.post({
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        service_introduction: '某某酒店',
        post_payments: [
          {
            name: '就餐费用, 服务费',
            amount: 40000,
            description: '就餐人均100元，服务费：100/小时',
            count: 4,
          },
        ],
        post_discounts: [
          {
            name: '满20减1元',
            description: '不与其他优惠叠加',
            amount: 100,
            count: 2,
          },
        ],
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '备注1',
          end_time: '20091225121010',
          end_time_remark: '备注2',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        risk_fund: {
          name: 'DEPOSIT',
          amount: 10000,
          description: '就餐的预估费用',
        },
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        notify_url: 'https://api.test.com',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        need_user_confirm: true,
        mchid: '1230000109',
        shopping_info: {
          real_merchant_appid: 'wxd678efh567hg6787',
          jump_link: {
            jump_link_type: 'JUMP_LINK_MINI_PROGRAM',
            appid: '',
            path: '',
          },
          goods: [
            {
              name: '森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪',
              picture: 'http://mmbiz.qpic.cn/mmbiz_png/ldTw9dg46zkjOrzyTkbQAvQkysliaiblZhdthZWewgQMyqLZwStaNEsJrYmjwh2MlK7G4wibAFOEuISQKplSnxMWA/640?wx_fmt=png&wxfrom=200',
              amount: 40000,
              count: 4,
              category_id: ['string'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // 查询用户授权状态
  {
    const { data } = await client.request('GET /v3/payscore/user-service-state', {
      query: {
        appid: '',
        service_id: '',
        openid: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['user-service-state'].get({
      query: {
        appid: '',
        service_id: '',
        openid: '',
      },
    })
    console.log(data)
  }
  // 商户解除用户授权关系
  {
    const { status } = await client.request('POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate', {
      params: {
        openid: '',
        service_id: '',
      },
      json: {
        appid: '',
        reason: '',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.users['{openid}'].permissions['{service_id}'].terminate.post({
      params: {
        openid: '',
        service_id: '',
      },
      json: {
        appid: '',
        reason: '',
      },
    })
    console.log(status)
  }
}
