// pay: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 微信分付-支付方式前置服务
  {
    const { data } = await client.request('POST /v3/pay/acquiring-bank/transactions/exposure', {
      json: {
        acquiring_bank_id: '1356485',
        acquiring_bank_appid: 'wx8888888888888888',
        merchant_id: '1900000109',
        merchant_appid: 'wxd678efh567hg6999',
        channel_id: '20001111',
        payer: {
          acquiring_bank_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
          merchant_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay['acquiring-bank'].transactions.exposure.post({
      json: {
        acquiring_bank_id: '1356485',
        acquiring_bank_appid: 'wx8888888888888888',
        merchant_id: '1900000109',
        merchant_appid: 'wxd678efh567hg6999',
        channel_id: '20001111',
        payer: {
          acquiring_bank_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
          merchant_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  // 商户贴息-获取微信分付曝光建议
  {
    const { data } = await client.request('POST /v3/pay/instal/exposure', {
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
        user_id_type: 'OPENID',
        openid: '123456789',
        phone_number_hash: 'EF879546FFFF',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.instal.exposure.post({
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
        user_id_type: 'OPENID',
        openid: '123456789',
        phone_number_hash: 'EF879546FFFF',
      },
    })
    console.log(data)
  }
  // 商户贴息-获取微信分付曝光建议
  {
    const { data } = await client.request('POST /v3/pay/instal/partner/exposure', {
      json: {
        sp_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        user_id: {
          user_id_type: 'OPENID',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.pay.instal.partner.exposure.post({
      json: {
        sp_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wxd678efh567hg6999',
        sub_mchid: '1900000109',
        user_id: {
          user_id_type: 'OPENID',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          phone_number_hash: 'ABDEF3445546456B',
        },
      },
    })
    console.log(data)
  }
}
