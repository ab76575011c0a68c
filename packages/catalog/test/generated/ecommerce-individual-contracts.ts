// ecommerce/individual-contracts: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 根据业务申请单号查签约信息
  {
    const { data } = await client.request('GET /v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}', {
      params: {
        out_contract_code: 'APPLYMENT_00000000001',
      },
      query: {
        appid: 'wxd678efh567h23787',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['individual-contracts']['out-contract-code']['{out_contract_code}'].get({
      params: {
        out_contract_code: 'APPLYMENT_00000000001',
      },
      query: {
        appid: 'wxd678efh567h23787',
      },
    })
    console.log(data)
  }
  // APP场景预签约（需要实名验证）
  {
    const { data } = await client.request('POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app', {
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
        real_name: client.encrypt('真实姓名'),
        cred_type: 'ID_CARD',
        cred_id: client.encrypt('件号码'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['individual-contracts']['pre-entrust-sign-with-real-name-identity'].app.post({
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
        real_name: client.encrypt('真实姓名'),
        cred_type: 'ID_CARD',
        cred_id: client.encrypt('件号码'),
      },
    })
    console.log(data)
  }
  // 小程序场景预签约（需要实名验证）
  {
    const { data } = await client.request('POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program', {
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        real_name: client.encrypt('真实姓名'),
        cred_type: 'ID_CARD',
        cred_id: client.encrypt('件号码'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['individual-contracts']['pre-entrust-sign-with-real-name-identity']['mini-program'].post({
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        real_name: client.encrypt('真实姓名'),
        cred_type: 'ID_CARD',
        cred_id: client.encrypt('件号码'),
      },
    })
    console.log(data)
  }
  // APP场景预签约
  {
    const { data } = await client.request('POST /v3/ecommerce/individual-contracts/pre-entrust-sign/app', {
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['individual-contracts']['pre-entrust-sign'].app.post({
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
      },
    })
    console.log(data)
  }
  // 小程序场景预签约
  {
    const { data } = await client.request('POST /v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program', {
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['individual-contracts']['pre-entrust-sign']['mini-program'].post({
      json: {
        appid: 'wxd678efh567h23787',
        out_contract_code: 'APPLYMENT_00000000001',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    })
    console.log(data)
  }
  // 查询个人收款方授权结果
  {
    const { data } = await client.request('GET /v3/ecommerce/individual-contracts/{openid}', {
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        appid: 'wxd678efh567h23787',
        permission_type: 'INDIVIDUAL_PAYEE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce['individual-contracts']['{openid}'].get({
      params: {
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
      query: {
        appid: 'wxd678efh567h23787',
        permission_type: 'INDIVIDUAL_PAYEE',
      },
    })
    console.log(data)
  }
}
