// iotmanage: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 获取出厂检查结果
  {
    const { data } = await client.request('GET /v3/iotmanage/device-inspections/{device_sn}', {
      params: {
        device_sn: 'AAAAA123456789012345678',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.iotmanage['device-inspections']['{device_sn}'].get({
      params: {
        device_sn: 'AAAAA123456789012345678',
      },
    })
    console.log(data)
  }
  // 智能设备列表
  {
    const { data } = await client.request('GET /v3/iotmanage/devices', {
      query: {
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.iotmanage.devices.get({
      query: {
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
}
