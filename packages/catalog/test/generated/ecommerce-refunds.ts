// ecommerce/refunds: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 退款申请
  {
    const { data } = await client.request('POST /v3/ecommerce/refunds/apply', {
      json: {
        individual_auth_id: '1900000109',
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        combine_mchid: '1230000109',
        combine_out_trade_no: 'P20150806125346',
        combine_transaction_id: '1217752501201407033233368018',
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '1217752501201407033233368018',
        out_refund_no: '1217752501201407033233368018',
        reason: '商品已售完',
        amount: {
          refund: 888,
          from: [
            {
              account: 'AVAILABLE',
              amount: 444,
            },
          ],
          total: 888,
          currency: 'CNY',
        },
        notify_url: 'https://weixin.qq.com',
        refund_account: 'REFUND_SOURCE_SUB_MERCHANT',
        funds_account: 'AVAILABLE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.refunds.apply.post({
      json: {
        individual_auth_id: '1900000109',
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        combine_mchid: '1230000109',
        combine_out_trade_no: 'P20150806125346',
        combine_transaction_id: '1217752501201407033233368018',
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '1217752501201407033233368018',
        out_refund_no: '1217752501201407033233368018',
        reason: '商品已售完',
        amount: {
          refund: 888,
          from: [
            {
              account: 'AVAILABLE',
              amount: 444,
            },
          ],
          total: 888,
          currency: 'CNY',
        },
        notify_url: 'https://weixin.qq.com',
        refund_account: 'REFUND_SOURCE_SUB_MERCHANT',
        funds_account: 'AVAILABLE',
      },
    })
    console.log(data)
  }
  // 通过微信支付退款单号查询退款
  {
    const { data } = await client.request('GET /v3/ecommerce/refunds/id/{refund_id}', {
      params: {
        refund_id: '50000000382019052709732678859',
      },
      query: {
        individual_auth_id: '1900000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.refunds.id['{refund_id}'].get({
      params: {
        refund_id: '50000000382019052709732678859',
      },
      query: {
        individual_auth_id: '1900000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 通过商户退款单号查询退款
  {
    const { data } = await client.request('GET /v3/ecommerce/refunds/out-refund-no/{out_refund_no}', {
      params: {
        out_refund_no: '1217752501201407033233368018',
      },
      query: {
        individual_auth_id: '1900000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.refunds['out-refund-no']['{out_refund_no}'].get({
      params: {
        out_refund_no: '1217752501201407033233368018',
      },
      query: {
        individual_auth_id: '1900000109',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 发起异常退款
  {
    const { data } = await client.request('POST /v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund', {
      params: {
        refund_id: '50000000382019052709732678859',
      },
      json: {
        sub_mchid: '1900000109',
        individual_auth_id: '1900000109',
        out_refund_no: '1217752501201407033233368018',
        type: 'USER_BANK_CARD',
        bank_type: 'ICBC_DEBIT',
        bank_account: client.encrypt('收款银行卡号'),
        real_name: client.encrypt('收款用户姓名'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.refunds['{refund_id}']['apply-abnormal-refund'].post({
      params: {
        refund_id: '50000000382019052709732678859',
      },
      json: {
        sub_mchid: '1900000109',
        individual_auth_id: '1900000109',
        out_refund_no: '1217752501201407033233368018',
        type: 'USER_BANK_CARD',
        bank_type: 'ICBC_DEBIT',
        bank_account: client.encrypt('收款银行卡号'),
        real_name: client.encrypt('收款用户姓名'),
      },
    })
    console.log(data)
  }
  // 查询垫付回补结果
  {
    const { data } = await client.request('GET /v3/ecommerce/refunds/{refund_id}/return-advance', {
      params: {
        refund_id: '50000000382019052709732678859',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.refunds['{refund_id}']['return-advance'].get({
      params: {
        refund_id: '50000000382019052709732678859',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 垫付退款回补
  {
    const { data } = await client.request('POST /v3/ecommerce/refunds/{refund_id}/return-advance', {
      params: {
        refund_id: '50000000382019052709732678859',
      },
      json: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.refunds['{refund_id}']['return-advance'].post({
      params: {
        refund_id: '50000000382019052709732678859',
      },
      json: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
}
