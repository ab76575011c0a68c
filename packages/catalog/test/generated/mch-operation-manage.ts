// mch-operation-manage: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 查询子商户强化尽调单信息
  {
    const { data } = await client.request('GET /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}', {
      params: {
        due_diligence_id: '123000110_2_2190381dakdajois1283i12jo',
      },
      query: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-operation-manage']['enhanced-due-diligence']['{due_diligence_id}'].get({
      params: {
        due_diligence_id: '123000110_2_2190381dakdajois1283i12jo',
      },
      query: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
  // 提交尽调资料
  {
    const { data } = await client.request('POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit', {
      params: {
        due_diligence_id: '123000110_2_2190381dakdajois1283i12jo',
      },
      json: {
        sub_mchid: '123000110',
        submit_data: '{"record_fields":[{"item_id":"","field_name":"","name":"","type":0,"tips":"","placeholder":"","tooltip":"","required":0,"check_rule":{"min_length":0,"max_length":0,"enum_file_exts":["png"],"max_file_size":0,"enum_keys":[1],"enum_values":["string"]},"relations":[{"source_key":0,"source_value":""}],"need_encrypt":true}]}',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-operation-manage']['enhanced-due-diligence']['{due_diligence_id}'].submit.post({
      params: {
        due_diligence_id: '123000110_2_2190381dakdajois1283i12jo',
      },
      json: {
        sub_mchid: '123000110',
        submit_data: '{"record_fields":[{"item_id":"","field_name":"","name":"","type":0,"tips":"","placeholder":"","tooltip":"","required":0,"check_rule":{"min_length":0,"max_length":0,"enum_file_exts":["png"],"max_file_size":0,"enum_keys":[1],"enum_values":["string"]},"relations":[{"source_key":0,"source_value":""}],"need_encrypt":true}]}',
      },
    })
    console.log(data)
  }
  // 上传尽调资料文件
  {
    const { data } = await client.request('POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload', {
      params: {
        due_diligence_id: '123000110_2_2190381dakdajois1283i12jo',
      },
      multipart: {
        due_diligence_file: file,
        meta: {
          file_name: '',
          file_digest: '',
          sub_mchid: '',
          item_id: 0,
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-operation-manage']['enhanced-due-diligence']['{due_diligence_id}'].upload.post({
      params: {
        due_diligence_id: '123000110_2_2190381dakdajois1283i12jo',
      },
      multipart: {
        due_diligence_file: file,
        meta: {
          file_name: '',
          file_digest: '',
          sub_mchid: '',
          item_id: 0,
        },
      },
    })
    console.log(data)
  }
  // 查询子商户管控情况
  {
    const { data } = await client.request('GET /v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}', {
      params: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-operation-manage']['merchant-limitations']['sub-mchid']['{sub_mchid}'].get({
      params: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
}
