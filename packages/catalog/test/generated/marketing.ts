// marketing: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 给指定用户报名多笔立减活动
  {
    const { data } = await client.request('POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      json: {
        stock_id: '100088',
        activity_id: '186745560',
        out_request_no: '1002600620019090123143254435',
        appid: 'wx1234567889999',
        stock_creator_mchid: '9800064',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['bank-favor'].users['{openid}']['bank-multi-activity'].post({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      json: {
        stock_id: '100088',
        activity_id: '186745560',
        out_request_no: '1002600620019090123143254435',
        appid: 'wx1234567889999',
        stock_creator_mchid: '9800064',
      },
    })
    console.log(data)
  }
  // 查询绑定多笔立减活动的代金券详情
  {
    const { data } = await client.request('GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        coupon_id: '9856888',
      },
      query: {
        appid: 'wx57849631bb367f52',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['bank-favor'].users['{openid}'].coupons['{coupon_id}'].get({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        coupon_id: '9856888',
      },
      query: {
        appid: 'wx57849631bb367f52',
      },
    })
    console.log(data)
  }
  // 查询上传任务列表
  {
    const { data } = await client.request('GET /v3/marketing/bank/packages/{package_id}/tasks', {
      params: {
        package_id: '8473295',
      },
      query: {
        status: 'PROCESSING',
        filename: 'active_user.csv',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.bank.packages['{package_id}'].tasks.get({
      params: {
        package_id: '8473295',
      },
      query: {
        status: 'PROCESSING',
        filename: 'active_user.csv',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 导入定向用户协议号
  {
    const { data } = await client.request('POST /v3/marketing/bank/packages/{package_id}/tasks', {
      params: {
        package_id: '8473295',
      },
      multipart: {
        file,
        meta: {
          bank_type: '',
          filename: '',
          sha256: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.bank.packages['{package_id}'].tasks.post({
      params: {
        package_id: '8473295',
      },
      multipart: {
        file,
        meta: {
          bank_type: '',
          filename: '',
          sha256: '',
        },
      },
    })
    console.log(data)
  }
  // 查询批次下用户银行提现免费券列表
  {
    const { data } = await client.request('GET /v3/marketing/withdraw-favor/users/{openid}/coupons', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        mchid: '1230000109',
        stock_id: '1304490000000059',
        appid: 'wxd678efh567hg6787',
        offset: 1,
        limit: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['withdraw-favor'].users['{openid}'].coupons.get({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        mchid: '1230000109',
        stock_id: '1304490000000059',
        appid: 'wxd678efh567hg6787',
        offset: 1,
        limit: 10,
      },
    })
    console.log(data)
  }
  // 为用户发银行提现免费券
  {
    const { data } = await client.request('POST /v3/marketing/withdraw-favor/users/{openid}/coupons', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      json: {
        mchid: '1230000109',
        stock_id: '1304490000000059',
        appid: 'wxd678efh567hg6787',
        send_request_no: '89560002019101000121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['withdraw-favor'].users['{openid}'].coupons.post({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      json: {
        mchid: '1230000109',
        stock_id: '1304490000000059',
        appid: 'wxd678efh567hg6787',
        send_request_no: '89560002019101000121',
      },
    })
    console.log(data)
  }
}
