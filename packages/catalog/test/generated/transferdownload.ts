// transferdownload: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 下载电子回单PDF文件
  {
    const { status } = await client.request('GET /v3/transferdownload/elecvoucherfile', {
      query: {
        token: 'X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD',
        source: 'elecsign',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.transferdownload.elecvoucherfile.get({
      query: {
        token: 'X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD',
        source: 'elecsign',
      },
    })
    console.log(status)
  }
  // 下载电子回单
  {
    const { status } = await client.request('GET /v3/transferdownload/signfile', {
      query: {
        token: 'X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.transferdownload.signfile.get({
      query: {
        token: 'X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD',
      },
    })
    console.log(status)
  }
}
