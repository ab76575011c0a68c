// ecommerce/mch-transfer: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请二级商户商家转账授权
  {
    const { data } = await client.request('POST /v3/ecommerce/mch-transfer/authorizations', {
      json: {
        sub_mchid: '1900001109',
        agreement_list: [
          {
            agreement_code: '1',
            agreement_version: '20230101',
            sign_organization: '示例有限责任公司',
            sign_time: '2015-05-20T13:29:35.120+08:00',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['mch-transfer'].authorizations.post({
      json: {
        sub_mchid: '1900001109',
        agreement_list: [
          {
            agreement_code: '1',
            agreement_version: '20230101',
            sign_organization: '示例有限责任公司',
            sign_time: '2015-05-20T13:29:35.120+08:00',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询二级商户商家转账授权状态
  {
    const { data } = await client.request('GET /v3/ecommerce/mch-transfer/authorizations/{sub_mchid}', {
      params: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['mch-transfer'].authorizations['{sub_mchid}'].get({
      params: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 发起转账
  {
    const { data } = await client.request('POST /v3/ecommerce/mch-transfer/transfer-bills', {
      json: {
        sub_mchid: '1900001109',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        transfer_scene_id: '1000',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['mch-transfer']['transfer-bills'].post({
      json: {
        sub_mchid: '1900001109',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        transfer_scene_id: '1000',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 商户单号查询转账单
  {
    const { data } = await client.request('GET /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['mch-transfer']['transfer-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  // 撤销转账
  {
    const { data } = await client.request('POST /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      json: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['mch-transfer']['transfer-bills']['out-bill-no']['{out_bill_no}'].cancel.post({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      json: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 微信转账单号查询转账单
  {
    const { data } = await client.request('GET /v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}', {
      params: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['mch-transfer']['transfer-bills']['transfer-bill-no']['{transfer_bill_no}'].get({
      params: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
}
