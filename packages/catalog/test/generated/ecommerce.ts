// ecommerce: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请二级商户资金账单
  {
    const { data } = await client.request('GET /v3/ecommerce/bill/fundflowbill', {
      query: {
        bill_date: '2019-06-11',
        account_type: 'ALL',
        tar_type: 'GZIP',
        algorithm: 'AEAD_AES_256_GCM',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.bill.fundflowbill.get({
      query: {
        bill_date: '2019-06-11',
        account_type: 'ALL',
        tar_type: 'GZIP',
        algorithm: 'AEAD_AES_256_GCM',
      },
    })
    console.log(data)
  }
  // 查询指定主体子商户列表
  {
    const { data } = await client.request('GET /v3/ecommerce/subject-sub-merchants', {
      query: {
        organization_type: 'SUBJECT_TYPE_ENTERPRISE',
        cert_number: client.encrypt('证件号码'),
        limit: 20,
        offset: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['subject-sub-merchants'].get({
      query: {
        organization_type: 'SUBJECT_TYPE_ENTERPRISE',
        cert_number: client.encrypt('证件号码'),
        limit: 20,
        offset: 0,
      },
    })
    console.log(data)
  }
}
