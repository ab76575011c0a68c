// profitsharing: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请分账账单
  {
    const { data } = await client.request('GET /v3/profitsharing/bills', {
      query: {
        sub_mchid: '',
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing.bills.get({
      query: {
        sub_mchid: '',
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
  // 查询最大分账比例
  {
    const { data } = await client.request('GET /v3/profitsharing/merchant-configs/{sub_mchid}', {
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing['merchant-configs']['{sub_mchid}'].get({
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 请求分账
  {
    const { data } = await client.request('POST /v3/profitsharing/orders', {
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            type: 'MERCHANT_ID',
            account: '86693852',
            name: client.encrypt('分账个人接收方姓名'),
            amount: 888,
            description: '分给商户A',
          },
        ],
        unfreeze_unsplit: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing.orders.post({
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            type: 'MERCHANT_ID',
            account: '86693852',
            name: client.encrypt('分账个人接收方姓名'),
            amount: 888,
            description: '分给商户A',
          },
        ],
        unfreeze_unsplit: true,
      },
    })
    console.log(data)
  }
  // 解冻剩余资金
  {
    const { data } = await client.request('POST /v3/profitsharing/orders/unfreeze', {
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        description: '解冻全部剩余资金',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing.orders.unfreeze.post({
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        description: '解冻全部剩余资金',
      },
    })
    console.log(data)
  }
  // 查询分账结果
  {
    const { data } = await client.request('GET /v3/profitsharing/orders/{out_order_no}', {
      params: {
        out_order_no: 'P20150806125346',
      },
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing.orders['{out_order_no}'].get({
      params: {
        out_order_no: 'P20150806125346',
      },
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  // 添加分账接收方
  {
    const { data } = await client.request('POST /v3/profitsharing/receivers/add', {
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
        name: client.encrypt('分账个人接收方姓名'),
        relation_type: 'SERVICE_PROVIDER',
        custom_relation: '代理商',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing.receivers.add.post({
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
        name: client.encrypt('分账个人接收方姓名'),
        relation_type: 'SERVICE_PROVIDER',
        custom_relation: '代理商',
      },
    })
    console.log(data)
  }
  // 删除分账接收方
  {
    const { data } = await client.request('POST /v3/profitsharing/receivers/delete', {
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.chain('v3/profitsharing/receivers/delete').post({
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
      },
    })
    console.log(data)
  }
  // 请求分账回退
  {
    const { data } = await client.request('POST /v3/profitsharing/return-orders', {
      json: {
        sub_mchid: '1900000109',
        order_id: '3008450740201411110007820472',
        out_order_no: '',
        out_return_no: 'R20190516001',
        return_mchid: '86693852',
        amount: 10,
        description: '用户退款',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing['return-orders'].post({
      json: {
        sub_mchid: '1900000109',
        order_id: '3008450740201411110007820472',
        out_order_no: '',
        out_return_no: 'R20190516001',
        return_mchid: '86693852',
        amount: 10,
        description: '用户退款',
      },
    })
    console.log(data)
  }
  // 查询分账回退结果
  {
    const { data } = await client.request('GET /v3/profitsharing/return-orders/{out_return_no}', {
      params: {
        out_return_no: 'R20190516001',
      },
      query: {
        sub_mchid: '1900000109',
        out_order_no: 'P20190806125346',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing['return-orders']['{out_return_no}'].get({
      params: {
        out_return_no: 'R20190516001',
      },
      query: {
        sub_mchid: '1900000109',
        out_order_no: 'P20190806125346',
      },
    })
    console.log(data)
  }
  // 查询剩余待分金额
  {
    const { data } = await client.request('GET /v3/profitsharing/transactions/{transaction_id}/amounts', {
      params: {
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.profitsharing.transactions['{transaction_id}'].amounts.get({
      params: {
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
}
