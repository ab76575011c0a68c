// mchalterapply: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 提交超管变更申请单
  {
    const { data } = await client.request('POST /v3/mchalterapply/mchcontactalterapplyment', {
      json: {
        merchant_code: '2492185251',
        out_request_no: '1900013511_10000',
        contact_info: {
          contact_name: client.encrypt('超级管理员姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          contact_id_card_number: client.encrypt('超级管理员身份证件号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_id_doc_period_begin: '2019-06-06',
          contact_id_doc_period_end: '2026-06-06',
          business_authorization_letter: '',
          mobile_phone: client.encrypt('超级管理员手机'),
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchcontactalterapplyment.post({
      json: {
        merchant_code: '2492185251',
        out_request_no: '1900013511_10000',
        contact_info: {
          contact_name: client.encrypt('超级管理员姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          contact_id_card_number: client.encrypt('超级管理员身份证件号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_id_doc_period_begin: '2019-06-06',
          contact_id_doc_period_end: '2026-06-06',
          business_authorization_letter: '',
          mobile_phone: client.encrypt('超级管理员手机'),
        },
      },
    })
    console.log(data)
  }
  // 查询超管变更申请单状态-使用业务单号和商户号
  {
    const { data } = await client.request('GET /v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}', {
      params: {
        merchant_code: '1900006491',
        out_request_no: '1900013511_10000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchcontactalterapplyment.merchant['{merchant_code}']['out-request-no']['{out_request_no}'].get({
      params: {
        merchant_code: '1900006491',
        out_request_no: '1900013511_10000',
      },
    })
    console.log(data)
  }
  // 查询超管变更申请单状态-使用申请单号
  {
    const { data } = await client.request('GET /v3/mchalterapply/mchcontactalterapplyment/{apply_id}', {
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchcontactalterapplyment['{apply_id}'].get({
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  // 撤销超管变更申请单
  {
    const { data } = await client.request('POST /v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke', {
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchcontactalterapplyment['{apply_id}'].revoke.post({
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  // 提交资料变更申请单
  {
    const { data } = await client.request('POST /v3/mchalterapply/mchsubjectalterapplyment', {
      json: {
        merchant_code: '2492185251',
        out_request_no: '1900013511_10000',
        alter_scope: 'ALTER_SCOPE_FULL',
        organization_type: 'SUBJECT_TYPE_ENTERPRISE',
        finance_institution: true,
        business_license_info: {
          license_number: '123456789012345678',
          license_copy: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          merchant_name: '李四网络有限公司',
          legal_person: '李四',
          company_address: '广东省深圳市南山区xx路xx号',
          license_period_begin: '2019-06-06',
          license_period_end: '2026-06-06',
        },
        certificate_info: {
          cert_type: 'CERTIFICATE_TYPE_2388',
          cert_number: '111111111111',
          cert_copy: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          merchant_name: 'xx公益团体',
          legal_person: '李四',
          company_address: '广东省深圳市南山区xx路xx号',
          cert_period_begin: '2019-06-06',
          cert_period_end: '2026-06-06',
        },
        finance_institution_info: {
          finance_type: 'FINANCE_TYPE_BANK_AGENT',
          finance_license_pics: ['MediaId'],
        },
        legal_person_info: {
          id_holder_type: 'LEGAL',
          id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          authorize_letter_copy: '47ZC6GC-vnrbEny_Ie_AUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          card_front: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          card_back: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          card_name: client.encrypt('证件姓名'),
          card_number: client.encrypt('证件号码'),
          card_address: client.encrypt('证件居住地址'),
          card_period_begin: '2019-06-06',
          card_period_end: '2026-06-06',
          as_ubo: true,
        },
        ubo_info_list: [
          {
            id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            card_front: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
            card_back: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
            card_name: client.encrypt('证件姓名'),
            card_number: client.encrypt('证件号码'),
            card_address: client.encrypt('证件居住地址'),
            card_period_begin: '2019-06-06',
            card_period_end: '2026-06-06',
          },
        ],
        addition: {
          bank_openaccount_license: ['MediaId'],
          openaccount_approval: ['MediaId'],
          legal_other_prove: ['MediaId'],
          agency_prove: ['MediaId'],
          ubo_prove: ['MediaId'],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchsubjectalterapplyment.post({
      json: {
        merchant_code: '2492185251',
        out_request_no: '1900013511_10000',
        alter_scope: 'ALTER_SCOPE_FULL',
        organization_type: 'SUBJECT_TYPE_ENTERPRISE',
        finance_institution: true,
        business_license_info: {
          license_number: '123456789012345678',
          license_copy: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          merchant_name: '李四网络有限公司',
          legal_person: '李四',
          company_address: '广东省深圳市南山区xx路xx号',
          license_period_begin: '2019-06-06',
          license_period_end: '2026-06-06',
        },
        certificate_info: {
          cert_type: 'CERTIFICATE_TYPE_2388',
          cert_number: '111111111111',
          cert_copy: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          merchant_name: 'xx公益团体',
          legal_person: '李四',
          company_address: '广东省深圳市南山区xx路xx号',
          cert_period_begin: '2019-06-06',
          cert_period_end: '2026-06-06',
        },
        finance_institution_info: {
          finance_type: 'FINANCE_TYPE_BANK_AGENT',
          finance_license_pics: ['MediaId'],
        },
        legal_person_info: {
          id_holder_type: 'LEGAL',
          id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          authorize_letter_copy: '47ZC6GC-vnrbEny_Ie_AUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          card_front: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          card_back: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
          card_name: client.encrypt('证件姓名'),
          card_number: client.encrypt('证件号码'),
          card_address: client.encrypt('证件居住地址'),
          card_period_begin: '2019-06-06',
          card_period_end: '2026-06-06',
          as_ubo: true,
        },
        ubo_info_list: [
          {
            id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            card_front: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
            card_back: '0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo',
            card_name: client.encrypt('证件姓名'),
            card_number: client.encrypt('证件号码'),
            card_address: client.encrypt('证件居住地址'),
            card_period_begin: '2019-06-06',
            card_period_end: '2026-06-06',
          },
        ],
        addition: {
          bank_openaccount_license: ['MediaId'],
          openaccount_approval: ['MediaId'],
          legal_other_prove: ['MediaId'],
          agency_prove: ['MediaId'],
          ubo_prove: ['MediaId'],
        },
      },
    })
    console.log(data)
  }
  // 查询申请单状态-使用业务单号
  {
    const { data } = await client.request('GET /v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}', {
      params: {
        merchant_code: '1900006491',
        out_request_no: '1900013511_10000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchsubjectalterapplyment.merchant['{merchant_code}']['out-request-no']['{out_request_no}'].get({
      params: {
        merchant_code: '1900006491',
        out_request_no: '1900013511_10000',
      },
    })
    console.log(data)
  }
  // 查询资料变更申请单状态-使用申请单号
  {
    const { data } = await client.request('GET /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}', {
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchsubjectalterapplyment['{apply_id}'].get({
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  // 撤销资料变更申请单
  {
    const { data } = await client.request('POST /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke', {
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.mchsubjectalterapplyment['{apply_id}'].revoke.post({
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  // 提交商户简称变更申请单
  {
    const { data } = await client.request('POST /v3/mchalterapply/merchantnamealterapplyment', {
      json: {
        sub_mchid: '2492185251',
        out_request_no: '1900013511_10000',
        merchant_shortname: '新疆大枣专卖店',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.merchantnamealterapplyment.post({
      json: {
        sub_mchid: '2492185251',
        out_request_no: '1900013511_10000',
        merchant_shortname: '新疆大枣专卖店',
      },
    })
    console.log(data)
  }
  // 查询商户简称申请单状态-使用业务单号和商户号
  {
    const { data } = await client.request('GET /v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}', {
      params: {
        sub_mchid: '1900006491',
        out_request_no: '1900013511_10000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.merchantnamealterapplyment.merchant['{sub_mchid}']['out-request-no']['{out_request_no}'].get({
      params: {
        sub_mchid: '1900006491',
        out_request_no: '1900013511_10000',
      },
    })
    console.log(data)
  }
  // 查询商户简称变更申请单状态-使用申请单号
  {
    const { data } = await client.request('GET /v3/mchalterapply/merchantnamealterapplyment/{apply_id}', {
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.merchantnamealterapplyment['{apply_id}'].get({
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  // 撤销商户简称变更申请单
  {
    const { data } = await client.request('POST /v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke', {
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.mchalterapply.merchantnamealterapplyment['{apply_id}'].revoke.post({
      params: {
        apply_id: '20220617143306000013906025001',
      },
    })
    console.log(data)
  }
}
