// smartguide: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 服务人员查询
  {
    const { data } = await client.request('GET /v3/smartguide/guides', {
      query: {
        sub_mchid: '',
        store_id: 0,
        userid: '',
        mobile: client.encrypt('手机号码'),
        work_id: '',
        limit: 0,
        offset: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.smartguide.guides.get({
      query: {
        sub_mchid: '',
        store_id: 0,
        userid: '',
        mobile: client.encrypt('手机号码'),
        work_id: '',
        limit: 0,
        offset: 0,
      },
    })
    console.log(data)
  }
  // 服务人员注册
  {
    const { data } = await client.request('POST /v3/smartguide/guides', {
      json: {
        sub_mchid: '',
        corpid: '',
        store_id: 0,
        userid: '',
        name: client.encrypt('企业微信的员工姓名'),
        mobile: client.encrypt('手机号码'),
        qr_code: '',
        avatar: '',
        group_qrcode: 'https://work.weixin.qq.com/xxxxxxx',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.smartguide.guides.post({
      json: {
        sub_mchid: '',
        corpid: '',
        store_id: 0,
        userid: '',
        name: client.encrypt('企业微信的员工姓名'),
        mobile: client.encrypt('手机号码'),
        qr_code: '',
        avatar: '',
        group_qrcode: 'https://work.weixin.qq.com/xxxxxxx',
      },
    })
    console.log(data)
  }
  // 服务人员信息更新
  {
    const { status } = await client.request('PATCH /v3/smartguide/guides/{guide_id}', {
      params: {
        guide_id: 'LLA3WJ6DSZUfiaZDS79FH5Wm5m4X69TBic',
      },
      json: {
        sub_mchid: '1234567890',
        name: client.encrypt('企业微信的员工姓名'),
        mobile: client.encrypt('手机号码'),
        qr_code: '',
        avatar: '',
        group_qrcode: 'https://work.weixin.qq.com/xxxxxxx',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.smartguide.guides['{guide_id}'].patch({
      params: {
        guide_id: 'LLA3WJ6DSZUfiaZDS79FH5Wm5m4X69TBic',
      },
      json: {
        sub_mchid: '1234567890',
        name: client.encrypt('企业微信的员工姓名'),
        mobile: client.encrypt('手机号码'),
        qr_code: '',
        avatar: '',
        group_qrcode: 'https://work.weixin.qq.com/xxxxxxx',
      },
    })
    console.log(status)
  }
  // 服务人员分配
  {
    const { status } = await client.request('POST /v3/smartguide/guides/{guide_id}/assign', {
      params: {
        guide_id: '',
      },
      json: {
        sub_mchid: '1234567890',
        out_trade_no: '20150806125346',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.smartguide.guides['{guide_id}'].assign.post({
      params: {
        guide_id: '',
      },
      json: {
        sub_mchid: '1234567890',
        out_trade_no: '20150806125346',
      },
    })
    console.log(status)
  }
}
