// pay/transactions: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // APP下单
  {
    const { data } = await client.request('POST /v3/pay/transactions/app', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233446',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions.app.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233446',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
      },
    })
    console.log(data)
  }
  // APP下单并签约
  {
    const { data } = await client.request('POST /v3/pay/transactions/app-with-contract', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据说明',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '1246464644',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 528800,
            },
          ],
        },
        scene_info: {
          payer_client_ip: '14.23.150.211',
          device_id: '013467007045764',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            area_code: '440305',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
        contract_info: {
          plan_id: '3484306348',
          contract_mchid: '1200009811',
          contract_appid: 'wxcbda96de0b165486',
          contract_code: '100001256',
          request_serial: '1695',
          contract_display_account: '123456',
          contract_notify_url: 'https://yoursite.com',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions['app-with-contract'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据说明',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '1246464644',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 528800,
            },
          ],
        },
        scene_info: {
          payer_client_ip: '14.23.150.211',
          device_id: '013467007045764',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            area_code: '440305',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
        contract_info: {
          plan_id: '3484306348',
          contract_mchid: '1200009811',
          contract_appid: 'wxcbda96de0b165486',
          contract_code: '100001256',
          request_serial: '1695',
          contract_display_account: '123456',
          contract_notify_url: 'https://yoursite.com',
        },
      },
    })
    console.log(data)
  }
  // 付款码支付
  {
    const { data } = await client.request('POST /v3/pay/transactions/codepay', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        attach: '自定义数据说明',
        goods_tag: 'WXG',
        support_fapiao: true,
        payer: {
          auth_code: '130061098828009406',
        },
        amount: {
          total: 100,
          currency: 'CNY',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          store_info: {
            id: '0001',
            out_id: 'A1111',
          },
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '1246464644',
              wxpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 528800,
            },
          ],
        },
        settle_info: {
          profit_sharing: true,
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions.codepay.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        attach: '自定义数据说明',
        goods_tag: 'WXG',
        support_fapiao: true,
        payer: {
          auth_code: '130061098828009406',
        },
        amount: {
          total: 100,
          currency: 'CNY',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          store_info: {
            id: '0001',
            out_id: 'A1111',
          },
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '1246464644',
              wxpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 528800,
            },
          ],
        },
        settle_info: {
          profit_sharing: true,
        },
      },
    })
    console.log(data)
  }
  // 微信分付-支付方式前置服务
  {
    const { data } = await client.request('POST /v3/pay/transactions/exposure', {
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
        },
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions.exposure.post({
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
        },
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  // H5下单
  {
    const { data } = await client.request('POST /v3/pay/transactions/h5', {
      json: {
        appid: 'wx1234567889999',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233447',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
        scene_info: {
          payer_client_ip: '14.23.150.211',
          h5_info: {
            type: 'Wap',
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions.h5.post({
      json: {
        appid: 'wx1234567889999',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233447',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
        scene_info: {
          payer_client_ip: '14.23.150.211',
          h5_info: {
            type: 'Wap',
          },
        },
      },
    })
    console.log(data)
  }
  // 微信支付订单号查询订单
  {
    const { data } = await client.request('GET /v3/pay/transactions/id/{transaction_id}', {
      params: {
        transaction_id: '4200000913202101152566792388',
      },
      query: {
        mchid: '1900000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions.id['{transaction_id}'].get({
      params: {
        transaction_id: '4200000913202101152566792388',
      },
      query: {
        mchid: '1900000001',
      },
    })
    console.log(data)
  }
  // JSAPI/小程序下单
  {
    const { data } = await client.request('POST /v3/pay/transactions/jsapi', {
      json: {
        appid: 'wx1234567889999',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233445',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
        payer: {
          openid: 'xsd3434454567676',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions.jsapi.post({
      json: {
        appid: 'wx1234567889999',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233445',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
        payer: {
          openid: 'xsd3434454567676',
        },
      },
    })
    console.log(data)
  }
  // JSAPI下单并授权/签约
  {
    const { data } = await client.request('POST /v3/pay/transactions/jsapi-with-contract', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据说明',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '1246464644',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 528800,
            },
          ],
        },
        scene_info: {
          payer_client_ip: '14.23.150.211',
          device_id: '013467007045764',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            area_code: '440305',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
        contract_info: {
          token: '201710180325670965',
          password_free_contract_id: '201710180325670965',
          plan_id: '3484306348',
          contract_mchid: '1200009811',
          contract_appid: 'wxcbda96de0b165486',
          contract_code: '100001256',
          request_serial: '1695',
          contract_display_account: '123456',
          contract_notify_url: 'https://yoursite.com',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions['jsapi-with-contract'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据说明',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '1246464644',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 528800,
            },
          ],
        },
        scene_info: {
          payer_client_ip: '14.23.150.211',
          device_id: '013467007045764',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            area_code: '440305',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
        contract_info: {
          token: '201710180325670965',
          password_free_contract_id: '201710180325670965',
          plan_id: '3484306348',
          contract_mchid: '1200009811',
          contract_appid: 'wxcbda96de0b165486',
          contract_code: '100001256',
          request_serial: '1695',
          contract_display_account: '123456',
          contract_notify_url: 'https://yoursite.com',
        },
      },
    })
    console.log(data)
  }
  // Native下单
  {
    const { data } = await client.request('POST /v3/pay/transactions/native', {
      json: {
        appid: 'wx1234567889999',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233448',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions.native.post({
      json: {
        appid: 'wx1234567889999',
        mchid: '1900000001',
        description: '示例商城-会员月卡',
        out_trade_no: 'MCH_102233448',
        amount: {
          total: 1000,
          currency: 'CNY',
        },
        notify_url: 'https://www.example.com/wechatpay/notify',
      },
    })
    console.log(data)
  }
  // 商户订单号查询订单
  {
    const { data } = await client.request('GET /v3/pay/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: 'MCH_102233445',
      },
      query: {
        mchid: '1900000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: 'MCH_102233445',
      },
      query: {
        mchid: '1900000001',
      },
    })
    console.log(data)
  }
  // 关闭订单
  {
    const { status } = await client.request('POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close', {
      params: {
        out_trade_no: 'MCH_102233448',
      },
      json: {
        mchid: '1900000001',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.pay.transactions['out-trade-no']['{out_trade_no}'].close.post({
      params: {
        out_trade_no: 'MCH_102233448',
      },
      json: {
        mchid: '1900000001',
      },
    })
    console.log(status)
  }
  // 撤销
  {
    const { data } = await client.request('POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.transactions['out-trade-no']['{out_trade_no}'].reverse.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
      },
    })
    console.log(data)
  }
}
