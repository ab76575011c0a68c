// platsolution/ecommerce: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 申请银行转账充值
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/bank-transfer-recharges/apply', {
      json: {
        out_recharge_no: 'cz202407181234',
        recharge_scene: 'ECOMMERCE_BANK_TRANSFER',
        account_type: 'BASIC',
        recharge_amount: {
          amount: 500000,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['bank-transfer-recharges'].apply.post({
      json: {
        out_recharge_no: 'cz202407181234',
        recharge_scene: 'ECOMMERCE_BANK_TRANSFER',
        account_type: 'BASIC',
        recharge_amount: {
          amount: 500000,
          currency: 'CNY',
        },
      },
    })
    console.log(data)
  }
  // 查询银行转账充值结果
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}', {
      params: {
        out_recharge_no: 'cz202407181234',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['bank-transfer-recharges']['out-recharge-no']['{out_recharge_no}'].get({
      params: {
        out_recharge_no: 'cz202407181234',
      },
    })
    console.log(data)
  }
  // 开通保险理赔功能
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/insurance-compensation-contracts', {
      json: {
        out_apply_no: 'No123456',
        sub_mchid: '1900000109',
        agreement_list: [
          {
            agreement_code: '微信支付运营功能服务协议（平台二级商户）',
            agreement_version: '20240815',
            sign_organization: '温州名优贸易',
            sign_time: '2024-08-08T10:34:56+08:00',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['insurance-compensation-contracts'].post({
      json: {
        out_apply_no: 'No123456',
        sub_mchid: '1900000109',
        agreement_list: [
          {
            agreement_code: '微信支付运营功能服务协议（平台二级商户）',
            agreement_version: '20240815',
            sign_organization: '温州名优贸易',
            sign_time: '2024-08-08T10:34:56+08:00',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询保险理赔功能开通状态
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened', {
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['insurance-compensation-contracts']['sub-mchid']['{sub_mchid}']['check-opened'].post({
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 请求赔付
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills', {
      json: {
        receiver: {
          type: 'TRANSACTION_USER',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        sponsor_mchid: '1900001109',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['compensate-bills'].post({
      json: {
        receiver: {
          type: 'TRANSACTION_USER',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        sponsor_mchid: '1900001109',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
      },
    })
    console.log(data)
  }
  // 查询赔付结果（按微信支付赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}', {
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['compensate-bills']['bill-id']['{bill_id}'].get({
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  // 查询赔付结果（按商户赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['compensate-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 请求撤销赔付
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['compensate-bills']['out-bill-no']['{out_bill_no}'].cancel.post({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 请求赔付预下单
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer', {
      json: {
        sp_appid: 'wx8888888888888888',
        receiver: {
          type: 'TRANSACTION_USER',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        sponsor_mchid: '1900001109',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['compensate-bills']['pre-transfer'].post({
      json: {
        sp_appid: 'wx8888888888888888',
        receiver: {
          type: 'TRANSACTION_USER',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        sponsor_mchid: '1900001109',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 请求保证金售后赔付
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills', {
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        receiver: {
          type: 'MERCHANT',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
          user_info: {
            sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
        sub_appid: 'wx8888888888888888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['deposit-after-sales-compensation-bills'].post({
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        receiver: {
          type: 'MERCHANT',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
          user_info: {
            sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
        sub_appid: 'wx8888888888888888',
      },
    })
    console.log(data)
  }
  // 查询保证金售后赔付结果（按微信支付赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}', {
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['deposit-after-sales-compensation-bills']['bill-id']['{bill_id}'].get({
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 查询保证金售后赔付结果（按商户赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['deposit-after-sales-compensation-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 发起保证金赔付保司保费
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills', {
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        receiver: {
          type: 'MERCHANT',
          mch_info: {
            mchid: '1900001108',
          },
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['deposit-insurance-premiums-compensation-bills'].post({
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        receiver: {
          type: 'MERCHANT',
          mch_info: {
            mchid: '1900001108',
          },
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
      },
    })
    console.log(data)
  }
  // 查询保证金赔付保司保费结果（按商户赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['deposit-insurance-premiums-compensation-bills']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 发起保证金赔付用户运费
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills', {
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        receiver: {
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
          user_info: {
            sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['deposit-shipping-cost-compensation-bills'].post({
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        receiver: {
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
          user_info: {
            sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        transfer_scene_id: '1001',
        user_recv_perception: '退货运费补偿',
      },
    })
    console.log(data)
  }
  // 查询保证金售后赔付运费结果（按商户赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['deposit-shipping-cost-compensation-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 请求保险理赔
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills', {
      json: {
        sub_mchid: '1900001109',
        receiver: {
          type: 'MERCHANT',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['insurance-claim-bills'].post({
      json: {
        sub_mchid: '1900001109',
        receiver: {
          type: 'MERCHANT',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
      },
    })
    console.log(data)
  }
  // 查询保险理赔结果（按微信支付赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}', {
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['insurance-claim-bills']['bill-id']['{bill_id}'].get({
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 查询保险理赔结果（按商户赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['insurance-claim-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 请求撤销保险理赔
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      json: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['insurance-claim-bills']['out-bill-no']['{out_bill_no}'].cancel.post({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      json: {
        sub_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 请求保险理赔预下单
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer', {
      json: {
        sub_mchid: '1900001109',
        receiver: {
          type: 'MERCHANT',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['insurance-claim-bills']['pre-transfer'].post({
      json: {
        sub_mchid: '1900001109',
        receiver: {
          type: 'MERCHANT',
          transaction_info: {
            transaction_id: '1217752501201407033233368018',
            type: 'WXPAY',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 请求赔付
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills', {
      json: {
        receiver: {
          type: 'MERCHANT',
          mch_info: {
            mchid: '1900001108',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['sub-mch-compensation-bills'].post({
      json: {
        receiver: {
          type: 'MERCHANT',
          mch_info: {
            mchid: '1900001108',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 查询赔付结果（按商户赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['sub-mch-compensation-bills']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 保证金赔付
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/mch-transfer/transfer-bills', {
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        business_type: 'DEPOSIT_COMPENSATION',
        receiver: {
          type: 'MERCHANT',
          mch_info: {
            mch_id: '1900001108',
            mchid: '1900001108',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        receiver_remark: '小店XXXX直播违规扣罚',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['transfer-bills'].post({
      json: {
        sub_mchid: '1900000109',
        sp_appid: 'wx8888888888888888',
        business_type: 'DEPOSIT_COMPENSATION',
        receiver: {
          type: 'MERCHANT',
          mch_info: {
            mch_id: '1900001108',
            mchid: '1900001108',
          },
        },
        out_bill_no: 'plfk2020042013',
        amount: 10000,
        transfer_remark: '直播违规扣罚',
        receiver_remark: '小店XXXX直播违规扣罚',
      },
    })
    console.log(data)
  }
  // 查询保证金赔付结果（按微信支付赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}', {
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
      query: {
        business_type: 'DEPOSIT_COMPENSATION',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['transfer-bills']['bill-id']['{bill_id}'].get({
      params: {
        bill_id: '1330000071100999991182020050700019480001',
      },
      query: {
        business_type: 'DEPOSIT_COMPENSATION',
      },
    })
    console.log(data)
  }
  // 查询保证金赔付结果（按商户赔付单号）
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        business_type: 'DEPOSIT_COMPENSATION',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['mch-transfer']['transfer-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        business_type: 'DEPOSIT_COMPENSATION',
      },
    })
    console.log(data)
  }
  // 添加二级商户可扫码充值员工
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/recharge-employees', {
      json: {
        sub_mchid: '1900000109',
        sp_openid: 'oLTPCuCsfN3ABBz50VUZBNlHDbUU',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['recharge-employees'].post({
      json: {
        sub_mchid: '1900000109',
        sp_openid: 'oLTPCuCsfN3ABBz50VUZBNlHDbUU',
      },
    })
    console.log(data)
  }
  // 查询二级商户可扫码充值员工列表
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}', {
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce['recharge-employees']['sub-mchid']['{sub_mchid}'].get({
      params: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 删除二级商户可扫码充值员工
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete', {
      params: {
        sub_mchid: '1900000109',
        sp_openid: 'oLTPCuCsfN3ABBz50VUZBNlHDbUU',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.chain('v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete').post({
      params: {
        sub_mchid: '1900000109',
        sp_openid: 'oLTPCuCsfN3ABBz50VUZBNlHDbUU',
      },
    })
    console.log(data)
  }
  // 申请二级商户充值
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/recharges/apply', {
      json: {
        sub_mchid: '1900001109',
        out_recharge_no: 'cz202407181234',
        recharge_scene: 'ECOMMERCE_DEPOSIT',
        account_type: 'DEPOSIT',
        recharge_amount: {
          amount: 500000,
          currency: 'CNY',
        },
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        available_recharge_channels: ['BANK_TRANSFER'],
        remark: 'example_remark',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.recharges.apply.post({
      json: {
        sub_mchid: '1900001109',
        out_recharge_no: 'cz202407181234',
        recharge_scene: 'ECOMMERCE_DEPOSIT',
        account_type: 'DEPOSIT',
        recharge_amount: {
          amount: 500000,
          currency: 'CNY',
        },
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        available_recharge_channels: ['BANK_TRANSFER'],
        remark: 'example_remark',
      },
    })
    console.log(data)
  }
  // 查询二级商户充值结果
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}', {
      params: {
        out_recharge_no: 'cz2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.recharges['out-recharge-no']['{out_recharge_no}'].get({
      params: {
        out_recharge_no: 'cz2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  // 关闭二级商户充值
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close', {
      params: {
        out_recharge_no: 'cz2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.recharges['out-recharge-no']['{out_recharge_no}'].close.post({
      params: {
        out_recharge_no: 'cz2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  // 个人收款-申请批量结算
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/settle/prepay-settle-orders', {
      json: {
        appid: 'WXA12368855126622',
        out_settle_batch_no: '1236698745558870',
        individual_auth_id: '256322110225',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        description: '共计2笔订单，订单金额xxx元，平台服务费xxx元，合计收款xxx元',
        trade_scenario: 'RECOMMERCE',
        settle_info_list: [
          {
            out_settle_no: '12369666555136622',
            transaction_id: '4207752501201407033233368018',
            settle_detail_info_list: [
              {
                out_settle_detail_no: '123688556699666554',
                settle_type: 'RECEIVE',
                receiver_type: 'MERCHANT',
                receiver_account: '1234567890',
                amount: {
                  amount: 11000,
                  currency: 'CNY',
                },
              },
            ],
          },
        ],
        receive_type_template_id: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.settle['prepay-settle-orders'].post({
      json: {
        appid: 'WXA12368855126622',
        out_settle_batch_no: '1236698745558870',
        individual_auth_id: '256322110225',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        description: '共计2笔订单，订单金额xxx元，平台服务费xxx元，合计收款xxx元',
        trade_scenario: 'RECOMMERCE',
        settle_info_list: [
          {
            out_settle_no: '12369666555136622',
            transaction_id: '4207752501201407033233368018',
            settle_detail_info_list: [
              {
                out_settle_detail_no: '123688556699666554',
                settle_type: 'RECEIVE',
                receiver_type: 'MERCHANT',
                receiver_account: '1234567890',
                amount: {
                  amount: 11000,
                  currency: 'CNY',
                },
              },
            ],
          },
        ],
        receive_type_template_id: 0,
      },
    })
    console.log(data)
  }
  // 个人收款-查询批量结算信息
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}', {
      params: {
        settle_batch_no: '123685544886666',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.settle['prepay-settle-orders']['{settle_batch_no}'].get({
      params: {
        settle_batch_no: '123685544886666',
      },
    })
    console.log(data)
  }
  // 个人收款-申请异常结算批次单处理
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle', {
      params: {
        settle_batch_no: '123685544886666',
      },
      json: {
        individual_auth_id: '256322110225',
        out_abnormal_settle_batch_no: '1236698745558870',
        abnormal_settle_type: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER',
        description: 'xx结算失败，转付至原用户',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.settle['prepay-settle-orders']['{settle_batch_no}']['apply-abnormal-settle'].post({
      params: {
        settle_batch_no: '123685544886666',
      },
      json: {
        individual_auth_id: '256322110225',
        out_abnormal_settle_batch_no: '1236698745558870',
        abnormal_settle_type: 'TRANSFER_TO_ORIGINAL_RECEIVE_USER',
        description: 'xx结算失败，转付至原用户',
      },
    })
    console.log(data)
  }
  // 二级商户按日终余额预约提现
  {
    const { data } = await client.request('POST /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw', {
      json: {
        sub_mchid: '1900000109',
        out_request_no: '20190611222222222200000000012122',
        calculate_amount_type: 'ONLY_DAY_END_BALANCE',
        remark: '交易提现',
        bank_memo: '微信支付提现',
        notify_url: 'https://yourapp.com/notify',
        reserve_amount: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.withdraw['day-end-balance-withdraw'].post({
      json: {
        sub_mchid: '1900000109',
        out_request_no: '20190611222222222200000000012122',
        calculate_amount_type: 'ONLY_DAY_END_BALANCE',
        remark: '交易提现',
        bank_memo: '微信支付提现',
        notify_url: 'https://yourapp.com/notify',
        reserve_amount: 100,
      },
    })
    console.log(data)
  }
  // 查询二级商户按日终余额预约提现状态
  {
    const { data } = await client.request('GET /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}', {
      params: {
        out_request_no: '20190611222222222200000000012122',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.platsolution.ecommerce.withdraw['day-end-balance-withdraw']['out-request-no']['{out_request_no}'].get({
      params: {
        out_request_no: '20190611222222222200000000012122',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
}
