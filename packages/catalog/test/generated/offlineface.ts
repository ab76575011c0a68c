// offlineface: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 获取authinfo接口
  {
    const { data } = await client.request('POST /v3/offlineface/authinfo', {
      json: {
        sp_appid: '',
        sub_appid: '',
        sub_mchid: '',
        device_id: '',
        raw_data: '',
        organization_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface.authinfo.post({
      json: {
        sp_appid: '',
        sub_appid: '',
        sub_mchid: '',
        device_id: '',
        raw_data: '',
        organization_id: '',
      },
    })
    console.log(data)
  }
  // 预签约接口
  {
    const { data } = await client.request('POST /v3/offlineface/contracts/presign', {
      json: {
        business_name: '',
        facepay_user: {
          out_user_id: '',
          identification_name: '',
          organization_id: '',
          identification: {
            identification_type: 'IDCARD',
            identification_number: client.encrypt('证件ID'),
          },
          phone: client.encrypt('手机号码'),
        },
        limit_bank_card: {
          bank_card_number: client.encrypt('银行卡号'),
          identification_name: client.encrypt('开卡人姓名'),
          identification: {
            identification_type: 'IDCARD',
            identification_number: client.encrypt('证件ID'),
          },
          valid_thru: '',
          bank_type: '',
          phone: client.encrypt('开卡预留手机号'),
        },
        contract_mode: 'LIMIT_BANK_CARD',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface.contracts.presign.post({
      json: {
        business_name: '',
        facepay_user: {
          out_user_id: '',
          identification_name: '',
          organization_id: '',
          identification: {
            identification_type: 'IDCARD',
            identification_number: client.encrypt('证件ID'),
          },
          phone: client.encrypt('手机号码'),
        },
        limit_bank_card: {
          bank_card_number: client.encrypt('银行卡号'),
          identification_name: client.encrypt('开卡人姓名'),
          identification: {
            identification_type: 'IDCARD',
            identification_number: client.encrypt('证件ID'),
          },
          valid_thru: '',
          bank_type: '',
          phone: client.encrypt('开卡预留手机号'),
        },
        contract_mode: 'LIMIT_BANK_CARD',
      },
    })
    console.log(data)
  }
  // 签约查询接口
  {
    const { data } = await client.request('GET /v3/offlineface/contracts/{contract_id}', {
      params: {
        contract_id: 'CI8CD208Z7e9906f89',
      },
      query: {
        appid: 'wx8888888888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface.contracts['{contract_id}'].get({
      params: {
        contract_id: 'CI8CD208Z7e9906f89',
      },
      query: {
        appid: 'wx8888888888',
      },
    })
    console.log(data)
  }
  // 查询重采用户列表
  {
    const { data } = await client.request('GET /v3/offlineface/face-collections', {
      query: {
        organization_id: 'Ofewewfwefweewf',
        offset: 30,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface['face-collections'].get({
      query: {
        organization_id: 'Ofewewfwefweewf',
        offset: 30,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 查询重采请求详情
  {
    const { data } = await client.request('GET /v3/offlineface/face-collections/{collection_id}', {
      params: {
        collection_id: 'FC2353ZJIHOJKHOIIOIJ',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface['face-collections']['{collection_id}'].get({
      params: {
        collection_id: 'FC2353ZJIHOJKHOIIOIJ',
      },
    })
    console.log(data)
  }
  // 获取还款链接接口
  {
    const { data } = await client.request('POST /v3/offlineface/repayment-url', {
      json: {
        out_user_id: '',
        organization_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface['repayment-url'].post({
      json: {
        out_user_id: '',
        organization_id: '',
      },
    })
    console.log(data)
  }
  // 申请扣款接口
  {
    const { data } = await client.request('POST /v3/offlineface/transactions', {
      json: {
        auth_code: '',
        sp_appid: '',
        sp_mchid: '',
        sub_appid: '',
        sub_mchid: '',
        amount: {
          total: 0,
          currency: 'CNY',
        },
        scene_info: {
          device_ip: '',
        },
        goods_tag: '',
        description: '',
        attach: '',
        settle_info: {
          profit_sharing: true,
        },
        out_trade_no: '',
        business: {
          business_product_id: 0,
          business_scene_id: 0,
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface.transactions.post({
      json: {
        auth_code: '',
        sp_appid: '',
        sp_mchid: '',
        sub_appid: '',
        sub_mchid: '',
        amount: {
          total: 0,
          currency: 'CNY',
        },
        scene_info: {
          device_ip: '',
        },
        goods_tag: '',
        description: '',
        attach: '',
        settle_info: {
          profit_sharing: true,
        },
        out_trade_no: '',
        business: {
          business_product_id: 0,
          business_scene_id: 0,
        },
      },
    })
    console.log(data)
  }
  // 查单接口
  {
    const { data } = await client.request('GET /v3/offlineface/transactions/out-trade-no/{out_trade_no}', {
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        sp_mchid: '198798777',
        sub_mchid: '3233122121',
        business_product_id: '2',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.offlineface.transactions['out-trade-no']['{out_trade_no}'].get({
      params: {
        out_trade_no: '1217752501201407033233368018',
      },
      query: {
        sp_mchid: '198798777',
        sub_mchid: '3233122121',
        business_product_id: '2',
      },
    })
    console.log(data)
  }
}
