// fund-app/mch-transfer: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 商户单号申请电子回单
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/elecsign/out-bill-no', {
      json: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].elecsign['out-bill-no'].post({
      json: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 商户单号查询电子回单
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].elecsign['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 微信单号申请电子回单
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no', {
      json: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].elecsign['transfer-bill-no'].post({
      json: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  // 微信单号查询电子回单
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}', {
      params: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].elecsign['transfer-bill-no']['{transfer_bill_no}'].get({
      params: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  // 查询预算出资的电子回单
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts', {
      params: {
        out_budget_no: 'budget202506300102',
      },
      query: {
        accept_id: 'c2RmYWtqampqampsZmFza2xmanNhbGZqc2FrZmpzbGZqc2tsZmp',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner.budget['{out_budget_no}']['electronic-receipts'].get({
      params: {
        out_budget_no: 'budget202506300102',
      },
      query: {
        accept_id: 'c2RmYWtqampqampsZmFza2xmanNhbGZqc2FrZmpzbGZqc2tsZmp',
      },
    })
    console.log(data)
  }
  // 申请预算出资的电子回单
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts', {
      params: {
        out_budget_no: 'budget202506300102',
      },
      json: {
        start_date: '2025-09-01',
        end_date: '2025-09-30',
        sponsor_mchid: '1900001109',
        receiver_mchid: '1900102209',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner.budget['{out_budget_no}']['electronic-receipts'].post({
      params: {
        out_budget_no: 'budget202506300102',
      },
      json: {
        start_date: '2025-09-01',
        end_date: '2025-09-30',
        sponsor_mchid: '1900001109',
        receiver_mchid: '1900102209',
      },
    })
    console.log(data)
  }
  // 申请公益捐赠预算
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/charity-budget', {
      json: {
        out_budget_no: 'budget202506300102',
        sponsor_mchid: '1900001109',
        sponsor_subject_name: '腾讯控股有限公司',
        activity_name: '公益企业配捐活动',
        activity_remark: '公益活动开始于9月1日，帮助困难儿童筹款活动',
        amount: 20000000,
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['charity-budget'].post({
      json: {
        out_budget_no: 'budget202506300102',
        sponsor_mchid: '1900001109',
        sponsor_subject_name: '腾讯控股有限公司',
        activity_name: '公益企业配捐活动',
        activity_remark: '公益活动开始于9月1日，帮助困难儿童筹款活动',
        amount: 20000000,
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 商户单号查询公益捐赠预算详情
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}', {
      params: {
        out_budget_no: 'budget202506300102',
      },
      query: {
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['charity-budget']['{out_budget_no}'].get({
      params: {
        out_budget_no: 'budget202506300102',
      },
      query: {
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 解锁公益捐赠预算
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock', {
      params: {
        out_budget_no: 'budget202506300102',
      },
      json: {
        sponsor_mchid: '1900001109',
        activity_remark: '公益活动结束，解锁资金',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['charity-budget']['{out_budget_no}'].unlock.post({
      params: {
        out_budget_no: 'budget202506300102',
      },
      json: {
        sponsor_mchid: '1900001109',
        activity_remark: '公益活动结束，解锁资金',
      },
    })
    console.log(data)
  }
  // 发起公益捐赠
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/charity-transfer-bills', {
      json: {
        out_budget_no: 'budget202506300102',
        out_transfer_no: 'trans202506300102',
        transaction_info: {
          transaction_type: 'WXPAY',
          transaction_id: '4217752501201407033233368018',
        },
        sponsor_mchid: '1900001109',
        receive_mchid: '1900001109',
        amount: 20000000,
        transfer_remark: '帮助受助群体爱心捐款',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['charity-transfer-bills'].post({
      json: {
        out_budget_no: 'budget202506300102',
        out_transfer_no: 'trans202506300102',
        transaction_info: {
          transaction_type: 'WXPAY',
          transaction_id: '4217752501201407033233368018',
        },
        sponsor_mchid: '1900001109',
        receive_mchid: '1900001109',
        amount: 20000000,
        transfer_remark: '帮助受助群体爱心捐款',
      },
    })
    console.log(data)
  }
  // 商户单号查询公益捐赠详情
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}', {
      params: {
        out_transfer_no: 'trans202506300102',
      },
      query: {
        sponsor_mchid: '1900001109',
        out_budget_no: 'budget202506030102',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['charity-transfer-bills']['out-transfer-no']['{out_transfer_no}'].get({
      params: {
        out_transfer_no: 'trans202506300102',
      },
      query: {
        sponsor_mchid: '1900001109',
        out_budget_no: 'budget202506030102',
      },
    })
    console.log(data)
  }
  // 申请单笔转账电子回单
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/electronic-receipts', {
      json: {
        sub_mchid: '1900001121',
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['electronic-receipts'].post({
      json: {
        sub_mchid: '1900001121',
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 查询单笔转账电子回单
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['electronic-receipts']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  // 申请子商户商家转账授权
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/sub-mch-authorizations', {
      json: {
        sub_mchid: '1900001121',
        out_apply_no: 'apply2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['sub-mch-authorizations'].post({
      json: {
        sub_mchid: '1900001121',
        out_apply_no: 'apply2020042013',
      },
    })
    console.log(data)
  }
  // 查询子商户商家转账授权状态
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}', {
      params: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['sub-mch-authorizations']['{sub_mchid}'].get({
      params: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  // 发起转账
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/transfer-bills', {
      json: {
        sub_mchid: '1900001121',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['transfer-bills'].post({
      json: {
        sub_mchid: '1900001121',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
      },
    })
    console.log(data)
  }
  // 商户单号查询转账单
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['transfer-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      query: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  // 撤销转账
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
      json: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['transfer-bills']['out-bill-no']['{out_bill_no}'].cancel.post({
      params: {
        out_bill_no: 'plfk2020042013',
      },
      json: {
        sub_mchid: '1900001121',
      },
    })
    console.log(data)
  }
  // 发起转账并完成自动收款授权
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization', {
      json: {
        sub_mchid: '1900001121',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_info: {
          user_display_name: 'wx_123456',
          out_authorization_no: 'plfk2020042013',
          authorization_notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['transfer-bills']['pre-transfer-with-authorization'].post({
      json: {
        sub_mchid: '1900001121',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_info: {
          user_display_name: 'wx_123456',
          out_authorization_no: 'plfk2020042013',
          authorization_notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        },
      },
    })
    console.log(data)
  }
  // 转账（用户自动收款）
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/transfer-bills/transfer', {
      json: {
        sub_mchid: '1900001121',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_id: '201202504101000123456789012',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['transfer-bills'].transfer.post({
      json: {
        sub_mchid: '1900001121',
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_id: '201202504101000123456789012',
      },
    })
    console.log(data)
  }
  // 申请免确认收款授权
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations', {
      json: {
        out_authorization_no: 'plfk2020042013',
        appid: '102022609',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        transfer_scene_id: '1000',
        user_display_name: 'wx_123456',
        user_recv_perception: '现金奖励',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['user-confirm-authorizations'].post({
      json: {
        out_authorization_no: 'plfk2020042013',
        appid: '102022609',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        transfer_scene_id: '1000',
        user_display_name: 'wx_123456',
        user_recv_perception: '现金奖励',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
      },
    })
    console.log(data)
  }
  // 商户单号查询自动收款授权
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}', {
      params: {
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['user-confirm-authorizations']['{out_authorization_no}'].get({
      params: {
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 解除免确认收款授权
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close', {
      params: {
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer'].partner['user-confirm-authorizations']['{out_authorization_no}'].close.post({
      params: {
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 发起转账
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/transfer-bills', {
      json: {
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        user_recv_style: {
          type: 'CONFIRM_PAGE',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-bills'].post({
      json: {
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        user_recv_style: {
          type: 'CONFIRM_PAGE',
        },
      },
    })
    console.log(data)
  }
  // 商户单号查询转账单
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-bills']['out-bill-no']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 撤销转账
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-bills']['out-bill-no']['{out_bill_no}'].cancel.post({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 发起转账并完成自动收款授权
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization', {
      json: {
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_info: {
          user_display_name: 'wx_123456',
          out_authorization_no: 'plfk2020042013',
          authorization_notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        },
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-bills']['pre-transfer-with-authorization'].post({
      json: {
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_info: {
          user_display_name: 'wx_123456',
          out_authorization_no: 'plfk2020042013',
          authorization_notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        },
        sponsor_mchid: '1900001109',
      },
    })
    console.log(data)
  }
  // 用户授权后转账
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/transfer-bills/transfer', {
      json: {
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_id: '201202504101000123456789012',
        sponsor_mchid: '1900001109',
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-bills'].transfer.post({
      json: {
        appid: 'wxf636efh567hg4356',
        out_bill_no: 'plfk2020042013',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        user_recv_perception: '现金奖励',
        transfer_scene_id: '1000',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
        authorization_id: '201202504101000123456789012',
        sponsor_mchid: '1900001109',
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 微信转账单号查询转账单
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}', {
      params: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-bills']['transfer-bill-no']['{transfer_bill_no}'].get({
      params: {
        transfer_bill_no: '1330000071100999991182020050700019480001',
      },
    })
    console.log(data)
  }
  // 发起转账到QQ钱包
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills', {
      json: {
        appid: '102022609',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_qq: '490379403',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        transfer_scene_id: '1401',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-to-qq-wallet-bills'].post({
      json: {
        appid: '102022609',
        out_bill_no: 'plfk2020042013',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        user_qq: '490379403',
        user_name: client.encrypt('收款用户姓名'),
        transfer_amount: 400000,
        transfer_remark: '2020年4月报销',
        notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        transfer_scene_id: '1401',
        transfer_scene_report_infos: [
          {
            info_type: '活动名称',
            info_content: '注册会员有礼',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询转账到QQ钱包的结果
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-to-qq-wallet-bills']['{out_bill_no}'].get({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 撤销转账到QQ钱包
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel', {
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['transfer-to-qq-wallet-bills']['{out_bill_no}'].cancel.post({
      params: {
        out_bill_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  // 申请免确认收款授权
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/user-confirm-authorization', {
      json: {
        out_authorization_no: 'plfk2020042013',
        appid: '102022609',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        transfer_scene_id: '1000',
        user_display_name: 'wx_123456',
        user_recv_perception: '现金奖励',
        authorization_notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        scene_info: {
          client_ip: '113.84.136.9',
          device_id: '8d67f169fe104008cd20b72573a0c8c9',
          device_type: 'IOS',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['user-confirm-authorization'].post({
      json: {
        out_authorization_no: 'plfk2020042013',
        appid: '102022609',
        openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
        transfer_scene_id: '1000',
        user_display_name: 'wx_123456',
        user_recv_perception: '现金奖励',
        authorization_notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
        scene_info: {
          client_ip: '113.84.136.9',
          device_id: '8d67f169fe104008cd20b72573a0c8c9',
          device_type: 'IOS',
        },
      },
    })
    console.log(data)
  }
  // 商户单号查询自动收款授权
  {
    const { data } = await client.request('GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}', {
      params: {
        out_authorization_no: 'plfk2020042013',
      },
      query: {
        is_display_authorization: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['user-confirm-authorization']['out-authorization-no']['{out_authorization_no}'].get({
      params: {
        out_authorization_no: 'plfk2020042013',
      },
      query: {
        is_display_authorization: true,
      },
    })
    console.log(data)
  }
  // 解除免确认收款授权
  {
    const { data } = await client.request('POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close', {
      params: {
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['fund-app']['mch-transfer']['user-confirm-authorization']['out-authorization-no']['{out_authorization_no}'].close.post({
      params: {
        out_authorization_no: 'plfk2020042013',
      },
    })
    console.log(data)
  }
}
