// partner-papay: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 服务商商户重试扣费通知
  {
    const { status } = await client.request('POST /v3/partner-papay/contracts/{contract_id}/fail-notify', {
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        sp_mchid: '1230000109',
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '12345512',
        sub_appid: 'wxd678efh567hg6787',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['partner-papay'].contracts['{contract_id}']['fail-notify'].post({
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        sp_mchid: '1230000109',
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '12345512',
        sub_appid: 'wxd678efh567hg6787',
      },
    })
    console.log(status)
  }
  // 服务商商户预扣费通知
  {
    const { status } = await client.request('POST /v3/partner-papay/contracts/{contract_id}/notify', {
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        sp_mchid: '1230000109',
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '12345512',
        sub_appid: 'wxd678efh567hg6787',
        deduct_duration: {
          count: 1,
          unit: 'DAY',
        },
        estimated_amount: {
          amount: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['partner-papay'].contracts['{contract_id}'].notify.post({
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        sp_mchid: '1230000109',
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '12345512',
        sub_appid: 'wxd678efh567hg6787',
        deduct_duration: {
          count: 1,
          unit: 'DAY',
        },
        estimated_amount: {
          amount: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(status)
  }
}
