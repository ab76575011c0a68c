// gov: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询审核结果
  {
    const { data } = await client.request('POST /v3/gov/subsidy/audit/cup/invalid', {
      json: {
        org_no: '',
        mchnt_order_id: '',
        upload_time: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.audit.cup.invalid.post({
      json: {
        org_no: '',
        mchnt_order_id: '',
        upload_time: '',
      },
    })
    console.log(data)
  }
  // 查询审核结果
  {
    const { data } = await client.request('POST /v3/gov/subsidy/audit/cup/query', {
      json: {
        org_no: '',
        mchnt_order_id: '',
        upload_time: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.audit.cup.query.post({
      json: {
        org_no: '',
        mchnt_order_id: '',
        upload_time: '',
      },
    })
    console.log(data)
  }
  // 同步非银联支付交易退款信息
  {
    const { data } = await client.request('POST /v3/gov/subsidy/audit/cup/refund/sync', {
      json: {
        org_no: '',
        mchnt_order_id: '',
        upload_time: '',
        refund_at: '',
        refund_dt: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.audit.cup.refund.sync.post({
      json: {
        org_no: '',
        mchnt_order_id: '',
        upload_time: '',
        refund_at: '',
        refund_dt: '',
      },
    })
    console.log(data)
  }
  // 更新审核数据
  {
    const { data } = await client.request('POST /v3/gov/subsidy/audit/cup/update', {
      json: {
        org_no: '',
        sub_mchnt_cd: '',
        sub_mchnt_nm: '',
        store_nm: '',
        online_no: '',
        mchnt_order_id: '',
        upload_time: '',
        notify_url: '',
        prod_id: '',
        eng_grade: '',
        brand_nm: '',
        prod_model: '',
        sales_chnl: '',
        plat_form: '',
        payer_tp: '',
        trade_in_order_id: '',
        trade_in_at: '',
        is_trade_in: '',
        sales_at: '',
        actual_at: '',
        trans_tm: '',
        mchnt_cd: '',
        mer_sub_at: '',
        discount_at: '',
        image01: '',
        image02: '',
        image03: '',
        image04: '',
        image05: '',
        image06: '',
        image07: '',
        image08: '',
        image09: '',
        image10: '',
        commitment_letter_photo: '',
        commitment_letter_photo_format: '',
        device_photo: '',
        device_photo_format: '',
        pack_and_active_photo: '',
        bar_code: '',
        sn_code: '',
        imei1: '',
        imei2: '',
        register_model: '',
        record_number: '',
        eng_grade_standard: '',
        invoice_info: {
          invoice_cd: '',
          invoice_no: '',
          invoice_dt: '',
          invoice_link: '',
          invoice_tp: '',
          invoice_ck_cd: '',
          nm: '',
          tax: '',
          invoice_tax_amt: '',
          sales_ent_nm: '',
          tax_payer: '',
          num: '',
          service_nm: '',
        },
        track_info: {
          tracking_no: '',
          tracking_company: '',
          usr_prov: '',
          usr_city: '',
          usr_area: '',
          usr_addr: '',
          tracking_type: '',
          delivery_method: '',
          shipping_addr: '',
          delivery_time: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.audit.cup.update.post({
      json: {
        org_no: '',
        sub_mchnt_cd: '',
        sub_mchnt_nm: '',
        store_nm: '',
        online_no: '',
        mchnt_order_id: '',
        upload_time: '',
        notify_url: '',
        prod_id: '',
        eng_grade: '',
        brand_nm: '',
        prod_model: '',
        sales_chnl: '',
        plat_form: '',
        payer_tp: '',
        trade_in_order_id: '',
        trade_in_at: '',
        is_trade_in: '',
        sales_at: '',
        actual_at: '',
        trans_tm: '',
        mchnt_cd: '',
        mer_sub_at: '',
        discount_at: '',
        image01: '',
        image02: '',
        image03: '',
        image04: '',
        image05: '',
        image06: '',
        image07: '',
        image08: '',
        image09: '',
        image10: '',
        commitment_letter_photo: '',
        commitment_letter_photo_format: '',
        device_photo: '',
        device_photo_format: '',
        pack_and_active_photo: '',
        bar_code: '',
        sn_code: '',
        imei1: '',
        imei2: '',
        register_model: '',
        record_number: '',
        eng_grade_standard: '',
        invoice_info: {
          invoice_cd: '',
          invoice_no: '',
          invoice_dt: '',
          invoice_link: '',
          invoice_tp: '',
          invoice_ck_cd: '',
          nm: '',
          tax: '',
          invoice_tax_amt: '',
          sales_ent_nm: '',
          tax_payer: '',
          num: '',
          service_nm: '',
        },
        track_info: {
          tracking_no: '',
          tracking_company: '',
          usr_prov: '',
          usr_city: '',
          usr_area: '',
          usr_addr: '',
          tracking_type: '',
          delivery_method: '',
          shipping_addr: '',
          delivery_time: '',
        },
      },
    })
    console.log(data)
  }
  // 上传审核数据
  {
    const { data } = await client.request('POST /v3/gov/subsidy/audit/cup/upload', {
      json: {
        org_no: '',
        sub_mchnt_cd: '',
        sub_mchnt_nm: '',
        store_nm: '',
        online_no: '',
        mchnt_order_id: '',
        upload_time: '',
        notify_url: '',
        prod_id: '',
        eng_grade: '',
        brand_nm: '',
        prod_model: '',
        sales_chnl: '',
        plat_form: '',
        payer_tp: '',
        trade_in_order_id: '',
        trade_in_at: '',
        is_trade_in: '',
        sales_at: '',
        actual_at: '',
        trans_tm: '',
        mchnt_cd: '',
        mer_sub_at: '',
        discount_at: '',
        image01: '',
        image02: '',
        image03: '',
        image04: '',
        image05: '',
        image06: '',
        image07: '',
        image08: '',
        image09: '',
        image10: '',
        commitment_letter_photo: '',
        commitment_letter_photo_format: '',
        device_photo: '',
        device_photo_format: '',
        pack_and_active_photo: '',
        bar_code: '',
        sn_code: '',
        imei1: '',
        imei2: '',
        register_model: '',
        record_number: '',
        eng_grade_standard: '',
        invoice_info: {
          invoice_cd: '',
          invoice_no: '',
          invoice_dt: '',
          invoice_link: '',
          invoice_tp: '',
          invoice_ck_cd: '',
          nm: '',
          tax: '',
          invoice_tax_amt: '',
          sales_ent_nm: '',
          tax_payer: '',
          num: '',
          service_nm: '',
        },
        track_info: {
          tracking_no: '',
          tracking_company: '',
          usr_prov: '',
          usr_city: '',
          usr_area: '',
          usr_addr: '',
          tracking_type: '',
          delivery_method: '',
          shipping_addr: '',
          delivery_time: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.audit.cup.upload.post({
      json: {
        org_no: '',
        sub_mchnt_cd: '',
        sub_mchnt_nm: '',
        store_nm: '',
        online_no: '',
        mchnt_order_id: '',
        upload_time: '',
        notify_url: '',
        prod_id: '',
        eng_grade: '',
        brand_nm: '',
        prod_model: '',
        sales_chnl: '',
        plat_form: '',
        payer_tp: '',
        trade_in_order_id: '',
        trade_in_at: '',
        is_trade_in: '',
        sales_at: '',
        actual_at: '',
        trans_tm: '',
        mchnt_cd: '',
        mer_sub_at: '',
        discount_at: '',
        image01: '',
        image02: '',
        image03: '',
        image04: '',
        image05: '',
        image06: '',
        image07: '',
        image08: '',
        image09: '',
        image10: '',
        commitment_letter_photo: '',
        commitment_letter_photo_format: '',
        device_photo: '',
        device_photo_format: '',
        pack_and_active_photo: '',
        bar_code: '',
        sn_code: '',
        imei1: '',
        imei2: '',
        register_model: '',
        record_number: '',
        eng_grade_standard: '',
        invoice_info: {
          invoice_cd: '',
          invoice_no: '',
          invoice_dt: '',
          invoice_link: '',
          invoice_tp: '',
          invoice_ck_cd: '',
          nm: '',
          tax: '',
          invoice_tax_amt: '',
          sales_ent_nm: '',
          tax_payer: '',
          num: '',
          service_nm: '',
        },
        track_info: {
          tracking_no: '',
          tracking_company: '',
          usr_prov: '',
          usr_city: '',
          usr_area: '',
          usr_addr: '',
          tracking_type: '',
          delivery_method: '',
          shipping_addr: '',
          delivery_time: '',
        },
      },
    })
    console.log(data)
  }
  // 企业信息查询
  {
    const { data } = await client.request('POST /v3/gov/subsidy/companies/query', {
      json: {
        qualification_region_code: 310100,
        license_number: '91110108397173806M',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.companies.query.post({
      json: {
        qualification_region_code: 310100,
        license_number: '91110108397173806M',
      },
    })
    console.log(data)
  }
  // 商品信息上传
  {
    const { data } = await client.request('POST /v3/gov/subsidy/goods/upload', {
      json: {
        appliance_id: 1,
        product_name: '测试商品',
        energy_grade: 'FIRST_LEVEL',
        brand: '海尔',
        qualification_region_code: 310100,
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        base_price: 10000,
        average_trading_price: 10000,
        product_type: 'COMMON_PRODUCT',
        product_model: 'XX',
        bar_code: '6901010101098',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.goods.upload.post({
      json: {
        appliance_id: 1,
        product_name: '测试商品',
        energy_grade: 'FIRST_LEVEL',
        brand: '海尔',
        qualification_region_code: 310100,
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        base_price: 10000,
        average_trading_price: 10000,
        product_type: 'COMMON_PRODUCT',
        product_model: 'XX',
        bar_code: '6901010101098',
      },
    })
    console.log(data)
  }
  // N品类同步资格核销信息
  {
    const { data } = await client.request('POST /v3/gov/subsidy/n-qualifications/sync', {
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        sub_mchid: '123456',
        energy_grade: 'FIRST_LEVEL',
        receive_region_code: '110101',
        brand: '海尔',
        address: '深圳市南山区',
        qualification_region_code: 310100,
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        logistics_num: '123456789',
        delivery_time: '2025-01-14T19:55:06+08:00',
        invoice_num: '031001900204',
        product_type: 'COMMON_PRODUCT',
        pc_type: 'DESKTOP',
        order_amount: 10000,
        discount_amount: 2000,
        mch_order_id: '123456789',
        invoice_time: '2025-01-14T19:55:06+08:00',
        purchaser_name: '小弟弟',
        sale_model: 'SALE_MODEL_OFFLINE',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        invoice_address_code: '310100',
        tax_authority_code: '2525252',
        transaction_time: '2025-01-14T19:55:06+08:00',
        cate_state: 'CATE_STATE_REDEEM',
        longitude: '',
        latitude: '',
        cate_code: 'JS06',
        coupon_code: '6901010101098',
        invoice_code: '310100',
        refund_id: '123456789',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy['n-qualifications'].sync.post({
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        sub_mchid: '123456',
        energy_grade: 'FIRST_LEVEL',
        receive_region_code: '110101',
        brand: '海尔',
        address: '深圳市南山区',
        qualification_region_code: 310100,
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        logistics_num: '123456789',
        delivery_time: '2025-01-14T19:55:06+08:00',
        invoice_num: '031001900204',
        product_type: 'COMMON_PRODUCT',
        pc_type: 'DESKTOP',
        order_amount: 10000,
        discount_amount: 2000,
        mch_order_id: '123456789',
        invoice_time: '2025-01-14T19:55:06+08:00',
        purchaser_name: '小弟弟',
        sale_model: 'SALE_MODEL_OFFLINE',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        invoice_address_code: '310100',
        tax_authority_code: '2525252',
        transaction_time: '2025-01-14T19:55:06+08:00',
        cate_state: 'CATE_STATE_REDEEM',
        longitude: '',
        latitude: '',
        cate_code: 'JS06',
        coupon_code: '6901010101098',
        invoice_code: '310100',
        refund_id: '123456789',
      },
    })
    console.log(data)
  }
  // 查询补贴资格
  {
    const { data } = await client.request('GET /v3/gov/subsidy/qualification', {
      query: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        openid: 'oCuiA7RW33Tc3jtz_5CNLegC9kN0',
        appid: 'wx5cb0427850cd8c49',
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.qualification.get({
      query: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        openid: 'oCuiA7RW33Tc3jtz_5CNLegC9kN0',
        appid: 'wx5cb0427850cd8c49',
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  // 取消资格(透传模式)
  {
    const { data } = await client.request('POST /v3/gov/subsidy/qualifications/passthrough/cancel', {
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        qualification_region_code: 310100,
        out_request_no: 'vmall_250120131959_993_4494',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.qualifications.passthrough.cancel.post({
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        qualification_region_code: 310100,
        out_request_no: 'vmall_250120131959_993_4494',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  // 领取资格(透传模式)
  {
    const { data } = await client.request('POST /v3/gov/subsidy/qualifications/passthrough/claim', {
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        longitude: '',
        latitude: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.qualifications.passthrough.claim.post({
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        longitude: '',
        latitude: '',
      },
    })
    console.log(data)
  }
  // 批量查询用户资格(透传模式)
  {
    const { data } = await client.request('POST /v3/gov/subsidy/qualifications/passthrough/query', {
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.qualifications.passthrough.query.post({
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  // 批量查询用户资格
  {
    const { data } = await client.request('POST /v3/gov/subsidy/qualifications/query', {
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.qualifications.query.post({
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        qualification_region_code: 310100,
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
      },
    })
    console.log(data)
  }
  // 同步资格核销信息
  {
    const { data } = await client.request('POST /v3/gov/subsidy/qualifications/sync', {
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        sub_mch_id: '123456',
        energy_grade: 'FIRST_LEVEL',
        receive_region_code: '110101',
        brand: '海尔',
        address: '深圳市南山区',
        qualification_region_code: 310100,
        sn_code: 'fallervuh',
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        barcode: '例值：6901010101098',
        item_name: '联想YOGA AIR 15',
        spec_model: 'YOGA Air 15s ILL9',
        logistics_num: '123456789',
        delivery_time: '2025-01-14T19:55:06+08:00',
        invoice_num: '031001900204',
        product_type: 'COMMON_PRODUCT',
        pc_type: 'DESKTOP',
        order_amount: 10000,
        discount_amount: 2000,
        imei1: '358882046176540',
        imei2: '358882046176540',
        mch_order_id: '123456789',
        refund_id: '123456789',
        invoice_time: '2025-01-14T19:55:06+08:00',
        purchaser_name: '小弟弟',
        sale_model: 'SALE_MODEL_OFFLINE',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        invoice_address_code: '310100',
        invoice_code: '310100',
        tax_authority_code: '2525252',
        transaction_time: '2025-01-14T19:55:06+08:00',
        cate_state: 'CATE_STATE_REDEEM',
        mch_name: '江苏京东信息技术有限公司',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.qualifications.sync.post({
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        sub_mch_id: '123456',
        energy_grade: 'FIRST_LEVEL',
        receive_region_code: '110101',
        brand: '海尔',
        address: '深圳市南山区',
        qualification_region_code: 310100,
        sn_code: 'fallervuh',
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        barcode: '例值：6901010101098',
        item_name: '联想YOGA AIR 15',
        spec_model: 'YOGA Air 15s ILL9',
        logistics_num: '123456789',
        delivery_time: '2025-01-14T19:55:06+08:00',
        invoice_num: '031001900204',
        product_type: 'COMMON_PRODUCT',
        pc_type: 'DESKTOP',
        order_amount: 10000,
        discount_amount: 2000,
        imei1: '358882046176540',
        imei2: '358882046176540',
        mch_order_id: '123456789',
        refund_id: '123456789',
        invoice_time: '2025-01-14T19:55:06+08:00',
        purchaser_name: '小弟弟',
        sale_model: 'SALE_MODEL_OFFLINE',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        invoice_address_code: '310100',
        invoice_code: '310100',
        tax_authority_code: '2525252',
        transaction_time: '2025-01-14T19:55:06+08:00',
        cate_state: 'CATE_STATE_REDEEM',
        mch_name: '江苏京东信息技术有限公司',
      },
    })
    console.log(data)
  }
  // sn码锁定
  {
    const { data } = await client.request('POST /v3/gov/subsidy/sncode/lock', {
      json: {
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        brand: '海尔',
        qualification_region_code: 310100,
        sn_code: 'fallervuh',
        manufacturer_info: '',
        barcode: '6901010101098',
        spec_model: 'YOGA Air 15s ILL9',
        product_type: 'COMMON_PRODUCT',
        sale_time: '2025-01-14T19:55:06+08:00',
        imei1: '358882046176540',
        imei2: '358882046176540',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.sncode.lock.post({
      json: {
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        brand: '海尔',
        qualification_region_code: 310100,
        sn_code: 'fallervuh',
        manufacturer_info: '',
        barcode: '6901010101098',
        spec_model: 'YOGA Air 15s ILL9',
        product_type: 'COMMON_PRODUCT',
        sale_time: '2025-01-14T19:55:06+08:00',
        imei1: '358882046176540',
        imei2: '358882046176540',
      },
    })
    console.log(data)
  }
  // 查询sn码状态
  {
    const { data } = await client.request('POST /v3/gov/subsidy/sncode/query', {
      json: {
        sn_code_list: ['9CC0AC186027'],
        qualification_region_code: 310100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.sncode.query.post({
      json: {
        sn_code_list: ['9CC0AC186027'],
        qualification_region_code: 310100,
      },
    })
    console.log(data)
  }
  // sn码解锁
  {
    const { data } = await client.request('POST /v3/gov/subsidy/sncode/unlock', {
      json: {
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        qualification_region_code: 310100,
        sn_code: 'fallervuh',
        barcode: '6901010101098',
        product_type: 'COMMON_PRODUCT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.sncode.unlock.post({
      json: {
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        qualification_region_code: 310100,
        sn_code: 'fallervuh',
        barcode: '6901010101098',
        product_type: 'COMMON_PRODUCT',
      },
    })
    console.log(data)
  }
  // 交易信息查询
  {
    const { data } = await client.request('POST /v3/gov/subsidy/transactions/query', {
      json: {
        qualification_region_code: 310100,
        order_number_list: ['vmall_250120131959_993_4494'],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.transactions.query.post({
      json: {
        qualification_region_code: 310100,
        order_number_list: ['vmall_250120131959_993_4494'],
      },
    })
    console.log(data)
  }
  // 查询单日交易汇总
  {
    const { data } = await client.request('POST /v3/gov/subsidy/transactions/summary/query-day', {
      json: {
        qualification_region_code: 310100,
        query_date: '2025-01-14',
        query_type: 'ORDER_TYPE_TRANSACTION',
        appliance_id: 1,
        cate_state: 'CATE_STATE_REDEEM',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.transactions.summary['query-day'].post({
      json: {
        qualification_region_code: 310100,
        query_date: '2025-01-14',
        query_type: 'ORDER_TYPE_TRANSACTION',
        appliance_id: 1,
        cate_state: 'CATE_STATE_REDEEM',
      },
    })
    console.log(data)
  }
  // 交易信息回传
  {
    const { data } = await client.request('POST /v3/gov/subsidy/transactions/sync', {
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        energy_grade: 'FIRST_LEVEL',
        receive_region_code: '110101',
        brand: '海尔',
        address: '深圳市南山区',
        qualification_region_code: 310100,
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        order_amount: 10000,
        discount_amount: 2000,
        transaction_time: '2025-01-14T19:55:06+08:00',
        mch_order_id: '123456789',
        refund_id: '123456789',
        mch_name: '江苏京东信息技术有限公司',
        sale_model: 'SALE_MODEL_OFFLINE',
        cate_state: 'CATE_STATE_REDEEM',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        sub_mchid: '123456',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.transactions.sync.post({
      json: {
        real_name: client.encrypt('自然人姓名'),
        id_card_number: client.encrypt('自然人证件号'),
        phone_number: client.encrypt('手机号'),
        appliance_id: 1,
        out_trade_no: 'vmall_250120131959_993_4494',
        energy_grade: 'FIRST_LEVEL',
        receive_region_code: '110101',
        brand: '海尔',
        address: '深圳市南山区',
        qualification_region_code: 310100,
        seller_name: '联想（北京）信息技术有限公司',
        license_number: '91110108397173806M',
        order_amount: 10000,
        discount_amount: 2000,
        transaction_time: '2025-01-14T19:55:06+08:00',
        mch_order_id: '123456789',
        refund_id: '123456789',
        mch_name: '江苏京东信息技术有限公司',
        sale_model: 'SALE_MODEL_OFFLINE',
        cate_state: 'CATE_STATE_REDEEM',
        identity_document_type: 'ID_DOC_TYPE_ID_CARD',
        sub_mchid: '123456',
      },
    })
    console.log(data)
  }
  // 品类凭证码预核销撤销
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/authcode/cancel', {
      json: {
        sp_serial_no: '',
        cred_frozen_no: '',
        trans_date: '',
        trans_time: '',
        auth_code: '',
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.authcode.cancel.post({
      json: {
        sp_serial_no: '',
        cred_frozen_no: '',
        trans_date: '',
        trans_time: '',
        auth_code: '',
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  // 品类凭证码上报确认
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/authcode/commit', {
      json: {
        sp_serial_no: '',
        cred_frozen_no: '',
        trans_date: '',
        trans_time: '',
        acq_org_order_no: '',
        order_no: '',
        subsidy_amt: 0,
        add_code: '',
        address: '',
        sale_models: '0',
        corp_name: '',
        brand: '',
        uniscid: '',
        barcode: '',
        auth_code: '',
        req_ssn: '123',
        bank_name: '',
        bank_subsidy: '',
        plat_subsidy: '',
        county_code: '330000',
        amount: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.authcode.commit.post({
      json: {
        sp_serial_no: '',
        cred_frozen_no: '',
        trans_date: '',
        trans_time: '',
        acq_org_order_no: '',
        order_no: '',
        subsidy_amt: 0,
        add_code: '',
        address: '',
        sale_models: '0',
        corp_name: '',
        brand: '',
        uniscid: '',
        barcode: '',
        auth_code: '',
        req_ssn: '123',
        bank_name: '',
        bank_subsidy: '',
        plat_subsidy: '',
        county_code: '330000',
        amount: 0,
      },
    })
    console.log(data)
  }
  // 申请品类凭证码
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/authcode/issue', {
      json: {
        category_id: 'A01',
        openid: '',
        name: client.encrypt('姓名'),
        mobile: client.encrypt('手机号'),
        add_code: '330000',
        custom_info: '',
        cert_type: '1',
        cert_no: client.encrypt('证件号码'),
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.authcode.issue.post({
      json: {
        category_id: 'A01',
        openid: '',
        name: client.encrypt('姓名'),
        mobile: client.encrypt('手机号'),
        add_code: '330000',
        custom_info: '',
        cert_type: '1',
        cert_no: client.encrypt('证件号码'),
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  // 品类凭证码上报撤销
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/authcode/refund', {
      json: {
        sp_serial_no: '',
        cred_frozen_no: '',
        trans_date: '',
        trans_time: '',
        order_no: '',
        subsidy_amt: 0,
        add_code: '',
        address: '',
        sale_models: '0',
        uniscid: '',
        barcode: '',
        auth_code: '',
        req_ssn: '123',
        bank_name: '',
        bank_subsidy: '',
        plat_subsidy: '',
        corp_name: '',
        brand: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.authcode.refund.post({
      json: {
        sp_serial_no: '',
        cred_frozen_no: '',
        trans_date: '',
        trans_time: '',
        order_no: '',
        subsidy_amt: 0,
        add_code: '',
        address: '',
        sale_models: '0',
        uniscid: '',
        barcode: '',
        auth_code: '',
        req_ssn: '123',
        bank_name: '',
        bank_subsidy: '',
        plat_subsidy: '',
        corp_name: '',
        brand: '',
      },
    })
    console.log(data)
  }
  // 预核销品类凭证码
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/authcode/try', {
      json: {
        sp_serial_no: '',
        mchnt_no: '',
        term_no: '',
        auth_code: '',
        category: 'A01',
        county_code: '330000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.authcode.try.post({
      json: {
        sp_serial_no: '',
        mchnt_no: '',
        term_no: '',
        auth_code: '',
        category: 'A01',
        county_code: '330000',
      },
    })
    console.log(data)
  }
  // 商品信息查询
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/goods/query', {
      json: {
        goods_bar_code: '',
        province: '',
        req_ssn: '123',
        req_time: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.goods.query.post({
      json: {
        goods_bar_code: '',
        province: '',
        req_ssn: '123',
        req_time: '',
      },
    })
    console.log(data)
  }
  // n品类核销
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/n-qualifications/confirm', {
      json: {
        data: [
          {
            cate_code: '',
            cert_no: client.encrypt('证件号码'),
            grade: '',
            name: client.encrypt('姓名'),
            operation_time: '',
            bank_name: '',
            bank_subsidy: '',
            plat_subsidy: '',
            sales: '',
            status: '',
            subsidy: '',
            tel: client.encrypt('手机号'),
            add_code: '',
            address: client.encrypt('收货地址（例如：xx 街道 xx 小区）'),
            sale_models: '',
            brand: '',
            activity_add_code: '',
            uniscid: '',
            corp_name: '',
            serial_num: '',
          },
        ],
        req_ssn: '123',
        req_time: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang['n-qualifications'].confirm.post({
      json: {
        data: [
          {
            cate_code: '',
            cert_no: client.encrypt('证件号码'),
            grade: '',
            name: client.encrypt('姓名'),
            operation_time: '',
            bank_name: '',
            bank_subsidy: '',
            plat_subsidy: '',
            sales: '',
            status: '',
            subsidy: '',
            tel: client.encrypt('手机号'),
            add_code: '',
            address: client.encrypt('收货地址（例如：xx 街道 xx 小区）'),
            sale_models: '',
            brand: '',
            activity_add_code: '',
            uniscid: '',
            corp_name: '',
            serial_num: '',
          },
        ],
        req_ssn: '123',
        req_time: '',
      },
    })
    console.log(data)
  }
  // 变更资格
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/qualifications/alter', {
      json: {
        cate_code: 'A01',
        cert_no: client.encrypt('证件号码'),
        name: client.encrypt('姓名'),
        tel: client.encrypt('手机号'),
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.qualifications.alter.post({
      json: {
        cate_code: 'A01',
        cert_no: client.encrypt('证件号码'),
        name: client.encrypt('姓名'),
        tel: client.encrypt('手机号'),
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  // 领取资格
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/qualifications/claim', {
      json: {
        cate_code: 'A01',
        cert_no: client.encrypt('证件号码'),
        name: client.encrypt('姓名'),
        tel: client.encrypt('手机号'),
        cert_type: '1',
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.qualifications.claim.post({
      json: {
        cate_code: 'A01',
        cert_no: client.encrypt('证件号码'),
        name: client.encrypt('姓名'),
        tel: client.encrypt('手机号'),
        cert_type: '1',
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  // 查询补贴资格
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/qualifications/query', {
      json: {
        cert_no: client.encrypt('证件号码'),
        cate_code: 'A01',
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.qualifications.query.post({
      json: {
        cert_no: client.encrypt('证件号码'),
        cate_code: 'A01',
        req_ssn: '123',
      },
    })
    console.log(data)
  }
  // 核销资格
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/qualifications/sync', {
      json: {
        req_ssn: '123',
        data: [
          {
            auth_code: '0be5f8c9071ad939651948480316da8a2d610833bb63bf67c78fdee5edd5aea1',
            cate_code: 'A01',
            cert_no: client.encrypt('证件号码'),
            grade: '一级',
            name: client.encrypt('姓名'),
            operation_time: '',
            bank_name: '',
            bank_subsidy: '',
            plat_subsidy: '',
            sales: '',
            status: '0',
            subsidy: '',
            tel: client.encrypt('手机号'),
            add_code: '330000',
            address: '',
            sale_models: '0',
            sn_code: '',
            uniscid: '',
            corp_name: '',
            barcode: '',
            item_name: '',
            spec_model: '',
            brand: '',
            logistics_no: '',
            delivery_time: '',
            invoice_no: '',
            is_ai_product: '',
            pc_type: '',
            order_no: '',
            origin_order_no: '',
            activity_add_code: '',
            imei1: '',
            imei2: '',
            ccc_sn_order_no: '',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.qualifications.sync.post({
      json: {
        req_ssn: '123',
        data: [
          {
            auth_code: '0be5f8c9071ad939651948480316da8a2d610833bb63bf67c78fdee5edd5aea1',
            cate_code: 'A01',
            cert_no: client.encrypt('证件号码'),
            grade: '一级',
            name: client.encrypt('姓名'),
            operation_time: '',
            bank_name: '',
            bank_subsidy: '',
            plat_subsidy: '',
            sales: '',
            status: '0',
            subsidy: '',
            tel: client.encrypt('手机号'),
            add_code: '330000',
            address: '',
            sale_models: '0',
            sn_code: '',
            uniscid: '',
            corp_name: '',
            barcode: '',
            item_name: '',
            spec_model: '',
            brand: '',
            logistics_no: '',
            delivery_time: '',
            invoice_no: '',
            is_ai_product: '',
            pc_type: '',
            order_no: '',
            origin_order_no: '',
            activity_add_code: '',
            imei1: '',
            imei2: '',
            ccc_sn_order_no: '',
          },
        ],
      },
    })
    console.log(data)
  }
  // sn码锁定
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/sncode/lock', {
      json: {
        create_user: '',
        province: '',
        manufact_cert_code: '',
        sn: '',
        goods_bar_code: '',
        goods_type: '',
        goods_name: '',
        goods_model: '',
        imei1: '',
        imei2: '',
        trans_orderid: '',
        order_price: '',
        acquire_code: '',
        sell_orderid: '',
        city: '',
        county: '',
        is_ai_product: '',
        sale_time: '',
        mfr_info: '',
        brand: '',
        sale_models: '',
        req_ssn: '',
        req_time: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.sncode.lock.post({
      json: {
        create_user: '',
        province: '',
        manufact_cert_code: '',
        sn: '',
        goods_bar_code: '',
        goods_type: '',
        goods_name: '',
        goods_model: '',
        imei1: '',
        imei2: '',
        trans_orderid: '',
        order_price: '',
        acquire_code: '',
        sell_orderid: '',
        city: '',
        county: '',
        is_ai_product: '',
        sale_time: '',
        mfr_info: '',
        brand: '',
        sale_models: '',
        req_ssn: '',
        req_time: '',
      },
    })
    console.log(data)
  }
  // sn码销售状态查询
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/sncode/query', {
      json: {
        sn: '',
        province: '',
        manufact_cert_code: '',
        goods_type: '',
        goods_bar_code: '',
        imei1: '',
        imei2: '',
        sales_models: '',
        req_ssn: '',
        req_time: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.sncode.query.post({
      json: {
        sn: '',
        province: '',
        manufact_cert_code: '',
        goods_type: '',
        goods_bar_code: '',
        imei1: '',
        imei2: '',
        sales_models: '',
        req_ssn: '',
        req_time: '',
      },
    })
    console.log(data)
  }
  // sn码解锁
  {
    const { data } = await client.request('POST /v3/gov/subsidy/zhejiang/sncode/unlock', {
      json: {
        req_ssn: '',
        req_time: '',
        create_user: '',
        province: '',
        manufact_cert_code: '',
        sn: '',
        goods_bar_code: '',
        goods_type: '',
        goods_name: '',
        goods_model: '',
        imei1: '',
        imei2: '',
        trans_orderid: '',
        ori_pay_orderid: '',
        order_price: '',
        acquire_code: '',
        sell_orderid: '',
        city: '',
        county: '',
        is_ai_product: '',
        sale_time: '',
        mfr_info: '',
        brand: '',
        sales_models: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.gov.subsidy.zhejiang.sncode.unlock.post({
      json: {
        req_ssn: '',
        req_time: '',
        create_user: '',
        province: '',
        manufact_cert_code: '',
        sn: '',
        goods_bar_code: '',
        goods_type: '',
        goods_name: '',
        goods_model: '',
        imei1: '',
        imei2: '',
        trans_orderid: '',
        ori_pay_orderid: '',
        order_price: '',
        acquire_code: '',
        sell_orderid: '',
        city: '',
        county: '',
        is_ai_product: '',
        sale_time: '',
        mfr_info: '',
        brand: '',
        sales_models: '',
      },
    })
    console.log(data)
  }
}
