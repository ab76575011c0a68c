// transfer-detail: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询转账明细电子回单受理结果
  {
    const { data } = await client.request('GET /v3/transfer-detail/electronic-receipts', {
      query: {
        accept_type: 'BATCH_TRANSFER',
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['transfer-detail']['electronic-receipts'].get({
      query: {
        accept_type: 'BATCH_TRANSFER',
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
  // 转账明细电子回单受理
  {
    const { data } = await client.request('POST /v3/transfer-detail/electronic-receipts', {
      json: {
        accept_type: 'BATCH_TRANSFER',
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['transfer-detail']['electronic-receipts'].post({
      json: {
        accept_type: 'BATCH_TRANSFER',
        out_batch_no: 'GD2021011610162610BBdkkIwcu3',
        out_detail_no: 'mx0911231610162610v4CNkO4HAf',
      },
    })
    console.log(data)
  }
}
