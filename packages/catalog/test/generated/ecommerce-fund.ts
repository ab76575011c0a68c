// ecommerce/fund: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询二级商户账户实时余额
  {
    const { data } = await client.request('GET /v3/ecommerce/fund/balance/{sub_mchid}', {
      params: {
        sub_mchid: '1900000109',
      },
      query: {
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.fund.balance['{sub_mchid}'].get({
      params: {
        sub_mchid: '1900000109',
      },
      query: {
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  // 查询二级商户账户日终余额
  {
    const { data } = await client.request('GET /v3/ecommerce/fund/enddaybalance/{sub_mchid}', {
      params: {
        sub_mchid: '1222212222',
      },
      query: {
        date: '2019-08-17',
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.fund.enddaybalance['{sub_mchid}'].get({
      params: {
        sub_mchid: '1222212222',
      },
      query: {
        date: '2019-08-17',
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  // 账户余额提现
  {
    const { data } = await client.request('POST /v3/ecommerce/fund/withdraw', {
      json: {
        sub_mchid: '1900000109',
        out_request_no: '20190611222222222200000000012122',
        amount: 100,
        remark: '交易提现',
        bank_memo: '微信支付提现',
        account_type: 'BASIC',
        notify_url: 'https://weixin.qq.com/a-fake-notify-url',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.fund.withdraw.post({
      json: {
        sub_mchid: '1900000109',
        out_request_no: '20190611222222222200000000012122',
        amount: 100,
        remark: '交易提现',
        bank_memo: '微信支付提现',
        account_type: 'BASIC',
        notify_url: 'https://weixin.qq.com/a-fake-notify-url',
      },
    })
    console.log(data)
  }
  // 商户提现单号查询
  {
    const { data } = await client.request('GET /v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}', {
      params: {
        out_request_no: '20190611222222222200000000012122',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.fund.withdraw['out-request-no']['{out_request_no}'].get({
      params: {
        out_request_no: '20190611222222222200000000012122',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 微信支付提现单号查询
  {
    const { data } = await client.request('GET /v3/ecommerce/fund/withdraw/{withdraw_id}', {
      params: {
        withdraw_id: '1232193719823791273913279173',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.fund.withdraw['{withdraw_id}'].get({
      params: {
        withdraw_id: '1232193719823791273913279173',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
}
