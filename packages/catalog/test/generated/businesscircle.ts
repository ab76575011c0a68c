// businesscircle: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 商圈会员停车状态同步
  {
    const { status } = await client.request('POST /v3/businesscircle/parkings', {
      json: {
        sub_mchid: '1900000109',
        brandid: 1000,
        appid: 'wx931386123456789e',
        openid: 'oUpF8uMuAJOM2pxb1Q',
        plate_number: '粤B888888',
        state: 'IN',
        time: '2022-06-01T10:43:39+08:00',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.businesscircle.parkings.post({
      json: {
        sub_mchid: '1900000109',
        brandid: 1000,
        appid: 'wx931386123456789e',
        openid: 'oUpF8uMuAJOM2pxb1Q',
        plate_number: '粤B888888',
        state: 'IN',
        time: '2022-06-01T10:43:39+08:00',
      },
    })
    console.log(status)
  }
  // 商圈会员积分同步
  {
    const { status } = await client.request('POST /v3/businesscircle/points/notify', {
      json: {
        sub_mchid: '1234567890',
        transaction_id: '1217752501201407033233368018',
        appid: 'wx1234567890abcdef',
        openid: 'oWmnN4xxxxxxxxxxe92NHIGf1xd8',
        earn_points: true,
        increased_points: 100,
        points_update_time: '2020-05-20T13:29:35.120+08:00',
        no_points_remarks: '商品不参与积分活动',
        total_points: 888888,
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.businesscircle.points.notify.post({
      json: {
        sub_mchid: '1234567890',
        transaction_id: '1217752501201407033233368018',
        appid: 'wx1234567890abcdef',
        openid: 'oWmnN4xxxxxxxxxxe92NHIGf1xd8',
        earn_points: true,
        increased_points: 100,
        points_update_time: '2020-05-20T13:29:35.120+08:00',
        no_points_remarks: '商品不参与积分活动',
        total_points: 888888,
      },
    })
    console.log(status)
  }
  // 商圈积分授权查询
  {
    const { data } = await client.request('GET /v3/businesscircle/user-authorizations/{openid}', {
      params: {
        openid: 'oWmnN4xxxxxxxxxxe92NHIGf1xd8',
      },
      query: {
        sub_mchid: '1900000109',
        appid: 'wx1234567890abcdef',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.businesscircle['user-authorizations']['{openid}'].get({
      params: {
        openid: 'oWmnN4xxxxxxxxxxe92NHIGf1xd8',
      },
      query: {
        sub_mchid: '1900000109',
        appid: 'wx1234567890abcdef',
      },
    })
    console.log(data)
  }
  // 商圈会员待积分状态查询
  {
    const { status } = await client.request('GET /v3/businesscircle/users/{openid}/points/commit_status', {
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        sub_mchid: '1900000109',
        brandid: 1000,
        appid: 'wx931386123456789e',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.businesscircle.users['{openid}'].points.commit_status.get({
      params: {
        openid: 'oUpF8uMuAJOM2pxb1Q',
      },
      query: {
        sub_mchid: '1900000109',
        brandid: 1000,
        appid: 'wx931386123456789e',
      },
    })
    console.log(status)
  }
}
