// billdownload: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 下载账单
  {
    const { status } = await client.request('GET /v3/billdownload/file', {
      query: {
        token: 'dN7J6yDgUzbX8Uk3sD4a4e',
        tartype: 'GZIP',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.billdownload.file.get({
      query: {
        token: 'dN7J6yDgUzbX8Uk3sD4a4e',
        tartype: 'GZIP',
      },
    })
    console.log(status)
  }
}
