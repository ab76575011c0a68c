// global: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 获取平台证书列表
  {
    const { data } = await client.request('GET /v3/global/certificates')
    console.log(data)
  }
  {
    const { data } = await client.v3.global.certificates.get()
    console.log(data)
  }
  // 报关查询
  {
    const { data } = await client.request('GET /v3/global/customs/orders', {
      query: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        order_type: 'out_trade_no',
        order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        offset: 1,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.customs.orders.get({
      query: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        order_type: 'out_trade_no',
        order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        offset: 1,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 报关信息修改
  {
    const { data } = await client.request('PATCH /v3/global/customs/orders', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.customs.orders.patch({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  // 报关
  {
    const { data } = await client.request('POST /v3/global/customs/orders', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        sub_order_no: '20150806125346',
        fee_type: 'CNY',
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.customs.orders.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        duty: 888,
        sub_order_no: '20150806125346',
        fee_type: 'CNY',
        order_fee: 888,
        transport_fee: 888,
        product_fee: 888,
      },
    })
    console.log(data)
  }
  // 报关重推
  {
    const { data } = await client.request('POST /v3/global/customs/redeclare', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        sub_order_id: '1000320306201511078440737891',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.customs.redeclare.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        sub_order_id: '1000320306201511078440737891',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
      },
    })
    console.log(data)
  }
  // 身份信息校验
  {
    const { data } = await client.request('POST /v3/global/customs/verify-certificate', {
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        certificate_type: 'IDCARD',
        certificate_id: client.encrypt('证件号'),
        certificate_name: client.encrypt('证件姓名'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.customs['verify-certificate'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: '1230000109',
        out_trade_no: '20150806125346',
        transaction_id: '1000320306201511078440737890',
        sub_order_no: '20150806125346',
        customs: 'SHANGHAI_ZS',
        merchant_customs_no: '123456',
        certificate_type: 'IDCARD',
        certificate_id: client.encrypt('证件号'),
        certificate_name: client.encrypt('证件姓名'),
      },
    })
    console.log(data)
  }
  // 删除投诉通知回调
  {
    const { status } = await client.request('DELETE /v3/global/merchant-service/complaint-notifications')
    console.log(status)
  }
  {
    const { status } = await client.v3.global['merchant-service']['complaint-notifications'].delete()
    console.log(status)
  }
  // 查询投诉通知回调
  {
    const { data } = await client.request('GET /v3/global/merchant-service/complaint-notifications')
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-service']['complaint-notifications'].get()
    console.log(data)
  }
  // 创建投诉通知回调
  {
    const { data } = await client.request('POST /v3/global/merchant-service/complaint-notifications', {
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-service']['complaint-notifications'].post({
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  // 更新投诉通知回调
  {
    const { data } = await client.request('PUT /v3/global/merchant-service/complaint-notifications', {
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-service']['complaint-notifications'].put({
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  // 查询投诉单列表
  {
    const { data } = await client.request('GET /v3/global/merchant-service/complaints', {
      query: {
        limit: 5,
        offset: 10,
        begin_date: '2019-01-01',
        end_date: '2019-01-01',
        complainted_mchid: '1900012181',
        mch_language: 'zh_CN',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-service'].complaints.get({
      query: {
        limit: 5,
        offset: 10,
        begin_date: '2019-01-01',
        end_date: '2019-01-01',
        complainted_mchid: '1900012181',
        mch_language: 'zh_CN',
      },
    })
    console.log(data)
  }
  // 查询投诉单详情
  {
    const { data } = await client.request('GET /v3/global/merchant-service/complaints/{complaint_id}', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      query: {
        mch_language: 'zh_CN',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-service'].complaints['{complaint_id}'].get({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      query: {
        mch_language: 'zh_CN',
      },
    })
    console.log(data)
  }
  // 反馈处理完成
  {
    const { status } = await client.request('POST /v3/global/merchant-service/complaints/{complaint_id}/complete', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global['merchant-service'].complaints['{complaint_id}'].complete.post({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
      },
    })
    console.log(status)
  }
  // 查询投诉协商历史
  {
    const { data } = await client.request('GET /v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      query: {
        limit: 50,
        offset: 10,
        mch_language: 'zh_CN',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-service'].complaints['{complaint_id}']['negotiation-historys'].get({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      query: {
        limit: 50,
        offset: 10,
        mch_language: 'zh_CN',
      },
    })
    console.log(data)
  }
  // 提交回复
  {
    const { status } = await client.request('POST /v3/global/merchant-service/complaints/{complaint_id}/response', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
        response_content: '已与用户沟通解决',
        response_images: ['file23578_21798531.jpg'],
        jump_url: 'https://www.xxx.com/notify',
        jump_url_text: '查看订单详情',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global['merchant-service'].complaints['{complaint_id}'].response.post({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
        response_content: '已与用户沟通解决',
        response_images: ['file23578_21798531.jpg'],
        jump_url: 'https://www.xxx.com/notify',
        jump_url_text: '查看订单详情',
      },
    })
    console.log(status)
  }
  // 商户上传反馈图片
  {
    const { data } = await client.request('POST /v3/global/merchant-service/images/upload')
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-service'].images.upload.post()
    console.log(data)
  }
  // 图片下载
  {
    const { status } = await client.request('GET /v3/global/merchant-service/images/{media_id}', {
      params: {
        media_id: '',
      },
      query: {
        complaint_id: '200201820200101080076610000',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global['merchant-service'].images['{media_id}'].get({
      params: {
        media_id: '',
      },
      query: {
        complaint_id: '200201820200101080076610000',
      },
    })
    console.log(status)
  }
  // 上传文件
  {
    const { data } = await client.request('POST /v3/global/merchant-storage/file/upload', {
      multipart: {
        file,
        meta: {
          digest: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['merchant-storage'].file.upload.post({
      multipart: {
        file,
        meta: {
          digest: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  // 创建H5支付权限申请单
  {
    const { data } = await client.request('POST /v3/global/merchant/h5/permission/applications', {
      json: {
        business_description: '腾讯于1998年11月成立，是一家互联网公司，通过技术丰富互联网用户的生活，助力企业数字化升级。我们的使命是“用户为本 科技向善”',
        sub_mchid: '2491935631',
        domains: ['string'],
        company_register_cert: '6uqyGjvHzOhsLleGFQVRF',
        transaction_limit_type: 'UN_LAUNCHED_WEBSITE_LIMIT',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
        website_state: 'HAS_LAUNCHED',
        website_url: 'https://qq.com',
        notify_url: 'https://pay.weixin.qq.com/wxpay/pay.action',
        applyment_type: 'APPLY_FOR_PAYMENT_AUTHORITY',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchant.h5.permission.applications.post({
      json: {
        business_description: '腾讯于1998年11月成立，是一家互联网公司，通过技术丰富互联网用户的生活，助力企业数字化升级。我们的使命是“用户为本 科技向善”',
        sub_mchid: '2491935631',
        domains: ['string'],
        company_register_cert: '6uqyGjvHzOhsLleGFQVRF',
        transaction_limit_type: 'UN_LAUNCHED_WEBSITE_LIMIT',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
        website_state: 'HAS_LAUNCHED',
        website_url: 'https://qq.com',
        notify_url: 'https://pay.weixin.qq.com/wxpay/pay.action',
        applyment_type: 'APPLY_FOR_PAYMENT_AUTHORITY',
      },
    })
    console.log(data)
  }
  // 查询H5支付权限申请单详情
  {
    const { data } = await client.request('GET /v3/global/merchant/h5/permission/applications/{applyment_id}', {
      params: {
        applyment_id: 100000,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchant.h5.permission.applications['{applyment_id}'].get({
      params: {
        applyment_id: 100000,
      },
    })
    console.log(data)
  }
  // 修改H5支付权限申请单
  {
    const { data } = await client.request('PATCH /v3/global/merchant/h5/permission/applications/{applyment_id}', {
      params: {
        applyment_id: 100000,
      },
      json: {
        domains: ['string'],
        business_description: '腾讯于1998年11月成立，是一家互联网公司，通过技术丰富互联网用户的生活，助力企业数字化升级。我们的使命是“用户为本 科技向善”',
        company_register_cert: '6uqyGjvHzOhsLleGFQVRF',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
        website_state: 'HAS_LAUNCHED',
        website_url: 'https://qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchant.h5.permission.applications['{applyment_id}'].patch({
      params: {
        applyment_id: 100000,
      },
      json: {
        domains: ['string'],
        business_description: '腾讯于1998年11月成立，是一家互联网公司，通过技术丰富互联网用户的生活，助力企业数字化升级。我们的使命是“用户为本 科技向善”',
        company_register_cert: '6uqyGjvHzOhsLleGFQVRF',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
        website_state: 'HAS_LAUNCHED',
        website_url: 'https://qq.com',
      },
    })
    console.log(data)
  }
  // 创建H5支付域名修改申请单
  {
    const { data } = await client.request('POST /v3/global/merchant/h5/permission/domain/applications', {
      json: {
        sub_mchid: '2491935631',
        domains: ['string'],
        website_url: 'https://qq.com',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
        website_state: 'HAS_LAUNCHED',
        notify_url: 'https://pay.weixin.qq.com/wxpay/pay.action',
        out_applyment_id: '123456',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchant.h5.permission.domain.applications.post({
      json: {
        sub_mchid: '2491935631',
        domains: ['string'],
        website_url: 'https://qq.com',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
        website_state: 'HAS_LAUNCHED',
        notify_url: 'https://pay.weixin.qq.com/wxpay/pay.action',
        out_applyment_id: '123456',
      },
    })
    console.log(data)
  }
  // 查询H5支付域名修改申请单
  {
    const { data } = await client.request('GET /v3/global/merchant/h5/permission/domain/applications/{applyment_id}', {
      params: {
        applyment_id: 100000,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchant.h5.permission.domain.applications['{applyment_id}'].get({
      params: {
        applyment_id: 100000,
      },
    })
    console.log(data)
  }
  // 修改H5支付域名修改申请单
  {
    const { data } = await client.request('PATCH /v3/global/merchant/h5/permission/domain/applications/{applyment_id}', {
      params: {
        applyment_id: 100000,
      },
      json: {
        domains: ['string'],
        website_state: 'HAS_LAUNCHED',
        website_url: 'https://qq.com',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchant.h5.permission.domain.applications['{applyment_id}'].patch({
      params: {
        applyment_id: 100000,
      },
      json: {
        domains: ['string'],
        website_state: 'HAS_LAUNCHED',
        website_url: 'https://qq.com',
        website_business_page_pics: ['MediaId'],
        website_homepage_pics: ['MediaId'],
      },
    })
    console.log(data)
  }
  // 查询子商户H5支付权限状态
  {
    const { data } = await client.request('GET /v3/global/merchant/h5/permission/{sub_mchid}', {
      params: {
        sub_mchid: '2491935631',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchant.h5.permission['{sub_mchid}'].get({
      params: {
        sub_mchid: '2491935631',
      },
    })
    console.log(data)
  }
  // 子商户进件（融合钱包）
  {
    const { data } = await client.request('POST /v3/global/merchants', {
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        name: 'Merchant name',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoXokv2SDoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1","Media_id2","Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
        apply_h5_payment: true,
        h5_payment_apply_info: {
          h5_website_url: 'https://qq.com',
          domains: ['www.qq.com'],
        },
        attach: '555588889999',
      },
      headers: {
        'Idempotency-Key': 'GzPCeo963zXKcO2hDVD8AjXIpgrj',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchants.post({
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        name: 'Merchant name',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoXokv2SDoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1","Media_id2","Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
        apply_h5_payment: true,
        h5_payment_apply_info: {
          h5_website_url: 'https://qq.com',
          domains: ['www.qq.com'],
        },
        attach: '555588889999',
      },
      headers: {
        'Idempotency-Key': 'GzPCeo963zXKcO2hDVD8AjXIpgrj',
      },
    })
    console.log(data)
  }
  // 查询子商户（融合钱包）
  {
    const { data } = await client.request('GET /v3/global/merchants/{sub_mchid}', {
      params: {
        sub_mchid: '20000100',
      },
      query: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchants['{sub_mchid}'].get({
      params: {
        sub_mchid: '20000100',
      },
      query: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
      },
    })
    console.log(data)
  }
  // 修改子商户（融合钱包）
  {
    const { data } = await client.request('PATCH /v3/global/merchants/{sub_mchid}', {
      params: {
        sub_mchid: '',
      },
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        name: 'Merchant name',
        sub_mchid: '示例值: 20000100',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoXokv2SDoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1", "Media_id2", "Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
        apply_h5_payment: true,
        h5_payment_apply_info: {
          website_url: 'https://qq.com',
          domains: ['www.qq.com'],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.merchants['{sub_mchid}'].patch({
      params: {
        sub_mchid: '',
      },
      json: {
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        name: 'Merchant name',
        sub_mchid: '示例值: 20000100',
        shortname: 'Merchant shortname',
        office_phone: '075586010000',
        contact: {
          name: client.encrypt('联系人名称'),
          phone: client.encrypt('联系人电话'),
          email: client.encrypt('联系人邮箱'),
        },
        business_category: 644,
        channel_id: '3200000001',
        merchant_country_code: '344',
        merchant_type: 'ENTERPRISE',
        registration_certificate_number: '5555-8888',
        registration_certificate_date: '2020-10-16',
        registration_certificate_copy: 'w7yQFawBtja5uEdm_aoXokv2SDoEmHIPs',
        settlement_bank_number: '555588889999',
        business: {
          business_type: 'BOTH',
          app_download: 'https://download.qq.com',
          website: 'https://www.qq.com',
          office_account: 'wx8888888888888888',
          mini_program: 'wx8888888888888888',
          store_address: '10F World Finance Centre (South Office), 11 Canton Road, Tsim Sha Tsui, Hong Kong',
          store_photos: '["Media_id1", "Media_id2", "Media_id3"]',
          mcc: '4214',
        },
        director: {
          name: 'Bob',
          number: '5555-8888',
        },
        principal: {
          name: 'Bob',
          number: '5555-8888',
        },
        apply_h5_payment: true,
        h5_payment_apply_info: {
          website_url: 'https://qq.com',
          domains: ['www.qq.com'],
        },
      },
    })
    console.log(data)
  }
  // 撤销订单(微信支付订单号)
  {
    const { status } = await client.request('POST /v3/global/micropay/transactions/id/{transaction_id}/reverse', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global.micropay.transactions.id['{transaction_id}'].reverse.post({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 撤销订单(商户订单号)
  {
    const { status } = await client.request('POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global.micropay.transactions['out-trade-no']['{out_trade_no}'].reverse.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1900000109',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 提交付款码支付
  {
    const { data } = await client.request('POST /v3/global/micropay/transactions/pay', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MICROPAY',
        limit_pay: 'no_credit',
        merchant_category_code: '1011',
        payer: {
          auth_code: '120061098828009406',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '商品编码',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.micropay.transactions.pay.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MICROPAY',
        limit_pay: 'no_credit',
        merchant_category_code: '1011',
        payer: {
          auth_code: '120061098828009406',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '商品编码',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // APP签约
  {
    const { data } = await client.request('POST /v3/global/papay/contracts/app-pre-entrust-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        openid: 'ouFhd5X9s9WteC3eWRjXV3lea123',
        user_client_ip: '119.145.83.6',
        expired_time: '2021-11-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.contracts['app-pre-entrust-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        openid: 'ouFhd5X9s9WteC3eWRjXV3lea123',
        user_client_ip: '119.145.83.6',
        expired_time: '2021-11-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  // H5预签约
  {
    const { data } = await client.request('POST /v3/global/papay/contracts/h5-pre-entrust-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        return_appid: 'wxcbda96de0b165484',
        user_client_ip: '119.145.83.6',
        expired_time: '2021-11-20T13:29:35+08:00',
        return_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.contracts['h5-pre-entrust-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        return_appid: 'wxcbda96de0b165484',
        user_client_ip: '119.145.83.6',
        expired_time: '2021-11-20T13:29:35+08:00',
        return_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  // JSAPI预签约
  {
    const { data } = await client.request('POST /v3/global/papay/contracts/jsapi-pre-entrust-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        openid: 'ouFhd5X9s9WteC3eWRjXV3lea123',
        return_url: 'https://pay.weixin.qq.com',
        expired_time: '2021-11-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.contracts['jsapi-pre-entrust-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        openid: 'ouFhd5X9s9WteC3eWRjXV3lea123',
        return_url: 'https://pay.weixin.qq.com',
        expired_time: '2021-11-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  // 小程序签约
  {
    const { data } = await client.request('POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        openid: 'ouFhd5X9s9WteC3eWRjXV3lea123',
        user_client_ip: '119.145.83.6',
        expired_time: '2021-11-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.contracts['miniprogram-pre-entrust-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        openid: 'ouFhd5X9s9WteC3eWRjXV3lea123',
        user_client_ip: '119.145.83.6',
        expired_time: '2021-11-20T13:29:35+08:00',
      },
    })
    console.log(data)
  }
  // 商户协议号查询签约
  {
    const { data } = await client.request('GET /v3/global/papay/contracts/out-contract-code/{out_contract_code}', {
      params: {
        out_contract_code: '100005698',
      },
      query: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.contracts['out-contract-code']['{out_contract_code}'].get({
      params: {
        out_contract_code: '100005698',
      },
      query: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
      },
    })
    console.log(data)
  }
  // WEB预签约
  {
    const { data } = await client.request('POST /v3/global/papay/contracts/web-pre-entrust-sign', {
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        expired_time: '2021-11-20T13:29:35+08:00',
        return_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.contracts['web-pre-entrust-sign'].post({
      json: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
        out_contract_code: '100001256',
        user_display_name: '张三',
        success_notify_url: 'https://pay.weixin.qq.com',
        expired_time: '2021-11-20T13:29:35+08:00',
        return_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  // 代扣协议ID查询签约
  {
    const { data } = await client.request('GET /v3/global/papay/contracts/{contract_id}', {
      params: {
        contract_id: '100005698',
      },
      query: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.contracts['{contract_id}'].get({
      params: {
        contract_id: '100005698',
      },
      query: {
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1230000109',
        sp_appid: 'wx8888888888888888',
        sp_mchid: '3200000001',
        sub_appid: 'wxcbda96de0b165484',
        plan_id: 123,
      },
    })
    console.log(data)
  }
  // 申请解约
  {
    const { status } = await client.request('POST /v3/global/papay/contracts/{contract_id}/terminate', {
      params: {
        contract_id: '100005698',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        sp_appid: 'wx8888888888888888',
        sub_mchid: '1230000109',
        sub_appid: 'wxcbda96de0b165484',
        termination_note: '解约原因',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global.papay.contracts['{contract_id}'].terminate.post({
      params: {
        contract_id: '100005698',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        sp_appid: 'wx8888888888888888',
        sub_mchid: '1230000109',
        sub_appid: 'wxcbda96de0b165484',
        termination_note: '解约原因',
      },
    })
    console.log(status)
  }
  // 支付扣款
  {
    const { data } = await client.request('POST /v3/global/papay/transactions', {
      json: {
        appid: 'wxd678efh567hg6787',
        sp_appid: 'wx8888888888888888',
        sub_mchid: '1230000109',
        sub_appid: 'wxcbda96de0b165484',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        merchant_category_code: '1011',
        contract_id: '100005698',
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.transactions.post({
      json: {
        appid: 'wxd678efh567hg6787',
        sp_appid: 'wx8888888888888888',
        sub_mchid: '1230000109',
        sub_appid: 'wxcbda96de0b165484',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        merchant_category_code: '1011',
        contract_id: '100005698',
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
        },
      },
    })
    console.log(data)
  }
  // 查询订单(商户订单号)
  {
    const { data } = await client.request('GET /v3/global/papay/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 撤销订单(商户订单号)
  {
    const { status } = await client.request('POST /v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global.papay.transactions['out-trade-no']['{out_trade_no}'].reverse.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 查询订单(微信支付订单号)
  {
    const { data } = await client.request('GET /v3/global/papay/transactions/{transaction_id}', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.papay.transactions['{transaction_id}'].get({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 获取分账账单文件下载地址
  {
    const { data } = await client.request('GET /v3/global/profit-sharing/bill-download-url', {
      query: {
        sub_mchid: '1900000109',
        bill_date: '2020-01-01',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing']['bill-download-url'].get({
      query: {
        sub_mchid: '1900000109',
        bill_date: '2020-01-01',
      },
    })
    console.log(data)
  }
  // 请求分账
  {
    const { data } = await client.request('POST /v3/global/profit-sharing/orders', {
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            currency: 'CNY',
            type: 'MERCHANT_ID',
            account: '86693852',
            name: client.encrypt('分账个人接收方姓名'),
            authorized: true,
            amount: 888,
            description: '分给商户A',
          },
        ],
        unfreeze_unsplit: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].orders.post({
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        receivers: [
          {
            currency: 'CNY',
            type: 'MERCHANT_ID',
            account: '86693852',
            name: client.encrypt('分账个人接收方姓名'),
            authorized: true,
            amount: 888,
            description: '分给商户A',
          },
        ],
        unfreeze_unsplit: true,
      },
    })
    console.log(data)
  }
  // 解冻剩余资金
  {
    const { data } = await client.request('POST /v3/global/profit-sharing/orders/unfreeze', {
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        description: '解冻全部剩余资金',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].orders.unfreeze.post({
      json: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        out_order_no: 'P20150806125346',
        description: '解冻全部剩余资金',
      },
    })
    console.log(data)
  }
  // 查询分账结果
  {
    const { data } = await client.request('GET /v3/global/profit-sharing/orders/{out_order_no}', {
      params: {
        out_order_no: 'P20150806125346',
      },
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].orders['{out_order_no}'].get({
      params: {
        out_order_no: 'P20150806125346',
      },
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
      },
    })
    console.log(data)
  }
  // 删除分账接收方
  {
    const { status } = await client.request('DELETE /v3/global/profit-sharing/receivers', {
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global['profit-sharing'].receivers.delete({
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
      },
    })
    console.log(status)
  }
  // 添加分账接收方
  {
    const { data } = await client.request('POST /v3/global/profit-sharing/receivers', {
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
        name: client.encrypt('分账个人接收方姓名'),
        authorized: true,
        relation_type: 'SERVICE_PROVIDER',
        custom_relation: '代理商',
        scene: '该分账接收方是境内税费服务提供方，帮助商户向境内海关代扣代缴税费。',
        major_service: '税务准备服务',
        expected_ratio: 2000,
        application_file_id: 'de851a06-5a38-9d31-a102-275a17c477de',
        partnership_file_id: 'de851a06-5a38-9d31-a102-275a17c477de',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].receivers.post({
      json: {
        sub_mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
        account: '86693852',
        name: client.encrypt('分账个人接收方姓名'),
        authorized: true,
        relation_type: 'SERVICE_PROVIDER',
        custom_relation: '代理商',
        scene: '该分账接收方是境内税费服务提供方，帮助商户向境内海关代扣代缴税费。',
        major_service: '税务准备服务',
        expected_ratio: 2000,
        application_file_id: 'de851a06-5a38-9d31-a102-275a17c477de',
        partnership_file_id: 'de851a06-5a38-9d31-a102-275a17c477de',
      },
    })
    console.log(data)
  }
  // 查询分账接收方添加结果
  {
    const { data } = await client.request('GET /v3/global/profit-sharing/receivers/{account}', {
      params: {
        account: '86693852',
      },
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].receivers['{account}'].get({
      params: {
        account: '86693852',
      },
      query: {
        sub_mchid: '1900000109',
        transaction_id: '4208450740201411110007820472',
        appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888889',
        type: 'MERCHANT_ID',
      },
    })
    console.log(data)
  }
  // 获取分账退款账单下载链接
  {
    const { data } = await client.request('GET /v3/global/profit-sharing/refunds/bill-download-url', {
      query: {
        sub_mchid: '1900000109',
        bill_date: '2020-01-01',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].refunds['bill-download-url'].get({
      query: {
        sub_mchid: '1900000109',
        bill_date: '2020-01-01',
      },
    })
    console.log(data)
  }
  // 查询可供垫付退款实时余额
  {
    const { data } = await client.request('GET /v3/global/profit-sharing/refunds/refundable-balance')
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].refunds['refundable-balance'].get()
    console.log(data)
  }
  // 分账标记
  {
    const { status } = await client.request('POST /v3/global/profit-sharing/transactions/mark', {
      json: {
        sub_mchid: '1900000109',
        out_trade_no: 'P20150806125346',
        currency: 'CNY',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global['profit-sharing'].transactions.mark.post({
      json: {
        sub_mchid: '1900000109',
        out_trade_no: 'P20150806125346',
        currency: 'CNY',
      },
    })
    console.log(status)
  }
  // 查询剩余待分金额
  {
    const { data } = await client.request('GET /v3/global/profit-sharing/transactions/{transaction_id}/amounts', {
      params: {
        transaction_id: '4208450740201411110007820472',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].transactions['{transaction_id}'].amounts.get({
      params: {
        transaction_id: '4208450740201411110007820472',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询订单剩余可退款金额
  {
    const { data } = await client.request('GET /v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts', {
      params: {
        transaction_id: '4208450740201411110007820472',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global['profit-sharing'].transactions['{transaction_id}']['refundable-amounts'].get({
      params: {
        transaction_id: '4208450740201411110007820472',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 商家充值退款余额查询
  {
    const { data } = await client.request('GET /v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}', {
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.refund.partner['recharge-balance']['sub-mchid']['{sub_mchid}'].get({
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 商家充值退款余额查询
  {
    const { data } = await client.request('GET /v3/global/refund/recharge-balance')
    console.log(data)
  }
  {
    const { data } = await client.v3.global.refund['recharge-balance'].get()
    console.log(data)
  }
  // 查询所有退款
  {
    const { data } = await client.request('GET /v3/global/refunds', {
      query: {
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        offset: 0,
        count: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.refunds.get({
      query: {
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        offset: 0,
        count: 10,
      },
    })
    console.log(data)
  }
  // 申请退款
  {
    const { data } = await client.request('POST /v3/global/refunds', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        out_refund_no: '1217752501201407033233368018',
        reason: '商品已售完',
        amount: {
          refund: 888,
          total: 888,
          currency: 'CNY',
        },
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.refunds.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sp_mchid: '1900000100',
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        sub_appid: 'wx8888888888888888',
        transaction_id: '1217752501201407033233368018',
        out_trade_no: '',
        out_refund_no: '1217752501201407033233368018',
        reason: '商品已售完',
        amount: {
          refund: 888,
          total: 888,
          currency: 'CNY',
        },
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 查询单笔退款(微信支付退款订单号)
  {
    const { data } = await client.request('GET /v3/global/refunds/id/{refund_id}', {
      params: {
        refund_id: '',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.refunds.id['{refund_id}'].get({
      params: {
        refund_id: '',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  // 查询单笔退款(商户退款订单号)
  {
    const { data } = await client.request('GET /v3/global/refunds/out-refund-no/{out_refund_no}', {
      params: {
        out_refund_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.refunds['out-refund-no']['{out_refund_no}'].get({
      params: {
        out_refund_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  // 查询结算资金明细
  {
    const { data } = await client.request('GET /v3/global/settle/settlements', {
      query: {
        sub_mchid: '1900000101',
        settle_state: 'SETTLED',
        settle_start_date: '20091225',
        settle_end_date: '20091226',
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.settle.settlements.get({
      query: {
        sub_mchid: '1900000101',
        settle_state: 'SETTLED',
        settle_start_date: '20091225',
        settle_end_date: '20091226',
        limit: 5,
        offset: 10,
      },
    })
    console.log(data)
  }
  // 下载对账单
  {
    const { status } = await client.request('GET /v3/global/statements', {
      query: {
        date: '20180130',
        mchid: '1900000109',
      },
      headers: {
        'Accept-Encoding': 'gzip',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global.statements.get({
      query: {
        date: '20180130',
        mchid: '1900000109',
      },
      headers: {
        'Accept-Encoding': 'gzip',
      },
    })
    console.log(status)
  }
  // APP支付下单
  {
    const { data } = await client.request('POST /v3/global/transactions/app', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'APP',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.transactions.app.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'APP',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询订单(微信支付订单号)
  {
    const { data } = await client.request('GET /v3/global/transactions/id/{transaction_id}', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.transactions.id['{transaction_id}'].get({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  // 关闭订单(微信支付订单号)
  {
    const { status } = await client.request('POST /v3/global/transactions/id/{transaction_id}/close', {
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global.transactions.id['{transaction_id}'].close.post({
      params: {
        transaction_id: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
  // JSAPI支付下单
  {
    const { data } = await client.request('POST /v3/global/transactions/jsapi', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'JSAPI',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.transactions.jsapi.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'JSAPI',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // H5支付下单
  {
    const { data } = await client.request('POST /v3/global/transactions/mweb', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MWEB',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.transactions.mweb.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'MWEB',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // Native支付下单
  {
    const { data } = await client.request('POST /v3/global/transactions/native', {
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'NATIVE',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.transactions.native.post({
      json: {
        mchid: '1900000109',
        appid: 'wx8888888888888888',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
        sp_appid: 'wx8888888888888888',
        sub_appid: '',
        description: 'image形象店-深圳腾大- QQ公仔',
        attach: '自定义数据',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        out_trade_no: '1217752501201407033233368018',
        goods_tag: 'WXG',
        trade_type: 'NATIVE',
        limit_pay: 'no_credit',
        time_start: '2018-06-08T10:34:56+08:00',
        time_expire: '2018-06-08T10:34:56+08:00',
        merchant_category_code: '1011',
        payer: {
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        },
        amount: {
          total: 888,
          currency: 'HKD',
        },
        scene_info: {
          device_id: '013467007045764',
          device_ip: '128.0.0.1',
          payer_client_ip: '128.0.0.1',
          operator_id: '123145',
          store_info: {
            id: '0001',
            name: '腾讯大厦分店',
            address: '广东省深圳市南山区科技中一道10000号',
          },
        },
        detail: [
          {
            cost_price: 608800,
            receipt_id: 'wx123',
            goods_detail: [
              {
                goods_id: '12345',
                wxpay_goods_id: '1001',
                goods_name: 'iPhone6s 16G',
                quantity: 1,
                price: 528800,
              },
            ],
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询订单(商户订单号)
  {
    const { data } = await client.request('GET /v3/global/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.global.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        mchid: '1900000109',
        sub_mchid: '1900000109',
        sp_mchid: '1900000100',
      },
    })
    console.log(data)
  }
  // 关闭订单(商户订单号)
  {
    const { status } = await client.request('POST /v3/global/transactions/out-trade-no/{out_trade_no}/close', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.global.transactions['out-trade-no']['{out_trade_no}'].close.post({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      json: {
        mchid: '1230000109',
        sub_mchid: '1230000109',
        sp_mchid: '1230000109',
      },
    })
    console.log(status)
  }
}
