// ecommerce/account: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 提交注销提现申请
  {
    const { data } = await client.request('POST /v3/ecommerce/account/apply-cancel-withdraw', {
      json: {
        sub_mchid: '1900000109',
        out_request_no: 'P202410241010125346',
        withdraw: 'APPLY_WITHDRAW',
        payee_info: {
          account_type: 'ACCOUNT_TYPE_CORPORATE',
          bank_account_info: {
            account_name: client.encrypt('开户名称'),
            account_bank: '工商银行',
            bank_branch_id: '402713354941',
            bank_branch_name: '',
            bank_name: '402713354941',
            account_number: client.encrypt('银行账号'),
          },
          identity_info: {
            id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            identification_name: client.encrypt('证件姓名'),
            identification_no: client.encrypt('证件号码'),
          },
        },
        proof_medias: [
          {
            proof_media_type: 'WITHDRAWAL_APPLICATION',
            proof_media: 'jTpGmxUX3FBWVQ5NJTZvlKXQ',
          },
        ],
        additional_materials: ['jTpGmxUX3FBWVQ5NFQ'],
        remark: '特殊理由',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['apply-cancel-withdraw'].post({
      json: {
        sub_mchid: '1900000109',
        out_request_no: 'P202410241010125346',
        withdraw: 'APPLY_WITHDRAW',
        payee_info: {
          account_type: 'ACCOUNT_TYPE_CORPORATE',
          bank_account_info: {
            account_name: client.encrypt('开户名称'),
            account_bank: '工商银行',
            bank_branch_id: '402713354941',
            bank_branch_name: '',
            bank_name: '402713354941',
            account_number: client.encrypt('银行账号'),
          },
          identity_info: {
            id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            identification_name: client.encrypt('证件姓名'),
            identification_no: client.encrypt('证件号码'),
          },
        },
        proof_medias: [
          {
            proof_media_type: 'WITHDRAWAL_APPLICATION',
            proof_media: 'jTpGmxUX3FBWVQ5NJTZvlKXQ',
          },
        ],
        additional_materials: ['jTpGmxUX3FBWVQ5NFQ'],
        remark: '特殊理由',
      },
    })
    console.log(data)
  }
  // 微信支付注销提现申请单号查询申请单状态
  {
    const { data } = await client.request('GET /v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}', {
      params: {
        applyment_id: 'X202410241010125346',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['apply-cancel-withdraw']['applyment-id']['{applyment_id}'].get({
      params: {
        applyment_id: 'X202410241010125346',
      },
    })
    console.log(data)
  }
  // 平台代商户确认注销
  {
    const { data } = await client.request('POST /v3/ecommerce/account/apply-cancel-withdraw/confirm', {
      json: {
        applyment_id: 'X202410241010125346',
        out_request_no: 'P202410241010125346',
        sub_mchid: '1900000109',
        operator_identification: 'id1102',
        confirm_time: '2015-05-20T13:29:35.120+08:00',
        cancel_contract_version: 'V20241213',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['apply-cancel-withdraw'].confirm.post({
      json: {
        applyment_id: 'X202410241010125346',
        out_request_no: 'P202410241010125346',
        sub_mchid: '1900000109',
        operator_identification: 'id1102',
        confirm_time: '2015-05-20T13:29:35.120+08:00',
        cancel_contract_version: 'V20241213',
      },
    })
    console.log(data)
  }
  // 商户注销提现申请单号查询申请单状态
  {
    const { data } = await client.request('GET /v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}', {
      params: {
        out_request_no: 'P202410241010125346',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['apply-cancel-withdraw']['out-request-no']['{out_request_no}'].get({
      params: {
        out_request_no: 'P202410241010125346',
      },
    })
    console.log(data)
  }
  // 商户注销资格校验
  {
    const { data } = await client.request('GET /v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}', {
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['apply-cancel-withdraw']['validate-cancel']['{sub_mchid}'].get({
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 提交注销申请单
  {
    const { data } = await client.request('POST /v3/ecommerce/account/cancel-applications', {
      json: {
        sub_mchid: '1900000109',
        out_apply_no: '2019061122222222122',
        application_info: [
          {
            application_type: 'SP_CANCEL_ACCOUNT_APPLICATION',
            application_media_id: '',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['cancel-applications'].post({
      json: {
        sub_mchid: '1900000109',
        out_apply_no: '2019061122222222122',
        application_info: [
          {
            application_type: 'SP_CANCEL_ACCOUNT_APPLICATION',
            application_media_id: '',
          },
        ],
      },
    })
    console.log(data)
  }
  // 注销申请图片上传
  {
    const { data } = await client.request('POST /v3/ecommerce/account/cancel-applications/media', {
      multipart: {
        file,
        meta: {
          file_digest: '',
          file_name: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['cancel-applications'].media.post({
      multipart: {
        file,
        meta: {
          file_digest: '',
          file_name: '',
        },
      },
    })
    console.log(data)
  }
  // 查询注销单状态
  {
    const { data } = await client.request('GET /v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}', {
      params: {
        out_apply_no: '2019061122222222122',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.account['cancel-applications']['out-apply-no']['{out_apply_no}'].get({
      params: {
        out_apply_no: '2019061122222222122',
      },
    })
    console.log(data)
  }
}
