// platsolution/mch-transfer: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 受理商家转账
  {
    const { data } = await client.request('POST /v3/platsolution/mch-transfer/batches/apply', {
      json: {
        sub_mchid: '1900001109',
        sp_appid: 'wxf636efh567hg4356',
        sub_appid: 'wxf636efh567hg4356',
        out_batch_no: 'sjzz20230223',
        batch_name: '2023年2月深圳分部报销单',
        batch_remark: '2023年2月深圳分部报销单',
        total_amount: 4000000,
        total_num: 200,
        transfer_scene_id: '1000',
        transfer_detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            transfer_amount: 200000,
            transfer_remark: '2023年2月报销',
            reservation_id: '1330000071100999991182020050700019480001',
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
          },
        ],
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches.apply.post({
      json: {
        sub_mchid: '1900001109',
        sp_appid: 'wxf636efh567hg4356',
        sub_appid: 'wxf636efh567hg4356',
        out_batch_no: 'sjzz20230223',
        batch_name: '2023年2月深圳分部报销单',
        batch_remark: '2023年2月深圳分部报销单',
        total_amount: 4000000,
        total_num: 200,
        transfer_scene_id: '1000',
        transfer_detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            transfer_amount: 200000,
            transfer_remark: '2023年2月报销',
            reservation_id: '1330000071100999991182020050700019480001',
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
          },
        ],
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 微信支付转账批次单号查询批次单
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/batches/batch-id/{batch_id}', {
      params: {
        batch_id: '131000011085109987515042023022300246500006',
      },
      query: {
        sub_mchid: '1900102208',
        need_query_detail: true,
        detail_state: 'FAIL',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['batch-id']['{batch_id}'].get({
      params: {
        batch_id: '131000011085109987515042023022300246500006',
      },
      query: {
        sub_mchid: '1900102208',
        need_query_detail: true,
        detail_state: 'FAIL',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 微信支付转账明细单号查询明细单
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}', {
      params: {
        batch_id: '131000011085109987515042023022300246500006',
        detail_id: '132000011085109987515042023022300246521006',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['batch-id']['{batch_id}'].details['detail-id']['{detail_id}'].get({
      params: {
        batch_id: '131000011085109987515042023022300246500006',
        detail_id: '132000011085109987515042023022300246521006',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询商家转账明细电子回单
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}', {
      params: {
        out_batch_no: 'sjzz20230223',
        out_detail_no: 'x23zy545Bd5436',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['detail-receipts']['out-batch-no']['{out_batch_no}']['out-detail-no']['{out_detail_no}'].get({
      params: {
        out_batch_no: 'sjzz20230223',
        out_detail_no: 'x23zy545Bd5436',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 申请商家转账明细电子回单
  {
    const { data } = await client.request('POST /v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply', {
      params: {
        out_batch_no: 'sjzz20230223',
        out_detail_no: 'x23zy545Bd5436',
      },
      json: {
        sub_mchid: '1900102208',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['detail-receipts']['out-batch-no']['{out_batch_no}']['out-detail-no']['{out_detail_no}'].apply.post({
      params: {
        out_batch_no: 'sjzz20230223',
        out_detail_no: 'x23zy545Bd5436',
      },
      json: {
        sub_mchid: '1900102208',
      },
    })
    console.log(data)
  }
  // 商户转账批次单号查询批次单
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}', {
      params: {
        out_batch_no: 'sjzz20230223',
      },
      query: {
        sub_mchid: '1900102208',
        need_query_detail: true,
        offset: 0,
        limit: 20,
        detail_state: 'ALL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['out-batch-no']['{out_batch_no}'].get({
      params: {
        out_batch_no: 'sjzz20230223',
      },
      query: {
        sub_mchid: '1900102208',
        need_query_detail: true,
        offset: 0,
        limit: 20,
        detail_state: 'ALL',
      },
    })
    console.log(data)
  }
  // 商户明细单号查询明细单
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}', {
      params: {
        out_batch_no: 'sjzz20230223',
        out_detail_no: 'x23zy545Bd5436',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['out-batch-no']['{out_batch_no}'].details['out-detail-no']['{out_detail_no}'].get({
      params: {
        out_batch_no: 'sjzz20230223',
        out_detail_no: 'x23zy545Bd5436',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询商家转账批次电子回单
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}', {
      params: {
        out_batch_no: 'sjzz20230223',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['summary-receipts']['out-batch-no']['{out_batch_no}'].get({
      params: {
        out_batch_no: 'sjzz20230223',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 申请商家转账批次电子回单
  {
    const { data } = await client.request('POST /v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply', {
      params: {
        out_batch_no: 'sjzz20230223',
      },
      json: {
        sub_mchid: '1900102208',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].batches['summary-receipts']['out-batch-no']['{out_batch_no}'].apply.post({
      params: {
        out_batch_no: 'sjzz20230223',
      },
      json: {
        sub_mchid: '1900102208',
      },
    })
    console.log(data)
  }
  // 受理单次预约商家转账
  {
    const { data } = await client.request('POST /v3/platsolution/mch-transfer/reservation/apply', {
      json: {
        sub_mchid: '1900001109',
        sp_appid: 'wxf636efh567hg4356',
        sub_appid: 'wxf636efh567hg4356',
        out_reservation_no: 'plfk2020042013',
        transfer_scene_id: '1000',
        estimated_date: '2019-11-22',
        estimated_max_amount: 400000,
        exact_amount: 100000,
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_real_name: client.encrypt('收款用户姓名'),
        reserve_remark: '由于存在收益波动，实际到账资金可能不等于当前金额',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        scene_report_data: {
          insurance_policy: {
            product_registration_no: '40058541257',
            policy_no: '202301011651',
            name: '养老保险',
            withdrawal_no: '202310410941',
            claim_no: '202310410941',
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].reservation.apply.post({
      json: {
        sub_mchid: '1900001109',
        sp_appid: 'wxf636efh567hg4356',
        sub_appid: 'wxf636efh567hg4356',
        out_reservation_no: 'plfk2020042013',
        transfer_scene_id: '1000',
        estimated_date: '2019-11-22',
        estimated_max_amount: 400000,
        exact_amount: 100000,
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_real_name: client.encrypt('收款用户姓名'),
        reserve_remark: '由于存在收益波动，实际到账资金可能不等于当前金额',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        scene_report_data: {
          insurance_policy: {
            product_registration_no: '40058541257',
            policy_no: '202301011651',
            name: '养老保险',
            withdrawal_no: '202310410941',
            claim_no: '202310410941',
          },
        },
      },
    })
    console.log(data)
  }
  // 商户预约单号查询预约商家转账记录
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}', {
      params: {
        out_reservation_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].reservation['out-reservation-no']['{out_reservation_no}'].get({
      params: {
        out_reservation_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 关闭预约商家转账记录
  {
    const { data } = await client.request('POST /v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close', {
      params: {
        out_reservation_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].reservation['out-reservation-no']['{out_reservation_no}'].close.post({
      params: {
        out_reservation_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 微信支付预约单号查询预约商家转账记录
  {
    const { data } = await client.request('GET /v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}', {
      params: {
        reservation_id: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution['mch-transfer'].reservation['reservation-id']['{reservation_id}'].get({
      params: {
        reservation_id: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
}
