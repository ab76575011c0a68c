// password-exempt-contract: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 电商收付通模式小程序场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program', {
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts.ecommerce['pre-entrust-sign']['mini-program'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 电商收付通模式支付后场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts.ecommerce['pre-entrust-sign']['pay-redirect-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 直连商户模式小程序场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program', {
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts.normal['pre-entrust-sign']['mini-program'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 直连商户模式支付后场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts.normal['pre-entrust-sign']['pay-redirect-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 清算机构模式小程序场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program', {
      json: {
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts.qs['pre-entrust-sign']['mini-program'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 清算机构模式支付后场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts.qs['pre-entrust-sign']['pay-redirect-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        sub_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 商户通过商户协议号查询协议
  {
    const { data } = await client.request('GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}', {
      params: {
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts['service-id']['{service_id}']['out-contract-code']['{out_contract_code}'].get({
      params: {
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  // 商户通过商户协议号解约协议
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate', {
      params: {
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts['service-id']['{service_id}']['out-contract-code']['{out_contract_code}'].terminate.post({
      params: {
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  // 服务商模式小程序场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts['service-provider']['pre-entrust-sign']['mini-program'].post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
      },
    })
    console.log(data)
  }
  // 服务商模式支付后场景预签约
  {
    const { data } = await client.request('POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['password-exempt-contract'].contracts['service-provider']['pre-entrust-sign']['pay-redirect-sign'].post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        service_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        notify_url: 'https://yourapp.com/notify',
        contract_display_account: '微信代扣用户A',
        prepay_id: 'wx201410272009395522657a690389285100',
      },
    })
    console.log(data)
  }
}
