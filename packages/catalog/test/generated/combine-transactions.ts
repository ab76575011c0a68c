// combine-transactions: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 合单下单-APP支付
  {
    const { data } = await client.request('POST /v3/combine-transactions/app', {
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
        },
        sub_orders: [
          {
            mchid: '1900000109',
            individual_auth_id: '1900000109',
            individual_name: '哈哈哈小店',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            detail: '买单费用',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
            profit_sharing: true,
          },
        ],
        combine_payer_info: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        prepay_id: 'wx201410272009395522657a690389285100',
        notify_url: 'https://yourapp.com/notify',
        trade_scenario: 'RECOMMERCE',
        limit_pay: ['no_balance'],
        contract_info: {
          mchid: '1900000109',
          appid: 'wxd678efh567hg6787',
          out_contract_code: 'wxwtdk20200910100000',
          plan_id: 12535,
          contract_display_account: '微信代扣用户A',
          notify_url: 'https://yourapp.com/notify',
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
    const { data } = await client.v3['combine-transactions'].app.post({
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
        },
        sub_orders: [
          {
            mchid: '1900000109',
            individual_auth_id: '1900000109',
            individual_name: '哈哈哈小店',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            detail: '买单费用',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
            profit_sharing: true,
          },
        ],
        combine_payer_info: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        prepay_id: 'wx201410272009395522657a690389285100',
        notify_url: 'https://yourapp.com/notify',
        trade_scenario: 'RECOMMERCE',
        limit_pay: ['no_balance'],
        contract_info: {
          mchid: '1900000109',
          appid: 'wxd678efh567hg6787',
          out_contract_code: 'wxwtdk20200910100000',
          plan_id: 12535,
          contract_display_account: '微信代扣用户A',
          notify_url: 'https://yourapp.com/notify',
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
  // 合单下单-H5支付
  {
    const { data } = await client.request('POST /v3/combine-transactions/h5', {
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
          h5_info: {
            type: 'iOS',
            app_name: '王者荣耀',
            app_url: 'https://pay.qq.com',
            bundle_id: 'com.tencent.wzryiOS',
            package_name: 'com.tencent.tmgp.sgame',
          },
        },
        sub_orders: [
          {
            mchid: '1900000109',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
          },
        ],
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        notify_url: 'https://yourapp.com/notify',
        limit_pay: ['no_balance'],
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
    const { data } = await client.v3['combine-transactions'].h5.post({
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
          h5_info: {
            type: 'iOS',
            app_name: '王者荣耀',
            app_url: 'https://pay.qq.com',
            bundle_id: 'com.tencent.wzryiOS',
            package_name: 'com.tencent.tmgp.sgame',
          },
        },
        sub_orders: [
          {
            mchid: '1900000109',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
          },
        ],
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        notify_url: 'https://yourapp.com/notify',
        limit_pay: ['no_balance'],
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
  // 个人收款交易通过微信支付订单号查单
  {
    const { data } = await client.request('GET /v3/combine-transactions/id/{combine_transaction_id}', {
      params: {
        combine_transaction_id: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['combine-transactions'].id['{combine_transaction_id}'].get({
      params: {
        combine_transaction_id: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  // 合单下单-JSAPI支付
  {
    const { data } = await client.request('POST /v3/combine-transactions/jsapi', {
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
        },
        sub_orders: [
          {
            mchid: '1900000109',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            detail: '买单费用',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
            profit_sharing: true,
          },
        ],
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        notify_url: 'https://yourapp.com/notify',
        limit_pay: ['no_balance'],
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
    const { data } = await client.v3['combine-transactions'].jsapi.post({
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
        },
        sub_orders: [
          {
            mchid: '1900000109',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            detail: '买单费用',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
            profit_sharing: true,
          },
        ],
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        notify_url: 'https://yourapp.com/notify',
        limit_pay: ['no_balance'],
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
  // 个人收款交易下单-小程序
  {
    const { data } = await client.request('POST /v3/combine-transactions/miniprogram', {
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1230000109',
        combine_out_trade_no: 'P20150806125346',
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '127.0.0.1',
        },
        sub_orders: [
          {
            mchid: '1230000109',
            order_service_type: 'INDIVIDUALTRADE',
            individual_auth_id: '1900000109',
            individual_name: '哈哈哈小店',
            out_trade_no: '20150806125346',
            amount: {
              total_amount: 10,
              currency: 'CNY',
            },
            attach: '深圳分店',
            description: 'Image形象店-深圳腾大-QQ公仔',
          },
        ],
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://yourapp.com/notify',
        trade_scenario: 'RECOMMERCE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['combine-transactions'].miniprogram.post({
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1230000109',
        combine_out_trade_no: 'P20150806125346',
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '127.0.0.1',
        },
        sub_orders: [
          {
            mchid: '1230000109',
            order_service_type: 'INDIVIDUALTRADE',
            individual_auth_id: '1900000109',
            individual_name: '哈哈哈小店',
            out_trade_no: '20150806125346',
            amount: {
              total_amount: 10,
              currency: 'CNY',
            },
            attach: '深圳分店',
            description: 'Image形象店-深圳腾大-QQ公仔',
          },
        ],
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://yourapp.com/notify',
        trade_scenario: 'RECOMMERCE',
      },
    })
    console.log(data)
  }
  // 合单下单-Native支付
  {
    const { data } = await client.request('POST /v3/combine-transactions/native', {
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
        },
        sub_orders: [
          {
            mchid: '1900000109',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
          },
        ],
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        notify_url: 'https://yourapp.com/notify',
        limit_pay: ['no_balance'],
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
    const { data } = await client.v3['combine-transactions'].native.post({
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        scene_info: {
          device_id: 'POS1:1',
          payer_client_ip: '14.17.22.32',
        },
        sub_orders: [
          {
            mchid: '1900000109',
            attach: '深圳分店',
            amount: {
              total_amount: 100,
              currency: 'CNY',
            },
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            goods_tag: 'WXG',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_appid: 'wxd678efh567hg6999',
          },
        ],
        time_start: '2019-12-31T15:59:60+08:00',
        time_expire: '2019-12-31T15:59:60+08:00',
        notify_url: 'https://yourapp.com/notify',
        limit_pay: ['no_balance'],
        combine_payer_info: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
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
  // 合单查询订单
  {
    const { data } = await client.request('GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}', {
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['combine-transactions']['out-trade-no']['{combine_out_trade_no}'].get({
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  // 合单关闭订单
  {
    const { status } = await client.request('POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close', {
      params: {
        combine_out_trade_no: '',
      },
      json: {
        combine_appid: 'wxd678efh567hg6787',
        sub_orders: [
          {
            mchid: '1900000109',
            out_trade_no: '20150806125346',
            individual_auth_id: '1900000109',
            sub_mchid: '1900000109',
            sub_appid: 'wxd678efh567hg6999',
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['combine-transactions']['out-trade-no']['{combine_out_trade_no}'].close.post({
      params: {
        combine_out_trade_no: '',
      },
      json: {
        combine_appid: 'wxd678efh567hg6787',
        sub_orders: [
          {
            mchid: '1900000109',
            out_trade_no: '20150806125346',
            individual_auth_id: '1900000109',
            sub_mchid: '1900000109',
            sub_appid: 'wxd678efh567hg6999',
          },
        ],
      },
    })
    console.log(status)
  }
}
