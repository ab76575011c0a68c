// funds-to-oversea: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 获取购付汇账单文件下载链接
  {
    const { data } = await client.request('GET /v3/funds-to-oversea/bill-download-url', {
      query: {
        bill_date: '2021-01-01',
        sub_mchid: '19000000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['funds-to-oversea']['bill-download-url'].get({
      query: {
        bill_date: '2021-01-01',
        sub_mchid: '19000000001',
      },
    })
    console.log(data)
  }
  // 申请资金出境
  {
    const { data } = await client.request('POST /v3/funds-to-oversea/orders', {
      json: {
        out_order_id: 'merchant_1123123',
        sub_mchid: '123456',
        transaction_id: '420000000000000010',
        amount: 10,
        foreign_currency: 'USD',
        goods_info: [
          {
            goods_name: '橘子',
            goods_category: '家用电器',
            goods_unit_price: 1,
            goods_quantity: 1,
          },
        ],
        seller_info: {
          oversea_business_name: '香港xxxx公司',
          oversea_shop_name: '香港xxx公司xxx店铺',
          seller_id: 'id2123123123',
        },
        express_info: {
          courier_number: 'curier_number_1231',
          express_company_name: '国际xxx物流',
        },
        payee_info: {
          payee_id: 'ID123112312',
        },
        presale_info: {
          type: 'DEPOSIT',
          total_amount: 10,
          deposit_transaction_id: '4208450740201411110007820472',
          balance_transaction_id: '4208450740201411110007820472',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['funds-to-oversea'].orders.post({
      json: {
        out_order_id: 'merchant_1123123',
        sub_mchid: '123456',
        transaction_id: '420000000000000010',
        amount: 10,
        foreign_currency: 'USD',
        goods_info: [
          {
            goods_name: '橘子',
            goods_category: '家用电器',
            goods_unit_price: 1,
            goods_quantity: 1,
          },
        ],
        seller_info: {
          oversea_business_name: '香港xxxx公司',
          oversea_shop_name: '香港xxx公司xxx店铺',
          seller_id: 'id2123123123',
        },
        express_info: {
          courier_number: 'curier_number_1231',
          express_company_name: '国际xxx物流',
        },
        payee_info: {
          payee_id: 'ID123112312',
        },
        presale_info: {
          type: 'DEPOSIT',
          total_amount: 10,
          deposit_transaction_id: '4208450740201411110007820472',
          balance_transaction_id: '4208450740201411110007820472',
        },
      },
    })
    console.log(data)
  }
  // 查询出境结果
  {
    const { data } = await client.request('GET /v3/funds-to-oversea/orders/{out_order_id}', {
      params: {
        out_order_id: 'merchant123123',
      },
      query: {
        sub_mchid: '1231231',
        transaction_id: '4200000000000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['funds-to-oversea'].orders['{out_order_id}'].get({
      params: {
        out_order_id: 'merchant123123',
      },
      query: {
        sub_mchid: '1231231',
        transaction_id: '4200000000000',
      },
    })
    console.log(data)
  }
  // 申请资金出境退回
  {
    const { data } = await client.request('POST /v3/funds-to-oversea/return/return-orders', {
      json: {
        out_return_no: 'R20250220103930',
        sub_mchid: '123456',
        out_order_id: 'merchant_1123123',
        transaction_id: '420000000000000010',
        supplement_info: '5017752501201407033233368018',
        amount: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['funds-to-oversea'].return['return-orders'].post({
      json: {
        out_return_no: 'R20250220103930',
        sub_mchid: '123456',
        out_order_id: 'merchant_1123123',
        transaction_id: '420000000000000010',
        supplement_info: '5017752501201407033233368018',
        amount: 100,
      },
    })
    console.log(data)
  }
  // 查询出境退回结果（通过商户出境退回单号）
  {
    const { data } = await client.request('GET /v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}', {
      params: {
        out_return_no: 'merchant123123',
      },
      query: {
        sub_mchid: '1231231',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['funds-to-oversea'].return['return-orders']['out-return-no']['{out_return_no}'].get({
      params: {
        out_return_no: 'merchant123123',
      },
      query: {
        sub_mchid: '1231231',
      },
    })
    console.log(data)
  }
  // 查询订单剩余可出境余额
  {
    const { data } = await client.request('GET /v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts', {
      params: {
        transaction_id: '4208450740201411110007820472',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['funds-to-oversea'].transactions['{transaction_id}'].available_abroad_amounts.get({
      params: {
        transaction_id: '4208450740201411110007820472',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
}
