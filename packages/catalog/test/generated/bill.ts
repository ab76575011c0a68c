// bill: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请资金账单
  {
    const { data } = await client.request('GET /v3/bill/fundflowbill', {
      query: {
        bill_date: new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10),
        account_type: 'BASIC',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.bill.fundflowbill.get({
      query: {
        bill_date: new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10),
        account_type: 'BASIC',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
  // 申请单个子商户资金账单
  {
    const { data } = await client.request('GET /v3/bill/sub-merchant-fundflowbill', {
      query: {
        sub_mchid: '19000000001',
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
        algorithm: 'AEAD_AES_256_GCM',
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.bill['sub-merchant-fundflowbill'].get({
      query: {
        sub_mchid: '19000000001',
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
        algorithm: 'AEAD_AES_256_GCM',
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  // 申请交易账单
  {
    const { data } = await client.request('GET /v3/bill/tradebill', {
      query: {
        bill_date: new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10),
        bill_type: 'ALL',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.bill.tradebill.get({
      query: {
        bill_date: new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10),
        bill_type: 'ALL',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
}
