// mch-manage: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 分页查询子商户名下的商户管理记录
  {
    const { data } = await client.request('GET /v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}', {
      params: {
        sub_mchid: '123000110',
      },
      query: {
        limit: 5,
        offset: 10,
        manage_record_type: 'FUNCTIONAL_LIMIT_RECORD',
        manage_record_state: 'PENDING',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-manage']['mch-manage-records']['sub-mchid']['{sub_mchid}'].get({
      params: {
        sub_mchid: '123000110',
      },
      query: {
        limit: 5,
        offset: 10,
        manage_record_type: 'FUNCTIONAL_LIMIT_RECORD',
        manage_record_state: 'PENDING',
      },
    })
    console.log(data)
  }
  // 查询子商户下指定商户管理记录
  {
    const { data } = await client.request('GET /v3/mch-manage/mch-manage-records/{manage_record_id}', {
      params: {
        manage_record_id: 'M1210999900435123451697535102441',
      },
      query: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-manage']['mch-manage-records']['{manage_record_id}'].get({
      params: {
        manage_record_id: 'M1210999900435123451697535102441',
      },
      query: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
  // 对指定商户管理记录提交资料
  {
    const { data } = await client.request('POST /v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions', {
      params: {
        manage_record_id: 'M1210999900435123451697535102441',
      },
      json: {
        sub_mchid: '123000110',
        submit_data: '{"record_fields":[{"item_id":"","field_name":"","name":"","type":0,"repeated_field_data":"[{\\"longitude\\":\\"\\",\\"latitude\\":\\"\\",\\"province\\":\\"\\",\\"city\\":\\"\\",\\"area\\":\\"\\",\\"street\\":\\"\\",\\"address\\":\\"\\",\\"name\\":\\"\\",\\"wechat_order_id\\":\\"\\",\\"merchant_order_id\\":\\"\\",\\"trade_time\\":\\"\\",\\"trade_money_amount\\":\\"\\",\\"trade_goods\\":\\"\\",\\"logistic_flag\\":0,\\"evidence_img_list\\":[\\"凭证图片1\\"]}]","tips":"","placeholder":"","tooltip":"","required":0,"need_encrypt":true,"string_check_rule":{"min_string_length":0,"max_string_length":0,"validator":"number"},"enum_check_rule":{"min_list_length":0,"max_list_length":0,"enum_values":["string"]},"file_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"time_interval_check_rule":{"min_list_length":2,"max_list_length":2},"order_interval_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"relations":[{"source_key":0,"source_value":""}]}]}',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-manage']['mch-manage-records']['{manage_record_id}']['mch-manage-submissions'].post({
      params: {
        manage_record_id: 'M1210999900435123451697535102441',
      },
      json: {
        sub_mchid: '123000110',
        submit_data: '{"record_fields":[{"item_id":"","field_name":"","name":"","type":0,"repeated_field_data":"[{\\"longitude\\":\\"\\",\\"latitude\\":\\"\\",\\"province\\":\\"\\",\\"city\\":\\"\\",\\"area\\":\\"\\",\\"street\\":\\"\\",\\"address\\":\\"\\",\\"name\\":\\"\\",\\"wechat_order_id\\":\\"\\",\\"merchant_order_id\\":\\"\\",\\"trade_time\\":\\"\\",\\"trade_money_amount\\":\\"\\",\\"trade_goods\\":\\"\\",\\"logistic_flag\\":0,\\"evidence_img_list\\":[\\"凭证图片1\\"]}]","tips":"","placeholder":"","tooltip":"","required":0,"need_encrypt":true,"string_check_rule":{"min_string_length":0,"max_string_length":0,"validator":"number"},"enum_check_rule":{"min_list_length":0,"max_list_length":0,"enum_values":["string"]},"file_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"time_interval_check_rule":{"min_list_length":2,"max_list_length":2},"order_interval_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"relations":[{"source_key":0,"source_value":""}]}]}',
      },
    })
    console.log(data)
  }
  // 上传商户提交资料文件
  {
    const { data } = await client.request('POST /v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload', {
      params: {
        sub_mchid: '123000110',
      },
      multipart: {
        submission_file: file,
        meta: {
          file_name: '',
          file_digest: '',
          item_id: 0,
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['mch-manage']['submission-files']['sub-mchid']['{sub_mchid}'].upload.post({
      params: {
        sub_mchid: '123000110',
      },
      multipart: {
        submission_file: file,
        meta: {
          file_name: '',
          file_digest: '',
          item_id: 0,
        },
      },
    })
    console.log(data)
  }
}
