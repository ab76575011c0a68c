// facemch: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询用户授权的实名信息
  {
    const { data } = await client.request('GET /v3/facemch/users/{face_sid}', {
      params: {
        face_sid: 'aabbccdd12345',
      },
      query: {
        info_type: 'ASK_UNIONID',
        appid: 'wx2b029c08a6233333',
        sub_mchid: '123456789',
        sub_appid: 'wx2b029c08a6255555',
        sub_serial_no: 'wx2b029c08a6255555',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.facemch.users['{face_sid}'].get({
      params: {
        face_sid: 'aabbccdd12345',
      },
      query: {
        info_type: 'ASK_UNIONID',
        appid: 'wx2b029c08a6233333',
        sub_mchid: '123456789',
        sub_appid: 'wx2b029c08a6255555',
        sub_serial_no: 'wx2b029c08a6255555',
      },
    })
    console.log(data)
  }
}
