// apply4subject: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询商户开户意愿申请单审核结果
  {
    const { data } = await client.request('GET /v3/apply4subject/applyment', {
      query: {
        applyment_id: '',
        business_code: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.apply4subject.applyment.get({
      query: {
        applyment_id: '',
        business_code: '',
      },
    })
    console.log(data)
  }
  // 提交商户开户意愿申请单
  {
    const { data } = await client.request('POST /v3/apply4subject/applyment', {
      query: {
        channel_id: '',
      },
      json: {
        business_code: '',
        contact_info: {
          contact_type: 'LEGAL',
          name: client.encrypt('联系人姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          id_card_number: client.encrypt('联系人身份证号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_period_begin: '',
          contact_period_end: '',
          business_authorization_letter: '',
          mobile: client.encrypt('联系人手机号'),
        },
        subject_info: {
          subject_type: 'SUBJECT_TYPE_INDIVIDUAL',
          is_finance_institution: true,
          business_license_info: {
            licence_number: '',
            licence_copy: '',
            merchant_name: '',
            legal_person: '',
            company_address: '',
            licence_valid_date: '["1970-01-01","forever"]',
          },
          certificate_info: {
            cert_type: 'CERTIFICATE_TYPE_2388',
            cert_number: '',
            cert_copy: '',
            merchant_name: '',
            legal_person: '',
            company_address: '',
            cert_valid_date: '["1970-01-01","forever"]',
          },
          company_prove_copy: '',
          assist_prove_info: {
            micro_biz_type: 'MICRO_TYPE_STORE',
            store_name: '',
            store_address_code: '',
            store_address: '',
            store_header_copy: '',
            store_indoor_copy: '',
          },
          special_operation_info: [
            {
              category_id: 0,
              store_indoor_copy: ['MediaId'],
            },
          ],
          finance_institution_info: {
            finance_type: 'BANK_AGENT',
            finance_license_pics: ['MediaId'],
          },
        },
        identification_info: {
          id_holder_type: 'LEGAL',
          identification_type: 'IDENTIFICATION_TYPE_IDCARD',
          authorize_letter_copy: '',
          identification_name: client.encrypt('证件姓名'),
          identification_number: client.encrypt('证件号码'),
          identification_valid_date: '["1970-01-01","forever"]',
          identification_address: client.encrypt('证件居住地址'),
          identification_front_copy: '',
          identification_back_copy: '',
          owner: true,
        },
        ubo_info_list: [
          {
            ubo_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            ubo_id_doc_copy: '',
            ubo_id_doc_copy_back: '',
            ubo_id_doc_name: client.encrypt('证件姓名'),
            ubo_id_doc_number: client.encrypt('证件号码'),
            ubo_id_doc_address: client.encrypt('证件居住地址'),
            ubo_period_begin: '',
            ubo_period_end: '',
          },
        ],
        addition_info: {
          confirm_mchid_list: ['string'],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.apply4subject.applyment.post({
      query: {
        channel_id: '',
      },
      json: {
        business_code: '',
        contact_info: {
          contact_type: 'LEGAL',
          name: client.encrypt('联系人姓名'),
          contact_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
          id_card_number: client.encrypt('联系人身份证号码'),
          contact_id_doc_copy: '',
          contact_id_doc_copy_back: '',
          contact_period_begin: '',
          contact_period_end: '',
          business_authorization_letter: '',
          mobile: client.encrypt('联系人手机号'),
        },
        subject_info: {
          subject_type: 'SUBJECT_TYPE_INDIVIDUAL',
          is_finance_institution: true,
          business_license_info: {
            licence_number: '',
            licence_copy: '',
            merchant_name: '',
            legal_person: '',
            company_address: '',
            licence_valid_date: '["1970-01-01","forever"]',
          },
          certificate_info: {
            cert_type: 'CERTIFICATE_TYPE_2388',
            cert_number: '',
            cert_copy: '',
            merchant_name: '',
            legal_person: '',
            company_address: '',
            cert_valid_date: '["1970-01-01","forever"]',
          },
          company_prove_copy: '',
          assist_prove_info: {
            micro_biz_type: 'MICRO_TYPE_STORE',
            store_name: '',
            store_address_code: '',
            store_address: '',
            store_header_copy: '',
            store_indoor_copy: '',
          },
          special_operation_info: [
            {
              category_id: 0,
              store_indoor_copy: ['MediaId'],
            },
          ],
          finance_institution_info: {
            finance_type: 'BANK_AGENT',
            finance_license_pics: ['MediaId'],
          },
        },
        identification_info: {
          id_holder_type: 'LEGAL',
          identification_type: 'IDENTIFICATION_TYPE_IDCARD',
          authorize_letter_copy: '',
          identification_name: client.encrypt('证件姓名'),
          identification_number: client.encrypt('证件号码'),
          identification_valid_date: '["1970-01-01","forever"]',
          identification_address: client.encrypt('证件居住地址'),
          identification_front_copy: '',
          identification_back_copy: '',
          owner: true,
        },
        ubo_info_list: [
          {
            ubo_id_doc_type: 'IDENTIFICATION_TYPE_IDCARD',
            ubo_id_doc_copy: '',
            ubo_id_doc_copy_back: '',
            ubo_id_doc_name: client.encrypt('证件姓名'),
            ubo_id_doc_number: client.encrypt('证件号码'),
            ubo_id_doc_address: client.encrypt('证件居住地址'),
            ubo_period_begin: '',
            ubo_period_end: '',
          },
        ],
        addition_info: {
          confirm_mchid_list: ['string'],
        },
      },
    })
    console.log(data)
  }
  // 获取商户开户意愿确认状态
  {
    const { data } = await client.request('GET /v3/apply4subject/applyment/merchants/{sub_mchid}/state', {
      params: {
        sub_mchid: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.apply4subject.applyment.merchants['{sub_mchid}'].state.get({
      params: {
        sub_mchid: '',
      },
    })
    console.log(data)
  }
  // 撤销商户开户意愿申请单
  {
    const { status } = await client.request('POST /v3/apply4subject/applyment/{applyment_id}/cancel', {
      params: {
        applyment_id: '',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.apply4subject.applyment['{applyment_id}'].cancel.post({
      params: {
        applyment_id: '',
      },
    })
    console.log(status)
  }
  // 撤销商户开户意愿申请单
  {
    const { status } = await client.request('POST /v3/apply4subject/applyment/{business_code}/cancel', {
      params: {
        business_code: '',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.apply4subject.applyment['{business_code}'].cancel.post({
      params: {
        business_code: '',
      },
    })
    console.log(status)
  }
}
