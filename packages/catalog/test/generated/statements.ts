// statements: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 下载对账单
  {
    const { status } = await client.request('GET /v3/statements', {
      query: {
        date: '20180130',
        mchid: '1900000109',
      },
      headers: {
        'Accept-Encoding': 'gzip',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.statements.get({
      query: {
        date: '20180130',
        mchid: '1900000109',
      },
      headers: {
        'Accept-Encoding': 'gzip',
      },
    })
    console.log(status)
  }
}
