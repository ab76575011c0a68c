// aggracct-bc: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询渠道额度
  {
    const { data } = await client.request('GET /v3/aggracct-bc/wb-channel/account/balance', {
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel'].account.balance.get({
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  // 查询商户资料
  {
    const { data } = await client.request('GET /v3/aggracct-bc/wb-channel/account/mch_archives', {
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel'].account.mch_archives.get({
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  // 查询商户影像件资料
  {
    const { data } = await client.request('GET /v3/aggracct-bc/wb-channel/account/mch_media', {
      query: {
        mchid: 'mchid_example',
        platform_trx_id: 'platform_trx_id_example',
        business_scene: 'SJT_MICRO_PLUS_OPEN_ACCOUNT',
        mch_media_type: 'ID_CARD_FRONT',
        media_id: 'media_id_example',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel'].account.mch_media.get({
      query: {
        mchid: 'mchid_example',
        platform_trx_id: 'platform_trx_id_example',
        business_scene: 'SJT_MICRO_PLUS_OPEN_ACCOUNT',
        mch_media_type: 'ID_CARD_FRONT',
        media_id: 'media_id_example',
      },
    })
    console.log(data)
  }
  // 受理渠道结算银行账户更名申请
  {
    const { data } = await client.request('POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename', {
      json: {
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
        mchid: '1900016681',
        bal_account_no: client.encrypt('台账ID'),
        change_scene: 'SUBJECT_INFO_RENAME',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['bank-channel-account'].rename.post({
      json: {
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
        mchid: '1900016681',
        bal_account_no: client.encrypt('台账ID'),
        change_scene: 'SUBJECT_INFO_RENAME',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  // 查询渠道结算银行账户更名申请
  {
    const { data } = await client.request('GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}', {
      params: {
        application_id: '11117742499090086455469010028373',
      },
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('台账ID'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['bank-channel-account'].rename['{application_id}'].get({
      params: {
        application_id: '11117742499090086455469010028373',
      },
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('台账ID'),
      },
    })
    console.log(data)
  }
  // 资料更新请求审核结果回调通知
  {
    const { data } = await client.request('POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify', {
      json: {
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
        mchid: '1900016681',
        audit_result: 'PASS',
        audit_finish_time: '2015-05-20T13:29:35+08:00',
        attach_info: 'updateidcard',
        fail_code: '1001',
        fail_msg: 'IDCARD_ILLEGAL',
        scene: '01',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['control-orders'].info.update.result.notify.post({
      json: {
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
        mchid: '1900016681',
        audit_result: 'PASS',
        audit_finish_time: '2015-05-20T13:29:35+08:00',
        attach_info: 'updateidcard',
        fail_code: '1001',
        fail_msg: 'IDCARD_ILLEGAL',
        scene: '01',
      },
    })
    console.log(data)
  }
  // 发起微众台账管控
  {
    const { data } = await client.request('POST /v3/aggracct-bc/wb-channel/control-orders/punish', {
      json: {
        out_request_no: 'example_out_request_no',
        mchid: 'example_mchid',
        bal_account_no: client.encrypt('目标下管台账ID'),
        punish_scene: 1,
        punish_reason: 'example_punish_reason',
        punish_end_time: '2015-05-20T13:29:35+08:00',
        card_no: client.encrypt('目标下管卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
        fund_repatriation_strategy: 'ALL_FORBIDDEN',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['control-orders'].punish.post({
      json: {
        out_request_no: 'example_out_request_no',
        mchid: 'example_mchid',
        bal_account_no: client.encrypt('目标下管台账ID'),
        punish_scene: 1,
        punish_reason: 'example_punish_reason',
        punish_end_time: '2015-05-20T13:29:35+08:00',
        card_no: client.encrypt('目标下管卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
        fund_repatriation_strategy: 'ALL_FORBIDDEN',
      },
    })
    console.log(data)
  }
  // 解除对微众台账的管控
  {
    const { data } = await client.request('POST /v3/aggracct-bc/wb-channel/control-orders/recover', {
      json: {
        out_request_no: 'example_out_request_no',
        related_webank_punish_no: 'example_related_webank_punish_no',
        related_wxpay_punish_no: 'example_related_wxpay_punish_no',
        mchid: 'example_mchid',
        bal_account_no: client.encrypt('目标解管台账ID'),
        recover_reason: 'example_recover_reason',
        card_no: client.encrypt('目标下管卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['control-orders'].recover.post({
      json: {
        out_request_no: 'example_out_request_no',
        related_webank_punish_no: 'example_related_webank_punish_no',
        related_wxpay_punish_no: 'example_related_wxpay_punish_no',
        mchid: 'example_mchid',
        bal_account_no: client.encrypt('目标解管台账ID'),
        recover_reason: 'example_recover_reason',
        card_no: client.encrypt('目标下管卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  // 查询控制单
  {
    const { data } = await client.request('GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no}', {
      params: {
        out_request_no: 'out_request_no_example',
      },
      query: {
        control_type: 'PUNISH',
        mchid: '1900016681',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['control-orders']['{out_request_no}'].get({
      params: {
        out_request_no: 'out_request_no_example',
      },
      query: {
        control_type: 'PUNISH',
        mchid: '1900016681',
      },
    })
    console.log(data)
  }
  // 特殊减额
  {
    const { data } = await client.request('POST /v3/aggracct-bc/wb-channel/special-reduction', {
      json: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
        reduction_type: 'JUDICIAL_DEDUCTION',
        amount: 1,
        reason: '司法案件号：202508080009',
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['special-reduction'].post({
      json: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
        reduction_type: 'JUDICIAL_DEDUCTION',
        amount: 1,
        reason: '司法案件号：202508080009',
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  // 查询特殊减额结果
  {
    const { data } = await client.request('GET /v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}', {
      params: {
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
      },
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['aggracct-bc']['wb-channel']['special-reduction']['{out_request_no}'].get({
      params: {
        out_request_no: 'htozr8denqegbt6tk6u10iymo7yww5pn',
      },
      query: {
        mchid: '1900016681',
        bal_account_no: client.encrypt('额度台账号'),
        card_no: client.encrypt('卡号'),
        sgn_no: 'example_sgn_no',
        req_scene: 'SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT',
      },
    })
    console.log(data)
  }
}
