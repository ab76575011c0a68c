// mch_operate: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 提交已注销商户号可用余额提现申请单
  {
    const { data } = await client.request('POST /v3/mch_operate/risk/withdrawl-apply', {
      json: {
        sub_mchid: '1900000109',
        out_account_type: 'BASIC_ACCOUNT',
        amount: 101,
        out_request_no: '2019061122222222122',
        payee_type: 'OTHER_MERCHANT',
        payee_mchid: '1900000109',
        payee_info: {
          account_type: 'ACCOUNT_TYPE_CORPORATE',
          bank_account_info: {
            account_name: client.encrypt('开户名称'),
            account_bank: '工商银行',
            bank_branch_id: '402713354941',
            bank_name: '402713354941',
            account_number: client.encrypt('银行账号'),
          },
          identity_info: {
            id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            identification_name: client.encrypt('证件姓名'),
            identification_no: client.encrypt('证件号码'),
          },
        },
        proof_media_list: {
          proof_payee_media: [
            {
              proof_media_type: 'BASIC_TRANSACTION_INFORMATION',
              proof_media: 'jTpGmxUX3FBWVQ5NJTZvlKXQ',
            },
          ],
        },
        additional_materials: {
          additional_media: ['jTpGmxUX3FBWVQ5NFQ'],
        },
        remark: '特殊理由',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mch_operate.risk['withdrawl-apply'].post({
      json: {
        sub_mchid: '1900000109',
        out_account_type: 'BASIC_ACCOUNT',
        amount: 101,
        out_request_no: '2019061122222222122',
        payee_type: 'OTHER_MERCHANT',
        payee_mchid: '1900000109',
        payee_info: {
          account_type: 'ACCOUNT_TYPE_CORPORATE',
          bank_account_info: {
            account_name: client.encrypt('开户名称'),
            account_bank: '工商银行',
            bank_branch_id: '402713354941',
            bank_name: '402713354941',
            account_number: client.encrypt('银行账号'),
          },
          identity_info: {
            id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            identification_name: client.encrypt('证件姓名'),
            identification_no: client.encrypt('证件号码'),
          },
        },
        proof_media_list: {
          proof_payee_media: [
            {
              proof_media_type: 'BASIC_TRANSACTION_INFORMATION',
              proof_media: 'jTpGmxUX3FBWVQ5NJTZvlKXQ',
            },
          ],
        },
        additional_materials: {
          additional_media: ['jTpGmxUX3FBWVQ5NFQ'],
        },
        remark: '特殊理由',
      },
    })
    console.log(data)
  }
  // 微信支付提现申请单号查询提现申请单状态
  {
    const { data } = await client.request('GET /v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}', {
      params: {
        applyment_id: '20220210183333',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mch_operate.risk['withdrawl-apply']['applyment-id']['{applyment_id}'].get({
      params: {
        applyment_id: '20220210183333',
      },
    })
    console.log(data)
  }
  // 商户提现申请单号查询提现申请单状态
  {
    const { data } = await client.request('GET /v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}', {
      params: {
        out_request_no: '123283928932',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mch_operate.risk['withdrawl-apply']['out-request-no']['{out_request_no}'].get({
      params: {
        out_request_no: '123283928932',
      },
    })
    console.log(data)
  }
}
