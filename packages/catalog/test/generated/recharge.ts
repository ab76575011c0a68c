// recharge: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请银行转账充值
  {
    const { data } = await client.request('POST /v3/recharge/bank-transfer-recharges/apply', {
      json: {
        out_recharge_no: 'cz202407181234',
        recharge_scene: 'NORMAL_BANK_TRANSFER',
        account_type: 'BASIC',
        recharge_amount: {
          amount: 500000,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.recharge['bank-transfer-recharges'].apply.post({
      json: {
        out_recharge_no: 'cz202407181234',
        recharge_scene: 'NORMAL_BANK_TRANSFER',
        account_type: 'BASIC',
        recharge_amount: {
          amount: 500000,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  // 查询银行转账充值结果
  {
    const { data } = await client.request('GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}', {
      params: {
        out_recharge_no: 'cz202407181234',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.recharge['bank-transfer-recharges']['out-recharge-no']['{out_recharge_no}'].get({
      params: {
        out_recharge_no: 'cz202407181234',
      },
    })
    console.log(data)
  }
}
