// ecommerce/profitsharing: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询售后服务分账结果
  {
    const { data } = await client.request('GET /v3/ecommerce/profitsharing/after-sales-orders', {
      query: {
        sub_mchid: '',
        transaction_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing['after-sales-orders'].get({
      query: {
        sub_mchid: '',
        transaction_id: '',
      },
    })
    console.log(data)
  }
  // 请求售后服务分账
  {
    const { data } = await client.request('POST /v3/ecommerce/profitsharing/after-sales-orders', {
      json: {
        sub_mchid: '1900000109',
        transaction_id: '3008450740201411110007820472',
        amount: 10,
        type: 'SERVICE_FEE_INCOME',
        scene: 'REFUND_TICKET',
        refund_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing['after-sales-orders'].post({
      json: {
        sub_mchid: '1900000109',
        transaction_id: '3008450740201411110007820472',
        amount: 10,
        type: 'SERVICE_FEE_INCOME',
        scene: 'REFUND_TICKET',
        refund_id: '',
      },
    })
    console.log(data)
  }
  // 完结分账
  {
    const { data } = await client.request('POST /v3/ecommerce/profitsharing/finish-order', {
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        description: '分账完结',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing['finish-order'].post({
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        description: '分账完结',
      },
    })
    console.log(data)
  }
  // 查询分账结果
  {
    const { data } = await client.request('GET /v3/ecommerce/profitsharing/orders', {
      query: {
        sub_mchid: '',
        transaction_id: '',
        out_order_no: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing.orders.get({
      query: {
        sub_mchid: '',
        transaction_id: '',
        out_order_no: '',
      },
    })
    console.log(data)
  }
  // 请求分账
  {
    const { data } = await client.request('POST /v3/ecommerce/profitsharing/orders', {
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            type: 'MERCHANT_ID',
            receiver_account: '1900000109',
            amount: 190,
            description: '分给商户1900000109',
            receiver_name: client.encrypt('分账个人接收方姓名'),
          },
        ],
        finish: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing.orders.post({
      json: {
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            type: 'MERCHANT_ID',
            receiver_account: '1900000109',
            amount: 190,
            description: '分给商户1900000109',
            receiver_name: client.encrypt('分账个人接收方姓名'),
          },
        ],
        finish: true,
      },
    })
    console.log(data)
  }
  // 查询订单剩余待分金额
  {
    const { data } = await client.request('GET /v3/ecommerce/profitsharing/orders/{transaction_id}/amounts', {
      params: {
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing.orders['{transaction_id}'].amounts.get({
      params: {
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  // 添加分账接收方
  {
    const { data } = await client.request('POST /v3/ecommerce/profitsharing/receivers/add', {
      json: {
        appid: 'wx8888888888888888',
        type: 'MERCHANT_ID',
        account: '190001001',
        name: '张三网络公司',
        encrypted_name: client.encrypt('接收方名称的'),
        relation_type: 'SUPPLIER',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing.receivers.add.post({
      json: {
        appid: 'wx8888888888888888',
        type: 'MERCHANT_ID',
        account: '190001001',
        name: '张三网络公司',
        encrypted_name: client.encrypt('接收方名称的'),
        relation_type: 'SUPPLIER',
      },
    })
    console.log(data)
  }
  // 删除分账接收方
  {
    const { data } = await client.request('POST /v3/ecommerce/profitsharing/receivers/delete', {
      json: {
        appid: 'wx8888888888888888',
        type: 'MERCHANT_ID',
        account: '190001001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.chain('v3/ecommerce/profitsharing/receivers/delete').post({
      json: {
        appid: 'wx8888888888888888',
        type: 'MERCHANT_ID',
        account: '190001001',
      },
    })
    console.log(data)
  }
  // 查询分账回退结果
  {
    const { data } = await client.request('GET /v3/ecommerce/profitsharing/returnorders', {
      query: {
        sub_mchid: '',
        order_id: '',
        out_order_no: '',
        out_return_no: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing.returnorders.get({
      query: {
        sub_mchid: '',
        order_id: '',
        out_order_no: '',
        out_return_no: '',
      },
    })
    console.log(data)
  }
  // 请求分账回退
  {
    const { data } = await client.request('POST /v3/ecommerce/profitsharing/returnorders', {
      json: {
        sub_mchid: '1900000109',
        order_id: '3008450740201411110007820472',
        out_order_no: '',
        out_return_no: 'R20190516001',
        return_mchid: '86693852',
        amount: 10,
        description: '分账回退',
        transaction_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.profitsharing.returnorders.post({
      json: {
        sub_mchid: '1900000109',
        order_id: '3008450740201411110007820472',
        out_order_no: '',
        out_return_no: 'R20190516001',
        return_mchid: '86693852',
        amount: 10,
        description: '分账回退',
        transaction_id: '',
      },
    })
    console.log(data)
  }
}
