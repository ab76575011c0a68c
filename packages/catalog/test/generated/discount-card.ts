// discount-card: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 预受理领卡请求
  {
    const { data } = await client.request('POST /v3/discount-card/cards', {
      json: {
        out_card_code: '6e8369071cd942c0476613f9d1ce9ca3',
        card_template_id: '87789b2f25177433bcbf407e8e471f95',
        appid: 'wxd678efh567hg6787',
        notify_url: 'https://api.test.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['discount-card'].cards.post({
      json: {
        out_card_code: '6e8369071cd942c0476613f9d1ce9ca3',
        card_template_id: '87789b2f25177433bcbf407e8e471f95',
        appid: 'wxd678efh567hg6787',
        notify_url: 'https://api.test.com',
      },
    })
    console.log(data)
  }
  // 查询先享卡订单
  {
    const { data } = await client.request('GET /v3/discount-card/cards/{out_card_code}', {
      params: {
        out_card_code: '6e8369071cd942c0476613f9d1ce9ca3',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['discount-card'].cards['{out_card_code}'].get({
      params: {
        out_card_code: '6e8369071cd942c0476613f9d1ce9ca3',
      },
    })
    console.log(data)
  }
  // 增加用户记录
  {
    const { status } = await client.request('POST /v3/discount-card/cards/{out_card_code}/add-user-records', {
      params: {
        out_card_code: '6e8369071cd942c0476613f9d1ce9ca3',
      },
      json: {
        card_template_id: '87789b2f25177433bcbf407e8e471f95',
        objective_completion_records: [
          {
            objective_completion_serial_no: '578354545',
            objective_id: '123456',
            completion_time: '2015-05-20T13:29:35.120+08:00',
            completion_type: 'INCREASE',
            description: '购买商品',
            completion_count: 1,
            remark: '特价商品',
          },
        ],
        reward_usage_records: [
          {
            reward_usage_serial_no: '578354',
            reward_id: '123456',
            usage_time: '2015-05-20T13:29:35.120+08:00',
            usage_type: 'INCREASE',
            description: '购买商品',
            usage_count: 1,
            amount: 100,
            remark: '特价商品',
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['discount-card'].cards['{out_card_code}']['add-user-records'].post({
      params: {
        out_card_code: '6e8369071cd942c0476613f9d1ce9ca3',
      },
      json: {
        card_template_id: '87789b2f25177433bcbf407e8e471f95',
        objective_completion_records: [
          {
            objective_completion_serial_no: '578354545',
            objective_id: '123456',
            completion_time: '2015-05-20T13:29:35.120+08:00',
            completion_type: 'INCREASE',
            description: '购买商品',
            completion_count: 1,
            remark: '特价商品',
          },
        ],
        reward_usage_records: [
          {
            reward_usage_serial_no: '578354',
            reward_id: '123456',
            usage_time: '2015-05-20T13:29:35.120+08:00',
            usage_type: 'INCREASE',
            description: '购买商品',
            usage_count: 1,
            amount: 100,
            remark: '特价商品',
          },
        ],
      },
    })
    console.log(status)
  }
  // 通过先享卡订单号查询订单
  {
    const { data } = await client.request('GET /v3/discount-card/orders/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '6e8369071cd942c0476613f9d1ce9ca3',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['discount-card'].orders['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '6e8369071cd942c0476613f9d1ce9ca3',
      },
    })
    console.log(data)
  }
  // 通过先享卡订单号查询订单
  {
    const { data } = await client.request('GET /v3/discount-card/orders/{out_order_no}', {
      params: {
        out_order_no: '233bcbf407e87789b8e471f251774f95',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['discount-card'].orders['{out_order_no}'].get({
      params: {
        out_order_no: '233bcbf407e87789b8e471f251774f95',
      },
    })
    console.log(data)
  }
  // 更新先享卡订单
  {
    const { data } = await client.request('PATCH /v3/discount-card/orders/{out_order_no}', {
      params: {
        out_order_no: '233bcbf407e87789b8e471f251774f95',
      },
      json: {
        objectives: [
          {
            objective_serial_no: '578354545',
            objective_id: 123456,
            performance_description: '购买商品',
            performance_type: 'INCREASE',
            count: 1,
            performance_time: '2015-05-20T13:29:35.120+08:00',
            remark: '特价商品',
          },
        ],
        rewards: [
          {
            reward_serial_no: '578354',
            reward_id: 123456,
            description: '购买商品',
            reward_type: 'INCREASE',
            count: 1,
            amount: 100,
            reward_time: '2015-05-20T13:29:35.120+08:00',
            remark: '特价商品',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['discount-card'].orders['{out_order_no}'].patch({
      params: {
        out_order_no: '233bcbf407e87789b8e471f251774f95',
      },
      json: {
        objectives: [
          {
            objective_serial_no: '578354545',
            objective_id: 123456,
            performance_description: '购买商品',
            performance_type: 'INCREASE',
            count: 1,
            performance_time: '2015-05-20T13:29:35.120+08:00',
            remark: '特价商品',
          },
        ],
        rewards: [
          {
            reward_serial_no: '578354',
            reward_id: 123456,
            description: '购买商品',
            reward_type: 'INCREASE',
            count: 1,
            amount: 100,
            reward_time: '2015-05-20T13:29:35.120+08:00',
            remark: '特价商品',
          },
        ],
      },
    })
    console.log(data)
  }
}
