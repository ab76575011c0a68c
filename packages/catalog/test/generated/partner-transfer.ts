// partner-transfer: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 发起批量转账
  {
    const { data } = await client.request('POST /v3/partner-transfer/batches', {
      json: {
        sub_mchid: '1900000109',
        sub_appid: 'wxf636efh567hg4356',
        authorization_type: 'INFORMATION_AUTHORIZATION_TYPE',
        out_batch_no: 'plfk2020042013',
        batch_name: '2019年1月深圳分部报销单',
        batch_remark: '2019年1月深圳分部报销单',
        total_amount: 4000000,
        total_num: 200,
        transfer_detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            transfer_amount: 200000,
            transfer_remark: '2020年4月报销',
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
            user_name: client.encrypt('收款用户姓名'),
            user_id_card: client.encrypt('收款用户身份证'),
          },
        ],
        sp_appid: 'wxf636efh567hg4388',
        transfer_purpose: 'COMMISSION',
        transfer_scene: 'ORDINARY_TRANSFER',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['partner-transfer'].batches.post({
      json: {
        sub_mchid: '1900000109',
        sub_appid: 'wxf636efh567hg4356',
        authorization_type: 'INFORMATION_AUTHORIZATION_TYPE',
        out_batch_no: 'plfk2020042013',
        batch_name: '2019年1月深圳分部报销单',
        batch_remark: '2019年1月深圳分部报销单',
        total_amount: 4000000,
        total_num: 200,
        transfer_detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            transfer_amount: 200000,
            transfer_remark: '2020年4月报销',
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
            user_name: client.encrypt('收款用户姓名'),
            user_id_card: client.encrypt('收款用户身份证'),
          },
        ],
        sp_appid: 'wxf636efh567hg4388',
        transfer_purpose: 'COMMISSION',
        transfer_scene: 'ORDINARY_TRANSFER',
      },
    })
    console.log(data)
  }
  // 微信支付批次单号查询批次单
  {
    const { data } = await client.request('GET /v3/partner-transfer/batches/batch-id/{batch_id}', {
      params: {
        batch_id: '1030000071100999991182020050700019480001',
      },
      query: {
        need_query_detail: true,
        offset: 0,
        limit: 20,
        detail_status: 'FAIL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['partner-transfer'].batches['batch-id']['{batch_id}'].get({
      params: {
        batch_id: '1030000071100999991182020050700019480001',
      },
      query: {
        need_query_detail: true,
        offset: 0,
        limit: 20,
        detail_status: 'FAIL',
      },
    })
    console.log(data)
  }
  // 微信支付明细单号查询明细单
  {
    const { data } = await client.request('GET /v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}', {
      params: {
        batch_id: '1030000071100999991182020050700019480001',
        detail_id: '1040000071100999991182020050700019500100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['partner-transfer'].batches['batch-id']['{batch_id}'].details['detail-id']['{detail_id}'].get({
      params: {
        batch_id: '1030000071100999991182020050700019480001',
        detail_id: '1040000071100999991182020050700019500100',
      },
    })
    console.log(data)
  }
  // 商家批次单号查询批次单
  {
    const { data } = await client.request('GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}', {
      params: {
        out_batch_no: 'plfk2020042013',
      },
      query: {
        need_query_detail: true,
        offset: 0,
        limit: 20,
        detail_status: 'FAIL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['partner-transfer'].batches['out-batch-no']['{out_batch_no}'].get({
      params: {
        out_batch_no: 'plfk2020042013',
      },
      query: {
        need_query_detail: true,
        offset: 0,
        limit: 20,
        detail_status: 'FAIL',
      },
    })
    console.log(data)
  }
  // 商家明细单号查询明细单
  {
    const { data } = await client.request('GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}', {
      params: {
        out_batch_no: 'plfk2020042013',
        out_detail_no: 'x23zy545Bd5436',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['partner-transfer'].batches['out-batch-no']['{out_batch_no}'].details['out-detail-no']['{out_detail_no}'].get({
      params: {
        out_batch_no: 'plfk2020042013',
        out_detail_no: 'x23zy545Bd5436',
      },
    })
    console.log(data)
  }
}
