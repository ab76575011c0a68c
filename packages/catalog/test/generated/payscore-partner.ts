// payscore/partner: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 商户预授权
  {
    const { data } = await client.request('POST /v3/payscore/partner/permissions', {
      json: {
        service_id: 'service_id',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        authorization_code: '1234323JKHDFE1243252',
        notify_url: 'http://www.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.permissions.post({
      json: {
        service_id: 'service_id',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        authorization_code: '1234323JKHDFE1243252',
        notify_url: 'http://www.qq.com',
      },
    })
    console.log(data)
  }
  // 服务商场景中预授权
  {
    const { data } = await client.request('POST /v3/payscore/partner/permissions/apply-for-scene', {
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        authorization_code: '实例1234323JKHDFE1243252',
        notify_url: 'http://www.qq.com',
        scene: 'TRANSACTION',
        transaction_scene_info: {
          mchid: '1230000109',
          sub_mchid: '1230000109',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.permissions['apply-for-scene'].post({
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        authorization_code: '实例1234323JKHDFE1243252',
        notify_url: 'http://www.qq.com',
        scene: 'TRANSACTION',
        transaction_scene_info: {
          mchid: '1230000109',
          sub_mchid: '1230000109',
        },
      },
    })
    console.log(data)
  }
  // 服务商评估用户分层
  {
    const { data } = await client.request('POST /v3/payscore/partner/permissions/assess-user-risk-level', {
      query: {
        sub_mchid: '1230000109',
      },
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        authorization_code: '1234323JKHDFE1243252',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        shopping_info: {
          goods: [
            {
              name: '森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪',
              picture: 'http://mmbiz.qpic.cn/mmbiz_png/ldTw9dg46zkjOrzyTkbQAvQkysliaiblZhdthZWewgQMyqLZwStaNEsJrYmjwh2MlK7G4wibAFOEuISQKplSnxMWA/640?wx_fmt=png&wxfrom=200',
              amount: 550,
              count: 1,
              category_id: ['string'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.permissions['assess-user-risk-level'].post({
      query: {
        sub_mchid: '1230000109',
      },
      json: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        authorization_code: '1234323JKHDFE1243252',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        shopping_info: {
          goods: [
            {
              name: '森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪',
              picture: 'http://mmbiz.qpic.cn/mmbiz_png/ldTw9dg46zkjOrzyTkbQAvQkysliaiblZhdthZWewgQMyqLZwStaNEsJrYmjwh2MlK7G4wibAFOEuISQKplSnxMWA/640?wx_fmt=png&wxfrom=200',
              amount: 550,
              count: 1,
              category_id: ['string'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // 查询与用户授权记录（授权协议号）
  {
    const { data } = await client.request('GET /v3/payscore/partner/permissions/authorization-code/{authorization_code}', {
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      query: {
        service_id: '500001',
        sub_mchid: '1230000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.permissions['authorization-code']['{authorization_code}'].get({
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      query: {
        service_id: '500001',
        sub_mchid: '1230000109',
      },
    })
    console.log(data)
  }
  // 解除用户授权关系（授权协议号）
  {
    const { status } = await client.request('POST /v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate', {
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '500001',
        sub_mchid: '1230000109',
        reason: '撤销原因',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.permissions['authorization-code']['{authorization_code}'].terminate.post({
      params: {
        authorization_code: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '500001',
        sub_mchid: '1230000109',
        reason: '撤销原因',
      },
    })
    console.log(status)
  }
  // 查询与用户授权记录（openid）
  {
    const { data } = await client.request('GET /v3/payscore/partner/permissions/search', {
      query: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.permissions.search.get({
      query: {
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 解除用户授权关系（openid）
  {
    const { status } = await client.request('POST /v3/payscore/partner/permissions/terminate', {
      json: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: '',
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        reason: 'reason',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.permissions.terminate.post({
      json: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: '',
        service_id: '500001',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        reason: 'reason',
      },
    })
    console.log(status)
  }
  // 收付通子商户申请绑定支付分服务
  {
    const { data } = await client.request('POST /v3/payscore/partner/service-account-applications', {
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        out_apply_no: '1234323JKHDFE1243252',
        result_notify_url: 'https://api.test.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner['service-account-applications'].post({
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        out_apply_no: '1234323JKHDFE1243252',
        result_notify_url: 'https://api.test.com',
      },
    })
    console.log(data)
  }
  // 查询收付通子商户服务绑定结果
  {
    const { data } = await client.request('GET /v3/payscore/partner/service-account-applications/{out_apply_no}', {
      params: {
        out_apply_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner['service-account-applications']['{out_apply_no}'].get({
      params: {
        out_apply_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  // 查询支付分订单
  {
    const { data } = await client.request('GET /v3/payscore/partner/serviceorder', {
      query: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        out_order_no: '1234323JKHDFE1243252',
        query_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.serviceorder.get({
      query: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        out_order_no: '1234323JKHDFE1243252',
        query_id: '',
      },
    })
    console.log(data)
  }
  // 创建支付分订单
  {
    const { data } = await client.request('POST /v3/payscore/partner/serviceorder', {
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        out_order_no: '1234323JKHDFE1243252',
        service_introduction: 'XX充电宝',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        risk_fund: {
          name: 'DEPOSIT',
          amount: 10000,
          description: '就餐的预估费用',
        },
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        need_user_confirm: true,
        notify_url: 'https://api.test.com',
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.serviceorder.post({
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        out_order_no: '1234323JKHDFE1243252',
        service_introduction: 'XX充电宝',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        risk_fund: {
          name: 'DEPOSIT',
          amount: 10000,
          description: '就餐的预估费用',
        },
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        need_user_confirm: true,
        notify_url: 'https://api.test.com',
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(data)
  }
  // 创单结单合并
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/direct-complete', {
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        out_order_no: '1234323JKHDFE1243252',
        service_introduction: 'XX充电宝',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        total_amount: 50000,
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        profit_sharing: true,
        goods_tag: 'goods_tag',
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        notify_url: 'https://api.test.com',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['direct-complete'].post({
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        out_order_no: '1234323JKHDFE1243252',
        service_introduction: 'XX充电宝',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        total_amount: 50000,
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        profit_sharing: true,
        goods_tag: 'goods_tag',
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        notify_url: 'https://api.test.com',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(status)
  }
  // 取消支付分订单
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/{out_order_no}/cancel', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        reason: '用户投诉',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['{out_order_no}'].cancel.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        reason: '用户投诉',
      },
    })
    console.log(status)
  }
  // 完结支付分订单
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/{out_order_no}/complete', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        total_amount: 50000,
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        profit_sharing: true,
        complete_time: '2019-11-11T16:24:05+08:00',
        goods_tag: 'goods_tag',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['{out_order_no}'].complete.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        total_amount: 50000,
        time_range: {
          start_time: '20091225091010',
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        profit_sharing: true,
        complete_time: '2019-11-11T16:24:05+08:00',
        goods_tag: 'goods_tag',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(status)
  }
  // 修改订单金额
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/{out_order_no}/modify', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        total_amount: 50000,
        reason: '用户投诉',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['{out_order_no}'].modify.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            description: '就餐人均100元',
            amount: 40000,
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
        total_amount: 50000,
        reason: '用户投诉',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(status)
  }
  // 商户发起催收扣款
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/{out_order_no}/pay', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['{out_order_no}'].pay.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 下发服务费用待处理消息
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage', {
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            amount: 40000,
            description: '就餐人均100元',
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
        total_amount: 50000,
        prepaid_time: '20231218',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['{out_order_no}']['send-pendingmessage'].post({
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            amount: 40000,
            description: '就餐人均100元',
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
        total_amount: 50000,
        prepaid_time: '20231218',
      },
    })
    console.log(status)
  }
  // 下发服务预扣费消息
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage', {
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            amount: 40000,
            description: '就餐人均100元',
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
        total_amount: 50000,
        prepaid_time: '20231218',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['{out_order_no}']['send-prepaidmessage'].post({
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        post_payments: [
          {
            name: '就餐费用',
            amount: 40000,
            description: '就餐人均100元',
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
        total_amount: 50000,
        prepaid_time: '20231218',
      },
    })
    console.log(status)
  }
  // 同步订单信息
  {
    const { status } = await client.request('POST /v3/payscore/partner/serviceorder/{out_order_no}/sync', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        type: 'Order_Paid',
        detail: {
          seq: 1,
          paid_time: '20091225091210',
          paid_amount: 1,
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.partner.serviceorder['{out_order_no}'].sync.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        type: 'Order_Paid',
        detail: {
          seq: 1,
          paid_time: '20091225091210',
          paid_amount: 1,
        },
      },
    })
    console.log(status)
  }
  // 创建先用后付订单
  {
    const { data } = await client.request('POST /v3/payscore/partner/servicepayondeliveryorder', {
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
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
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
    const { data } = await client.v3.payscore.partner.servicepayondeliveryorder.post({
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
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
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
  // 查询用户分层对应建议先享金额
  {
    const { data } = await client.request('GET /v3/payscore/partner/servicequotas/service-id/{service_id}', {
      params: {
        service_id: '2002000000000558128851361561536',
      },
      query: {
        sub_mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        risk_level_version: 1,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.partner.servicequotas['service-id']['{service_id}'].get({
      params: {
        service_id: '2002000000000558128851361561536',
      },
      query: {
        sub_mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        risk_level_version: 1,
      },
    })
    console.log(data)
  }
}
