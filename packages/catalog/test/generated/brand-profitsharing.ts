// brand/profitsharing: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询最大分账比例
  {
    const { data } = await client.request('GET /v3/brand/profitsharing/brand-configs/{brand_mchid}', {
      params: {
        brand_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.profitsharing['brand-configs']['{brand_mchid}'].get({
      params: {
        brand_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 完结分账
  {
    const { data } = await client.request('POST /v3/brand/profitsharing/finish-order', {
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
    const { data } = await client.v3.brand.profitsharing['finish-order'].post({
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
    const { data } = await client.request('GET /v3/brand/profitsharing/orders', {
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.profitsharing.orders.get({
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  // 请求分账
  {
    const { data } = await client.request('POST /v3/brand/profitsharing/orders', {
      json: {
        brand_mchid: '1900000108',
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            type: 'MERCHANT_ID',
            account: '1900000109',
            amount: 190,
            description: '1900000109分给商户1900000110',
            name: client.encrypt('分账个人接收方姓名'),
          },
        ],
        finish: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.profitsharing.orders.post({
      json: {
        brand_mchid: '1900000108',
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            type: 'MERCHANT_ID',
            account: '1900000109',
            amount: 190,
            description: '1900000109分给商户1900000110',
            name: client.encrypt('分账个人接收方姓名'),
          },
        ],
        finish: true,
      },
    })
    console.log(data)
  }
  // 查询订单剩余待分金额
  {
    const { data } = await client.request('GET /v3/brand/profitsharing/orders/{transaction_id}/amounts', {
      params: {
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.profitsharing.orders['{transaction_id}'].amounts.get({
      params: {
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  // 添加分账接收方
  {
    const { data } = await client.request('POST /v3/brand/profitsharing/receivers/add', {
      json: {
        brand_mchid: '1900000108',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '1900000109',
        name: '张三网络公司',
        relation_type: 'SUPPLIER',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.profitsharing.receivers.add.post({
      json: {
        brand_mchid: '1900000108',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '1900000109',
        name: '张三网络公司',
        relation_type: 'SUPPLIER',
      },
    })
    console.log(data)
  }
  // 删除分账接收方
  {
    const { data } = await client.request('POST /v3/brand/profitsharing/receivers/delete', {
      json: {
        brand_mchid: '1900000108',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.chain('v3/brand/profitsharing/receivers/delete').post({
      json: {
        brand_mchid: '1900000108',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询分账回退结果
  {
    const { data } = await client.request('GET /v3/brand/profitsharing/returnorders', {
      query: {
        sub_mchid: '1900000109',
        out_return_no: 'R20190516001',
        order_id: '4208450740201411110007820472',
        out_order_no: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.profitsharing.returnorders.get({
      query: {
        sub_mchid: '1900000109',
        out_return_no: 'R20190516001',
        order_id: '4208450740201411110007820472',
        out_order_no: '',
      },
    })
    console.log(data)
  }
  // 请求分账回退
  {
    const { data } = await client.request('POST /v3/brand/profitsharing/returnorders', {
      json: {
        sub_mchid: '1900000109',
        order_id: '3008450740201411110007820472',
        out_order_no: 'P20150806125346',
        out_return_no: 'R20190516001',
        return_mchid: '86693852',
        amount: 10,
        description: '分账回退',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.profitsharing.returnorders.post({
      json: {
        sub_mchid: '1900000109',
        order_id: '3008450740201411110007820472',
        out_order_no: 'P20150806125346',
        out_return_no: 'R20190516001',
        return_mchid: '86693852',
        amount: 10,
        description: '分账回退',
      },
    })
    console.log(data)
  }
}
