// bank-batch-transfer: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询明细电子回单受理结果
  {
    const { data } = await client.request('GET /v3/bank-batch-transfer/receipt/detail-receipts', {
      query: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['bank-batch-transfer'].receipt['detail-receipts'].get({
      query: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
  // 受理明细电子回单
  {
    const { data } = await client.request('POST /v3/bank-batch-transfer/receipt/detail-receipts', {
      json: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['bank-batch-transfer'].receipt['detail-receipts'].post({
      json: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
  // 查询汇总电子回单受理结果
  {
    const { data } = await client.request('GET /v3/bank-batch-transfer/receipt/summary-receipts', {
      query: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['bank-batch-transfer'].receipt['summary-receipts'].get({
      query: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
      },
    })
    console.log(data)
  }
  // 受理汇总电子回单
  {
    const { data } = await client.request('POST /v3/bank-batch-transfer/receipt/summary-receipts', {
      json: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['bank-batch-transfer'].receipt['summary-receipts'].post({
      json: {
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
      },
    })
    console.log(data)
  }
}
