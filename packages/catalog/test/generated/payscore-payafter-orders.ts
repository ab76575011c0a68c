// payscore/payafter-orders: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询先享后付订单
  {
    const { data } = await client.request('GET /v3/payscore/payafter-orders', {
      query: {
        service_id: '',
        out_order_no: '',
        query_id: '',
        appid: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['payafter-orders'].get({
      query: {
        service_id: '',
        out_order_no: '',
        query_id: '',
        appid: '',
      },
    })
    console.log(data)
  }
  // 创建先享后付订单
  {
    const { data } = await client.request('POST /v3/payscore/payafter-orders', {
      json: {
        appid: 'wxd678efh567hg6787',
        out_order_no: '1234323JKHDFE1243252',
        service_id: '500001',
        service_start_time: '',
        service_end_time: '',
        service_start_location: '',
        service_end_location: '',
        service_introduction: '',
        fees: [
          {
            fee_name: '',
            fee_count: 0,
            fee_amount: 0,
            fee_desc: '',
          },
        ],
        discounts: [
          {
            discount_name: '满20减1元',
            discount_desc: '不与其他优惠叠加',
          },
        ],
        risk_amount: 0,
        attach: '',
        need_user_confirm: true,
        openid: '',
        name: client.encrypt('用户姓名'),
        phone: client.encrypt('用户手机号'),
        userid: client.encrypt('用户身份证ID'),
        address: client.encrypt('用户收货地址'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['payafter-orders'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        out_order_no: '1234323JKHDFE1243252',
        service_id: '500001',
        service_start_time: '',
        service_end_time: '',
        service_start_location: '',
        service_end_location: '',
        service_introduction: '',
        fees: [
          {
            fee_name: '',
            fee_count: 0,
            fee_amount: 0,
            fee_desc: '',
          },
        ],
        discounts: [
          {
            discount_name: '满20减1元',
            discount_desc: '不与其他优惠叠加',
          },
        ],
        risk_amount: 0,
        attach: '',
        need_user_confirm: true,
        openid: '',
        name: client.encrypt('用户姓名'),
        phone: client.encrypt('用户手机号'),
        userid: client.encrypt('用户身份证ID'),
        address: client.encrypt('用户收货地址'),
      },
    })
    console.log(data)
  }
  // 撤销先享后付订单
  {
    const { data } = await client.request('POST /v3/payscore/payafter-orders/{out_order_no}/cancel', {
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
    const { data } = await client.v3.payscore['payafter-orders']['{out_order_no}'].cancel.post({
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
  // 完结先享后付订单
  {
    const { data } = await client.request('POST /v3/payscore/payafter-orders/{out_order_no}/complete', {
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        finish_type: 0,
        cancel_reason: '',
        real_service_start_time: '',
        real_service_end_time: '',
        real_service_end_location: '',
        fees: [
          {
            fee_name: '',
            fee_count: 0,
            fee_amount: 0,
            fee_desc: '',
          },
        ],
        discounts: [
          {
            discount_name: '满20减1元',
            discount_amount: 0,
            discount_desc: '不与其他优惠叠加',
          },
        ],
        total_amount: 0,
        finish_ticket: '',
        profit_sharing: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['payafter-orders']['{out_order_no}'].complete.post({
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        finish_type: 0,
        cancel_reason: '',
        real_service_start_time: '',
        real_service_end_time: '',
        real_service_end_location: '',
        fees: [
          {
            fee_name: '',
            fee_count: 0,
            fee_amount: 0,
            fee_desc: '',
          },
        ],
        discounts: [
          {
            discount_name: '满20减1元',
            discount_amount: 0,
            discount_desc: '不与其他优惠叠加',
          },
        ],
        total_amount: 0,
        finish_ticket: '',
        profit_sharing: true,
      },
    })
    console.log(data)
  }
  // 支付分订单同步
  {
    const { data } = await client.request('POST /v3/payscore/payafter-orders/{out_order_no}/sync', {
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        type: 'Order_Paid',
        detail: {
          paid_time: '20091225091010',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['payafter-orders']['{out_order_no}'].sync.post({
      params: {
        out_order_no: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: '500001',
        type: 'Order_Paid',
        detail: {
          paid_time: '20091225091010',
        },
      },
    })
    console.log(data)
  }
}
