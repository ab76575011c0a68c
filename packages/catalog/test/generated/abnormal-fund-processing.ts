// abnormal-fund-processing: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询在途异常资金付款结果
  {
    const { data } = await client.request('GET /v3/abnormal-fund-processing/receipts/{receipt_id}', {
      params: {
        receipt_id: '0100011742874700562078230000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['abnormal-fund-processing'].receipts['{receipt_id}'].get({
      params: {
        receipt_id: '0100011742874700562078230000',
      },
    })
    console.log(data)
  }
  // 发起在途异常资金付款指令
  {
    const { data } = await client.request('POST /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions', {
      params: {
        receipt_id: '0100011742874700562078230000',
      },
      json: {
        out_instruction_no: '1200002',
        transfer_mode: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER',
        receiver: {
          openid: 'eoCuiA7RW33Tc3jtz_5CNLegC9kN0',
          appid: 'wxf636efh567hg4356',
          mchid: '1900001108',
        },
        notify_url: 'https://weixin.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['abnormal-fund-processing'].receipts['{receipt_id}']['transfer-instructions'].post({
      params: {
        receipt_id: '0100011742874700562078230000',
      },
      json: {
        out_instruction_no: '1200002',
        transfer_mode: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER',
        receiver: {
          openid: 'eoCuiA7RW33Tc3jtz_5CNLegC9kN0',
          appid: 'wxf636efh567hg4356',
          mchid: '1900001108',
        },
        notify_url: 'https://weixin.qq.com',
      },
    })
    console.log(data)
  }
  // 查询在途异常资金付款指令执行结果
  {
    const { data } = await client.request('GET /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}', {
      params: {
        receipt_id: '0100011742874700562078230000',
        out_instruction_no: '1200002',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['abnormal-fund-processing'].receipts['{receipt_id}']['transfer-instructions']['{out_instruction_no}'].get({
      params: {
        receipt_id: '0100011742874700562078230000',
        out_instruction_no: '1200002',
      },
    })
    console.log(data)
  }
}
