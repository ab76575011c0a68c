// industry-rebate: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 回传SN和商品编码
  {
    const { status } = await client.request('POST /v3/industry-rebate/retail-industry/transactions', {
      json: {
        brand_id: '120344',
        transaction_id: '20190611222222222200000000012122',
        out_trade_no: 'example_out_trade_no',
        sub_mchid: '1900000001',
        device_id: 'example_device_id',
        goods_detail: [
          {
            barcode: 'example_barcode',
            merchant_goods_id: '1001',
            goods_name: 'iPhoneX 256G',
            quantity: 1,
            price: 528800,
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['industry-rebate']['retail-industry'].transactions.post({
      json: {
        brand_id: '120344',
        transaction_id: '20190611222222222200000000012122',
        out_trade_no: 'example_out_trade_no',
        sub_mchid: '1900000001',
        device_id: 'example_device_id',
        goods_detail: [
          {
            barcode: 'example_barcode',
            merchant_goods_id: '1001',
            goods_name: 'iPhoneX 256G',
            quantity: 1,
            price: 528800,
          },
        ],
      },
    })
    console.log(status)
  }
  // 支付码牌/点餐码牌交易回传
  {
    const { status } = await client.request('POST /v3/industry-rebate/transactions/{transaction_id}', {
      params: {
        transaction_id: '20190611222222222200000000012122',
      },
      json: {
        sub_mchid: '1900000001',
        code_url: 'URl:weixin://wxpay/s/An4baqw',
        out_trade_no: 'example_out_trade_no',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['industry-rebate'].transactions['{transaction_id}'].post({
      params: {
        transaction_id: '20190611222222222200000000012122',
      },
      json: {
        sub_mchid: '1900000001',
        code_url: 'URl:weixin://wxpay/s/An4baqw',
        out_trade_no: 'example_out_trade_no',
      },
    })
    console.log(status)
  }
}
