// new-tax-control-fapiao: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 创建电子发票卡券模板
  {
    const { data } = await client.request('POST /v3/new-tax-control-fapiao/card-template', {
      json: {
        sub_mchid: '1900000109',
        card_appid: 'wxb1170446a4c0a5a2',
        card_template_information: {
          payee_name: '某公司',
          logo_url: 'http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZJkmG8xXhiaHqkKSVMMWeN3hLut7X7hicFNjakmxibMLGWpXrEXB33367o7zHN0CwngnQY7zb7g/0',
          custom_cell: {
            words: '电子发票',
            description: '查看发票',
            jump_url: 'http://www.qq.com',
            miniprogram_user_name: 'gh_86a091e50ad4@app',
            miniprogram_path: 'pages/xxxPage',
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao']['card-template'].post({
      json: {
        sub_mchid: '1900000109',
        card_appid: 'wxb1170446a4c0a5a2',
        card_template_information: {
          payee_name: '某公司',
          logo_url: 'http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZJkmG8xXhiaHqkKSVMMWeN3hLut7X7hicFNjakmxibMLGWpXrEXB33367o7zHN0CwngnQY7zb7g/0',
          custom_cell: {
            words: '电子发票',
            description: '查看发票',
            jump_url: 'http://www.qq.com',
            miniprogram_user_name: 'gh_86a091e50ad4@app',
            miniprogram_path: 'pages/xxxPage',
          },
        },
      },
    })
    console.log(data)
  }
  // 下载发票文件
  {
    const { status } = await client.request('GET /v3/new-tax-control-fapiao/download', {
      query: {
        token: '',
        mchid: '',
        openid: '',
        invoice_code: '',
        invoice_no: '',
        fapiao_id: '',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao'].download.get({
      query: {
        token: '',
        mchid: '',
        openid: '',
        invoice_code: '',
        invoice_no: '',
        fapiao_id: '',
      },
    })
    console.log(status)
  }
  // 开具电子发票
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications', {
      json: {
        sub_mchid: '1900000109',
        scene: 'WITH_WECHATPAY',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
        },
        fapiao_information: [
          {
            fapiao_id: '20200701123456',
            total_amount: 382895,
            need_list: true,
            remark: '备注',
            items: [
              {
                tax_code: '3010101020203000000',
                goods_category: '运输服务',
                goods_name: '出租汽车客运服务',
                goods_id: 1,
                specification: 'A4',
                unit: '次',
                quantity: 100000000,
                total_amount: 429900,
                tax_rate: 1300,
                tax_prefer_mark: 'NO_FAVORABLE',
                discount: true,
              },
            ],
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao']['fapiao-applications'].post({
      json: {
        sub_mchid: '1900000109',
        scene: 'WITH_WECHATPAY',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
        },
        fapiao_information: [
          {
            fapiao_id: '20200701123456',
            total_amount: 382895,
            need_list: true,
            remark: '备注',
            items: [
              {
                tax_code: '3010101020203000000',
                goods_category: '运输服务',
                goods_name: '出租汽车客运服务',
                goods_id: 1,
                specification: 'A4',
                unit: '次',
                quantity: 100000000,
                total_amount: 429900,
                tax_rate: 1300,
                tax_prefer_mark: 'NO_FAVORABLE',
                discount: true,
              },
            ],
          },
        ],
      },
    })
    console.log(status)
  }
  // 开具通用行业电子发票
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications/issue-general', {
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: '次',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '128279891283',
          billing_person: 'example_billing_person',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['issue-general'].post({
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: '次',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '128279891283',
          billing_person: 'example_billing_person',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  // 开具旅客运输行业电子发票
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport', {
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: '',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
              passenger_information: {
                name: '张三',
                certificate_type: 'IDENTITY_CARD',
                certificate_number: client.encrypt('证件号码'),
                departure_date: '2026-07-01T00:00:00+08:00',
                departure_place: '北京市朝阳区',
                destination: '上海市浦东新区',
                transportation_type: 'LONG_DISTANCE_BUS',
                transportation_classes: 'SHIP_FIRST_CLASS_CABIN',
              },
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '187776276864872',
          billing_person: '**伟 0020',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['issue-passenger-transport'].post({
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: '',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
              passenger_information: {
                name: '张三',
                certificate_type: 'IDENTITY_CARD',
                certificate_number: client.encrypt('证件号码'),
                departure_date: '2026-07-01T00:00:00+08:00',
                departure_place: '北京市朝阳区',
                destination: '上海市浦东新区',
                transportation_type: 'LONG_DISTANCE_BUS',
                transportation_classes: 'SHIP_FIRST_CLASS_CABIN',
              },
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '187776276864872',
          billing_person: '**伟 0020',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  // 开具成品油行业电子发票
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil', {
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: 'TON',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
              refined_oil_information: {
                station: '中国石油(江北红旗河沟加油站)',
                trade_time: '2025-07-01T00:00:00+08:00',
                gun_number: '1号枪',
              },
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '187776276864872',
          billing_person: '**伟 0020',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['issue-refined-oil'].post({
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: 'TON',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
              refined_oil_information: {
                station: '中国石油(江北红旗河沟加油站)',
                trade_time: '2025-07-01T00:00:00+08:00',
                gun_number: '1号枪',
              },
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '187776276864872',
          billing_person: '**伟 0020',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  // 开具不动产租赁行业电子发票
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing', {
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'INDIVIDUAL',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: '次',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
              real_estate_leasing_information: {
                province: '重庆市',
                city: '涪陵区',
                address: 'xx街道xx小区',
                lease_period_start: '2025-01-01T10:00:00+08:00',
                lease_period_end: '2025-07-01T10:00:00+08:00',
                cross_city_flag: true,
                certificate_no: client.encrypt('产权证书/不动产权证号'),
                plate_no: ['渝A12345'],
              },
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '128279891283',
          billing_person: 'example_billing_person',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['real-estate-leasing'].post({
      json: {
        sub_mchid: '1900000109',
        fapiao_apply_id: '4200000444201910177461284488',
        buyer_information: {
          type: 'INDIVIDUAL',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_information: {
          fapiao_id: '20200701123456',
          total_amount: 382895,
          items: [
            {
              tax_code: '3010101020203000000',
              goods_name: '出租汽车客运服务',
              specification: 'A4',
              unit: '次',
              quantity: 100000000,
              total_amount: 429900,
              tax_rate: 1300,
              discount: true,
              preferential_policy_code: 1,
              real_estate_leasing_information: {
                province: '重庆市',
                city: '涪陵区',
                address: 'xx街道xx小区',
                lease_period_start: '2025-01-01T10:00:00+08:00',
                lease_period_end: '2025-07-01T10:00:00+08:00',
                cross_city_flag: true,
                certificate_no: client.encrypt('产权证书/不动产权证号'),
                plate_no: ['渝A12345'],
              },
            },
          ],
          export_business_policy_code: 1,
          vat_refund_levy_code: 1,
          billing_person_id: '128279891283',
          billing_person: 'example_billing_person',
          fapiao_bill_type: 'COMM_FAPIAO',
          transaction_information: [
            {
              pay_channel: 'WECHAT_PAY',
              transaction_id: '4200000008202508080512076713',
              out_trade_no: 'order_20200701_123456',
              amount: 382895,
            },
          ],
          remark: '备注',
        },
      },
    })
    console.log(status)
  }
  // 上传电子发票文件
  {
    const { data } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file', {
      multipart: {
        file,
        meta: {
          sub_mchid: 'your_sub_mchid',
          file_type: 'PDF',
          digest_alogrithm: 'SM3',
          digest: 'your_fapiao_pdf_sm3_string',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['upload-fapiao-file'].post({
      multipart: {
        file,
        meta: {
          sub_mchid: 'your_sub_mchid',
          file_type: 'PDF',
          digest_alogrithm: 'SM3',
          digest: 'your_fapiao_pdf_sm3_string',
        },
      },
    })
    console.log(data)
  }
  // 查询电子发票
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}', {
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      query: {
        sub_mchid: '1900000109',
        fapiao_id: '20200701123456',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['{fapiao_apply_id}'].get({
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      query: {
        sub_mchid: '1900000109',
        fapiao_id: '20200701123456',
      },
    })
    console.log(data)
  }
  // 获取发票下载信息
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files', {
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      query: {
        sub_mchid: '1900000109',
        fapiao_id: '20200701123456',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['{fapiao_apply_id}']['fapiao-files'].get({
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      query: {
        sub_mchid: '1900000109',
        fapiao_id: '20200701123456',
      },
    })
    console.log(data)
  }
  // 将电子发票插入微信用户卡包
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards', {
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      json: {
        sub_mchid: '1900000109',
        scene: 'WITH_WECHATPAY',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_card_information: [
          {
            fapiao_media_id: 'ASNFZ4mrze/+3LqYdlQyEA==',
            fapiao_number: '12897794',
            fapiao_code: '044001911211',
            fapiao_time: '2020-07-01T12:00:00+08:00',
            check_code: '69001808340631374774',
            password: '006>299-375/326>2+7/*0-+<3510',
            total_amount: 382895,
            tax_amount: 44050,
            amount: 338845,
            seller_information: {
              name: '深圳市南山区测试公司',
              taxpayer_id: '202003261233701778',
              address: '深圳市南山区深南大道10000号',
              telephone: '075512345678',
              bank_name: '测试银行',
              bank_account: '62001234567890',
            },
            extra_information: {
              payee: '张三',
              reviewer: '李四',
              drawer: '王五',
            },
            items: [
              {
                tax_code: '3010101020203000000',
                goods_name: '出租汽车客运服务',
                specification: 'A4',
                unit: '次',
                quantity: 100000000,
                unit_price: 380442000000,
                amount: 380442,
                tax_amount: 49458,
                total_amount: 429900,
                tax_rate: 1300,
                tax_prefer_mark: 'NO_FAVORABLE',
                discount: true,
              },
            ],
            remark: '备注',
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['{fapiao_apply_id}']['insert-cards'].post({
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      json: {
        sub_mchid: '1900000109',
        scene: 'WITH_WECHATPAY',
        buyer_information: {
          type: 'ORGANIZATION',
          name: '深圳市南山区测试企业',
          taxpayer_id: '202003261233701778',
          address: '深圳市南山区深南大道10000号',
          telephone: '075512345678',
          bank_name: '测试银行',
          bank_account: '62001234567890',
          phone: client.encrypt('手机号'),
          email: client.encrypt('邮箱地址'),
          amount: 1000,
          out_trade_no: 'order_20200701_123456',
          fapiao_bill_type: 'COMM_FAPIAO',
          user_apply_message: '用户留言',
        },
        fapiao_card_information: [
          {
            fapiao_media_id: 'ASNFZ4mrze/+3LqYdlQyEA==',
            fapiao_number: '12897794',
            fapiao_code: '044001911211',
            fapiao_time: '2020-07-01T12:00:00+08:00',
            check_code: '69001808340631374774',
            password: '006>299-375/326>2+7/*0-+<3510',
            total_amount: 382895,
            tax_amount: 44050,
            amount: 338845,
            seller_information: {
              name: '深圳市南山区测试公司',
              taxpayer_id: '202003261233701778',
              address: '深圳市南山区深南大道10000号',
              telephone: '075512345678',
              bank_name: '测试银行',
              bank_account: '62001234567890',
            },
            extra_information: {
              payee: '张三',
              reviewer: '李四',
              drawer: '王五',
            },
            items: [
              {
                tax_code: '3010101020203000000',
                goods_name: '出租汽车客运服务',
                specification: 'A4',
                unit: '次',
                quantity: 100000000,
                unit_price: 380442000000,
                amount: 380442,
                tax_amount: 49458,
                total_amount: 429900,
                tax_rate: 1300,
                tax_prefer_mark: 'NO_FAVORABLE',
                discount: true,
              },
            ],
            remark: '备注',
          },
        ],
      },
    })
    console.log(status)
  }
  // 冲红电子发票
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse', {
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      json: {
        sub_mchid: '1900000109',
        reverse_reason: '退款',
        fapiao_information: [
          {
            fapiao_id: '20200701123456',
            fapiao_code: '044001911211',
            fapiao_number: '12897794',
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao']['fapiao-applications']['{fapiao_apply_id}'].reverse.post({
      params: {
        fapiao_apply_id: '4200000444201910177461284488',
      },
      json: {
        sub_mchid: '1900000109',
        reverse_reason: '退款',
        fapiao_information: [
          {
            fapiao_id: '20200701123456',
            fapiao_code: '044001911211',
            fapiao_number: '12897794',
          },
        ],
      },
    })
    console.log(status)
  }
  // 获取邀请商户开通服务商电子发票能力
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl', {
      query: {
        operation_type: 'AUTH_BINDING',
        fapiao_mode: 'THIRD_OR_SELF_FAPIAO',
        fapiao_ability_type_list: ['BASE_ABILITY'],
        invite_channel: 'miniprogram',
        operate_user: client.encrypt('操作人员'),
        invite_code: 'code_20200101_123',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao'].fapiaomerchant.getspinviteurl.get({
      query: {
        operation_type: 'AUTH_BINDING',
        fapiao_mode: 'THIRD_OR_SELF_FAPIAO',
        fapiao_ability_type_list: ['BASE_ABILITY'],
        invite_channel: 'miniprogram',
        operate_user: client.encrypt('操作人员'),
        invite_code: 'code_20200101_123',
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 获取邀请开通的商户信息
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo', {
      query: {
        query_time_start: '2020-07-01T12:00:00+08:00',
        query_time_end: '2020-07-02T12:00:00+08:00',
        offset: 10,
        limit: 1,
        invite_code: 'code_20200101_123',
        mch_invite_status: 'MCH_INVITE_SUCC',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao'].fapiaomerchant.listspinvitemchinfo.get({
      query: {
        query_time_start: '2020-07-01T12:00:00+08:00',
        query_time_end: '2020-07-02T12:00:00+08:00',
        offset: 10,
        limit: 1,
        invite_code: 'code_20200101_123',
        mch_invite_status: 'MCH_INVITE_SUCC',
      },
    })
    console.log(data)
  }
  // 获取商户开票基础信息
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/merchant/base-information', {
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao'].merchant['base-information'].get({
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 查询商户配置的开发选项
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/merchant/development-config')
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao'].merchant['development-config'].get()
    console.log(data)
  }
  // 配置开发选项
  {
    const { data } = await client.request('PATCH /v3/new-tax-control-fapiao/merchant/development-config', {
      json: {
        callback_url: 'https://pay.weixin.qq.com/callback',
        sub_mch_code: '1900000109',
        show_fapiao_cell: true,
        support_vat_fapiao: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao'].merchant['development-config'].patch({
      json: {
        callback_url: 'https://pay.weixin.qq.com/callback',
        sub_mch_code: '1900000109',
        show_fapiao_cell: true,
        support_vat_fapiao: true,
      },
    })
    console.log(data)
  }
  // 获取商品和服务税收分类对照表
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/merchant/tax-codes', {
      query: {
        sub_mchid: '1900000109',
        offset: 0,
        limit: 5,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao'].merchant['tax-codes'].get({
      query: {
        sub_mchid: '1900000109',
        offset: 0,
        limit: 5,
      },
    })
    console.log(data)
  }
  // 检查子商户开票功能状态
  {
    const { status } = await client.request('POST /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check', {
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['new-tax-control-fapiao'].merchant['{sub_mchid}'].check.post({
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(status)
  }
  // 检查子商户开票功能状态
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status', {
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao'].merchant['{sub_mchid}']['check-status'].get({
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 获取用户填写的抬头
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/user-title', {
      query: {
        sub_mchid: '1900000109',
        scene: 'WITH_WECHATPAY',
        fapiao_apply_id: '4200000444201910177461284488',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao']['user-title'].get({
      query: {
        sub_mchid: '1900000109',
        scene: 'WITH_WECHATPAY',
        fapiao_apply_id: '4200000444201910177461284488',
      },
    })
    console.log(data)
  }
  // 获取抬头填写链接
  {
    const { data } = await client.request('GET /v3/new-tax-control-fapiao/user-title/title-url', {
      query: {
        sub_mchid: '1900000109',
        fapiao_apply_id: 'fapiao_20200701_123456',
        source: 'WEB',
        appid: 'wxb1170446a4c0a5a2',
        openid: 'plN5twRbHym_j-QcqCzstl0HmwEs',
        total_amount: 382895,
        seller_name: '深圳市南山区测试商户',
        show_phone_cell: true,
        must_input_phone: true,
        show_email_cell: true,
        must_input_email: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['new-tax-control-fapiao']['user-title']['title-url'].get({
      query: {
        sub_mchid: '1900000109',
        fapiao_apply_id: 'fapiao_20200701_123456',
        source: 'WEB',
        appid: 'wxb1170446a4c0a5a2',
        openid: 'plN5twRbHym_j-QcqCzstl0HmwEs',
        total_amount: 382895,
        seller_name: '深圳市南山区测试商户',
        show_phone_cell: true,
        must_input_phone: true,
        show_email_cell: true,
        must_input_email: true,
      },
    })
    console.log(data)
  }
}
