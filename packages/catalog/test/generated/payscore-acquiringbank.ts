// payscore/acquiringbank: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 从业机构预授权
  {
    const { data } = await client.request('POST /v3/payscore/acquiringbank/permissions', {
      json: {
        service_id: 'service_id',
        channel_id: '1230000109',
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
    const { data } = await client.v3.payscore.acquiringbank.permissions.post({
      json: {
        service_id: 'service_id',
        channel_id: '1230000109',
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        authorization_code: '1234323JKHDFE1243252',
        notify_url: 'http://www.qq.com',
      },
    })
    console.log(data)
  }
  // 从业机构查询与用户授权记录（授权协议号）
  {
    const { data } = await client.request('GET /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}', {
      params: {
        authorization_code: '1275342195190894594',
      },
      query: {
        service_id: '500001',
        channel_id: '1230000109',
        sub_mchid: '1230000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.acquiringbank.permissions['authorization-code']['{authorization_code}'].get({
      params: {
        authorization_code: '1275342195190894594',
      },
      query: {
        service_id: '500001',
        channel_id: '1230000109',
        sub_mchid: '1230000109',
      },
    })
    console.log(data)
  }
  // 从业机构解除用户授权关系（授权协议号）
  {
    const { status } = await client.request('POST /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate', {
      params: {
        authorization_code: '1275342195190894594',
      },
      json: {
        service_id: '500001',
        channel_id: '1230000109',
        sub_mchid: '1230000109',
        reason: '撤销原因',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.acquiringbank.permissions['authorization-code']['{authorization_code}'].terminate.post({
      params: {
        authorization_code: '1275342195190894594',
      },
      json: {
        service_id: '500001',
        channel_id: '1230000109',
        sub_mchid: '1230000109',
        reason: '撤销原因',
      },
    })
    console.log(status)
  }
  // 从业机构查询微信支付分订单
  {
    const { data } = await client.request('GET /v3/payscore/acquiringbank/serviceorder', {
      query: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
        out_order_no: '1234323JKHDFE1243252',
        query_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.acquiringbank.serviceorder.get({
      query: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
        out_order_no: '1234323JKHDFE1243252',
        query_id: '',
      },
    })
    console.log(data)
  }
  // 从业机构创建微信支付分订单
  {
    const { data } = await client.request('POST /v3/payscore/acquiringbank/serviceorder', {
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        channel_id: '1230000109',
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
            count: 2,
            amount: 40000,
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
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.acquiringbank.serviceorder.post({
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        channel_id: '1230000109',
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
            count: 2,
            amount: 40000,
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
      },
    })
    console.log(data)
  }
  // 从业机构查询微信支付分扣款信息
  {
    const { data } = await client.request('GET /v3/payscore/acquiringbank/serviceorder/deduction', {
      query: {
        service_id: '2002000000000558128851361561536',
        appid: '',
        sub_mchid: '1900000109',
        sub_appid: '',
        channel_id: '1230000109',
        out_order_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.acquiringbank.serviceorder.deduction.get({
      query: {
        service_id: '2002000000000558128851361561536',
        appid: '',
        sub_mchid: '1900000109',
        sub_appid: '',
        channel_id: '1230000109',
        out_order_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  // 从业机构取消微信支付分订单
  {
    const { status } = await client.request('POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        channel_id: '1230000109',
        sub_mchid: '1900000109',
        reason: '用户投诉',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.acquiringbank.serviceorder['{out_order_no}'].cancel.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        channel_id: '1230000109',
        sub_mchid: '1900000109',
        reason: '用户投诉',
      },
    })
    console.log(status)
  }
  // 从业机构完结微信支付分订单
  {
    const { status } = await client.request('POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        channel_id: '1230000109',
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
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.acquiringbank.serviceorder['{out_order_no}'].complete.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        channel_id: '1230000109',
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
      },
    })
    console.log(status)
  }
  // 从业机构修改微信支付分订单金额
  {
    const { status } = await client.request('POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
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
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.acquiringbank.serviceorder['{out_order_no}'].modify.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
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
      },
    })
    console.log(status)
  }
  // 从业机构登记微信支付分扣款信息
  {
    const { data } = await client.request('POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
        out_trade_no: '1234323JKHDFE1243252',
        sub_appid: 'wxd678efh567hg6999',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.acquiringbank.serviceorder['{out_order_no}'].registerdeductinfo.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
        out_trade_no: '1234323JKHDFE1243252',
        sub_appid: 'wxd678efh567hg6999',
      },
    })
    console.log(data)
  }
  // 从业机构同步微信支付分订单信息
  {
    const { status } = await client.request('POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
        type: 'Order_Paid',
        detail: {
          paid_time: '20091225091210',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.acquiringbank.serviceorder['{out_order_no}'].sync.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        channel_id: '1230000109',
        type: 'Order_Paid',
        detail: {
          paid_time: '20091225091210',
        },
      },
    })
    console.log(status)
  }
  // 从业机构创建先用后付订单
  {
    const { data } = await client.request('POST /v3/payscore/acquiringbank/servicepayondeliveryorder', {
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        channel_id: '1230000109',
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
              category_id: ['6032'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.acquiringbank.servicepayondeliveryorder.post({
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        channel_id: '1230000109',
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
              category_id: ['6032'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
}
