// certificates: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 获取平台证书列表
  {
    const { data } = await client.request('GET /v3/certificates', {
      query: {
        algorithm_type: 'RSA',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.certificates.get({
      query: {
        algorithm_type: 'RSA',
      },
    })
    console.log(data)
  }
}
