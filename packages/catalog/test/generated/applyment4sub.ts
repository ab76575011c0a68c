// applyment4sub: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 提交申请单
  {
    const { data } = await client.request('POST /v3/applyment4sub/applyment/', {
      json: {
        business_code: '',
        contact_info: {
          contact_type: 'LEGAL',
          contact_name: client.encrypt('超级管理员姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          contact_id_number: client.encrypt('超级管理员身份证件号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_period_begin: '',
          contact_period_end: '',
          business_authorization_letter: '',
          openid: '',
          mobile_phone: client.encrypt('联系手机'),
          contact_email: client.encrypt('联系邮箱'),
        },
        subject_info: {
          subject_type: 'SUBJECT_TYPE_INDIVIDUAL',
          finance_institution: true,
          micro_biz_info: {
            micro_biz_type: 'MICRO_TYPE_STORE',
            micro_store_info: {
              micro_name: '',
              micro_address_code: '',
              micro_address: '',
              store_entrance_pic: '',
              micro_indoor_copy: '',
              store_longitude: '',
              store_latitude: '',
            },
            micro_mobile_info: {
              micro_mobile_name: '',
              micro_mobile_city: '',
              micro_mobile_address: '',
              micro_mobile_pics: ['MediaId'],
            },
            micro_online_info: {
              micro_online_store: '',
              micro_ec_name: '',
              micro_qrcode: '',
              micro_link: '',
            },
          },
          business_license_info: {
            license_copy: '',
            license_number: '',
            merchant_name: '',
            legal_person: '',
            license_address: '',
            period_begin: '',
            period_end: '',
          },
          certificate_info: {
            cert_copy: '',
            cert_type: 'CERTIFICATE_TYPE_2388',
            cert_number: '',
            merchant_name: '',
            company_address: '',
            legal_person: '',
            period_begin: '',
            period_end: '',
          },
          organization_info: {
            organization_copy: '',
            organization_code: '',
            org_period_begin: '',
            org_period_end: '',
          },
          certificate_letter_copy: '',
          finance_institution_info: {
            finance_type: 'BANK_AGENT',
            finance_license_pics: ['MediaId'],
          },
          identity_info: {
            id_holder_type: 'LEGAL',
            id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            authorize_letter_copy: '',
            id_card_info: {
              id_card_copy: '',
              id_card_national: '',
              id_card_name: client.encrypt('身份证姓名'),
              id_card_number: client.encrypt('身份证号码'),
              id_card_address: client.encrypt('身份证居住地址'),
              card_period_begin: '',
              card_period_end: '',
            },
            id_doc_info: {
              id_doc_copy: '',
              id_doc_copy_back: '',
              id_doc_name: client.encrypt('证件姓名'),
              id_doc_number: client.encrypt('证件号码'),
              id_doc_address: client.encrypt('证件居住地址'),
              doc_period_begin: '',
              doc_period_end: '',
            },
            owner: true,
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
            },
          ],
        },
        business_info: {
          merchant_shortname: '',
          service_phone: '',
          sales_info: {
            sales_scenes_type: ['SALES_SCENES_STORE'],
            biz_store_info: {
              biz_store_name: '',
              biz_address_code: '',
              biz_store_address: '',
              store_entrance_pic: ['MediaId'],
              indoor_pic: ['MediaId'],
              biz_sub_appid: '',
            },
            mp_info: {
              mp_appid: '',
              mp_sub_appid: '',
              mp_pics: ['MediaId'],
            },
            mini_program_info: {
              mini_program_appid: '',
              mini_program_sub_appid: '',
              mini_program_pics: ['MediaId'],
            },
            app_info: {
              app_appid: '',
              app_sub_appid: '',
              app_pics: ['MediaId'],
            },
            web_info: {
              domain: '',
              web_authorisation: '',
              web_appid: '',
            },
            wework_info: {
              sub_corp_id: '',
              wework_pics: ['MediaId'],
            },
          },
        },
        settlement_info: {
          settlement_id: '',
          qualification_type: '',
          qualifications: ['MediaId'],
          activities_id: '',
          activities_rate: '',
          debit_activities_rate: '',
          credit_activities_rate: '',
          activities_additions: ['MediaId'],
        },
        bank_account_info: {
          bank_account_type: 'BANK_ACCOUNT_TYPE_CORPORATE',
          account_name: client.encrypt('开户名称'),
          account_bank: '工商银行',
          bank_address_code: '',
          bank_name: '施秉县农村信用合作联社城关信用社',
          bank_branch_id: '402713354941',
          account_number: client.encrypt('银行账号'),
        },
        addition_info: {
          legal_person_commitment: '',
          legal_person_video: '',
          business_addition_pics: ['MediaId'],
          business_addition_msg: '',
        },
      },
    })
    console.log(data)
  }
  // 通过申请单号查询申请状态
  {
    const { data } = await client.request('GET /v3/applyment4sub/applyment/applyment_id/{applyment_id}', {
      params: {
        applyment_id: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.applyment4sub.applyment.applyment_id['{applyment_id}'].get({
      params: {
        applyment_id: 0,
      },
    })
    console.log(data)
  }
  // 通过业务申请编号查询申请状态
  {
    const { data } = await client.request('GET /v3/applyment4sub/applyment/business_code/{business_code}', {
      params: {
        business_code: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.applyment4sub.applyment.business_code['{business_code}'].get({
      params: {
        business_code: '',
      },
    })
    console.log(data)
  }
}
