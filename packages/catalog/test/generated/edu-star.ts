// edu-star: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 通过QQ账号查询核销订单列表
  {
    const { data } = await client.request('GET /v3/edu-star/orders', {
      query: {
        appid: 'wx998877665544wx',
        wechat_openid: 'oUpF8uMuAJOM2pxb1Q',
        qq: '',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-star'].orders.get({
      query: {
        appid: 'wx998877665544wx',
        wechat_openid: 'oUpF8uMuAJOM2pxb1Q',
        qq: '',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 创建核销订单
  {
    const { data } = await client.request('POST /v3/edu-star/orders', {
      json: {
        appid: 'wx998877665544wx',
        wechat_openid: 'oUpF8uMuAJOM2pxb1Q',
        qq: '',
        right_id: 'qw3Da21QRCNt',
        create_time: '2018-05-23T12:13:50+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-star'].orders.post({
      json: {
        appid: 'wx998877665544wx',
        wechat_openid: 'oUpF8uMuAJOM2pxb1Q',
        qq: '',
        right_id: 'qw3Da21QRCNt',
        create_time: '2018-05-23T12:13:50+08:00',
      },
    })
    console.log(data)
  }
  // 通过微信用户标识查询用户信息
  {
    const { data } = await client.request('GET /v3/edu-star/users/openid/{wechat_openid}', {
      params: {
        wechat_openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        appid: 'wx998877665544wx',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-star'].users.openid['{wechat_openid}'].get({
      params: {
        wechat_openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        appid: 'wx998877665544wx',
      },
    })
    console.log(data)
  }
  // 通过QQ账号查询用户信息
  {
    const { data } = await client.request('GET /v3/edu-star/users/qq/{qq}', {
      params: {
        qq: '100000000000',
      },
      query: {
        appid: 'wx998877665544wx',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['edu-star'].users.qq['{qq}'].get({
      params: {
        qq: '100000000000',
      },
      query: {
        appid: 'wx998877665544wx',
      },
    })
    console.log(data)
  }
}
