// apply4sub: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询结算账户修改申请状态
  {
    const { data } = await client.request('GET /v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}', {
      params: {
        sub_mchid: '1511101111',
        application_no: '102329389XXXX',
      },
      query: {
        account_number_rule: 'ACCOUNT_NUMBER_RULE_MASK_V1',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.apply4sub.sub_merchants['{sub_mchid}'].application['{application_no}'].get({
      params: {
        sub_mchid: '1511101111',
        application_no: '102329389XXXX',
      },
      query: {
        account_number_rule: 'ACCOUNT_NUMBER_RULE_MASK_V1',
      },
    })
    console.log(data)
  }
  // 修改结算帐号
  {
    const { data } = await client.request('POST /v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement', {
      params: {
        sub_mchid: '1900006491',
      },
      json: {
        modify_mode: 'MODIFY_MODE_ASYNC',
        account_type: 'ACCOUNT_TYPE_BUSINESS',
        account_bank: '工商银行',
        bank_address_code: '110000',
        bank_name: '中国工商银行股份有限公司北京市分行营业部',
        bank_branch_id: '402713354941',
        account_number: client.encrypt('银行账号'),
        account_name: client.encrypt('开户名称'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.apply4sub.sub_merchants['{sub_mchid}']['modify-settlement'].post({
      params: {
        sub_mchid: '1900006491',
      },
      json: {
        modify_mode: 'MODIFY_MODE_ASYNC',
        account_type: 'ACCOUNT_TYPE_BUSINESS',
        account_bank: '工商银行',
        bank_address_code: '110000',
        bank_name: '中国工商银行股份有限公司北京市分行营业部',
        bank_branch_id: '402713354941',
        account_number: client.encrypt('银行账号'),
        account_name: client.encrypt('开户名称'),
      },
    })
    console.log(data)
  }
  // 查询结算账户
  {
    const { data } = await client.request('GET /v3/apply4sub/sub_merchants/{sub_mchid}/settlement', {
      params: {
        sub_mchid: '1900006491',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.apply4sub.sub_merchants['{sub_mchid}'].settlement.get({
      params: {
        sub_mchid: '1900006491',
      },
    })
    console.log(data)
  }
}
