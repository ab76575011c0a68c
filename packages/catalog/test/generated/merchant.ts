// merchant: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 查询账户实时余额
  {
    const { data } = await client.request('GET /v3/merchant/fund/balance/{account_type}', {
      params: {
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.fund.balance['{account_type}'].get({
      params: {
        account_type: 'BASIC',
      },
    })
    console.log(data)
  }
  // 查询账户日终余额
  {
    const { data } = await client.request('GET /v3/merchant/fund/dayendbalance/{account_type}', {
      params: {
        account_type: 'BASIC',
      },
      query: {
        date: '2019-06-11',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.fund.dayendbalance['{account_type}'].get({
      params: {
        account_type: 'BASIC',
      },
      query: {
        date: '2019-06-11',
      },
    })
    console.log(data)
  }
  // 电商平台提现
  {
    const { data } = await client.request('POST /v3/merchant/fund/withdraw', {
      json: {
        out_request_no: '20190611222222222200000000012122',
        amount: 1,
        remark: '交易体现',
        bank_memo: 'xx平台提现',
        account_type: 'BASIC',
        notify_url: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.fund.withdraw.post({
      json: {
        out_request_no: '20190611222222222200000000012122',
        amount: 1,
        remark: '交易体现',
        bank_memo: 'xx平台提现',
        account_type: 'BASIC',
        notify_url: '',
      },
    })
    console.log(data)
  }
  // 按日下载提现异常文件
  {
    const { data } = await client.request('GET /v3/merchant/fund/withdraw/bill-type/{bill_type}', {
      params: {
        bill_type: 'NO_SUCC',
      },
      query: {
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.fund.withdraw['bill-type']['{bill_type}'].get({
      params: {
        bill_type: 'NO_SUCC',
      },
      query: {
        bill_date: '2019-06-11',
        tar_type: 'GZIP',
      },
    })
    console.log(data)
  }
  // 电商平台(商户提现单号查询)提现状态
  {
    const { data } = await client.request('GET /v3/merchant/fund/withdraw/out-request-no/{out_request_no}', {
      params: {
        out_request_no: '20190611222222222200000000012122',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.fund.withdraw['out-request-no']['{out_request_no}'].get({
      params: {
        out_request_no: '20190611222222222200000000012122',
      },
    })
    console.log(data)
  }
  // 电商平台(微信支付提现单号)查询提现状态
  {
    const { data } = await client.request('GET /v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}', {
      params: {
        withdraw_id: '12321937198237912739132791732123',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.fund.withdraw['withdraw-id']['{withdraw_id}'].get({
      params: {
        withdraw_id: '12321937198237912739132791732123',
      },
    })
    console.log(data)
  }
  // 文件上传
  {
    const { data } = await client.request('POST /v3/merchant/media/upload', {
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.media.upload.post({
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  // 视频上传
  {
    const { data } = await client.request('POST /v3/merchant/media/video_upload', {
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.merchant.media.video_upload.post({
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
}
