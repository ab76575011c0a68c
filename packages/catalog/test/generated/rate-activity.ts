// rate-activity: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 报名费率优惠活动
  {
    const { data } = await client.request('POST /v3/rate-activity/applications', {
      json: {
        acquiring_bank_id: '1356485',
        channel_id: '20001111',
        sub_mchid: '1346578',
        activity_detail: {
          activity_id: 'schoolcanteen_001',
          activity_rate: '0.6',
          activity_apply_information: [
            {
              apply_material_id: 'SCHOOL_QUALIFICATION_PROVEMENT',
              apply_material_information: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
            },
          ],
        },
        additional_information: {
          additional_message: '特殊情况，说明原因',
          additional_material: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['rate-activity'].applications.post({
      json: {
        acquiring_bank_id: '1356485',
        channel_id: '20001111',
        sub_mchid: '1346578',
        activity_detail: {
          activity_id: 'schoolcanteen_001',
          activity_rate: '0.6',
          activity_apply_information: [
            {
              apply_material_id: 'SCHOOL_QUALIFICATION_PROVEMENT',
              apply_material_information: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
            },
          ],
        },
        additional_information: {
          additional_message: '特殊情况，说明原因',
          additional_material: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
        },
      },
    })
    console.log(data)
  }
  // 根据申请单ID查询申请单结果
  {
    const { data } = await client.request('GET /v3/rate-activity/applications/id/{application_id}', {
      params: {
        application_id: '20000011111',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['rate-activity'].applications.id['{application_id}'].get({
      params: {
        application_id: '20000011111',
      },
    })
    console.log(data)
  }
  // 修改单据信息
  {
    const { data } = await client.request('PATCH /v3/rate-activity/applications/id/{application_id}', {
      params: {
        application_id: '20000011111',
      },
      json: {
        activity_detail_modification: {
          activity_rate: '0.6',
          activity_apply_information: [
            {
              apply_material_id: 'SCHOOL_QUALIFICATION_PROOF',
              apply_material_information: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
            },
          ],
        },
        additional_information: {
          additional_message: '特殊情况，说明原因',
          additional_material: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['rate-activity'].applications.id['{application_id}'].patch({
      params: {
        application_id: '20000011111',
      },
      json: {
        activity_detail_modification: {
          activity_rate: '0.6',
          activity_apply_information: [
            {
              apply_material_id: 'SCHOOL_QUALIFICATION_PROOF',
              apply_material_information: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
            },
          ],
        },
        additional_information: {
          additional_message: '特殊情况，说明原因',
          additional_material: ['0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjm'],
        },
      },
    })
    console.log(data)
  }
}
