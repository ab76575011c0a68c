// ecommerce/combine-papay: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 通过商户协议号查询协议
  {
    const { data } = await client.request('GET /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['combine-papay'].contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].get({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  // 商户协议号解约协议
  {
    const { data } = await client.request('POST /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['combine-papay'].contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].terminate.post({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  // APP方式预签约
  {
    const { data } = await client.request('POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        notify_url: 'https://yourapp.com/notify',
        return_app: true,
        attach: 'example_attach',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['combine-papay'].contracts['pre-entrust-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        notify_url: 'https://yourapp.com/notify',
        return_app: true,
        attach: 'example_attach',
      },
    })
    console.log(data)
  }
  // 小程序方式预签约
  {
    const { data } = await client.request('POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program', {
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        notify_url: 'https://yourapp.com/notify',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['combine-papay'].contracts['pre-entrust-sign']['mini-program'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        notify_url: 'https://yourapp.com/notify',
      },
    })
    console.log(data)
  }
  // 电商合单委托代扣支付
  {
    const { data } = await client.request('POST /v3/ecommerce/combine-papay/transactions', {
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        contract_id: '123124412412423431',
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
            sub_appid: 'wxd678efh567hg6787',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_risk_info: 'ip:202.106.196.115;last_oid:ox6zi6jKVxWVxxxx-xWlkMxxxx7E;device:%27Android%3B12%3BHUAWEI%3BADA-AL00%27;',
          },
        ],
        risk_info: 'ip:202.106.196.115;last_oid:ox6zi6jKVxWVxxxx-xWlkMxxxx7E;device:%27Android%3B12%3BHUAWEI%3BADA-AL00%27;',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['combine-papay'].transactions.post({
      json: {
        combine_appid: 'wxd678efh567hg6787',
        combine_mchid: '1900000109',
        combine_out_trade_no: 'P20150806125346',
        contract_id: '123124412412423431',
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
            sub_appid: 'wxd678efh567hg6787',
            description: '腾讯充值中心-QQ会员充值',
            settle_info: {
              profit_sharing: true,
              subsidy_amount: 10,
            },
            sub_risk_info: 'ip:202.106.196.115;last_oid:ox6zi6jKVxWVxxxx-xWlkMxxxx7E;device:%27Android%3B12%3BHUAWEI%3BADA-AL00%27;',
          },
        ],
        risk_info: 'ip:202.106.196.115;last_oid:ox6zi6jKVxWVxxxx-xWlkMxxxx7E;device:%27Android%3B12%3BHUAWEI%3BADA-AL00%27;',
      },
    })
    console.log(data)
  }
  // 电商合单委托代扣查询订单
  {
    const { data } = await client.request('GET /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}', {
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['combine-papay'].transactions['{combine_out_trade_no}'].get({
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
    })
    console.log(data)
  }
  // 电商合单委托代扣撤销订单
  {
    const { status } = await client.request('POST /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse', {
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
      json: {
        combine_appid: 'wxd678efh567hg6787',
        sub_orders: [
          {
            mchid: '1900000109',
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            sub_appid: 'wxd678efh567hg6787',
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.ecommerce['combine-papay'].transactions['{combine_out_trade_no}'].reverse.post({
      params: {
        combine_out_trade_no: 'P20150806125346',
      },
      json: {
        combine_appid: 'wxd678efh567hg6787',
        sub_orders: [
          {
            mchid: '1900000109',
            out_trade_no: '20150806125346',
            sub_mchid: '1900000109',
            sub_appid: 'wxd678efh567hg6787',
          },
        ],
      },
    })
    console.log(status)
  }
}
