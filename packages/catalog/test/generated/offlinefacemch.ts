// offlinefacemch: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询机构信息接口
  {
    const { data } = await client.request('GET /v3/offlinefacemch/organizations', {
      query: {
        organization_id: 'DBES323aeb',
        organization_name: '南山中兴小学部',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlinefacemch.organizations.get({
      query: {
        organization_id: 'DBES323aeb',
        organization_name: '南山中兴小学部',
      },
    })
    console.log(data)
  }
  // 刷脸用户信息查询接口
  {
    const { data } = await client.request('GET /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}', {
      params: {
        organization_id: '',
        out_user_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlinefacemch.organizations['{organization_id}'].users['out-user-id']['{out_user_id}'].get({
      params: {
        organization_id: '',
        out_user_id: '',
      },
    })
    console.log(data)
  }
  // 刷脸用户信息修改接口
  {
    const { status } = await client.request('PATCH /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}', {
      params: {
        organization_id: '',
        out_user_id: '',
      },
      json: {
        user_name: client.encrypt('姓名'),
        user_type: 'STUDENT',
        student_info: {
          class_name: '',
        },
        staff_info: {
          occupation: '',
        },
        status: 'NORMAL',
        phone: client.encrypt('手机号'),
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.offlinefacemch.organizations['{organization_id}'].users['out-user-id']['{out_user_id}'].patch({
      params: {
        organization_id: '',
        out_user_id: '',
      },
      json: {
        user_name: client.encrypt('姓名'),
        user_type: 'STUDENT',
        student_info: {
          class_name: '',
        },
        staff_info: {
          occupation: '',
        },
        status: 'NORMAL',
        phone: client.encrypt('手机号'),
      },
    })
    console.log(status)
  }
  // 解除刷脸用户签约关系接口
  {
    const { status } = await client.request('POST /v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract', {
      params: {
        organization_id: '',
        user_id: '',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.offlinefacemch.organizations['{organization_id}'].users['user-id']['{user_id}']['terminate-contract'].post({
      params: {
        organization_id: '',
        user_id: '',
      },
    })
    console.log(status)
  }
  // 获取凭证授权接口
  {
    const { data } = await client.request('POST /v3/offlinefacemch/tokens', {
      json: {
        scene: 'WEBSESSION',
        web_init_data: {
          out_user_id: '',
          organization_id: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlinefacemch.tokens.post({
      json: {
        scene: 'WEBSESSION',
        web_init_data: {
          out_user_id: '',
          organization_id: '',
        },
      },
    })
    console.log(data)
  }
}
