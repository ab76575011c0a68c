// transaction-block: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 分页查询子商户名下的交易拦截记录
  {
    const { data } = await client.request('GET /v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}', {
      params: {
        sub_mchid: '123000110',
      },
      query: {
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['transaction-block']['transaction-block-records']['sub-mchid']['{sub_mchid}'].get({
      params: {
        sub_mchid: '123000110',
      },
      query: {
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
  // 查询子商户交易拦截记录详情
  {
    const { data } = await client.request('GET /v3/transaction-block/transaction-block-records/{block_record_id}', {
      params: {
        block_record_id: '123400',
      },
      query: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['transaction-block']['transaction-block-records']['{block_record_id}'].get({
      params: {
        block_record_id: '123400',
      },
      query: {
        sub_mchid: '123000110',
      },
    })
    console.log(data)
  }
  // 发起交易拦截申诉
  {
    const { data } = await client.request('POST /v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}', {
      params: {
        sub_mchid: '123000110',
      },
      json: {
        merchant_submit_id: 'ABC123456789',
        submit_data: '{"record_fields":[{"item_id":"","field_name":"","name":"","type":0,"repeated_field_data":"[{\\"longitude\\":\\"\\",\\"latitude\\":\\"\\",\\"province\\":\\"\\",\\"city\\":\\"\\",\\"area\\":\\"\\",\\"street\\":\\"\\",\\"address\\":\\"\\",\\"name\\":\\"\\",\\"wechat_order_id\\":\\"\\",\\"merchant_order_id\\":\\"\\",\\"trade_time\\":\\"\\",\\"trade_money_amount\\":\\"\\",\\"trade_goods\\":\\"\\",\\"logistic_flag\\":0,\\"evidence_img_list\\":[\\"凭证图片1\\"]}]","tips":"","placeholder":"","tooltip":"","required":0,"need_encrypt":true,"string_check_rule":{"min_string_length":0,"max_string_length":0,"validator":"number"},"enum_check_rule":{"min_list_length":0,"max_list_length":0,"enum_values":["string"]},"file_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"time_interval_check_rule":{"min_list_length":2,"max_list_length":2},"order_interval_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"relations":[{"source_key":0,"source_value":""}]}]}',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['transaction-block']['transaction-block-submissions']['sub-mchid']['{sub_mchid}'].post({
      params: {
        sub_mchid: '123000110',
      },
      json: {
        merchant_submit_id: 'ABC123456789',
        submit_data: '{"record_fields":[{"item_id":"","field_name":"","name":"","type":0,"repeated_field_data":"[{\\"longitude\\":\\"\\",\\"latitude\\":\\"\\",\\"province\\":\\"\\",\\"city\\":\\"\\",\\"area\\":\\"\\",\\"street\\":\\"\\",\\"address\\":\\"\\",\\"name\\":\\"\\",\\"wechat_order_id\\":\\"\\",\\"merchant_order_id\\":\\"\\",\\"trade_time\\":\\"\\",\\"trade_money_amount\\":\\"\\",\\"trade_goods\\":\\"\\",\\"logistic_flag\\":0,\\"evidence_img_list\\":[\\"凭证图片1\\"]}]","tips":"","placeholder":"","tooltip":"","required":0,"need_encrypt":true,"string_check_rule":{"min_string_length":0,"max_string_length":0,"validator":"number"},"enum_check_rule":{"min_list_length":0,"max_list_length":0,"enum_values":["string"]},"file_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"time_interval_check_rule":{"min_list_length":2,"max_list_length":2},"order_interval_check_rule":{"min_list_length":0,"max_list_length":0,"enum_file_exts":["png"],"max_file_size":0},"relations":[{"source_key":0,"source_value":""}]}]}',
      },
    })
    console.log(data)
  }
  // 查询交易拦截申诉详情
  {
    const { data } = await client.request('GET /v3/transaction-block/transaction-block-submissions/{block_submission_id}', {
      params: {
        block_submission_id: 'B021234566799876aacsecd',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['transaction-block']['transaction-block-submissions']['{block_submission_id}'].get({
      params: {
        block_submission_id: 'B021234566799876aacsecd',
      },
    })
    console.log(data)
  }
}
