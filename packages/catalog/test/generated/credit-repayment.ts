// credit-repayment: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // APP预签约自动还款协议
  {
    const { data } = await client.request('POST /v3/credit-repayment/partner/contracts/app-presign', {
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: '123',
        out_contract_code: '100001256',
        display_name: '*明',
        contract_notify_url: 'https://pay.weixin.qq.com',
        repayment_day: 1,
        repayment_amount_limit: '10000',
        sub_mchid: '1000000109',
        sub_appid: 'example_sub_appid',
        real_identity: {
          identity_type: 'REAL_IDENTITY_TYPE_INVALID',
          identity_id: client.encrypt('自然人证件号码'),
          real_name: client.encrypt('自然人姓名'),
        },
        trade_info: {
          out_trade_no: '1217752501201407033233368018',
          deduct_amount: 10000,
          description: '信贷还款',
          attach: '备注信息',
          notify_url: 'https://www.test.com',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner.contracts['app-presign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: '123',
        out_contract_code: '100001256',
        display_name: '*明',
        contract_notify_url: 'https://pay.weixin.qq.com',
        repayment_day: 1,
        repayment_amount_limit: '10000',
        sub_mchid: '1000000109',
        sub_appid: 'example_sub_appid',
        real_identity: {
          identity_type: 'REAL_IDENTITY_TYPE_INVALID',
          identity_id: client.encrypt('自然人证件号码'),
          real_name: client.encrypt('自然人姓名'),
        },
        trade_info: {
          out_trade_no: '1217752501201407033233368018',
          deduct_amount: 10000,
          description: '信贷还款',
          attach: '备注信息',
          notify_url: 'https://www.test.com',
        },
      },
    })
    console.log(data)
  }
  // H5预签约自动还款协议
  {
    const { data } = await client.request('POST /v3/credit-repayment/partner/contracts/h5-presign', {
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: '123',
        out_contract_code: '100001256',
        display_name: '*明',
        contract_notify_url: 'https://pay.weixin.qq.com',
        repayment_day: 1,
        repayment_amount_limit: '10000',
        sub_mchid: '1000000109',
        sub_appid: 'example_sub_appid',
        real_identity: {
          identity_type: 'REAL_IDENTITY_TYPE_INVALID',
          identity_id: client.encrypt('自然人证件号码'),
          real_name: client.encrypt('自然人姓名'),
        },
        trade_info: {
          out_trade_no: '1217752501201407033233368018',
          deduct_amount: 10000,
          description: '信贷还款',
          attach: '备注信息',
          notify_url: 'https://www.test.com',
        },
        jump_info: {
          jump_appid: 'example_jump_appid',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner.contracts['h5-presign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        plan_id: '123',
        out_contract_code: '100001256',
        display_name: '*明',
        contract_notify_url: 'https://pay.weixin.qq.com',
        repayment_day: 1,
        repayment_amount_limit: '10000',
        sub_mchid: '1000000109',
        sub_appid: 'example_sub_appid',
        real_identity: {
          identity_type: 'REAL_IDENTITY_TYPE_INVALID',
          identity_id: client.encrypt('自然人证件号码'),
          real_name: client.encrypt('自然人姓名'),
        },
        trade_info: {
          out_trade_no: '1217752501201407033233368018',
          deduct_amount: 10000,
          description: '信贷还款',
          attach: '备注信息',
          notify_url: 'https://www.test.com',
        },
        jump_info: {
          jump_appid: 'example_jump_appid',
        },
      },
    })
    console.log(data)
  }
  // 解除自动还款协议
  {
    const { data } = await client.request('POST /v3/credit-repayment/partner/contracts/terminate', {
      json: {
        out_contract_code: '100001256',
        contract_termination_remark: 'example_contract_termination_remark',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner.contracts.terminate.post({
      json: {
        out_contract_code: '100001256',
        contract_termination_remark: 'example_contract_termination_remark',
      },
    })
    console.log(data)
  }
  // 查询自动还款协议
  {
    const { data } = await client.request('GET /v3/credit-repayment/partner/contracts/{out_contract_code}', {
      params: {
        out_contract_code: '100005698',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner.contracts['{out_contract_code}'].get({
      params: {
        out_contract_code: '100005698',
      },
    })
    console.log(data)
  }
  // 发起还款
  {
    const { data } = await client.request('POST /v3/credit-repayment/partner/deduct-orders', {
      json: {
        contract_id: '20251105000000123456789',
        out_trade_no: '1217752501201407033233368018',
        out_record_id: '1234567abcde',
        deduct_amount: '10000',
        notify_url: 'wxd678efh567hg6787',
        description: '信贷还款',
        attach: '备注',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner['deduct-orders'].post({
      json: {
        contract_id: '20251105000000123456789',
        out_trade_no: '1217752501201407033233368018',
        out_record_id: '1234567abcde',
        deduct_amount: '10000',
        notify_url: 'wxd678efh567hg6787',
        description: '信贷还款',
        attach: '备注',
      },
    })
    console.log(data)
  }
  // 查询还款单
  {
    const { data } = await client.request('GET /v3/credit-repayment/partner/deduct-orders/{out_trade_no}', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner['deduct-orders']['{out_trade_no}'].get({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
    })
    console.log(data)
  }
  // 预约还款
  {
    const { data } = await client.request('POST /v3/credit-repayment/partner/schedule-records/batch-create', {
      json: {
        contract_id: '20251105000000123456789',
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        schedule_items: [
          {
            out_record_id: '1234567abcde',
            sub_mchid: '1900000109',
            sub_appid: 'wxcbda96de0b165489',
            repayment_amount: '10000',
            min_repayment_amount: '2000',
            repayment_date: '2025-11-18',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner['schedule-records']['batch-create'].post({
      json: {
        contract_id: '20251105000000123456789',
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        schedule_items: [
          {
            out_record_id: '1234567abcde',
            sub_mchid: '1900000109',
            sub_appid: 'wxcbda96de0b165489',
            repayment_amount: '10000',
            min_repayment_amount: '2000',
            repayment_date: '2025-11-18',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询预约还款记录
  {
    const { data } = await client.request('GET /v3/credit-repayment/partner/schedule-records/{out_record_id}', {
      params: {
        out_record_id: '1234567abcde',
      },
      query: {
        contract_id: '20251105000000123456789',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['credit-repayment'].partner['schedule-records']['{out_record_id}'].get({
      params: {
        out_record_id: '1234567abcde',
      },
      query: {
        contract_id: '20251105000000123456789',
      },
    })
    console.log(data)
  }
}
