// inspolicymgr: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 提交保单授权信息
  {
    const { data } = await client.request('POST /v3/inspolicymgr/deduct/authorizations', {
      json: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
        appid: 'wxd678efh567hg6787',
        plan_id: '12535',
        out_contract_code: 'wxwtdk20200910100000',
        insurance_name: '微医保·百万医疗险',
        payee_mchid: '1900000109',
        payee_appid: 'wx7f3f0032b6e6f0cc',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.inspolicymgr.deduct.authorizations.post({
      json: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
        appid: 'wxd678efh567hg6787',
        plan_id: '12535',
        out_contract_code: 'wxwtdk20200910100000',
        insurance_name: '微医保·百万医疗险',
        payee_mchid: '1900000109',
        payee_appid: 'wx7f3f0032b6e6f0cc',
      },
    })
    console.log(data)
  }
  // 查询保单授权信息
  {
    const { data } = await client.request('GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no}', {
      params: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.inspolicymgr.deduct.authorizations['{out_insurance_no}'].get({
      params: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
      },
    })
    console.log(data)
  }
  // 上传保单
  {
    const { data } = await client.request('POST /v3/inspolicymgr/deduct/policies', {
      json: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
        insured_name_list: ['tCk1JSUV2QUlCQURBTkJna3Foa2lHOXc'],
        insurance_company_code: '1001',
        effective_time: '2025-09-21T17:11:12+08:00',
        expired_time: '2025-09-21T17:11:12+08:00',
        coverage_detail: '可保190种疾病，确诊一次性赔付',
        support_renewal: true,
        start_renewal_time: '2025-09-21T17:11:12+08:00',
        end_renewal_time: '2025-09-21T17:11:12+08:00',
        policy_type: 'POLICY_TYPE_OTHER',
        car_number: '粤B·AB123',
        pet_name: '小狗',
        address: '上海市浦东新区晨晖路1001号',
        policy_state: 'POLICY_STATE_ISSUING',
        policy_code: 'Coisihsiaxishishi4hihsid1ii411co',
        plan_id: '12535',
        out_contract_code: 'wxwtdk20200910100000',
        policy_periods: [1],
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        free_insurance: true,
        combined_payment: true,
        payment_method: 'PAYMENT_METHOD_OTHER',
        period_premium_mode: 'PERIOD_PREMIUM_MODE_EQUAL',
        payment_period: 'PAYMENT_PERIOD_DAY',
        first_period_amount: 8000,
        subsequent_period_amount: 5000,
        coverage_term_type: 'COVERAGE_TERM_TYPE_FIXED_DATE',
        payee_mchid: '1900000109',
        payee_appid: 'wx7f3f0032b6e6f0cc',
        payee_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.inspolicymgr.deduct.policies.post({
      json: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
        insured_name_list: ['tCk1JSUV2QUlCQURBTkJna3Foa2lHOXc'],
        insurance_company_code: '1001',
        effective_time: '2025-09-21T17:11:12+08:00',
        expired_time: '2025-09-21T17:11:12+08:00',
        coverage_detail: '可保190种疾病，确诊一次性赔付',
        support_renewal: true,
        start_renewal_time: '2025-09-21T17:11:12+08:00',
        end_renewal_time: '2025-09-21T17:11:12+08:00',
        policy_type: 'POLICY_TYPE_OTHER',
        car_number: '粤B·AB123',
        pet_name: '小狗',
        address: '上海市浦东新区晨晖路1001号',
        policy_state: 'POLICY_STATE_ISSUING',
        policy_code: 'Coisihsiaxishishi4hihsid1ii411co',
        plan_id: '12535',
        out_contract_code: 'wxwtdk20200910100000',
        policy_periods: [1],
        appid: 'wxd678efh567hg6787',
        openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
        free_insurance: true,
        combined_payment: true,
        payment_method: 'PAYMENT_METHOD_OTHER',
        period_premium_mode: 'PERIOD_PREMIUM_MODE_EQUAL',
        payment_period: 'PAYMENT_PERIOD_DAY',
        first_period_amount: 8000,
        subsequent_period_amount: 5000,
        coverage_term_type: 'COVERAGE_TERM_TYPE_FIXED_DATE',
        payee_mchid: '1900000109',
        payee_appid: 'wx7f3f0032b6e6f0cc',
        payee_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
      },
    })
    console.log(data)
  }
  // 查询保单
  {
    const { data } = await client.request('GET /v3/inspolicymgr/deduct/policies/{out_insurance_no}', {
      params: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.inspolicymgr.deduct.policies['{out_insurance_no}'].get({
      params: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
      },
    })
    console.log(data)
  }
  // 更新保单信息
  {
    const { data } = await client.request('PATCH /v3/inspolicymgr/deduct/policies/{out_insurance_no}', {
      params: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
      },
      json: {
        insured_name_list: ['tCk1JSUV2QUlCQURBTkJna3Foa2lHOXc'],
        insurance_name: '微医保·百万医疗险',
        effective_time: '2025-09-21T17:11:12+08:00',
        expired_time: '2025-09-21T17:11:12+08:00',
        coverage_detail: '可保190种疾病，确诊一次性赔付',
        support_renewal: true,
        start_renewal_time: '2025-09-21T17:11:12+08:00',
        end_renewal_time: '2025-09-21T17:11:12+08:00',
        policy_type: 'POLICY_TYPE_OTHER',
        car_number: '粤B·AB123',
        pet_name: '小狗',
        address: '上海市浦东新区晨晖路1001号',
        policy_state: 'POLICY_STATE_ISSUING',
        policy_code: 'Coisihsiaxishishi4hihsid1ii411co',
        plan_id: '12535',
        out_contract_code: 'wxwtdk20200910100000',
        policy_periods: [1],
        free_insurance: true,
        combined_payment: true,
        payment_method: 'PAYMENT_METHOD_OTHER',
        period_premium_mode: 'PERIOD_PREMIUM_MODE_EQUAL',
        payment_period: 'PAYMENT_PERIOD_DAY',
        first_period_amount: 8000,
        subsequent_period_amount: 5000,
        coverage_term_type: 'COVERAGE_TERM_TYPE_FIXED_DATE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.inspolicymgr.deduct.policies['{out_insurance_no}'].patch({
      params: {
        out_insurance_no: 'Auisihsiahishishi4hihsid123418id',
      },
      json: {
        insured_name_list: ['tCk1JSUV2QUlCQURBTkJna3Foa2lHOXc'],
        insurance_name: '微医保·百万医疗险',
        effective_time: '2025-09-21T17:11:12+08:00',
        expired_time: '2025-09-21T17:11:12+08:00',
        coverage_detail: '可保190种疾病，确诊一次性赔付',
        support_renewal: true,
        start_renewal_time: '2025-09-21T17:11:12+08:00',
        end_renewal_time: '2025-09-21T17:11:12+08:00',
        policy_type: 'POLICY_TYPE_OTHER',
        car_number: '粤B·AB123',
        pet_name: '小狗',
        address: '上海市浦东新区晨晖路1001号',
        policy_state: 'POLICY_STATE_ISSUING',
        policy_code: 'Coisihsiaxishishi4hihsid1ii411co',
        plan_id: '12535',
        out_contract_code: 'wxwtdk20200910100000',
        policy_periods: [1],
        free_insurance: true,
        combined_payment: true,
        payment_method: 'PAYMENT_METHOD_OTHER',
        period_premium_mode: 'PERIOD_PREMIUM_MODE_EQUAL',
        payment_period: 'PAYMENT_PERIOD_DAY',
        first_period_amount: 8000,
        subsequent_period_amount: 5000,
        coverage_term_type: 'COVERAGE_TERM_TYPE_FIXED_DATE',
      },
    })
    console.log(data)
  }
}
