// repayment: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 还款单查询
  {
    const { data } = await client.request('GET /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}', {
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.repayment['combine-transactions'].partner['out-trade-no']['{combine_out_trade_no}'].get({
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  // 商户关单
  {
    const { status } = await client.request('POST /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close', {
      params: {
        combine_out_trade_no: '1217752501201407033233368018',
      },
      json: {
        sub_orders: [
          {
            mchid: '1900000109',
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.repayment['combine-transactions'].partner['out-trade-no']['{combine_out_trade_no}'].close.post({
      params: {
        combine_out_trade_no: '1217752501201407033233368018',
      },
      json: {
        sub_orders: [
          {
            mchid: '1900000109',
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
          },
        ],
      },
    })
    console.log(status)
  }
  // 还款下单
  {
    const { data } = await client.request('POST /v3/repayment/combine-transactions/partner/prepay', {
      json: {
        combine_out_trade_no: '1217752501201407033233368018',
        combine_mchid: '1230000109',
        sub_orders: [
          {
            mchid: '1230000109',
            sub_mchid: '1900000109',
            out_trade_no: '20150806125346',
            amount: {
              total_amount: 10,
              currency: 'CNY',
            },
            attach: '深圳分店',
            description: '某某放心借',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
          },
        ],
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://yourapp.com/notify',
        h5_info: {
          combine_appid: 'wxd678efh567hg6787',
          payer_client_ip: '127.0.0.1',
          type: 'iOS',
          app_name: '王者荣耀',
          app_url: 'https://pay.qq.com',
          bundle_id: 'com.tencent.wzryiOS',
          package_name: 'com.tencent.tmgp.sgame',
        },
        app_info: {
          combine_appid: 'wxd678efh567hg6787',
        },
        miniprogram_info: {
          combine_appid: 'wxd678efh567hg6787',
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        combine_payer_info: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        wechat_web_info: {
          combine_appid: '',
          openid: '',
          webview_url: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.repayment['combine-transactions'].partner.prepay.post({
      json: {
        combine_out_trade_no: '1217752501201407033233368018',
        combine_mchid: '1230000109',
        sub_orders: [
          {
            mchid: '1230000109',
            sub_mchid: '1900000109',
            out_trade_no: '20150806125346',
            amount: {
              total_amount: 10,
              currency: 'CNY',
            },
            attach: '深圳分店',
            description: '某某放心借',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
          },
        ],
        time_expire: '2018-06-08T10:34:56+08:00',
        notify_url: 'https://yourapp.com/notify',
        h5_info: {
          combine_appid: 'wxd678efh567hg6787',
          payer_client_ip: '127.0.0.1',
          type: 'iOS',
          app_name: '王者荣耀',
          app_url: 'https://pay.qq.com',
          bundle_id: 'com.tencent.wzryiOS',
          package_name: 'com.tencent.tmgp.sgame',
        },
        app_info: {
          combine_appid: 'wxd678efh567hg6787',
        },
        miniprogram_info: {
          combine_appid: 'wxd678efh567hg6787',
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        combine_payer_info: {
          identity: {
            type: 'IDCARD',
            number: client.encrypt('证件号'),
            name: client.encrypt('姓名'),
          },
        },
        wechat_web_info: {
          combine_appid: '',
          openid: '',
          webview_url: '',
        },
      },
    })
    console.log(data)
  }
}
