// security: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 商户签名验签／加解密测试
  {
    const { data } = await client.request('POST /v3/security/echo', {
      json: {
        notify_url: 'https://www.weixin.qq.com/v3/test',
        echo_message: 'hello',
        encrypted_echo_message: client.encrypt('平台证书或微信支付公钥加密测试字段'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.security.echo.post({
      json: {
        notify_url: 'https://www.weixin.qq.com/v3/test',
        echo_message: 'hello',
        encrypted_echo_message: client.encrypt('平台证书或微信支付公钥加密测试字段'),
      },
    })
    console.log(data)
  }
}
