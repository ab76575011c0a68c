// papay: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 重试扣费通知
  {
    const { status } = await client.request('POST /v3/papay/contracts/{contract_id}/fail-notify', {
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.papay.contracts['{contract_id}']['fail-notify'].post({
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
      },
    })
    console.log(status)
  }
  // 直连商户预扣费通知
  {
    const { status } = await client.request('POST /v3/papay/contracts/{contract_id}/notify', {
      params: {
        contract_id: '',
      },
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
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
    const { status } = await client.v3.papay.contracts['{contract_id}'].notify.post({
      params: {
        contract_id: '',
      },
      json: {
        mchid: '1230000109',
        appid: 'wxd678efh567hg6787',
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
  // 保险商户查询保险自动续费预约
  {
    const { data } = await client.request('GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}', {
      params: {
        contract_id: '',
        policy_period_id: 1,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-pay']['policy-periods']['contract-id']['{contract_id}']['policy-period-id']['{policy_period_id}'].get({
      params: {
        contract_id: '',
        policy_period_id: 1,
      },
    })
    console.log(data)
  }
  // 保险商户预约保险自动续费
  {
    const { data } = await client.request('POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule', {
      params: {
        contract_id: '',
        policy_period_id: 1,
      },
      json: {
        appid: 'wxd678efh567hg6787',
        scheduled_amount: {
          total: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-pay']['policy-periods']['contract-id']['{contract_id}']['policy-period-id']['{policy_period_id}'].schedule.post({
      params: {
        contract_id: '',
        policy_period_id: 1,
      },
      json: {
        appid: 'wxd678efh567hg6787',
        scheduled_amount: {
          total: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  // 保险商户受理保险自动续费扣款
  {
    const { data } = await client.request('POST /v3/papay/insurance-pay/transactions/apply', {
      json: {
        appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        policy_period_id: 1,
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-pay'].transactions.apply.post({
      json: {
        appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        policy_period_id: 1,
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
      },
    })
    console.log(data)
  }
  // 保险商户受理续期自动续费协议
  {
    const { status } = await client.request('POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew', {
      params: {
        plan_id: 0,
        contract_id: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.papay['insurance-sign'].contracts['plan-id']['{plan_id}']['contract-id']['{contract_id}'].renew.post({
      params: {
        plan_id: 0,
        contract_id: '',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
          },
        ],
      },
    })
    console.log(status)
  }
  // 保险商户查询保险自动续费协议
  {
    const { data } = await client.request('GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign'].contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].get({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  // 保险商户通过商户协议号解除保险自动续费协议
  {
    const { data } = await client.request('POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign'].contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].terminate.post({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  // 保险商户App预签约
  {
    const { data } = await client.request('POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign'].contracts['pre-entrust-sign'].app.post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  // 保险商户H5预签约
  {
    const { data } = await client.request('POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
            policy_coverage_detail: {
              policy_amount: '50000',
              policy_clauses: [
                {
                  clause_name: 'example_clause_name',
                  clause_quota: 'example_clause_quota',
                },
              ],
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        jump_control: {
          jump_appid: 'wxd678efh567hg6787',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign'].contracts['pre-entrust-sign'].h5.post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
            policy_coverage_detail: {
              policy_amount: '50000',
              policy_clauses: [
                {
                  clause_name: 'example_clause_name',
                  clause_quota: 'example_clause_quota',
                },
              ],
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        jump_control: {
          jump_appid: 'wxd678efh567hg6787',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  // 保险商户JSAPI预签约
  {
    const { data } = await client.request('POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
            policy_coverage_detail: {
              policy_amount: '50000',
              policy_clauses: [
                {
                  clause_name: 'example_clause_name',
                  clause_quota: 'example_clause_quota',
                },
              ],
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign'].contracts['pre-entrust-sign'].jsapi.post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
            policy_coverage_detail: {
              policy_amount: '50000',
              policy_clauses: [
                {
                  clause_name: 'example_clause_name',
                  clause_quota: 'example_clause_quota',
                },
              ],
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  // 保险商户小程序预签约
  {
    const { data } = await client.request('POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
            policy_coverage_detail: {
              policy_amount: '50000',
              policy_clauses: [
                {
                  clause_name: 'example_clause_name',
                  clause_quota: 'example_clause_quota',
                },
              ],
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign'].contracts['pre-entrust-sign']['mini-program'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        insured_display_name: '*明',
        contract_notify_url: 'https://yourapp.com/notify',
        policy_start_date: '2019-11-22',
        policy_end_date: '2020-11-22',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
            policy_coverage_detail: {
              policy_amount: '50000',
              policy_clauses: [
                {
                  clause_name: 'example_clause_name',
                  clause_quota: 'example_clause_quota',
                },
              ],
            },
          },
        ],
        amount: {
          total: 1,
          currency: 'CNY',
        },
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        out_user_code: '用户昵称',
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        can_auto_insure: true,
        can_auto_reinsure: true,
        real_identity: {
          real_name: client.encrypt('自然人姓名'),
          id_card_number: client.encrypt('自然人身份证号码'),
          identity_type: 'ID_CARD',
        },
        combined_deduct_period_count: 1,
      },
    })
    console.log(data)
  }
  // 保险商户修改保险扣费周期列表
  {
    const { data } = await client.request('POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify', {
      params: {
        plan_id: 12535,
        contract_id: '2015071056489715',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
          },
        ],
        allow_cancel_scheduled: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign']['policy-periods']['plan-id']['{plan_id}']['contract-id']['{contract_id}'].modify.post({
      params: {
        plan_id: 12535,
        contract_id: '2015071056489715',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        policy_periods: [
          {
            policy_period_id: 1,
            estimated_deduct_date: '2019-11-22',
            estimated_deduct_amount: {
              total: 1,
              currency: 'CNY',
            },
          },
        ],
        allow_cancel_scheduled: true,
      },
    })
    console.log(data)
  }
  // 保险商户查询保险扣费周期列表
  {
    const { data } = await client.request('GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      query: {
        limit: 20,
        offset: 50,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['insurance-sign'].policy_periods['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].get({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      query: {
        limit: 20,
        offset: 50,
      },
    })
    console.log(data)
  }
  // 代扣受理扣款
  {
    const { data } = await client.request('POST /v3/papay/pay/harmony/transactions/apply', {
      json: {
        appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        harmony_account_id: 'example_harmony_account_id',
        mcc: '5734',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.pay.harmony.transactions.apply.post({
      json: {
        appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
        harmony_account_id: 'example_harmony_account_id',
        mcc: '5734',
      },
    })
    console.log(data)
  }
  // 查询扣费预约
  {
    const { data } = await client.request('GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}', {
      params: {
        contract_id: '123124412412423431',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.pay.partner.schedules['contract-id']['{contract_id}'].get({
      params: {
        contract_id: '123124412412423431',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 预约扣费
  {
    const { data } = await client.request('POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule', {
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        schedule_amount: {
          total: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.pay.partner.schedules['contract-id']['{contract_id}'].schedule.post({
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        schedule_amount: {
          total: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  // 受理扣款
  {
    const { data } = await client.request('POST /v3/papay/pay/partner/transactions/apply', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.pay.partner.transactions.apply.post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
      },
    })
    console.log(data)
  }
  // 查询扣费预约
  {
    const { data } = await client.request('GET /v3/papay/pay/schedules/contract-id/{contract_id}', {
      params: {
        contract_id: '123124412412423431',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.pay.schedules['contract-id']['{contract_id}'].get({
      params: {
        contract_id: '123124412412423431',
      },
    })
    console.log(data)
  }
  // 预约扣费
  {
    const { data } = await client.request('POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule', {
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        schedule_amount: {
          total: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.pay.schedules['contract-id']['{contract_id}'].schedule.post({
      params: {
        contract_id: '123124412412423431',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        schedule_amount: {
          total: 1,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  // 受理扣款
  {
    const { data } = await client.request('POST /v3/papay/pay/transactions/apply', {
      json: {
        appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.pay.transactions.apply.post({
      json: {
        appid: 'wxd678efh567hg6787',
        out_trade_no: '1217752501201407033233368018',
        description: 'Image形象店-深圳腾大-QQ公仔',
        transaction_notify_url: 'https://www.qq.com/',
        contract_id: '123124412412423431',
        amount: {
          total: 1,
          currency: 'CNY',
        },
        goods_tag: 'DISCOUNTS',
        attach: '自定义数据',
      },
    })
    console.log(data)
  }
  // App场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].contracts['pre-entrust-sign'].app.post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  // H5场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
        jump_control: {
          jump_appid: 'wxd678efh567hg6787',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].contracts['pre-entrust-sign'].h5.post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
        jump_control: {
          jump_appid: 'wxd678efh567hg6787',
        },
      },
    })
    console.log(data)
  }
  // JSAPI场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].contracts['pre-entrust-sign'].jsapi.post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  // 小程序场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program', {
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].contracts['pre-entrust-sign']['mini-program'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  // App场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].partner.contracts['pre-entrust-sign'].app.post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  // H5场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
        jump_control: {
          jump_appid: 'wxd678efh567hg6787',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].partner.contracts['pre-entrust-sign'].h5.post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
        jump_control: {
          jump_appid: 'wxd678efh567hg6787',
        },
      },
    })
    console.log(data)
  }
  // JSAPI场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].partner.contracts['pre-entrust-sign'].jsapi.post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  // 小程序场景预约扣费类型签约的预签约
  {
    const { data } = await client.request('POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program', {
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay['scheduled-deduct-sign'].partner.contracts['pre-entrust-sign']['mini-program'].post({
      json: {
        sp_appid: 'wxd678efh567hg6787',
        sp_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        sub_openid: 'wxd678efh567hg6787',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        deduct_schedule: {
          estimated_deduct_date: '2019-11-22',
          estimated_deduct_amount: {
            total: 1,
            currency: 'CNY',
          },
          description: '小乔-碎云皮肤（微信83区沧海之耀）',
        },
      },
    })
    console.log(data)
  }
  // 通过商户协议号查询委托代扣签约协议
  {
    const { data } = await client.request('GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.sign.contracts['harmony-plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].get({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  // 通过商户协议号查询委托代扣签约协议
  {
    const { data } = await client.request('GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.sign.contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].get({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
    })
    console.log(data)
  }
  // 通过商户协议号解除委托代扣签约协议
  {
    const { data } = await client.request('POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.sign.contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].terminate.post({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  // 代扣预签约
  {
    const { data } = await client.request('POST /v3/papay/sign/contracts/pre-entrust-sign', {
      json: {
        sign_scene: 'SIGN_SCENE_APP',
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        return_url: 'https://yourapp.com/notify',
        device_info: {
          device_type: 'DEVICE_TYPE_UNKNOW',
          device_os: 'example_device_os',
          device_id: 'example_device_id',
          device_running_as_root: true,
          device_ip: 'example_device_ip',
          weixin_installed: true,
          weixin_version: 'example_weixin_version',
          days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_UNKNOW',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.sign.contracts['pre-entrust-sign'].post({
      json: {
        sign_scene: 'SIGN_SCENE_APP',
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
        contract_display_account: '微信代扣用户A',
        contract_notify_url: 'https://yourapp.com/notify',
        out_user_code: '用户A',
        return_url: 'https://yourapp.com/notify',
        device_info: {
          device_type: 'DEVICE_TYPE_UNKNOW',
          device_os: 'example_device_os',
          device_id: 'example_device_id',
          device_running_as_root: true,
          device_ip: 'example_device_ip',
          weixin_installed: true,
          weixin_version: 'example_weixin_version',
          days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_UNKNOW',
        },
      },
    })
    console.log(data)
  }
  // 通过商户协议号查询委托代扣签约协议
  {
    const { data } = await client.request('GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.sign.partner.contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].get({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 通过商户协议号解除委托代扣签约协议
  {
    const { data } = await client.request('POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate', {
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        sub_mchid: '1900000109',
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.papay.sign.partner.contracts['plan-id']['{plan_id}']['out-contract-code']['{out_contract_code}'].terminate.post({
      params: {
        plan_id: 12535,
        out_contract_code: 'wxwtdk20200910100000',
      },
      json: {
        sub_mchid: '1900000109',
        contract_termination_remark: '用户解约',
      },
    })
    console.log(data)
  }
}
