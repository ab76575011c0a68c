// med-ins: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 医保自费混合收款下单
  {
    const { data } = await client.request('POST /v3/med-ins/orders', {
      json: {
        mix_pay_type: 'CASH_AND_INSURANCE',
        order_type: 'REG_PAY',
        appid: 'wx8888888888888888',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        payer: {
          name: client.encrypt('真实姓名'),
          id_digest: client.encrypt('个人身份ID摘要'),
          card_type: 'ID_CARD',
        },
        pay_for_relatives: true,
        relative: {
          name: client.encrypt('真实姓名'),
          id_digest: client.encrypt('个人身份ID摘要'),
          card_type: 'ID_CARD',
        },
        out_trade_no: '202204022005169952975171534816',
        serial_no: '1217752501201',
        pay_order_id: 'ORD530100202204022006350000021',
        pay_auth_no: 'AUTH530100202204022006310000034',
        geo_location: '102.682296,25.054260',
        city_id: '530100',
        med_inst_name: '北大医院',
        med_inst_no: '1217752501201407033233368318',
        med_ins_order_create_time: '2018-06-08T10:34:56+08:00',
        total_fee: 202000,
        med_ins_gov_fee: 100000,
        med_ins_self_fee: 45000,
        med_ins_other_fee: 5000,
        med_ins_cash_fee: 50000,
        wechat_pay_cash_fee: 42000,
        cash_add_detail: [
          {
            cash_add_fee: 2000,
            cash_add_type: 'FREIGHT',
          },
        ],
        cash_reduce_detail: [
          {
            cash_reduce_fee: 10000,
            cash_reduce_type: 'DEFAULT_REDUCE_TYPE',
          },
        ],
        callback_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        prepay_id: 'wx201410272009395522657a690389285100',
        passthrough_request_content: '{"payAuthNo":"AUTH****","payOrdId":"ORD****","setlLatlnt":"118.096435,24.485407"}',
        extends: '{}',
        attach: '{}',
        channel_no: 'AAGN9uhZc5EGyRdairKW7Qnu',
        med_ins_test_env: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['med-ins'].orders.post({
      json: {
        mix_pay_type: 'CASH_AND_INSURANCE',
        order_type: 'REG_PAY',
        appid: 'wx8888888888888888',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        payer: {
          name: client.encrypt('真实姓名'),
          id_digest: client.encrypt('个人身份ID摘要'),
          card_type: 'ID_CARD',
        },
        pay_for_relatives: true,
        relative: {
          name: client.encrypt('真实姓名'),
          id_digest: client.encrypt('个人身份ID摘要'),
          card_type: 'ID_CARD',
        },
        out_trade_no: '202204022005169952975171534816',
        serial_no: '1217752501201',
        pay_order_id: 'ORD530100202204022006350000021',
        pay_auth_no: 'AUTH530100202204022006310000034',
        geo_location: '102.682296,25.054260',
        city_id: '530100',
        med_inst_name: '北大医院',
        med_inst_no: '1217752501201407033233368318',
        med_ins_order_create_time: '2018-06-08T10:34:56+08:00',
        total_fee: 202000,
        med_ins_gov_fee: 100000,
        med_ins_self_fee: 45000,
        med_ins_other_fee: 5000,
        med_ins_cash_fee: 50000,
        wechat_pay_cash_fee: 42000,
        cash_add_detail: [
          {
            cash_add_fee: 2000,
            cash_add_type: 'FREIGHT',
          },
        ],
        cash_reduce_detail: [
          {
            cash_reduce_fee: 10000,
            cash_reduce_type: 'DEFAULT_REDUCE_TYPE',
          },
        ],
        callback_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        prepay_id: 'wx201410272009395522657a690389285100',
        passthrough_request_content: '{"payAuthNo":"AUTH****","payOrdId":"ORD****","setlLatlnt":"118.096435,24.485407"}',
        extends: '{}',
        attach: '{}',
        channel_no: 'AAGN9uhZc5EGyRdairKW7Qnu',
        med_ins_test_env: true,
      },
    })
    console.log(data)
  }
  // 使用医保自费混合订单号查看下单结果
  {
    const { data } = await client.request('GET /v3/med-ins/orders/mix-trade-no/{mix_trade_no}', {
      params: {
        mix_trade_no: '1217752501201407033233368318',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['med-ins'].orders['mix-trade-no']['{mix_trade_no}'].get({
      params: {
        mix_trade_no: '1217752501201407033233368318',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 使用商户订单号查看下单结果
  {
    const { data } = await client.request('GET /v3/med-ins/orders/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '1217752501201407033233368318',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['med-ins'].orders['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '1217752501201407033233368318',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 医保退款通知
  {
    const { status } = await client.request('POST /v3/med-ins/refunds/notify', {
      query: {
        mix_trade_no: '1217752501201407033233368318',
      },
      json: {
        sub_mchid: '1900000109',
        med_refund_total_fee: 45000,
        med_refund__gov_fee: 45000,
        med_refund__self_fee: 45000,
        med_refund__other_fee: 45000,
        refund_time: '2018-06-08T10:34:56+08:00',
        out_refund_no: 'R202204022005169952975171534816',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['med-ins'].refunds.notify.post({
      query: {
        mix_trade_no: '1217752501201407033233368318',
      },
      json: {
        sub_mchid: '1900000109',
        med_refund_total_fee: 45000,
        med_refund__gov_fee: 45000,
        med_refund__self_fee: 45000,
        med_refund__other_fee: 45000,
        refund_time: '2018-06-08T10:34:56+08:00',
        out_refund_no: 'R202204022005169952975171534816',
      },
    })
    console.log(status)
  }
}
