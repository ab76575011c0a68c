// ecommerce/subsidies: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 取消补差
  {
    const { data } = await client.request('POST /v3/ecommerce/subsidies/cancel', {
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        description: '订单退款',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.subsidies.cancel.post({
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        description: '订单退款',
      },
    })
    console.log(data)
  }
  // 请求补差
  {
    const { data } = await client.request('POST /v3/ecommerce/subsidies/create', {
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        amount: 10,
        description: '测试备注',
        refund_id: '3008450740201411110007820472',
        out_subsidy_no: 'P20150806125347',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.subsidies.create.post({
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        amount: 10,
        description: '测试备注',
        refund_id: '3008450740201411110007820472',
        out_subsidy_no: 'P20150806125347',
      },
    })
    console.log(data)
  }
  // 请求补差回退
  {
    const { data } = await client.request('POST /v3/ecommerce/subsidies/return', {
      json: {
        sub_mchid: '1900000109',
        out_order_no: 'P20150806125346',
        transaction_id: '4208450740201411110007820472',
        refund_id: '3008450740201411110007820472',
        amount: 10,
        description: '测试备注',
        subsidy_id: '3008450740201411110007820472',
        from: [
          {
            account: 'AVAILABLE',
            amount: 10,
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.subsidies.return.post({
      json: {
        sub_mchid: '1900000109',
        out_order_no: 'P20150806125346',
        transaction_id: '4208450740201411110007820472',
        refund_id: '3008450740201411110007820472',
        amount: 10,
        description: '测试备注',
        subsidy_id: '3008450740201411110007820472',
        from: [
          {
            account: 'AVAILABLE',
            amount: 10,
          },
        ],
      },
    })
    console.log(data)
  }
}
