// payscore/oversea: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询支付分订单
  {
    const { data } = await client.request('GET /v3/payscore/oversea/partner/serviceorder', {
      query: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        out_order_no: '1234323JKHDFE1243252',
        query_id: '15646546545165651651',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.oversea.partner.serviceorder.get({
      query: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        out_order_no: '1234323JKHDFE1243252',
        query_id: '15646546545165651651',
      },
    })
    console.log(data)
  }
  // 创建支付分订单
  {
    const { data } = await client.request('POST /v3/payscore/oversea/partner/serviceorder', {
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        out_order_no: '1234323JKHDFE1243252',
        currency: 'HKD',
        service_introduction: 'XX充电宝',
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
        risk_fund: {
          name: 'DEPOSIT',
          amount: 10000,
          description: '就餐的预估费用',
        },
        time_range: {
          start_time: '2019-11-11T16:24:05+08:00',
          end_time: '2019-11-11T16:24:05+08:00',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
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
    const { data } = await client.v3.payscore.oversea.partner.serviceorder.post({
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        out_order_no: '1234323JKHDFE1243252',
        currency: 'HKD',
        service_introduction: 'XX充电宝',
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
        risk_fund: {
          name: 'DEPOSIT',
          amount: 10000,
          description: '就餐的预估费用',
        },
        time_range: {
          start_time: '2019-11-11T16:24:05+08:00',
          end_time: '2019-11-11T16:24:05+08:00',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
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
  // 取消支付分订单
  {
    const { status } = await client.request('POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel', {
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
    const { status } = await client.v3.payscore.oversea.partner.serviceorder['{out_order_no}'].cancel.post({
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
    const { status } = await client.request('POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete', {
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
        currency: 'HKD',
        time_range: {
          start_time: '2019-11-11T16:24:05+08:00',
          end_time: '2019-11-11T16:24:05+08:00',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
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
    const { status } = await client.v3.payscore.oversea.partner.serviceorder['{out_order_no}'].complete.post({
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
        currency: 'HKD',
        time_range: {
          start_time: '2019-11-11T16:24:05+08:00',
          end_time: '2019-11-11T16:24:05+08:00',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
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
  // 同步支付分订单信息
  {
    const { status } = await client.request('POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync', {
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        type: 'Order_Paid',
        detail: {
          seq: 1,
          paid_time: '2019-11-11T16:24:05+08:00',
          paid_amount: 1,
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.payscore.oversea.partner.serviceorder['{out_order_no}'].sync.post({
      params: {
        out_order_no: '1234323JKHDFE1243252',
      },
      json: {
        service_id: '2002000000000558128851361561536',
        sub_mchid: '1900000109',
        type: 'Order_Paid',
        detail: {
          seq: 1,
          paid_time: '2019-11-11T16:24:05+08:00',
          paid_amount: 1,
        },
      },
    })
    console.log(status)
  }
}
