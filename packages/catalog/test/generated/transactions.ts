// transactions: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // APP支付下单
  {
    const { data } = await client.request('POST /v3/transactions/app', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'APP',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.transactions.app.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'APP',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询订单(微信支付订单号)
  {
    const { data } = await client.request('GET /v3/transactions/id/{transaction_id}', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.transactions.id['{transaction_id}'].get({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  // 关闭订单(微信支付订单号)
  {
    const { status } = await client.request('POST /v3/transactions/id/{transaction_id}/close', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.transactions.id['{transaction_id}'].close.post({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
  // 撤销订单(微信支付订单号)
  {
    const { status } = await client.request('POST /v3/transactions/id/{transaction_id}/reverse', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.transactions.id['{transaction_id}'].reverse.post({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 小程序/公众号支付下单
  {
    const { data } = await client.request('POST /v3/transactions/jsapi', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'JSAPI',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.transactions.jsapi.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'JSAPI',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // 提交付款码支付
  {
    const { data } = await client.request('POST /v3/transactions/micropay', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MICROPAY',
        limit_pay: 'no_credit',
        merchant_category_code: '1011',
        payer: {
          auth_code: '120061098828009406',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '商品编码',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.transactions.micropay.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MICROPAY',
        limit_pay: 'no_credit',
        merchant_category_code: '1011',
        payer: {
          auth_code: '120061098828009406',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '商品编码',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // H5支付下单
  {
    const { data } = await client.request('POST /v3/transactions/mweb', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MWEB',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.transactions.mweb.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MWEB',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // 扫码支付下单
  {
    const { data } = await client.request('POST /v3/transactions/native', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'NATIVE',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.transactions.native.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'NATIVE',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询订单(商户订单号)
  {
    const { data } = await client.request('GET /v3/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  // 关闭订单(商户订单号)
  {
    const { status } = await client.request('POST /v3/transactions/out-trade-no/{out_trade_no}/close', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.transactions['out-trade-no']['{out_trade_no}'].close.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
  // 撤销订单(商户订单号)
  {
    const { status } = await client.request('POST /v3/transactions/out-trade-no/{out_trade_no}/reverse', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.transactions['out-trade-no']['{out_trade_no}'].reverse.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
}
