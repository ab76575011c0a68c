// brand/applyments: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 提交入驻申请
  {
    const { data } = await client.request('POST /v3/brand/applyments', {
      json: {
        business_code: '1900013511_10000',
        admin_info: {
          admin_name: client.encrypt('管理员姓名'),
          id_doc_type: 'IDENTIFICATION_TYPE_MAINLAND_ID_CARD',
          id_card_number: client.encrypt('管理员证件号'),
        },
        subject_info: {
          subject_type: 'SUBJECT_TYPE_ENTERPRISE',
          subject_name: 'xx有限公司',
          unified_social_credit_code: '91310101MA1FPX1234',
        },
        brand_basic_info: {
          brand_name: '爱马哥',
          brand_logo: 'U2FsdGVkX1+8n2qLk9jP4vRtY6Wx',
        },
        trademark: {
          trademark_exists: 'TRADEMARK_NONE',
          trademark_registration_certificate: {
            certificate: 'jTpGmxUX3FBWVQ5NJTZvvDujqhThn4ReFxikqJ5YW6zFQ',
            name: '爱马哥',
            number: '12345678',
            valid_begin_time: '2025-09-08',
            valid_end_time: '2035-09-08',
            international_class: '25',
            holder: '腾讯科技有限公司',
            license: 'jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ',
            authorization_begin_time: '2025-09-08',
            authorization_end_time: '2035-09-08',
            certificate_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
            license_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
          },
          logo_trademark_registration_certificate: {
            certificate: 'jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ',
            name: '爱马哥',
            number: '21312344',
            valid_begin_time: '2025-09-08',
            valid_end_time: '2035-09-08',
            international_class: '25',
            holder: '腾讯科技有限公司',
            license: 'jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ',
            authorization_begin_time: '2025-09-08',
            authorization_end_time: '2035-09-08',
            certificate_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
            license_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
          },
          no_trademark_addition_prove: 'jTpGmxUX3FBWVQ5NJTZvvDujqhThn4ReFxikqJ5YW6zFQ',
          no_trademark_addition_prove_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.applyments.post({
      json: {
        business_code: '1900013511_10000',
        admin_info: {
          admin_name: client.encrypt('管理员姓名'),
          id_doc_type: 'IDENTIFICATION_TYPE_MAINLAND_ID_CARD',
          id_card_number: client.encrypt('管理员证件号'),
        },
        subject_info: {
          subject_type: 'SUBJECT_TYPE_ENTERPRISE',
          subject_name: 'xx有限公司',
          unified_social_credit_code: '91310101MA1FPX1234',
        },
        brand_basic_info: {
          brand_name: '爱马哥',
          brand_logo: 'U2FsdGVkX1+8n2qLk9jP4vRtY6Wx',
        },
        trademark: {
          trademark_exists: 'TRADEMARK_NONE',
          trademark_registration_certificate: {
            certificate: 'jTpGmxUX3FBWVQ5NJTZvvDujqhThn4ReFxikqJ5YW6zFQ',
            name: '爱马哥',
            number: '12345678',
            valid_begin_time: '2025-09-08',
            valid_end_time: '2035-09-08',
            international_class: '25',
            holder: '腾讯科技有限公司',
            license: 'jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ',
            authorization_begin_time: '2025-09-08',
            authorization_end_time: '2035-09-08',
            certificate_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
            license_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
          },
          logo_trademark_registration_certificate: {
            certificate: 'jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ',
            name: '爱马哥',
            number: '21312344',
            valid_begin_time: '2025-09-08',
            valid_end_time: '2035-09-08',
            international_class: '25',
            holder: '腾讯科技有限公司',
            license: 'jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ',
            authorization_begin_time: '2025-09-08',
            authorization_end_time: '2035-09-08',
            certificate_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
            license_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
          },
          no_trademark_addition_prove: 'jTpGmxUX3FBWVQ5NJTZvvDujqhThn4ReFxikqJ5YW6zFQ',
          no_trademark_addition_prove_list: ['jTpGmxUX3FBWVQ5NJTZvvDujqhThn4Re'],
        },
      },
    })
    console.log(data)
  }
  // 根据申请单ID查询申请状态
  {
    const { data } = await client.request('GET /v3/brand/applyments/applyment-id/{applyment_id}', {
      params: {
        applyment_id: '2000002124775691',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.applyments['applyment-id']['{applyment_id}'].get({
      params: {
        applyment_id: '2000002124775691',
      },
    })
    console.log(data)
  }
  // 根据业务申请编号查询申请状态
  {
    const { data } = await client.request('GET /v3/brand/applyments/business-code/{business_code}', {
      params: {
        business_code: '1900013511_10000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.applyments['business-code']['{business_code}'].get({
      params: {
        business_code: '1900013511_10000',
      },
    })
    console.log(data)
  }
  // 撤销申请
  {
    const { data } = await client.request('POST /v3/brand/applyments/cancel-applyment', {
      json: {
        applyment_id: '2000002124775691',
        business_code: '1900013511_10000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.applyments['cancel-applyment'].post({
      json: {
        applyment_id: '2000002124775691',
        business_code: '1900013511_10000',
      },
    })
    console.log(data)
  }
}
