// payroll-card: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询核身记录
  {
    const { data } = await client.request('GET /v3/payroll-card/authentications', {
      query: {
        openid: 'onqOjjmo8wmTOOtSKwXtGjg9Gb58',
        appid: 'wxa1111111',
        sub_appid: 'wxa1111111',
        sub_mchid: '1111111',
        authenticate_date: '2020-12-25',
        authenticate_state: 'AUTHENTICATE_SUCCESS',
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card'].authentications.get({
      query: {
        openid: 'onqOjjmo8wmTOOtSKwXtGjg9Gb58',
        appid: 'wxa1111111',
        sub_appid: 'wxa1111111',
        sub_mchid: '1111111',
        authenticate_date: '2020-12-25',
        authenticate_state: 'AUTHENTICATE_SUCCESS',
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  // 微工卡核身预下单
  {
    const { data } = await client.request('POST /v3/payroll-card/authentications/pre-order', {
      json: {
        openid: 'onqOjjmo8wmTOOtSKwXtGjg9Gb58',
        appid: 'wxa1111111',
        sub_mchid: '1111111',
        sub_appid: 'wxa1111111',
        authenticate_number: 'mcdhehfgisdhfjghed39384564i83',
        project_name: '某项目',
        employer_name: '某单位名称',
        authenticate_type: 'SIGN_IN',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card'].authentications['pre-order'].post({
      json: {
        openid: 'onqOjjmo8wmTOOtSKwXtGjg9Gb58',
        appid: 'wxa1111111',
        sub_mchid: '1111111',
        sub_appid: 'wxa1111111',
        authenticate_number: 'mcdhehfgisdhfjghed39384564i83',
        project_name: '某项目',
        employer_name: '某单位名称',
        authenticate_type: 'SIGN_IN',
      },
    })
    console.log(data)
  }
  // 微工卡核身预下单（流程中完成授权）
  {
    const { data } = await client.request('POST /v3/payroll-card/authentications/pre-order-with-auth', {
      json: {
        openid: 'onqOjjmo8wmTOOtSKwXtGjg9Gb58',
        appid: 'wxa1111111',
        sub_mchid: '1111111',
        sub_appid: 'wxa1111111',
        authenticate_number: 'mcdhehfgisdhfjghed39384564i83',
        project_name: '某项目',
        employer_name: '某用工企业',
        user_name: client.encrypt('用户实名'),
        id_card_number: client.encrypt('用户证件号'),
        employment_type: 'LONG_TERM_EMPLOYMENT',
        authenticate_type: 'SIGN_IN',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card'].authentications['pre-order-with-auth'].post({
      json: {
        openid: 'onqOjjmo8wmTOOtSKwXtGjg9Gb58',
        appid: 'wxa1111111',
        sub_mchid: '1111111',
        sub_appid: 'wxa1111111',
        authenticate_number: 'mcdhehfgisdhfjghed39384564i83',
        project_name: '某项目',
        employer_name: '某用工企业',
        user_name: client.encrypt('用户实名'),
        id_card_number: client.encrypt('用户证件号'),
        employment_type: 'LONG_TERM_EMPLOYMENT',
        authenticate_type: 'SIGN_IN',
      },
    })
    console.log(data)
  }
  // 获取核身结果
  {
    const { data } = await client.request('GET /v3/payroll-card/authentications/{authenticate_number}', {
      params: {
        authenticate_number: 'mcdhehfgisdhfjghed39384564i83',
      },
      query: {
        sub_mchid: '1111111',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card'].authentications['{authenticate_number}'].get({
      params: {
        authenticate_number: 'mcdhehfgisdhfjghed39384564i83',
      },
      query: {
        sub_mchid: '1111111',
      },
    })
    console.log(data)
  }
  // 查询微工卡授权关系
  {
    const { data } = await client.request('GET /v3/payroll-card/relations/{openid}', {
      params: {
        openid: '9x111111',
      },
      query: {
        sub_mchid: '1111111',
        appid: 'wxa1111111',
        sub_appid: 'wxa1111111',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card'].relations['{openid}'].get({
      params: {
        openid: '9x111111',
      },
      query: {
        sub_mchid: '1111111',
        appid: 'wxa1111111',
        sub_appid: 'wxa1111111',
      },
    })
    console.log(data)
  }
  // 生成授权token
  {
    const { data } = await client.request('POST /v3/payroll-card/tokens', {
      json: {
        openid: '9x111111',
        appid: 'wxa1111111',
        sub_appid: 'wxa1111111',
        sub_mchid: '1111111',
        user_name: client.encrypt('用户实名'),
        id_card_number: client.encrypt('用户证件号'),
        employment_type: 'LONG_TERM_EMPLOYMENT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card'].tokens.post({
      json: {
        openid: '9x111111',
        appid: 'wxa1111111',
        sub_appid: 'wxa1111111',
        sub_mchid: '1111111',
        user_name: client.encrypt('用户实名'),
        id_card_number: client.encrypt('用户证件号'),
        employment_type: 'LONG_TERM_EMPLOYMENT',
      },
    })
    console.log(data)
  }
  // 发起批量转账
  {
    const { data } = await client.request('POST /v3/payroll-card/transfer-batches', {
      json: {
        sub_mchid: '1111111',
        sub_appid: 'wxf636efh567hg4356',
        authorization_type: 'INFORMATION_AUTHORIZATION_TYPE',
        out_batch_no: 'plfk2020042013',
        batch_name: '2019年1月深圳分部报销单',
        batch_remark: '2019年1月深圳分部报销单',
        total_amount: 4000000,
        total_num: 200,
        transfer_detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            transfer_amount: 200000,
            transfer_remark: '2020年4月报销',
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
            user_name: client.encrypt('收款用户姓名'),
          },
        ],
        sp_appid: 'wxf636efh567hg4388',
        employment_type: 'LONG_TERM_EMPLOYMENT',
        employment_scene: 'LOGISTICS',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card']['transfer-batches'].post({
      json: {
        sub_mchid: '1111111',
        sub_appid: 'wxf636efh567hg4356',
        authorization_type: 'INFORMATION_AUTHORIZATION_TYPE',
        out_batch_no: 'plfk2020042013',
        batch_name: '2019年1月深圳分部报销单',
        batch_remark: '2019年1月深圳分部报销单',
        total_amount: 4000000,
        total_num: 200,
        transfer_detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            transfer_amount: 200000,
            transfer_remark: '2020年4月报销',
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
            user_name: client.encrypt('收款用户姓名'),
          },
        ],
        sp_appid: 'wxf636efh567hg4388',
        employment_type: 'LONG_TERM_EMPLOYMENT',
        employment_scene: 'LOGISTICS',
      },
    })
    console.log(data)
  }
  // 生成投保结果
  {
    const { status } = await client.request('POST /v3/payroll-card/wesure/insurance', {
      json: {
        sp_mchid: '1900000109',
        wesure_order_no: '1900000109',
        token: '5fds5345dfd',
        insurance_company_order_no: '5fds5345dfd',
        openid: '111111',
        insure_state: 'INSURE_SUCCESS',
        insure_effect_time: '2018-06-08T10:34:56+08:00',
        insure_invalid_time: '2018-06-08T10:34:56+08:00',
        insurance_company_name: '平安',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['payroll-card'].wesure.insurance.post({
      json: {
        sp_mchid: '1900000109',
        wesure_order_no: '1900000109',
        token: '5fds5345dfd',
        insurance_company_order_no: '5fds5345dfd',
        openid: '111111',
        insure_state: 'INSURE_SUCCESS',
        insure_effect_time: '2018-06-08T10:34:56+08:00',
        insure_invalid_time: '2018-06-08T10:34:56+08:00',
        insurance_company_name: '平安',
      },
    })
    console.log(status)
  }
  // 校验核身结果
  {
    const { data } = await client.request('POST /v3/payroll-card/wesure/token-validations', {
      json: {
        sp_mchid: '1900000109',
        sub_mchid: '1900000109',
        token: 'abcdefghijklmn',
        user_name: client.encrypt('用户姓名'),
        id_card_number: client.encrypt('用户身份证号'),
        authenticate_type: 'NORMAL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['payroll-card'].wesure['token-validations'].post({
      json: {
        sp_mchid: '1900000109',
        sub_mchid: '1900000109',
        token: 'abcdefghijklmn',
        user_name: client.encrypt('用户姓名'),
        id_card_number: client.encrypt('用户身份证号'),
        authenticate_type: 'NORMAL',
      },
    })
    console.log(data)
  }
}
