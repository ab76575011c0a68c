// pay/partner: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // APP下单
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/app', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
        payer: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        subsidy_info: {
          subsidy_detail: [
            {
              subsidy_period_type: 'PERIOD',
              subsidy_plan: [
                {
                  subsidy_installment_num: 3,
                  subsidy_percent: 100,
                },
              ],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.app.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
        payer: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        subsidy_info: {
          subsidy_detail: [
            {
              subsidy_period_type: 'PERIOD',
              subsidy_plan: [
                {
                  subsidy_installment_num: 3,
                  subsidy_percent: 100,
                },
              ],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // APP下单并签约
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/app-with-contract', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        settle_info: {
          profit_sharing: true,
        },
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
    const { data } = await client.v3.pay.partner.transactions['app-with-contract'].post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        settle_info: {
          profit_sharing: true,
        },
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
    const { data } = await client.request('POST /v3/pay/partner/transactions/codepay', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
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
    const { data } = await client.v3.pay.partner.transactions.codepay.post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
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
    const { data } = await client.request('POST /v3/pay/partner/transactions/exposure', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.exposure.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  // H5下单
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/h5', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
          h5_info: {
            type: 'iOSAndroidWap',
            app_name: '王者荣耀',
            app_url: 'https://pay.qq.com',
            bundle_id: 'com.tencent.wzryiOS',
            package_name: 'com.tencent.tmgp.sgame',
          },
        },
        payer: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.h5.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
          h5_info: {
            type: 'iOSAndroidWap',
            app_name: '王者荣耀',
            app_url: 'https://pay.qq.com',
            bundle_id: 'com.tencent.wzryiOS',
            package_name: 'com.tencent.tmgp.sgame',
          },
        },
        payer: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
      },
    })
    console.log(data)
  }
  // 微信支付订单号查询
  {
    const { data } = await client.request('GET /v3/pay/partner/transactions/id/{transaction_id}', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        sp_mchid: '1230000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.id['{transaction_id}'].get({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        sp_mchid: '1230000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // JSAPI下单
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/jsapi', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        subsidy_info: {
          subsidy_detail: [
            {
              subsidy_period_type: 'PERIOD',
              subsidy_plan: [
                {
                  subsidy_installment_num: 3,
                  subsidy_percent: 100,
                },
              ],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.jsapi.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        subsidy_info: {
          subsidy_detail: [
            {
              subsidy_period_type: 'PERIOD',
              subsidy_plan: [
                {
                  subsidy_installment_num: 3,
                  subsidy_percent: 100,
                },
              ],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // JSAPI下单并授权/签约
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/jsapi-with-contract', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        settle_info: {
          profit_sharing: true,
        },
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
        contract_info: {
          password_free_contract_id: '201710180325670965',
          token: '201710180325670965',
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
    const { data } = await client.v3.pay.partner.transactions['jsapi-with-contract'].post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        settle_info: {
          profit_sharing: true,
        },
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
        contract_info: {
          password_free_contract_id: '201710180325670965',
          token: '201710180325670965',
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
  // 小程序支付下单
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/miniprogram', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
            },
          ],
        },
        scene_info: {
          payer_client_ip: '14.23.150.211',
          device_id: '013467007045764',
          store_info: {
            id: '0001',
            out_id: 'example_out_id',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.miniprogram.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 100,
          currency: 'CNY',
        },
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
            },
          ],
        },
        scene_info: {
          payer_client_ip: '14.23.150.211',
          device_id: '013467007045764',
          store_info: {
            id: '0001',
            out_id: 'example_out_id',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
      },
    })
    console.log(data)
  }
  // Native下单
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/native', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
        payer: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.native.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        settle_info: {
          profit_sharing: true,
          subsidy_amount: 10,
        },
        description: 'Image形象店-深圳腾大-QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        amount: {
          total: 100,
          currency: 'CNY',
        },
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        limit_pay: ['no_balance'],
        support_fapiao: true,
        detail: {
          cost_price: 608800,
          invoice_id: '微信123',
          goods_detail: [
            {
              merchant_goods_id: '商品编码',
              wechatpay_goods_id: '1001',
              goods_name: 'iPhoneX 256G',
              quantity: 1,
              unit_price: 828800,
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
        payer: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
      },
    })
    console.log(data)
  }
  // 商户订单号查询
  {
    const { data } = await client.request('GET /v3/pay/partner/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        sp_mchid: '1230000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        sp_mchid: '1230000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 关单
  {
    const { status } = await client.request('POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        sp_mchid: '1230000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.pay.partner.transactions['out-trade-no']['{out_trade_no}'].close.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        sp_mchid: '1230000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 撤销
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions['out-trade-no']['{out_trade_no}'].reverse.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
      },
    })
    console.log(data)
  }
  // 扫码支付下单
  {
    const { data } = await client.request('POST /v3/pay/partner/transactions/scannedpos', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 888,
          currency: 'CNY',
        },
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        detail: {
          cost_price: 1,
          invoice_id: 'wx123',
          goods_detail: [
            {
              merchant_goods_id: '由半角的大小写字母、数字、中划线、下划线中的一种或几种组成',
              wechatpay_goods_id: '微信支付定义的统一商品编号（没有可不传）',
              goods_name: 'iPhone6s 16G',
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
            out_id: 'example_out_id',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.partner.transactions.scannedpos.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '1230000109',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: '1217752501201407033233368018',
        time_expire: '2018-06-08T10:34:56+08:00',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        goods_tag: 'WXG',
        support_fapiao: true,
        amount: {
          total: 888,
          currency: 'CNY',
        },
        payer: {
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        detail: {
          cost_price: 1,
          invoice_id: 'wx123',
          goods_detail: [
            {
              merchant_goods_id: '由半角的大小写字母、数字、中划线、下划线中的一种或几种组成',
              wechatpay_goods_id: '微信支付定义的统一商品编号（没有可不传）',
              goods_name: 'iPhone6s 16G',
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
            out_id: 'example_out_id',
          },
        },
        settle_info: {
          profit_sharing: true,
        },
      },
    })
    console.log(data)
  }
}
