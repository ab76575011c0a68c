// merchant-risk-manage: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询风险订单
  {
    const { data } = await client.request('POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades', {
      json: {
        sp_mchid: '1900000109',
        sub_mchid: '1900009231',
        mchid: '1900009231',
        start_time: '2025-05-20T13:29:35+08:00',
        end_time: '2025-05-20T13:29:35+08:00',
        page_index: 1,
        page_size: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['ec-trade-risk']['query-risk-trades'].post({
      json: {
        sp_mchid: '1900000109',
        sub_mchid: '1900009231',
        mchid: '1900009231',
        start_time: '2025-05-20T13:29:35+08:00',
        end_time: '2025-05-20T13:29:35+08:00',
        page_index: 1,
        page_size: 10,
      },
    })
    console.log(data)
  }
  // 回传处置结果
  {
    const { data } = await client.request('POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result', {
      json: {
        sp_mchid: '1900000109',
        sub_mchid: '1900009231',
        mchid: '1900009231',
        out_trade_no: '20150806125346',
        final_risk_result: 1,
        final_risk_type: 1,
        disp_conclusion: [1, 2, 3],
        disp_addition: 'example_disp_addition',
        exist_complaint: true,
        refund_amount: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['ec-trade-risk']['recv-dispose-result'].post({
      json: {
        sp_mchid: '1900000109',
        sub_mchid: '1900009231',
        mchid: '1900009231',
        out_trade_no: '20150806125346',
        final_risk_result: 1,
        final_risk_type: 1,
        disp_conclusion: [1, 2, 3],
        disp_addition: 'example_disp_addition',
        exist_complaint: true,
        refund_amount: 100,
      },
    })
    console.log(data)
  }
  // 上报订单关联信息
  {
    const { data } = await client.request('POST /v3/merchant-risk-manage/report-trade-union-information', {
      json: {
        sp_mchid: '1900000109',
        acquiring_bank_id: '1356485',
        channel_id: '1900000108',
        sub_mchid: '1900009231',
        out_trade_no: '1217752501201407033233368018',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        phone: client.encrypt('用户手机号'),
        certificates_number: client.encrypt('用户实名证件号'),
        client_ip: '123.12.12.123',
        risk_level: 1,
        line_type: 1,
        goods_type: 1,
        seller_type: 1,
        is_need_deliver: true,
        device_type: 1,
        userid: '华为的账号：260XXX',
        phone_from: 1,
        seller_userid: '抖音的账号：XXXXX',
        scene: 1,
        recharge_fields: {
          account_type: 1,
          account: 'example_account',
        },
        living_expenses_fields: {
          acc_no: '123456',
          type: 1,
          city: '湖南衡阳',
          address: '广东省深圳市南山区海天二路33号',
          acc_name: '詹讯',
          company_name: '深圳电力',
          amount: 500,
        },
        extra_fields1: '{"key1":"value1"}',
        extra_fields2: '{"key1":"value1"}',
        extra_fields3: '{"key1":"value1"}',
        high_risk_goods: 1,
        same_deviced: true,
        reliable_device: true,
        delivery_province: 'example_delivery_province',
        delivery_city: 'example_delivery_city',
        new_address: true,
        last_pay_openid: 'example_last_pay_openid',
        risky_goods: 1,
        offline_delivery_label: 1,
        proxy_payment: true,
        order_phone_number: 'example_order_phone_number',
        user_risk_level: 1,
        sp_risk_level: 1,
        phone_number_location: 'example_phone_number_location',
        goods_category: 'example_goods_category',
        pre_opening_behavior: 'example_pre_opening_behavior',
        new_store: true,
        store_identifier: 'example_store_identifier',
        goods_listing_time: 'example_goods_listing_time',
        combine_out_trade_no: 'example_combine_out_trade_no',
        combine_mchid: 'example_combine_mchid',
        sub_orders: [
          {
            out_trade_no: 'example_out_trade_no',
            mch_id: 'example_mch_id',
            delivery_province: 'example_delivery_province',
            delivery_city: 'example_delivery_city',
            risky_goods: 1,
            user_risk_level: 1,
            sp_risk_level: 1,
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['report-trade-union-information'].post({
      json: {
        sp_mchid: '1900000109',
        acquiring_bank_id: '1356485',
        channel_id: '1900000108',
        sub_mchid: '1900009231',
        out_trade_no: '1217752501201407033233368018',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        phone: client.encrypt('用户手机号'),
        certificates_number: client.encrypt('用户实名证件号'),
        client_ip: '123.12.12.123',
        risk_level: 1,
        line_type: 1,
        goods_type: 1,
        seller_type: 1,
        is_need_deliver: true,
        device_type: 1,
        userid: '华为的账号：260XXX',
        phone_from: 1,
        seller_userid: '抖音的账号：XXXXX',
        scene: 1,
        recharge_fields: {
          account_type: 1,
          account: 'example_account',
        },
        living_expenses_fields: {
          acc_no: '123456',
          type: 1,
          city: '湖南衡阳',
          address: '广东省深圳市南山区海天二路33号',
          acc_name: '詹讯',
          company_name: '深圳电力',
          amount: 500,
        },
        extra_fields1: '{"key1":"value1"}',
        extra_fields2: '{"key1":"value1"}',
        extra_fields3: '{"key1":"value1"}',
        high_risk_goods: 1,
        same_deviced: true,
        reliable_device: true,
        delivery_province: 'example_delivery_province',
        delivery_city: 'example_delivery_city',
        new_address: true,
        last_pay_openid: 'example_last_pay_openid',
        risky_goods: 1,
        offline_delivery_label: 1,
        proxy_payment: true,
        order_phone_number: 'example_order_phone_number',
        user_risk_level: 1,
        sp_risk_level: 1,
        phone_number_location: 'example_phone_number_location',
        goods_category: 'example_goods_category',
        pre_opening_behavior: 'example_pre_opening_behavior',
        new_store: true,
        store_identifier: 'example_store_identifier',
        goods_listing_time: 'example_goods_listing_time',
        combine_out_trade_no: 'example_combine_out_trade_no',
        combine_mchid: 'example_combine_mchid',
        sub_orders: [
          {
            out_trade_no: 'example_out_trade_no',
            mch_id: 'example_mch_id',
            delivery_province: 'example_delivery_province',
            delivery_city: 'example_delivery_city',
            risky_goods: 1,
            user_risk_level: 1,
            sp_risk_level: 1,
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询风险信息
  {
    const { data } = await client.request('GET /v3/merchant-risk-manage/trade-risk-information', {
      query: {
        sp_mchid: '1900000109',
        acquiring_bank_id: '1356485',
        channel_id: '1900000108',
        sub_mchid: '1900009231',
        out_trade_no: '1217752501201407033233368018',
        complaints_information: '商家说高额返利，支付很大金额之后发现并没有返利，是骗子',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['trade-risk-information'].get({
      query: {
        sp_mchid: '1900000109',
        acquiring_bank_id: '1356485',
        channel_id: '1900000108',
        sub_mchid: '1900009231',
        out_trade_no: '1217752501201407033233368018',
        complaints_information: '商家说高额返利，支付很大金额之后发现并没有返利，是骗子',
      },
    })
    console.log(data)
  }
  // 处置结果回传
  {
    const { data } = await client.request('POST /v3/merchant-risk-manage/trade-risk-result', {
      json: {
        sp_mchid: '1900000109',
        acquiring_bank_id: '1356485',
        channel_id: '1900000108',
        sub_mchid: '1900009231',
        out_trade_no: '1217752501201407033233368018',
        risk_type: 'OTHER_RISK',
        punish_type: 'OTHER_PUNISH',
        additional_punish_type: 'SUSPEND_SETTLEMENT_NDAYS:10',
        complaints_information: '商家说高额返利，支付很大金额之后发现并没有返利，是骗子',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['trade-risk-result'].post({
      json: {
        sp_mchid: '1900000109',
        acquiring_bank_id: '1356485',
        channel_id: '1900000108',
        sub_mchid: '1900009231',
        out_trade_no: '1217752501201407033233368018',
        risk_type: 'OTHER_RISK',
        punish_type: 'OTHER_PUNISH',
        additional_punish_type: 'SUSPEND_SETTLEMENT_NDAYS:10',
        complaints_information: '商家说高额返利，支付很大金额之后发现并没有返利，是骗子',
      },
    })
    console.log(data)
  }
  // 删除商户违规通知回调地址
  {
    const { status } = await client.request('DELETE /v3/merchant-risk-manage/violation-notifications')
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-risk-manage']['violation-notifications'].delete()
    console.log(status)
  }
  // 查询商户违规通知回调地址
  {
    const { data } = await client.request('GET /v3/merchant-risk-manage/violation-notifications')
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['violation-notifications'].get()
    console.log(data)
  }
  // 创建商户违规通知回调地址
  {
    const { data } = await client.request('POST /v3/merchant-risk-manage/violation-notifications', {
      json: {
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['violation-notifications'].post({
      json: {
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 修改商户违规通知回调地址
  {
    const { data } = await client.request('PUT /v3/merchant-risk-manage/violation-notifications', {
      json: {
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-risk-manage']['violation-notifications'].put({
      json: {
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
}
