// ecommerce/applyments: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 二级商户进件
  {
    const { data } = await client.request('POST /v3/ecommerce/applyments/', {
      json: {
        out_request_no: '',
        organization_type: '2401',
        finance_institution: true,
        business_license_info: {
          cert_type: 'CERTIFICATE_TYPE_2388',
          business_license_copy: '47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          business_license_number: '123456789012345678',
          merchant_name: '腾讯科技有限公司',
          legal_person: '张三',
          company_address: '深圳南山区科苑路',
          business_time: '["2014-01-01","长期"]',
        },
        finance_institution_info: {
          finance_type: 'BANK_AGENT',
          finance_license_pics: ['MediaId'],
        },
        id_holder_type: 'LEGAL',
        id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
        authorize_letter_copy: '',
        id_card_info: {
          id_card_copy: 'xpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ',
          id_card_national: 'vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          id_card_name: client.encrypt('身份证姓名'),
          id_card_number: client.encrypt('身份证号码'),
          id_card_valid_time_begin: '',
          id_card_valid_time: '',
        },
        id_doc_info: {
          id_doc_name: client.encrypt('证件姓名'),
          id_doc_number: client.encrypt('证件号码'),
          id_doc_copy: 'xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          id_doc_copy_back: 'xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          doc_period_begin: '2020-01-02',
          doc_period_end: '2020-01-02',
        },
        owner: true,
        ubo_info_list: [
          {
            ubo_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            ubo_id_doc_copy: '',
            ubo_id_doc_copy_back: '',
            ubo_id_doc_name: client.encrypt('受益人姓名'),
            ubo_id_doc_number: client.encrypt('证件号码'),
            ubo_id_doc_address: client.encrypt('证件居住地址'),
            ubo_period_begin: '',
            ubo_period_end: '',
          },
        ],
        account_info: {
          bank_account_type: '75',
          account_bank: '工商银行',
          account_name: client.encrypt('开户名称'),
          bank_address_code: '110000',
          bank_branch_id: '402713354941',
          bank_name: '施秉县农村信用合作联社城关信用社',
          account_number: client.encrypt('银行帐号'),
        },
        contact_info: {
          contact_type: '65',
          contact_name: client.encrypt('超级管理员姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          contact_id_card_number: client.encrypt('超级管理员身份证件号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_period_begin: '',
          contact_period_end: '',
          business_authorization_letter: '',
          mobile_phone: client.encrypt('超级管理员手机'),
        },
        sales_scene_info: {
          store_name: '爱烧烤',
          store_url: 'http://www.qq.com',
          store_qr_code: '',
          mini_program_sub_appid: '',
        },
        settlement_info: {
          settlement_id: '',
          qualification_type: '',
        },
        merchant_shortname: '',
        qualifications: ['MediaId'],
        business_addition_pics: ['MediaId'],
        business_addition_desc: ['MediaId'],
      },
    })
    console.log(data)
  }
  // 通过业务申请编号查询申请状态
  {
    const { data } = await client.request('GET /v3/ecommerce/applyments/out-request-no/{out_request_no}', {
      params: {
        out_request_no: 'APPLYMENT_00000000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.applyments['out-request-no']['{out_request_no}'].get({
      params: {
        out_request_no: 'APPLYMENT_00000000001',
      },
    })
    console.log(data)
  }
  // 撤销申请单-使用业务申请编号
  {
    const { data } = await client.request('POST /v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke', {
      params: {
        out_request_no: 'APPLYMENT_00000000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.applyments['out-request-no']['{out_request_no}'].revoke.post({
      params: {
        out_request_no: 'APPLYMENT_00000000001',
      },
    })
    console.log(data)
  }
  // 提交申请单
  {
    const { data } = await client.request('POST /v3/ecommerce/applyments/submit-account-hosting-applyment', {
      json: {
        out_request_no: '',
        organization_type: '2401',
        finance_institution: true,
        business_license_info: {
          cert_type: 'CERTIFICATE_TYPE_2388',
          business_license_copy: '47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53',
          business_license_number: '123456789012345678',
          merchant_name: '腾讯科技有限公司',
          legal_person: '张三',
          company_address: '深圳南山区科苑路',
          business_time: '["2014-01-01","长期"]',
        },
        finance_institution_info: {
          finance_type: 'BANK_AGENT',
          finance_license_pics: ['MediaId'],
        },
        id_holder_type: 'LEGAL',
        id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
        authorize_letter_copy: '',
        id_card_info: {
          id_card_copy: 'xpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ',
          id_card_national: 'vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          id_card_name: client.encrypt('身份证姓名'),
          id_card_number: client.encrypt('身份证号码'),
          id_card_valid_time_begin: '',
          id_card_valid_time: '',
        },
        id_doc_info: {
          id_doc_name: client.encrypt('证件姓名'),
          id_doc_number: client.encrypt('证件号码'),
          id_doc_copy: 'xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          id_doc_copy_back: 'xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          doc_period_begin: '2020-01-02',
          doc_period_end: '2020-01-02',
        },
        ubo_info_list: [
          {
            ubo_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            ubo_id_doc_copy: '',
            ubo_id_doc_copy_back: '',
            ubo_id_doc_name: client.encrypt('受益人姓名'),
            ubo_id_doc_number: client.encrypt('证件号码'),
            ubo_id_doc_address: client.encrypt('证件居住地址'),
            ubo_period_begin: '',
            ubo_period_end: '',
            ubo_id_doc_period_begin: '',
            ubo_id_doc_period_end: '',
          },
        ],
        account_info: {
          bank_account_type: '75',
          account_bank: '工商银行',
          account_name: client.encrypt('开户名称'),
          bank_branch_id: '402713354941',
          bank_name: '施秉县农村信用合作联社城关信用社',
          account_number: client.encrypt('银行帐号'),
        },
        contact_info: {
          contact_type: '65',
          contact_name: client.encrypt('超级管理员姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          contact_id_card_number: client.encrypt('超级管理员身份证件号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_period_begin: '',
          contact_period_end: '',
          business_authorization_letter: '',
          contact_id_doc_period_begin: '2019-06-06',
          contact_id_doc_period_end: '2026-06-06',
          mobile_phone: client.encrypt('超级管理员手机'),
        },
        sales_scene_info: {
          store_name: '爱烧烤',
          store_url: 'http://www.qq.com',
          store_qr_code: '',
          mini_program_sub_appid: '',
        },
        settlement_info: {
          settlement_id: '',
          qualification_type: '',
        },
        merchant_shortname: '',
        qualifications: ['MediaId'],
        business_addition_pics: ['MediaId'],
        business_addition_desc: ['MediaId'],
        proxy_sign_verify_mode: true,
        id_card_complete_statement: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.applyments['submit-account-hosting-applyment'].post({
      json: {
        out_request_no: '',
        organization_type: '2401',
        finance_institution: true,
        business_license_info: {
          cert_type: 'CERTIFICATE_TYPE_2388',
          business_license_copy: '47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53',
          business_license_number: '123456789012345678',
          merchant_name: '腾讯科技有限公司',
          legal_person: '张三',
          company_address: '深圳南山区科苑路',
          business_time: '["2014-01-01","长期"]',
        },
        finance_institution_info: {
          finance_type: 'BANK_AGENT',
          finance_license_pics: ['MediaId'],
        },
        id_holder_type: 'LEGAL',
        id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
        authorize_letter_copy: '',
        id_card_info: {
          id_card_copy: 'xpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ',
          id_card_national: 'vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          id_card_name: client.encrypt('身份证姓名'),
          id_card_number: client.encrypt('身份证号码'),
          id_card_valid_time_begin: '',
          id_card_valid_time: '',
        },
        id_doc_info: {
          id_doc_name: client.encrypt('证件姓名'),
          id_doc_number: client.encrypt('证件号码'),
          id_doc_copy: 'xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          id_doc_copy_back: 'xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4',
          doc_period_begin: '2020-01-02',
          doc_period_end: '2020-01-02',
        },
        ubo_info_list: [
          {
            ubo_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            ubo_id_doc_copy: '',
            ubo_id_doc_copy_back: '',
            ubo_id_doc_name: client.encrypt('受益人姓名'),
            ubo_id_doc_number: client.encrypt('证件号码'),
            ubo_id_doc_address: client.encrypt('证件居住地址'),
            ubo_period_begin: '',
            ubo_period_end: '',
            ubo_id_doc_period_begin: '',
            ubo_id_doc_period_end: '',
          },
        ],
        account_info: {
          bank_account_type: '75',
          account_bank: '工商银行',
          account_name: client.encrypt('开户名称'),
          bank_branch_id: '402713354941',
          bank_name: '施秉县农村信用合作联社城关信用社',
          account_number: client.encrypt('银行帐号'),
        },
        contact_info: {
          contact_type: '65',
          contact_name: client.encrypt('超级管理员姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          contact_id_card_number: client.encrypt('超级管理员身份证件号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_period_begin: '',
          contact_period_end: '',
          business_authorization_letter: '',
          contact_id_doc_period_begin: '2019-06-06',
          contact_id_doc_period_end: '2026-06-06',
          mobile_phone: client.encrypt('超级管理员手机'),
        },
        sales_scene_info: {
          store_name: '爱烧烤',
          store_url: 'http://www.qq.com',
          store_qr_code: '',
          mini_program_sub_appid: '',
        },
        settlement_info: {
          settlement_id: '',
          qualification_type: '',
        },
        merchant_shortname: '',
        qualifications: ['MediaId'],
        business_addition_pics: ['MediaId'],
        business_addition_desc: ['MediaId'],
        proxy_sign_verify_mode: true,
        id_card_complete_statement: '',
      },
    })
    console.log(data)
  }
  // 平台代理签约核身
  {
    const { data } = await client.request('POST /v3/ecommerce/applyments/submit-sign-verify-info', {
      json: {
        out_request_no: '1900013511_10000',
        applyment_id: 2000002124775691,
        pre_sign_time: '2018-06-08T10:34:56+08:00',
        proxy_verify_identity_info: {
          verify_identity_type: 'VERIFY_IDENTITY_TYPE_FACE_TO_FACE',
          verify_identity_result: true,
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.applyments['submit-sign-verify-info'].post({
      json: {
        out_request_no: '1900013511_10000',
        applyment_id: 2000002124775691,
        pre_sign_time: '2018-06-08T10:34:56+08:00',
        proxy_verify_identity_info: {
          verify_identity_type: 'VERIFY_IDENTITY_TYPE_FACE_TO_FACE',
          verify_identity_result: true,
        },
      },
    })
    console.log(data)
  }
  // 通过申请单ID查询申请状态
  {
    const { data } = await client.request('GET /v3/ecommerce/applyments/{applyment_id}', {
      params: {
        applyment_id: 2000002124775691,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.applyments['{applyment_id}'].get({
      params: {
        applyment_id: 2000002124775691,
      },
    })
    console.log(data)
  }
  // 撤销申请单-使用申请单号
  {
    const { data } = await client.request('POST /v3/ecommerce/applyments/{applyment_id}/revoke', {
      params: {
        applyment_id: 2000002124775691,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.ecommerce.applyments['{applyment_id}'].revoke.post({
      params: {
        applyment_id: 2000002124775691,
      },
    })
    console.log(data)
  }
}
