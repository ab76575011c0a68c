// taxi-invoice: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 签到签退
  {
    const { status } = await client.request('POST /v3/taxi-invoice/attendance/punch', {
      json: {
        plate_number: '粤B12345',
        driver_license: '6298416',
        event_time: '2019-12-01T12:00:00.000+08:00',
        event_type: 'SIGN_IN',
        region_id: 510100,
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['taxi-invoice'].attendance.punch.post({
      json: {
        plate_number: '粤B12345',
        driver_license: '6298416',
        event_time: '2019-12-01T12:00:00.000+08:00',
        event_type: 'SIGN_IN',
        region_id: 510100,
      },
    })
    console.log(status)
  }
  // 将出租车电子发票插入微信用户卡包
  {
    const { data } = await client.request('POST /v3/taxi-invoice/cards', {
      json: {
        company_mchid: '1900000109',
        trade_number: '10001071012021110600437180176110',
        appid: 'wxb1170446a4c0a5a2',
        openid: 'oUypO5aQ1oOCaSiNZUpT5kxxJHuc',
        region_id: 310100,
        driver_license: '6298416',
        plate_number: '浙AD12345',
        fapiao_card_information: {
          fapiao_media_id: 'ASNFZ4mrze/+3LqYdlQyEA==',
          fapiao_number: '12897794',
          fapiao_code: '044001911211',
          fapiao_time: '2020-07-01T12:00:00+08:00',
          check_code: '69001808340631374774',
          password: '006>299-375/326>2+7/*0-+<351059<80<4*/5>+<11631+*3030/5*37+/-243159658+013>3409*044>4-/1+/9->*>69501*6++1997--21',
          total_amount: 382895,
          tax_amount: 44050,
          amount: 338845,
          buyer_information: {
            type: 'CORPORATION',
            name: '深圳市南山区测试企业',
            taxpayer_id: '202003261233701778',
            address: '深圳市南山区深南大道10000号',
            telephone: '075512345678',
            bank_name: '测试银行',
            bank_account: '62001234567890',
          },
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
        token: 'ESvqG19gjw0qiiy1eeRA4VusLrOmIYQOMJ8rXX2V',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice'].cards.post({
      json: {
        company_mchid: '1900000109',
        trade_number: '10001071012021110600437180176110',
        appid: 'wxb1170446a4c0a5a2',
        openid: 'oUypO5aQ1oOCaSiNZUpT5kxxJHuc',
        region_id: 310100,
        driver_license: '6298416',
        plate_number: '浙AD12345',
        fapiao_card_information: {
          fapiao_media_id: 'ASNFZ4mrze/+3LqYdlQyEA==',
          fapiao_number: '12897794',
          fapiao_code: '044001911211',
          fapiao_time: '2020-07-01T12:00:00+08:00',
          check_code: '69001808340631374774',
          password: '006>299-375/326>2+7/*0-+<351059<80<4*/5>+<11631+*3030/5*37+/-243159658+013>3409*044>4-/1+/9->*>69501*6++1997--21',
          total_amount: 382895,
          tax_amount: 44050,
          amount: 338845,
          buyer_information: {
            type: 'CORPORATION',
            name: '深圳市南山区测试企业',
            taxpayer_id: '202003261233701778',
            address: '深圳市南山区深南大道10000号',
            telephone: '075512345678',
            bank_name: '测试银行',
            bank_account: '62001234567890',
          },
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
        token: 'ESvqG19gjw0qiiy1eeRA4VusLrOmIYQOMJ8rXX2V',
      },
    })
    console.log(data)
  }
  // 上传出租车电子发票文件
  {
    const { data } = await client.request('POST /v3/taxi-invoice/cards/upload-file', {
      multipart: {
        file,
        meta: {
          company_mchid: 'your_sub_mchid',
          region_id: 310100,
          digest: 'your_fapiao_pdf_sm3_string',
          digest_algorithm: 'DIGEST_ALGORITHM_SM3',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice'].cards['upload-file'].post({
      multipart: {
        file,
        meta: {
          company_mchid: 'your_sub_mchid',
          region_id: 310100,
          digest: 'your_fapiao_pdf_sm3_string',
          digest_algorithm: 'DIGEST_ALGORITHM_SM3',
        },
      },
    })
    console.log(data)
  }
  // 更新司机信息
  {
    const { data } = await client.request('POST /v3/taxi-invoice/driver/update-driver', {
      json: {
        driver_name: client.encrypt('司机姓名'),
        id_card_number: client.encrypt('司机身份证号码'),
        company_name: '深圳市未来有限公司',
        mchid: '1900000109',
        driver_license: '6298416',
        driver_category: 'MAIN',
        driver_status: 'ON_DUTY',
        driver_photo: {
          photo_type: 'PHOTO_URL',
          photo_digest: {
            hash_type: 'MD5',
            hash_value: 'e10adc3949ba59abbe56e057f20f883e',
          },
          photo_url: 'http://www.abc.com/driver.icon',
          photo_icon: 'Pm+zC+kaOSdRmVQP7pPQ++Ky9C8FaVp8El2sLT3b/M887b3YnrknrmiiumOkNDklrUdznfitoFkPC94vlnbbESwgn7hBXge3JFHw80S0l8J2jSIZN8PnMrHIZiWPI74xwKKK35n9X3+1+hzKK+t7fZ/U9Bg8P2L2ixmBdpTaRjtivPdOt28P3THTp5rXkjCNwRnoRjB/GiisYHRPc7WHV7jWvC32m42+ctyqZQYBx3I9a6GZisqMOCZXP4+STRRXMzqiZPmv8A3jRRRUFH/9k=',
        },
        region_id: 510100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice'].driver['update-driver'].post({
      json: {
        driver_name: client.encrypt('司机姓名'),
        id_card_number: client.encrypt('司机身份证号码'),
        company_name: '深圳市未来有限公司',
        mchid: '1900000109',
        driver_license: '6298416',
        driver_category: 'MAIN',
        driver_status: 'ON_DUTY',
        driver_photo: {
          photo_type: 'PHOTO_URL',
          photo_digest: {
            hash_type: 'MD5',
            hash_value: 'e10adc3949ba59abbe56e057f20f883e',
          },
          photo_url: 'http://www.abc.com/driver.icon',
          photo_icon: 'Pm+zC+kaOSdRmVQP7pPQ++Ky9C8FaVp8El2sLT3b/M887b3YnrknrmiiumOkNDklrUdznfitoFkPC94vlnbbESwgn7hBXge3JFHw80S0l8J2jSIZN8PnMrHIZiWPI74xwKKK35n9X3+1+hzKK+t7fZ/U9Bg8P2L2ixmBdpTaRjtivPdOt28P3THTp5rXkjCNwRnoRjB/GiisYHRPc7WHV7jWvC32m42+ctyqZQYBx3I9a6GZisqMOCZXP4+STRRXMzqiZPmv8A3jRRRUFH/9k=',
        },
        region_id: 510100,
      },
    })
    console.log(data)
  }
  // 获取司机信息
  {
    const { data } = await client.request('GET /v3/taxi-invoice/drivers/{driver_license}', {
      params: {
        driver_license: '6298416',
      },
      query: {
        region_id: 510100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice'].drivers['{driver_license}'].get({
      params: {
        driver_license: '6298416',
      },
      query: {
        region_id: 510100,
      },
    })
    console.log(data)
  }
  // 获取出租车公司商户信息
  {
    const { data } = await client.request('GET /v3/taxi-invoice/taxi-companies/{company_mchid}', {
      params: {
        company_mchid: '1900000109',
      },
      query: {
        region_id: 510100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice']['taxi-companies']['{company_mchid}'].get({
      params: {
        company_mchid: '1900000109',
      },
      query: {
        region_id: 510100,
      },
    })
    console.log(data)
  }
  // 新增出租车公司
  {
    const { data } = await client.request('POST /v3/taxi-invoice/taxi-company/create-taxi-company', {
      json: {
        company_name: '深圳市未来有限公司',
        tax_id: '12345678901234567J',
        address: '广东省深圳市南山区高新科技园科技中一路腾讯大厦',
        phone: '075586013388',
        bank_name: '中国工商银行南山支行',
        bank_account: '12345678901234',
        invoice_mode: 'JIAO_WEI',
        legal_person: '张三',
        short_name: '深圳未来',
        region_id: 510100,
        enterprise_type: 'ENTERPRISE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice']['taxi-company']['create-taxi-company'].post({
      json: {
        company_name: '深圳市未来有限公司',
        tax_id: '12345678901234567J',
        address: '广东省深圳市南山区高新科技园科技中一路腾讯大厦',
        phone: '075586013388',
        bank_name: '中国工商银行南山支行',
        bank_account: '12345678901234',
        invoice_mode: 'JIAO_WEI',
        legal_person: '张三',
        short_name: '深圳未来',
        region_id: 510100,
        enterprise_type: 'ENTERPRISE',
      },
    })
    console.log(data)
  }
  // 更新出租车信息
  {
    const { data } = await client.request('POST /v3/taxi-invoice/taxi/update-taxi', {
      json: {
        plate_number: '粤B12345',
        company_name: '深圳市未来有限公司',
        mchid: '1900000109',
        main_license: '6298416',
        deputy_license: '6298416',
        region_id: 510100,
        invoice_flag: 'INVOICE',
        taxi_state: 'IN_OPERATION',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice'].taxi['update-taxi'].post({
      json: {
        plate_number: '粤B12345',
        company_name: '深圳市未来有限公司',
        mchid: '1900000109',
        main_license: '6298416',
        deputy_license: '6298416',
        region_id: 510100,
        invoice_flag: 'INVOICE',
        taxi_state: 'IN_OPERATION',
      },
    })
    console.log(data)
  }
  // 获取出租车信息
  {
    const { data } = await client.request('GET /v3/taxi-invoice/taxies/{plate_number}', {
      params: {
        plate_number: '粤B12345',
      },
      query: {
        region_id: 510100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice'].taxies['{plate_number}'].get({
      params: {
        plate_number: '粤B12345',
      },
      query: {
        region_id: 510100,
      },
    })
    console.log(data)
  }
  // 根据凭证查询乘客行程单
  {
    const { data } = await client.request('GET /v3/taxi-invoice/user-taxi-order/find-by-token', {
      query: {
        token: 'ESvqG19gjw0qiiy1eeRA4VusLrOmIYQOMJ8rXX2V-ztUUuQvu_YBEZg9FAht0Y15r71mft9rcaMIjn7y6x0KSg',
        openid: 'oUypO5fUvaUkyuc6ueOwgwDMjCiM',
        appid: 'wxb1170446a4c0a5a2',
        region_id: 310100,
        auth_mode: 'ORDER_AUTH',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice']['user-taxi-order']['find-by-token'].get({
      query: {
        token: 'ESvqG19gjw0qiiy1eeRA4VusLrOmIYQOMJ8rXX2V-ztUUuQvu_YBEZg9FAht0Y15r71mft9rcaMIjn7y6x0KSg',
        openid: 'oUypO5fUvaUkyuc6ueOwgwDMjCiM',
        appid: 'wxb1170446a4c0a5a2',
        region_id: 310100,
        auth_mode: 'ORDER_AUTH',
      },
    })
    console.log(data)
  }
  // 获取乘客行程单列表
  {
    const { data } = await client.request('GET /v3/taxi-invoice/user-taxi-orders', {
      query: {
        limit: 5,
        offset: 10,
        openid: 'oUypO5fUvaUkyuc6ueOwgwDMjCiM',
        appid: 'wxb1170446a4c0a5a2',
        begin_date: '20200307',
        end_date: '20200407',
        region_id: 510100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['taxi-invoice']['user-taxi-orders'].get({
      query: {
        limit: 5,
        offset: 10,
        openid: 'oUypO5fUvaUkyuc6ueOwgwDMjCiM',
        appid: 'wxb1170446a4c0a5a2',
        begin_date: '20200307',
        end_date: '20200407',
        region_id: 510100,
      },
    })
    console.log(data)
  }
}
