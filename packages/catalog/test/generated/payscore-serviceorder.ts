// payscore/serviceorder: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询支付分订单
  {
    const { data } = await client.request('GET /v3/payscore/serviceorder', {
      query: {
        out_order_no: '1234323JKHDFE1243252',
        query_id: '',
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.serviceorder.get({
      query: {
        out_order_no: '1234323JKHDFE1243252',
        query_id: '',
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
      },
    })
    console.log(data)
  }
  // 创建支付分订单
  {
    const { data } = await client.request('POST /v3/payscore/serviceorder', {
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        service_id: '2002000000000558128851361561536',
        service_introduction: '某某酒店',
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
            count: 2,
          },
        ],
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
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
    const { data } = await client.v3.payscore.serviceorder.post({
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        service_id: '2002000000000558128851361561536',
        service_introduction: '某某酒店',
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
            count: 2,
          },
        ],
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
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
    const { data } = await client.request('POST /v3/payscore/serviceorder/direct-complete', {
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
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
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        service_introduction: '某某酒店',
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        notify_url: 'https://api.test.com',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        total_amount: 50000,
        profit_sharing: true,
        goods_tag: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.serviceorder['direct-complete'].post({
      json: {
        out_order_no: '1234323JKHDFE1243252',
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
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
          start_time_remark: '开始租借时间',
          end_time: '20091225121010',
          end_time_remark: '租借结束时间',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        service_introduction: '某某酒店',
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        notify_url: 'https://api.test.com',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        total_amount: 50000,
        profit_sharing: true,
        goods_tag: '',
      },
    })
    console.log(data)
  }
  // 取消支付分订单
  {
    const { data } = await client.request('POST /v3/payscore/serviceorder/{out_order_no}/cancel', {
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        reason: '用户投诉',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.serviceorder['{out_order_no}'].cancel.post({
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        reason: '用户投诉',
      },
    })
    console.log(data)
  }
  // 完结支付分订单
  {
    const { data } = await client.request('POST /v3/payscore/serviceorder/{out_order_no}/complete', {
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '2002000000000558128851361561536',
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
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
        },
        location: {
          end_location: '嗨客时尚主题展餐厅',
        },
        profit_sharing: true,
        goods_tag: 'goods_tag',
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
    const { data } = await client.v3.payscore.serviceorder['{out_order_no}'].complete.post({
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '2002000000000558128851361561536',
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
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
        },
        location: {
          end_location: '嗨客时尚主题展餐厅',
        },
        profit_sharing: true,
        goods_tag: 'goods_tag',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(data)
  }
  // 修改订单金额
  {
    const { data } = await client.request('POST /v3/payscore/serviceorder/{out_order_no}/modify', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '2002000000000558128851361561536',
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
        reason: '用户投诉',
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
    const { data } = await client.v3.payscore.serviceorder['{out_order_no}'].modify.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '2002000000000558128851361561536',
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
        reason: '用户投诉',
        device: {
          start_device_id: 'HG123456',
          end_device_id: 'HG123456',
          materiel_no: 'example_materiel_no',
        },
      },
    })
    console.log(data)
  }
  // 商户发起催收扣款
  {
    const { data } = await client.request('POST /v3/payscore/serviceorder/{out_order_no}/pay', {
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.serviceorder['{out_order_no}'].pay.post({
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
      },
    })
    console.log(data)
  }
  // 下发服务费用待处理消息
  {
    const { status } = await client.request('POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage', {
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
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
    const { status } = await client.v3.payscore.serviceorder['{out_order_no}']['send-pendingmessage'].post({
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
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
    const { status } = await client.request('POST /v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage', {
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
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
    const { status } = await client.v3.payscore.serviceorder['{out_order_no}']['send-prepaidmessage'].post({
      params: {
        out_order_no: '',
      },
      json: {
        service_id: '2002000000000558128851361561536',
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
  // 同步服务订单信息
  {
    const { data } = await client.request('POST /v3/payscore/serviceorder/{out_order_no}/sync', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        type: 'Order_Paid',
        detail: {
          paid_time: '20091225091210',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.serviceorder['{out_order_no}'].sync.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        type: 'Order_Paid',
        detail: {
          paid_time: '20091225091210',
        },
      },
    })
    console.log(data)
  }
}
