// fund-app/brand-redpacket: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 品牌商户发放红包
  {
    const { data } = await client.request('POST /v3/fund-app/brand-redpacket/brand-merchant-batches', {
      json: {
        brand_id: 1234,
        brand_appid: 'wxf636efh567hg4356',
        scene: 'CUSTOM_SEND',
        template_id: '123400001',
        out_batch_no: 'plfk2020042013',
        batch_name: '双十一营销用品牌红包',
        batch_remark: '双十一营销用品牌红包',
        total_amount: 10000,
        total_num: 10,
        detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            amount: 100,
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
            user_name: client.encrypt('接收红包用户姓名'),
            remark: '来自XX的红包',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['brand-redpacket']['brand-merchant-batches'].post({
      json: {
        brand_id: 1234,
        brand_appid: 'wxf636efh567hg4356',
        scene: 'CUSTOM_SEND',
        template_id: '123400001',
        out_batch_no: 'plfk2020042013',
        batch_name: '双十一营销用品牌红包',
        batch_remark: '双十一营销用品牌红包',
        total_amount: 10000,
        total_num: 10,
        detail_list: [
          {
            out_detail_no: 'x23zy545Bd5436',
            amount: 100,
            openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
            user_name: client.encrypt('接收红包用户姓名'),
            remark: '来自XX的红包',
          },
        ],
      },
    })
    console.log(data)
  }
  // 微信支付批次单号查询批次单
  {
    const { data } = await client.request('GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}', {
      params: {
        batch_no: '1030000071100999991182020050700019480001',
      },
      query: {
        need_query_detail: true,
        detail_state: 'DETAIL_VIEW_ALL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['brand-redpacket']['brand-merchant-batches']['{batch_no}'].get({
      params: {
        batch_no: '1030000071100999991182020050700019480001',
      },
      query: {
        need_query_detail: true,
        detail_state: 'DETAIL_VIEW_ALL',
      },
    })
    console.log(data)
  }
  // 商家明细单号查询明细单
  {
    const { data } = await client.request('GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}', {
      params: {
        batch_no: '1030000071100999991182020050700019480001',
        detail_no: '1040000071100999991182020050700019500100',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['brand-redpacket']['brand-merchant-batches']['{batch_no}'].details['{detail_no}'].get({
      params: {
        batch_no: '1030000071100999991182020050700019480001',
        detail_no: '1040000071100999991182020050700019500100',
      },
    })
    console.log(data)
  }
  // 商家批次单号查询批次单
  {
    const { data } = await client.request('GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}', {
      params: {
        out_batch_no: 'plfk2020042013',
      },
      query: {
        need_query_detail: true,
        detail_state: 'DETAIL_VIEW_ALL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['brand-redpacket']['brand-merchant-out-batches']['{out_batch_no}'].get({
      params: {
        out_batch_no: 'plfk2020042013',
      },
      query: {
        need_query_detail: true,
        detail_state: 'DETAIL_VIEW_ALL',
      },
    })
    console.log(data)
  }
  // 商家明细单号查询明细单
  {
    const { data } = await client.request('GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}', {
      params: {
        out_batch_no: 'plfk2020042013',
        out_detail_no: 'x23zy545Bd5436',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['brand-redpacket']['brand-merchant-out-batches']['{out_batch_no}']['out-details']['{out_detail_no}'].get({
      params: {
        out_batch_no: 'plfk2020042013',
        out_detail_no: 'x23zy545Bd5436',
      },
    })
    console.log(data)
  }
}
